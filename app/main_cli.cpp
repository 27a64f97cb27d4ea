// wsinspector-cli: the inspector without a window. Same core, same events.
#include "cli/ConnectCommand.h"
#include "cli/ConnectionArguments.h"
#include "record/SessionExport.h"
#include "replay/Replayer.h"
#include "server/EchoServer.h"
#include "session/EventJson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace {

const char *const Usage =
    "Usage:\n"
    "  wsinspector-cli connect URL [--send TEXT]... [--wait SECONDS] [--record FILE [--include-secrets]] [--quiet]\n"
    "                              [connection options]\n"
    "  wsinspector-cli replay FILE [--url URL] [--speed X|max] [--check] [--compare exact|json]\n"
    "                              [--ignore PATH]... [--reply-timeout SECONDS] [--quiet] [connection options]\n"
    "  wsinspector-cli convert IN OUT        # session (.jsonl) <-> .har, or to .csv; the type follows the file name\n"
    "  wsinspector-cli serve [--port N]\n"
    "\n"
    "connect prints one JSON object per line for every event and exits 0 after a clean close,\n"
    "1 when the connection fails or drops, 2 on a usage error or bad URL.\n"
    "replay --check exits 0 when every reply matches the recording, 1 with a report when not.\n";

int usageError(QFile &err, const QString &message)
{
    err.write((QStringLiteral("wsinspector-cli: ") + message + u'\n').toUtf8());
    err.write(Usage);
    err.write(wsi::ConnectionArguments::usage());
    return 2;
}

int runConnect(const QStringList &args, QFile &out, QFile &err)
{
    QCommandLineParser parser;
    const QCommandLineOption send(QStringLiteral("send"), QStringLiteral("Text message to send once open (repeatable)."), QStringLiteral("TEXT"));
    const QCommandLineOption wait(QStringLiteral("wait"), QStringLiteral("Close this many seconds after the last send."), QStringLiteral("SECONDS"));
    const QCommandLineOption record(QStringLiteral("record"), QStringLiteral("Record the session to FILE (JSON Lines)."), QStringLiteral("FILE"));
    const QCommandLineOption includeSecrets(QStringLiteral("include-secrets"), QStringLiteral("Keep Authorization, Cookie and token values in the recording."));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("Print no event lines (with --record: only record)."));
    parser.addOptions({send, wait, record, includeSecrets, quiet});
    const wsi::ConnectionArguments connectionArguments;
    connectionArguments.addTo(parser);
    if (!parser.parse(args))
        return usageError(err, parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return usageError(err, QStringLiteral("connect takes exactly one URL"));

    wsi::SessionOptions options;
    QString urlError;
    options.url = wsi::SessionOptions::parseUrl(parser.positionalArguments().constFirst(), &urlError);
    if (options.url.isEmpty()) {
        err.write((QStringLiteral("wsinspector-cli: ") + urlError + u'\n').toUtf8());
        return 2;
    }
    QString optionError;
    if (!connectionArguments.apply(parser, &options, &optionError))
        return usageError(err, optionError);

    double waitSeconds = -1;
    if (parser.isSet(wait)) {
        bool ok = false;
        waitSeconds = parser.value(wait).toDouble(&ok);
        if (!ok || waitSeconds < 0)
            return usageError(err, QStringLiteral("--wait wants a number of seconds"));
    }

    wsi::ConnectCommand command(options, parser.values(send), waitSeconds, parser.isSet(quiet) ? nullptr : &out, &err);
    QObject::connect(&command, &wsi::ConnectCommand::finished, qApp, &QCoreApplication::exit);
    if (parser.isSet(record) && !command.recordTo(parser.value(record), parser.isSet(includeSecrets)))
        return command.exitCode();
    if (!command.start())
        return command.exitCode();
    return QCoreApplication::exec();
}

// Loads a session or a HAR; prints the problems; false when nothing could be read.
bool loadSession(const QString &path, wsi::SessionFile::Contents *contents, QFile &err)
{
    *contents = wsi::SessionExport::read(path);
    for (const QString &problem : std::as_const(contents->problems))
        err.write((QStringLiteral("wsinspector-cli: warning: ") + problem + u'\n').toUtf8());
    if (!contents->ok()) {
        err.write((QStringLiteral("wsinspector-cli: ") + contents->fatalError + u'\n').toUtf8());
        return false;
    }
    return true;
}

