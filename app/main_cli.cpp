// wsinspector-cli: the inspector without a window. Same core, same events.
#include "cli/ConnectCommand.h"
#include "cli/ConnectionArguments.h"
#include "server/EchoServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace {

const char *const Usage =
    "Usage:\n"
    "  wsinspector-cli connect URL [--send TEXT]... [--wait SECONDS] [connection options]\n"
    "  wsinspector-cli serve [--port N]\n"
    "\n"
    "connect prints one JSON object per line for every event and exits 0 after a clean close,\n"
    "1 when the connection fails or drops, 2 on a usage error or bad URL.\n";

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
    parser.addOptions({send, wait});
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

    wsi::ConnectCommand command(options, parser.values(send), waitSeconds, &out, &err);
    QObject::connect(&command, &wsi::ConnectCommand::finished, qApp, &QCoreApplication::exit);
    if (!command.start())
        return command.exitCode();
    return QCoreApplication::exec();
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
