// wsinspector-cli: the inspector without a window. Same core, same events.
#include "cli/CheckCommand.h"
#include "cli/ConnectCommand.h"
#include "cli/ConnectionArguments.h"
#include "cli/Terminal.h"
#include "cli/DecodedOutput.h"
#include "check/CheckFromSession.h"
#include "cli/MockCommand.h"
#include "cli/RelayCommand.h"
#include "record/SessionExport.h"
#include "replay/Replayer.h"
#include "server/EchoServer.h"
#include "session/EventJson.h"
#include "session/SystemMemory.h"

#include <QCommandLineParser>
#include "i18n/Translation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>

namespace {

const char *const Usage = QT_TRANSLATE_NOOP("wsi::Cli",
    "Usage:\n"
    "  wsinspector-cli connect URL [options]   # or: wsinspector-cli -c URL\n"
    "      send standard input line by line (or typed at a prompt), print what happens\n"
    "  wsinspector-cli replay FILE [--url URL] [--speed X|max] [--check] [--compare exact|json]\n"
    "                              [--ignore PATH]... [--reply-timeout SECONDS] [--quiet] [connection options]\n"
    "  wsinspector-cli convert IN OUT        # session (.jsonl) <-> .har, or to .csv; the type follows the file name\n"
    "  wsinspector-cli serve [--port N]\n"
    "  wsinspector-cli COMMAND --help        # each command's options, with examples\n"
    "  wsinspector-cli --version\n"
    "\n"
    "Exit status: 0 after a clean close (or a replay that passed), 1 when the connection fails, is lost (1006)\n"
    "or the client closes it for a protocol error (1002, 1007, 1009), when an input line cannot be sent,\n"
    "or when replay --check finds a difference; 2 on a usage error or bad URL; 3 when the recording failed.\n"
    "See also: man wsinspector-cli\n");

// The check command's lines, a string of their own (the usage above keeps its translations).
const char *const UsageCheck = QT_TRANSLATE_NOOP("wsi::Cli",
    "\n"
    "  wsinspector-cli check FILE... [--env NAME] [--var NAME=VALUE]... [--junit OUT.xml] [--record DIR]\n"
    "      run check files (steps: connect, send, expect ...): exit 0 when every check passed,\n"
    "      1 when one failed, 2 for a bad check or collection file (nothing connects then)\n");

// The relay's lines, a string of their own (the usage above keeps its translations).
const char *const UsageRelay = QT_TRANSLATE_NOOP("wsi::Cli",
    "  wsinspector-cli relay --listen PORT --upstream URL [--record FILE] [--drop REGEX] [--rewrite REGEX=REPL]\n"
    "      intercept another program's WebSocket: forward each client of 127.0.0.1:PORT to URL, print both sides\n");

// The mock server's lines, a string of their own.
const char *const UsageMock = QT_TRANSLATE_NOOP("wsi::Cli",
    "  wsinspector-cli serve --rules FILE [--port N | --listen ADDR:PORT] [--record FILE] [--once] [--quiet]\n"
    "      a mock server: answer each client by the rules of FILE (JSON), print every message of every client\n");

struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::Cli)
};

int usageError(QFile &err, const QString &message)
{
    err.write((QStringLiteral("wsinspector-cli: ") + message + u'\n').toUtf8());
    err.write(Tr::tr(Usage).toUtf8());
    err.write(Tr::tr(UsageCheck).toUtf8());
    err.write(Tr::tr(UsageRelay).toUtf8());
    err.write(Tr::tr(UsageMock).toUtf8());
    err.write(wsi::ConnectionArguments::usage());
    return 2;
}

// -h/--help for every command (built once QCoreApplication is there, so it is translated).
QCommandLineOption helpOption()
{
    return QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help, with examples."));
}

// A command's --help: its usage line, what it does, every option (QCommandLineParser's list), examples.
int printHelp(QFile &out, const QCommandLineParser &parser, const QString &usage, const QString &description,
              const QString &examples)
{
    QString text = parser.helpText();
    // "Options:" as QCommandLineParser writes it, in Qt's own translation (qtbase) when one is
    // loaded. Not a literal here: the string is Qt's, not one for our .ts.
    static const char *const qtContext = "QCommandLineParser";
    static const char *const optionsHeading = "Options:";
    const qsizetype options = text.indexOf(QCoreApplication::translate(qtContext, optionsHeading));
    text = options < 0 ? QString() : text.mid(options);
    out.write((Tr::tr("Usage: wsinspector-cli %1").arg(usage) + QStringLiteral("\n\n") + description + QStringLiteral("\n\n")
               + text.trimmed() + QStringLiteral("\n\n") + Tr::tr("Examples:") + u'\n' + examples + u'\n')
                  .toUtf8());
    return 0;
}

// --record FILE, --force and --include-secrets of a command that records (connect, relay, serve --rules).
struct RecordOptions
{
    const QCommandLineOption &record;
    const QCommandLineOption &force;
    const QCommandLineOption &includeSecrets;
};