int runReplay(const QStringList &args, QFile &out, QFile &err)
{
    QCommandLineParser parser;
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("Replay to this URL instead of the recorded one."), QStringLiteral("URL"));
    const QCommandLineOption speed(QStringLiteral("speed"), QStringLiteral("Speed factor (0.25 to 10, default 1) or max."), QStringLiteral("X"));
    const QCommandLineOption check(QStringLiteral("check"), QStringLiteral("Exit 1 with a report unless every reply matches."));
    const QCommandLineOption compare(QStringLiteral("compare"), QStringLiteral("exact (default) or json (key order ignored)."), QStringLiteral("MODE"));
    const QCommandLineOption ignore(QStringLiteral("ignore"), QStringLiteral("JSON path to leave out of the comparison (repeatable)."), QStringLiteral("PATH"));
    const QCommandLineOption replyTimeout(QStringLiteral("reply-timeout"), QStringLiteral("Seconds to wait for missing replies (default 2)."), QStringLiteral("SECONDS"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("Print no event lines, only the report."));
    parser.addOptions({url, speed, check, compare, ignore, replyTimeout, quiet});
    const wsi::ConnectionArguments connectionArguments;
    connectionArguments.addTo(parser);
    if (!parser.parse(args))
        return usageError(err, parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return usageError(err, QStringLiteral("replay takes exactly one session file"));

    wsi::SessionFile::Contents contents;
    if (!loadSession(parser.positionalArguments().constFirst(), &contents, err))
        return 2;
    wsi::Replayer::Settings settings;
    QString urlError;
    settings.options.url = wsi::SessionOptions::parseUrl(parser.isSet(url) ? parser.value(url) : contents.header.url.toString(), &urlError);
    if (settings.options.url.isEmpty()) {
        err.write((QStringLiteral("wsinspector-cli: ") + urlError + u'\n').toUtf8());
        return 2;
    }
    QString optionError;
    if (!connectionArguments.apply(parser, &settings.options, &optionError))
        return usageError(err, optionError);
    if (parser.isSet(speed)) {
        const QString value = parser.value(speed);
        bool ok = value == QStringLiteral("max");
        settings.speed = ok ? 0.0 : value.toDouble(&ok);
        if (!ok || settings.speed < 0)
            return usageError(err, QStringLiteral("--speed wants a factor such as 0.5, 2 or max"));
    }
    if (parser.isSet(compare)) {
        bool ok = false;
        settings.comparer.mode = wsi::ReplyComparer::modeFromName(parser.value(compare), &ok);
        if (!ok)
            return usageError(err, QStringLiteral("--compare wants exact or json"));
    }
    settings.comparer.ignoredPaths = parser.values(ignore);
    if (parser.isSet(replyTimeout)) {
        bool ok = false;
        const double seconds = parser.value(replyTimeout).toDouble(&ok);
        if (!ok || seconds < 0)
            return usageError(err, QStringLiteral("--reply-timeout wants a number of seconds"));
        settings.replyTimeoutMs = int(seconds * 1000);
    }

    wsi::Replayer replayer;
    if (!parser.isSet(quiet))
        QObject::connect(&replayer.session(), &wsi::Session::eventOccurred, &replayer,
                         [&out](const wsi::SessionEvent &event) { out.write(wsi::EventJson::toLine(event)); });
    int exitCode = 0;
    QObject::connect(&replayer, &wsi::Replayer::finished, qApp, [&](const wsi::ReplayReport &report) {
        err.write(report.text().toUtf8());
        exitCode = !report.error.isEmpty() ? 1 : (parser.isSet(check) && !report.passed()) ? 1 : 0;
        QCoreApplication::exit(exitCode);
    });
    replayer.start(contents.events, settings);
    if (!replayer.isRunning())
        return exitCode;
    QCoreApplication::exec();
    return exitCode;
}

int runConvert(const QStringList &args, QFile &out, QFile &err)
{
    if (args.size() != 3)
        return usageError(err, QStringLiteral("convert takes an input and an output file"));
    const QString in = args.at(1), outPath = args.at(2);
    wsi::SessionFile::Contents contents;
    if (!loadSession(in, &contents, err))
        return 2;
    QString error;
    if (!wsi::SessionExport::write(outPath, contents.header, contents.events, &error)) {
        err.write((QStringLiteral("wsinspector-cli: ") + error + u'\n').toUtf8());
        return 1;
    }
    out.write(QStringLiteral("%1 events written to %2\n").arg(contents.events.size()).arg(outPath).toUtf8());
    return 0;
}

int runServe(const QStringList &args, QFile &out, QFile &err)
{
    QCommandLineParser parser;
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port to listen on (default 9001; 0 picks a free one)."), QStringLiteral("N"), QStringLiteral("9001"));
    parser.addOption(port);
    if (!parser.parse(args))
        return usageError(err, parser.errorText());
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535)
        return usageError(err, QStringLiteral("--port wants a number from 0 to 65535"));

    wsi::EchoServer server;
    if (!server.listen(quint16(portNumber))) {
        err.write(QStringLiteral("wsinspector-cli: cannot listen on 127.0.0.1:%1: %2\n").arg(portNumber).arg(server.errorString()).toUtf8());
        return 1;
    }
    out.write(QStringLiteral("Echo server listening on %1\n").arg(server.url().toString()).toUtf8());
    out.flush();
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wsinspector-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WSI_VERSION));

    // Unbuffered so each event line reaches a pipe (jq, a test) as it happens.
    QFile out;
    out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    QFile err;
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);

    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2)
        return usageError(err, QStringLiteral("no command given"));
    const QString command = args.takeAt(1);
    if (command == QStringLiteral("connect"))
        return runConnect(args, out, err);
    if (command == QStringLiteral("serve"))
        return runServe(args, out, err);
    if (command == QStringLiteral("replay"))
        return runReplay(args, out, err);
    if (command == QStringLiteral("convert"))
        return runConvert(args, out, err);
    if (command == QStringLiteral("--help") || command == QStringLiteral("-h") || command == QStringLiteral("help")) {
        out.write(Usage);
        out.write(wsi::ConnectionArguments::usage());
        return 0;
    }
    if (command == QStringLiteral("--version")) {
        out.write("wsinspector-cli " WSI_VERSION "\n");
        return 0;
    }
    return usageError(err, QStringLiteral("unknown command \"%1\"").arg(command));
}