// The end of connect and relay: start recording when asked, start the command, run until it finishes.
template<typename Command>
int recordStartAndRun(Command &command, const QCommandLineParser &parser, const RecordOptions &options, QFile &err)
{
    const QString path = parser.value(options.record);
    // A regular file is someone's earlier recording; a device (/dev/stdout, /dev/full) is not replaced.
    if (parser.isSet(options.record) && QFileInfo(path).isFile() && !parser.isSet(options.force)) {
        err.write((QStringLiteral("wsinspector-cli: ") + Tr::tr("%1 exists: not replaced (--force replaces it)").arg(path) + u'\n').toUtf8());
        return 2;
    }
    if (parser.isSet(options.record) && !command.recordTo(path, parser.isSet(options.includeSecrets)))
        return command.exitCode();
    if (!command.start())
        return command.exitCode();
    return QCoreApplication::exec();
}

int runConnect(const QStringList &args, QFile &out, QFile &err)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsCompactedShortOptions);
    const QCommandLineOption send(QStringList{QStringLiteral("x"), QStringLiteral("send")},
                                  Tr::tr("Text message to send once open (repeatable); standard input is then not read."), QStringLiteral("TEXT"));
    const QCommandLineOption wait(QStringList{QStringLiteral("w"), QStringLiteral("wait")},
                                  Tr::tr("Close this many seconds after the input ended (or after the --send messages). "
                                     "Default: standard input waits 1 s for the server to close; --send waits for the server."),
                                  QStringLiteral("SECONDS"));
    const QCommandLineOption noClose(QStringList{QStringLiteral("n"), QStringLiteral("no-close")},
                                     Tr::tr("Keep listening after standard input ends, until the server closes."));
    const QCommandLineOption noStdin(QStringLiteral("no-stdin"), Tr::tr("Do not read standard input."));
    const QCommandLineOption binaryLines(QStringLiteral("binary-lines"),
                                         Tr::tr("Send each input line as a binary message, written as hex or base64."), QStringLiteral("hex|base64"));
    const QCommandLineOption stdinMessage(QStringLiteral("stdin-message"),
                                          Tr::tr("Send the whole of standard input as one message: text when it is UTF-8, else binary."));
    const QCommandLineOption binary(QStringList{QStringLiteral("b"), QStringLiteral("binary")},
                                    Tr::tr("With --stdin-message: send it as binary whatever it holds."));
    const QCommandLineOption slash(QStringLiteral("slash"),
                                   Tr::tr("Read lines starting with / as commands (/ping, /close, /binary, /file, /reconnect, /help) "
                                      "also when standard input is not a terminal."));
    const QCommandLineOption output(QStringLiteral("output"),
                                    Tr::tr("json (one JSON object per event; the default when standard output is not a terminal), "
                                       "text (received payloads only, one per line) or human (the default on a terminal)."),
                                    QStringLiteral("json|text|human"));
    const QCommandLineOption binaryOutput(QStringLiteral("binary-output"),
                                          Tr::tr("How text and human output show binary payloads (default hex)."), QStringLiteral("hex|base64"));
    const QCommandLineOption showControl(QStringList{QStringLiteral("P"), QStringLiteral("show-control")},
                                         Tr::tr("Human output: show ping and pong frames too."));
    const QCommandLineOption record(QStringLiteral("record"), Tr::tr("Record the session to FILE (JSON Lines)."), QStringLiteral("FILE"));
    const QCommandLineOption includeSecrets(QStringLiteral("include-secrets"), Tr::tr("Keep Authorization, Cookie and token values in the recording."));
    const QCommandLineOption force(QStringLiteral("force"), Tr::tr("With --record: replace FILE when it exists."));
    const QCommandLineOption quiet(QStringList{QStringLiteral("q"), QStringLiteral("quiet")},
                                   Tr::tr("Print no events (with --record: only record)."));
    const QCommandLineOption frames(QStringLiteral("frames"),
                                    Tr::tr("JSON output: also one \"frame\" line per frame as it passed on the wire "
                                       "(opcode, FIN, RSV, mask, length)."));
    const wsi::DecodeArguments decodeArguments;
    parser.addOptions({helpOption(), send, wait, noClose, noStdin, binaryLines, stdinMessage, binary, slash, output, binaryOutput,
                       showControl, record, includeSecrets, force, quiet, frames});
    decodeArguments.addTo(parser);
    const wsi::ConnectionArguments connectionArguments;
    connectionArguments.addTo(parser);
    if (!parser.parse(args))
        return usageError(err, parser.errorText());
    if (parser.isSet(helpOption()))
        return printHelp(out, parser, Tr::tr("connect [options] URL"),
                         Tr::tr("Connects to a WebSocket server and sends each line of standard input as a text message\n"
                            "(on a terminal: lines typed at a prompt, with Up/Down history, slash commands, Ctrl+D to quit).\n"
                            "Prints every event: as JSON lines into a pipe or file, in words on a terminal."),
                         Tr::tr("  wsinspector-cli connect ws://127.0.0.1:9001/                      # type lines, read replies\n"
                            "  echo hello | wsinspector-cli connect ws://127.0.0.1:9001/         # one message, then close\n"
                            "  wsinspector-cli connect ws://host/ --stdin-message < payload.json  # a file as one message\n"
                            "  wsinspector-cli connect ws://host/ -x '{\"op\":\"sub\"}' -n --output text | jq .price\n"
                            "  printf '00ff10\\n' | wsinspector-cli connect ws://host/ --binary-lines hex\n"
                            "  wsinspector-cli connect wss://host/ -H 'Authorization: Bearer T' -s chat -k -P\n"
                            "  wsinspector-cli connect ws://host/ --record session.jsonl -q -n < /dev/null\n"
                            "  wsinspector-cli connect ws://host/ -n --decode protobuf --proto ticker.proto --proto-type demo.Ticker"));
    if (parser.positionalArguments().size() != 1)
        return usageError(err, Tr::tr("connect takes exactly one URL"));

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
    options.reportFrames = parser.isSet(frames);

    wsi::ConnectCommand::Settings settings;
    using Settings = wsi::ConnectCommand::Settings;
    settings.messages = parser.values(send);
    if (parser.isSet(wait)) {
        bool ok = false;
        settings.waitSeconds = parser.value(wait).toDouble(&ok);
        if (!ok || settings.waitSeconds < 0)
            return usageError(err, Tr::tr("--wait wants a number of seconds"));
    }
    if (parser.isSet(binaryLines)) {
        bool ok = false;
        settings.binaryLines = wsi::cli::binaryEncodingFromName(parser.value(binaryLines), &ok);
        if (!ok)
            return usageError(err, Tr::tr("--binary-lines wants hex or base64"));
    }
    if (parser.isSet(binaryOutput)) {
        bool ok = false;
        settings.binaryOutput = wsi::cli::binaryEncodingFromName(parser.value(binaryOutput), &ok);
        if (!ok)
            return usageError(err, Tr::tr("--binary-output wants hex or base64"));
    }
    if (parser.isSet(stdinMessage) && (parser.isSet(binaryLines) || parser.isSet(slash)))
        return usageError(err, Tr::tr("--stdin-message sends all of standard input as one message: not with --binary-lines or --slash"));
    if (parser.isSet(binary) && !parser.isSet(stdinMessage))
        return usageError(err, Tr::tr("--binary goes with --stdin-message (--binary-lines hex|base64 sends lines as binary)"));
    if (!settings.messages.isEmpty() && (parser.isSet(stdinMessage) || parser.isSet(binaryLines)))
        return usageError(err, Tr::tr("--send messages replace standard input: not with --stdin-message or --binary-lines"));
    // A terminal that belongs to another job (`wsinspector-cli connect URL --record f &`) is not read:
    // touching it would stop this process.
    const bool backgroundJob = wsi::cli::isTerminal(0) && !wsi::cli::isForegroundTerminal(0);
    if (!settings.messages.isEmpty() || parser.isSet(noStdin) || backgroundJob)
        settings.input = Settings::Input::None;
    else
        settings.input = parser.isSet(stdinMessage) ? Settings::Input::WholeMessage : Settings::Input::Lines;
    settings.interactive = settings.input == Settings::Input::Lines && wsi::cli::isTerminal(0);
    settings.wholeAsBinary = parser.isSet(binary);
    settings.noClose = parser.isSet(noClose);
    settings.slash = parser.isSet(slash) || settings.interactive;
    settings.output = wsi::cli::isTerminal(1) ? Settings::Output::Human : Settings::Output::Json;
    if (parser.isSet(output)) {
        const QString mode = parser.value(output);
        if (mode == QStringLiteral("json"))
            settings.output = Settings::Output::Json;
        else if (mode == QStringLiteral("text"))
            settings.output = Settings::Output::Text;
        else if (mode == QStringLiteral("human"))
            settings.output = Settings::Output::Human;
        else
            return usageError(err, Tr::tr("--output wants json, text or human"));
    }
    QString decodeError;
    switch (decodeArguments.apply(parser, qint64(options.maxIncomingMessageSize), &settings.decode, &settings.decodeSettings, &decodeError)) {
    case wsi::DecodeArguments::Result::Ok: break;
    case wsi::DecodeArguments::Result::Usage: return usageError(err, decodeError);
    case wsi::DecodeArguments::Result::Failed: // a .proto that does not compile, a type not in it: before connecting
        err.write((QStringLiteral("wsinspector-cli: ") + decodeError + u'\n').toUtf8());
        return 2;
    }
    settings.showControl = parser.isSet(showControl);
    settings.quiet = parser.isSet(quiet);
    settings.colour = settings.output == Settings::Output::Human && wsi::cli::colourWanted(1);

    wsi::ConnectCommand command(options, settings, &out, &err);
    QObject::connect(&command, &wsi::ConnectCommand::finished, qApp, &QCoreApplication::exit);
    return recordStartAndRun(command, parser, {record, force, includeSecrets}, err);
}

// Prints what reading a session or a HAR found wrong; false when nothing could be read.
bool reportProblems(const wsi::SessionFile::Contents &contents, QFile &err)
{
    for (const QString &problem : contents.problems)
        err.write((QStringLiteral("wsinspector-cli: warning: ") + problem + u'\n').toUtf8());
    if (!contents.ok()) {
        err.write((QStringLiteral("wsinspector-cli: ") + contents.fatalError + u'\n').toUtf8());
        return false;
    }
    return true;
}

int runReplay(const QStringList &args, QFile &out, QFile &err)
{
    QCommandLineParser parser;
    const QCommandLineOption url(QStringLiteral("url"), Tr::tr("Replay to this URL instead of the recorded one."), QStringLiteral("URL"));
    const QCommandLineOption speed(QStringLiteral("speed"), Tr::tr("Speed factor (0.25 to 10, default 1) or max."), QStringLiteral("X"));
    const QCommandLineOption check(QStringLiteral("check"), Tr::tr("Exit 1 with a report unless every reply matches."));
    const QCommandLineOption compare(QStringLiteral("compare"), Tr::tr("exact (default) or json (key order ignored)."), QStringLiteral("MODE"));
    const QCommandLineOption ignore(QStringLiteral("ignore"), Tr::tr("JSON path to leave out of the comparison (repeatable)."), QStringLiteral("PATH"));
    const QCommandLineOption replyTimeout(QStringLiteral("reply-timeout"), Tr::tr("Seconds to wait for missing replies (default 2)."), QStringLiteral("SECONDS"));
    const QCommandLineOption quiet(QStringList{QStringLiteral("q"), QStringLiteral("quiet")}, Tr::tr("Print no event lines, only the report."));
    parser.addOptions({helpOption(), url, speed, check, compare, ignore, replyTimeout, quiet});
    const wsi::ConnectionArguments connectionArguments;
    connectionArguments.addTo(parser);
    if (!parser.parse(args))
        return usageError(err, parser.errorText());
    if (parser.isSet(helpOption()))
        return printHelp(out, parser, Tr::tr("replay [options] FILE"),
                         Tr::tr("Sends a recorded session's outgoing messages again, with the recorded timing scaled by --speed,\n"
                            "and compares what comes back with what was recorded. Prints the events as JSON lines and a report."),
                         Tr::tr("  wsinspector-cli replay orders.jsonl --check                     # same server: exit 0 when every reply matches\n"
                            "  wsinspector-cli replay orders.jsonl --url ws://staging:9001/ --check --compare json --ignore ts --speed max\n"
                            "  wsinspector-cli replay chrome-export.har --url ws://127.0.0.1:9001/ -q"));
    if (parser.positionalArguments().size() != 1)
        return usageError(err, Tr::tr("replay takes exactly one session file"));

    qint64 receivedOnly = 0;
    const wsi::SessionFile::Contents contents = wsi::Replayer::readMessages(parser.positionalArguments().constFirst(), &receivedOnly);
    if (!reportProblems(contents, err))
        return 2;
    if (contents.events.empty()) {
        wsi::ReplayReport report;
        report.error = wsi::Replayer::nothingToSend(receivedOnly);
        err.write(report.text().toUtf8());
        return 1;
    }
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
            return usageError(err, Tr::tr("--speed wants a factor such as 0.5, 2 or max"));
    }
    if (parser.isSet(compare)) {
        bool ok = false;
        settings.comparer.mode = wsi::ReplyComparer::modeFromName(parser.value(compare), &ok);
        if (!ok)
            return usageError(err, Tr::tr("--compare wants exact or json"));
    }
    settings.comparer.ignoredPaths = parser.values(ignore);
    for (const QString &path : std::as_const(settings.comparer.ignoredPaths)) {
        QString error;
        if (!wsi::ReplyComparer::checkIgnoredPath(path, &error))
            return usageError(err, Tr::tr("--ignore: %1").arg(error));
    }
    if (parser.isSet(replyTimeout)) {
        bool ok = false;
        const double seconds = parser.value(replyTimeout).toDouble(&ok);
        if (!ok || seconds < 0)
            return usageError(err, Tr::tr("--reply-timeout wants a number of seconds"));
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

int runCheck(const QStringList &args, QFile &out, QFile &err)
{
    QCommandLineParser parser;
    const QCommandLineOption env(QStringLiteral("env"), Tr::tr("The collection's environment to expand {{variables}} with."), QStringLiteral("NAME"));
    const QCommandLineOption var(QStringLiteral("var"), Tr::tr("A variable (repeatable); it wins over the environment's."), QStringLiteral("NAME=VALUE"));
    const QCommandLineOption junit(QStringLiteral("junit"), Tr::tr("Write a JUnit XML report (one testsuite per file, one testcase per check)."),
                                   QStringLiteral("OUT.xml"));
    const QCommandLineOption record(QStringLiteral("record"), Tr::tr("Record each check's session into this folder (JSON Lines; secrets left out)."),
                                    QStringLiteral("DIR"));
    parser.addOptions({helpOption(), env, var, junit, record});
    if (!parser.parse(args))
        return usageError(err, parser.errorText());
    if (parser.isSet(helpOption()))
        return printHelp(out, parser, Tr::tr("check [options] FILE..."),
                         Tr::tr("Runs check files: each check connects, sends, expects messages and closes, step by step.\n"
                            "Prints one JSON line per step and per check. Exit 0 when every check passed, 1 when one failed,\n"
                            "2 when a file is bad (nothing runs then). Use replay --check to compare a whole recorded session;\n"
                            "use check when the replies vary (tokens, times) and only some of their parts matter."),
                         Tr::tr("  wsinspector-cli check examples/checks/echo.json\n"
                            "  wsinspector-cli check checks/*.json --env staging --var token=T --junit report.xml\n"
                            "  wsinspector-cli check login.json --record runs/"));
    if (parser.positionalArguments().isEmpty())
        return usageError(err, Tr::tr("check takes one or more check files"));
    wsi::CheckCommand::Settings settings;
    settings.files = parser.positionalArguments();
    settings.environment = parser.value(env);
    for (const QString &assignment : parser.values(var)) {
        const qsizetype equals = assignment.indexOf(u'=');
        if (equals <= 0)
            return usageError(err, Tr::tr("--var wants NAME=VALUE, not \"%1\"").arg(assignment));
        settings.variables.insert(assignment.left(equals), assignment.mid(equals + 1));
    }
    settings.junitPath = parser.value(junit);
    settings.recordDir = parser.value(record);
    wsi::CheckCommand command(settings, &out, &err);
    if (!command.prepare())
        return command.exitCode();
    QObject::connect(&command, &wsi::CheckCommand::finished, qApp, &QCoreApplication::exit);
    command.start();
    return QCoreApplication::exec();
}

// convert IN NAME.check.json: the session as a check file (CheckFromSession), for check.
int convertToCheck(const QString &in, const QString &outPath, QFile &out, QFile &err)
{
    const wsi::SessionFile::Contents contents = wsi::SessionExport::read(in);
    if (!contents.ok()) {
        err.write((QStringLiteral("wsinspector-cli: ") + contents.fatalError + u'\n').toUtf8());
        return 2;
    }
    const QString name = QFileInfo(outPath).fileName().chopped(int(qstrlen(".check.json")));
    QString error;
    if (!wsi::CheckFromSession::build(contents.header.url, contents.events, name).write(outPath, &error)) {
        err.write((QStringLiteral("wsinspector-cli: ") + error + u'\n').toUtf8());
        return 1;
    }
    out.write(Tr::tr("a check written to %1 from %2 events\n").arg(outPath).arg(contents.events.size()).toUtf8());
    return 0;
}

int runConvert(const QStringList &args, QFile &out, QFile &err)
{
    if (args.contains(QStringLiteral("-h")) || args.contains(QStringLiteral("--help"))) {
        QCommandLineParser parser;
        parser.addOption(helpOption());
        parser.addOption(QCommandLineOption(QStringLiteral("include-secrets"),
                                            Tr::tr("Keep Authorization, Cookie and token values in OUT (masked by default).")));
        return printHelp(out, parser, Tr::tr("convert [--include-secrets] IN OUT"),
                         Tr::tr("Converts between a session file (.jsonl), a browser DevTools export (.har) and a table (.csv);\n"
                            "each file's type follows its name. A .har may hold several connections: all their messages are read."),
                         Tr::tr("  wsinspector-cli convert chrome-export.har session.jsonl\n"
                            "  wsinspector-cli convert session.jsonl back.har\n"
                            "  wsinspector-cli convert session.jsonl messages.csv")
                             + u'\n'
                             + Tr::tr("  wsinspector-cli convert session.jsonl login.check.json   # a check file (for check): the messages\n"
                                      "                                       # sent again, the replies expected as they came"));
    }
    QStringList files = args;
    const bool includeSecrets = files.removeAll(QStringLiteral("--include-secrets")) > 0;
    if (files.size() != 3)
        return usageError(err, Tr::tr("convert takes an input and an output file"));
    if (files.at(2).endsWith(QStringLiteral(".check.json"), Qt::CaseInsensitive))
        return convertToCheck(files.at(1), files.at(2), out, err);
    const QString in = files.at(1), outPath = files.at(2);
    const wsi::SessionExport::Conversion done = wsi::SessionExport::convert(in, outPath, includeSecrets);
    for (const QString &problem : done.problems)
        err.write((QStringLiteral("wsinspector-cli: warning: ") + problem + u'\n').toUtf8());
    if (!done.error.isEmpty()) {
        err.write((QStringLiteral("wsinspector-cli: ") + done.error + u'\n').toUtf8());
        return done.inputUnreadable ? 2 : 1;
    }
    out.write(Tr::tr("%1 events written to %2\n").arg(done.events).arg(outPath).toUtf8());
    return 0;
}

int runServe(const QStringList &args, QFile &out, QFile &err)
{
    QCommandLineParser parser;
    const QCommandLineOption port(QStringLiteral("port"), Tr::tr("Port to listen on, on 127.0.0.1 (default 9001; 0 picks a free one)."),
                                  QStringLiteral("N"), QStringLiteral("9001"));
    const QCommandLineOption rules(QStringLiteral("rules"), Tr::tr("Run a mock server that answers by the rules of FILE (JSON, see the README)."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption listen(QStringLiteral("listen"), Tr::tr("With --rules: ADDRESS:PORT to listen on (another address than 127.0.0.1 "
                                                                     "lets anyone on that network connect)."), QStringLiteral("ADDR:PORT"));
    const QCommandLineOption record(QStringLiteral("record"), Tr::tr("With --rules: record every client to FILE (JSON Lines, \"conn\" tells them apart)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption includeSecrets(QStringLiteral("include-secrets"), Tr::tr("Keep Authorization, Cookie and token values in the recording."));
    const QCommandLineOption force(QStringLiteral("force"), Tr::tr("With --record: replace FILE when it exists."));
    const QCommandLineOption once(QStringLiteral("once"), Tr::tr("With --rules: finish when the first client's connection has ended (exit 0)."));
    const QCommandLineOption quiet(QStringList{QStringLiteral("q"), QStringLiteral("quiet")}, Tr::tr("With --rules: print no events."));
    parser.addOptions({helpOption(), port, rules, listen, record, includeSecrets, force, once, quiet});
    if (!parser.parse(args))
        return usageError(err, parser.errorText());
    if (parser.isSet(helpOption()))
        return printHelp(out, parser, Tr::tr("serve [--port N] | serve --rules FILE [--port N | --listen ADDR:PORT] [options]"),
                         Tr::tr("Without --rules, runs the built-in echo server on 127.0.0.1: every message comes back as it was sent.\n"
                                "With --rules, runs a mock server: each client's messages are answered by the first rule that matches\n"
                                "(text, contains, regex, json, jsonPath), with on-connect messages, periodic messages, a close after\n"
                                "K messages, a chosen subprotocol or a refused handshake, as FILE says. Prints every event of every\n"
                                "client as a JSON line (\"conn\": which client; \"dir\": out is what the mock server sent).\n"
                                "Exit status: 0, 1 when it cannot listen (the port in use), 2 for a usage error or a bad rules file\n"
                                "(nothing is started), 3 when the recording failed."),
                         Tr::tr("  wsinspector-cli serve                 # ws://127.0.0.1:9001/\n"
                                "  wsinspector-cli serve --port 0        # a free port, printed on the first line\n"
                                "  wsinspector-cli serve --rules examples/mock/chat-backend.json --port 9002\n"
                                "  wsinspector-cli serve --rules mock.json --listen 0.0.0.0:9002 --record mock-session.jsonl\n"
                                "  wsinspector-cli serve --rules mock.json --port 0 --once -q --record ci.jsonl"));
    if (!parser.positionalArguments().isEmpty())
        return usageError(err, Tr::tr("serve takes no positional arguments (--rules FILE)"));
    if (parser.isSet(port) && parser.isSet(listen))
        return usageError(err, Tr::tr("--port and --listen say the same thing: give one"));
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535)
        return usageError(err, Tr::tr("--port wants a number from 0 to 65535"));

    if (!parser.isSet(rules)) {
        for (const QCommandLineOption *o : {&listen, &record, &once, &quiet})
            if (parser.isSet(*o))
                return usageError(err, Tr::tr("--%1 goes with --rules FILE (the echo server takes only --port)").arg(o->names().constLast()));
        wsi::EchoServer server;
        if (!server.listen(quint16(portNumber))) {
            err.write(Tr::tr("wsinspector-cli: cannot listen on 127.0.0.1:%1: %2\n").arg(portNumber).arg(server.errorString()).toUtf8());
            return 1;
        }
        out.write(Tr::tr("Echo server listening on %1\n").arg(server.url().toString()).toUtf8());
        out.flush();
        return QCoreApplication::exec();
    }

    wsi::MockSettings mock;
    mock.port = quint16(portNumber);
    QString error;
    if (parser.isSet(listen) && !wsi::RelayCommand::parseListen(parser.value(listen), &mock.address, &mock.port, &error))
        return usageError(err, error);
    const std::optional<wsi::MockRules> parsed = wsi::MockRules::read(parser.value(rules), &error);
    if (!parsed) {
        err.write((QStringLiteral("wsinspector-cli: ") + error + QStringLiteral("\n") + Tr::tr("wsinspector-cli: nothing started") + u'\n').toUtf8());
        return 2;
    }
    wsi::MockCommand::Settings settings;
    settings.quiet = parser.isSet(quiet);
    settings.once = parser.isSet(once);
    wsi::MockCommand command(mock, *parsed, parser.value(rules), settings, &out, &err);
    QObject::connect(&command, &wsi::MockCommand::finished, qApp, &QCoreApplication::exit);
    return recordStartAndRun(command, parser, {record, force, includeSecrets}, err);
}

int runRelay(const QStringList &args, QFile &out, QFile &err)
{
    QCommandLineParser parser;
    const QCommandLineOption listen(QStringLiteral("listen"), Tr::tr("Port to listen on, on 127.0.0.1 (0 picks a free one), or ADDRESS:PORT."),
                                    QStringLiteral("PORT"));
    const QCommandLineOption upstream(QStringLiteral("upstream"),
                                      Tr::tr("The ws:// or wss:// server each client is forwarded to; a client's path and query are "
                                             "added to its path."), QStringLiteral("URL"));
    const QCommandLineOption record(QStringLiteral("record"), Tr::tr("Record every connection to FILE (JSON Lines, \"conn\" tells them apart)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption includeSecrets(QStringLiteral("include-secrets"), Tr::tr("Keep Authorization, Cookie and token values in the recording."));
    const QCommandLineOption force(QStringLiteral("force"), Tr::tr("With --record: replace FILE when it exists."));
    const QCommandLineOption drop(QStringLiteral("drop"), Tr::tr("Drop text messages that match REGEX, both ways (repeatable)."), QStringLiteral("REGEX"));
    const QCommandLineOption dropToServer(QStringLiteral("drop-to-server"), Tr::tr("Drop the client's text messages that match REGEX."), QStringLiteral("REGEX"));
    const QCommandLineOption dropToClient(QStringLiteral("drop-to-client"), Tr::tr("Drop the server's text messages that match REGEX."), QStringLiteral("REGEX"));
    const QCommandLineOption rewrite(QStringLiteral("rewrite"),
                                     Tr::tr("Replace what matches REGEX in text messages, both ways (\\1 is a capture; \\= an = in REGEX; repeatable)."),
                                     QStringLiteral("REGEX=REPLACEMENT"));
    const QCommandLineOption rewriteToServer(QStringLiteral("rewrite-to-server"), Tr::tr("As --rewrite, for the client's messages only."),
                                             QStringLiteral("REGEX=REPLACEMENT"));
    const QCommandLineOption rewriteToClient(QStringLiteral("rewrite-to-client"), Tr::tr("As --rewrite, for the server's messages only."),
                                             QStringLiteral("REGEX=REPLACEMENT"));
    const QCommandLineOption insecure(QStringList{QStringLiteral("k"), QStringLiteral("insecure")}, Tr::tr("Ignore the upstream's TLS certificate errors."));
    const QCommandLineOption once(QStringLiteral("once"), Tr::tr("Finish when the first client's connection has ended (exit 0)."));
    const QCommandLineOption quiet(QStringList{QStringLiteral("q"), QStringLiteral("quiet")}, Tr::tr("Print no events (with --record: only record)."));
    parser.addOptions({helpOption(), listen, upstream, record, includeSecrets, force, drop, dropToServer, dropToClient, rewrite,
                       rewriteToServer, rewriteToClient, insecure, once, quiet});
    if (!parser.parse(args))
        return usageError(err, parser.errorText());
    if (parser.isSet(helpOption()))
        return printHelp(out, parser, Tr::tr("relay --listen PORT --upstream URL [options]"),
                         Tr::tr("Sits between another program and its WebSocket server: point the program at ws://127.0.0.1:PORT/...\n"
                                "and each connection is forwarded to the upstream. Prints every message of both sides as JSON lines\n"
                                "(\"conn\": which client, \"dir\": out is client to server, in is server to client). Drop and rewrite\n"
                                "rules apply to text messages, in the order given; changed messages are tagged \"edited\", dropped ones\n"
                                "\"dropped\". Extensions (permessage-deflate) are not offered upstream, so every payload can be read."),
                         Tr::tr("  wsinspector-cli relay --listen 9100 --upstream ws://127.0.0.1:9001/\n"
                                "  wsinspector-cli relay --listen 9100 --upstream wss://api.example.com/ --record intercept.jsonl -q\n"
                                "  wsinspector-cli relay --listen 9100 --upstream ws://127.0.0.1:9001/ --drop-to-client '^heartbeat'\n"
                                "  wsinspector-cli relay --listen 9100 --upstream ws://127.0.0.1:9001/ --rewrite '\"price\":(\\d+)=\"price\":0' --once"));
    if (!parser.positionalArguments().isEmpty())
        return usageError(err, Tr::tr("relay takes no positional arguments (--listen PORT --upstream URL)"));
    if (!parser.isSet(listen) || !parser.isSet(upstream))
        return usageError(err, Tr::tr("relay needs --listen PORT and --upstream URL"));

    wsi::RelaySettings relay;
    QString error;
    if (!wsi::RelayCommand::parseListen(parser.value(listen), &relay.address, &relay.port, &error))
        return usageError(err, error);
    relay.upstream = wsi::SessionOptions::parseUrl(parser.value(upstream), &error);
    if (relay.upstream.isEmpty()) {
        err.write((QStringLiteral("wsinspector-cli: ") + error + u'\n').toUtf8());
        return 2;
    }
    relay.ignoreCertificateErrors = parser.isSet(insecure);
    // Rules in the order given on the command line, whichever option each came from.
    using Action = wsi::RelayRules::Action;
    struct RuleOption { const QCommandLineOption *option; Action action; bool toServer; bool toClient; };
    const RuleOption ruleOptions[] = {{&drop, Action::Drop, true, true}, {&dropToServer, Action::Drop, true, false},
                                      {&dropToClient, Action::Drop, false, true}, {&rewrite, Action::Rewrite, true, true},
                                      {&rewriteToServer, Action::Rewrite, true, false}, {&rewriteToClient, Action::Rewrite, false, true}};
    QList<QPair<int, wsi::RelayRules::Rule>> ordered;
    for (const RuleOption &o : ruleOptions) {
        const QString name = QStringLiteral("--") + o.option->names().constFirst();
        int from = 0;
        for (const QString &value : parser.values(*o.option)) {
            wsi::RelayRules::Rule rule;
            if (!wsi::RelayRules::parse(o.action, value, o.toServer, o.toClient, &rule, &error))
                return usageError(err, name + QStringLiteral(": ") + error);
            // Where this value stands among the arguments: its option name, then the value.
            int at = from;
            for (; at + 1 < args.size(); ++at) {
                if ((args.at(at) == name && args.at(at + 1) == value) || args.at(at) == name + u'=' + value)
                    break;
            }
            from = at + 1;
            ordered.append({at, rule});
        }
    }
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &entry : std::as_const(ordered))
        relay.rules.append(entry.second);

    wsi::RelayCommand::Settings settings;
    settings.quiet = parser.isSet(quiet);
    settings.once = parser.isSet(once);
    wsi::RelayCommand command(relay, settings, &out, &err);
    QObject::connect(&command, &wsi::RelayCommand::finished, qApp, &QCoreApplication::exit);
    return recordStartAndRun(command, parser, {record, force, includeSecrets}, err);
}

} // namespace

int main(int argc, char *argv[])
{
    // A closed standard stream (`<&-`) reads as /dev/null: else the next file opened would take
    // its number, and connect would read its own socket as standard input.
    for (int fd = 0; fd <= 2; ++fd)
        if (::fcntl(fd, F_GETFD) == -1 && errno == EBADF)
            ::open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wsinspector-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WSI_VERSION));
    // Human messages follow the system's language (LANGUAGE, LC_ALL, LANG); JSON lines stay English.
    wsi::Translation::install(&app, wsi::Translation::systemChoice());
    wsi::SystemMemory::exitCleanlyWhenOutOfMemory(
        Tr::tr("wsinspector-cli: out of memory: stopped. A recording holds every message up to the failure.\n").toUtf8());

    // Unbuffered so each event line reaches a pipe (jq, a test) as it happens.
    QFile out;
    out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    QFile err;
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);

    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2)
        return usageError(err, Tr::tr("no command given"));
    QString command = args.takeAt(1);
    // `help CMD` is `CMD --help`; wscat's `-c URL` is `connect URL`.
    if (command == QStringLiteral("help") && args.size() > 1) {
        command = args.takeAt(1);
        args.append(QStringLiteral("--help"));
    }
    if (command == QStringLiteral("-c"))
        command = QStringLiteral("connect");
    if (command == QStringLiteral("connect"))
        return runConnect(args, out, err);
    if (command == QStringLiteral("serve"))
        return runServe(args, out, err);
    if (command == QStringLiteral("replay"))
        return runReplay(args, out, err);
    if (command == QStringLiteral("convert"))
        return runConvert(args, out, err);
    if (command == QStringLiteral("check"))
        return runCheck(args, out, err);
    if (command == QStringLiteral("relay"))
        return runRelay(args, out, err);
    if (command == QStringLiteral("--help") || command == QStringLiteral("-h") || command == QStringLiteral("help")) {
        out.write(Tr::tr(Usage).toUtf8());
        out.write(Tr::tr(UsageCheck).toUtf8());
        out.write(Tr::tr(UsageRelay).toUtf8());
        out.write(Tr::tr(UsageMock).toUtf8());
        out.write(wsi::ConnectionArguments::usage());
        return 0;
    }
    if (command == QStringLiteral("--version") || command == QStringLiteral("-V")) {
        out.write("wsinspector-cli " WSI_VERSION "\n");
        return 0;
    }
    return usageError(err, Tr::tr("unknown command \"%1\" (wsinspector-cli --help lists them)").arg(command));
}
