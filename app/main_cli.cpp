// wsinspector-cli: the inspector without a window. Same core, same events.
#include "cli/ConnectCommand.h"
#include "server/EchoServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <cstdio>

namespace {

const char *const Usage =
    "Usage:\n"
    "  wsinspector-cli connect URL [--send TEXT]... [--wait SECONDS] [--header 'Name: value']...\n"
    "                              [--subprotocol NAME]... [--origin ORIGIN] [--timeout SECONDS]\n"
    "                              [--heartbeat off|ping|text] [--heartbeat-interval S] [--heartbeat-timeout S]\n"
    "                              [--heartbeat-payload TEXT] [--heartbeat-reply TEXT] [--heartbeat-reply-regex]\n"
    "                              [--reconnect] [--reconnect-attempts N] [--reconnect-delay S] [--reconnect-max-delay S]\n"
    "                              [--on-connect TEXT]... [--offline queue|refuse] [--insecure] [--max-message-size BYTES]\n"
    "  wsinspector-cli serve [--port N]\n"
    "\n"
    "connect prints one JSON object per line for every event and exits 0 after a clean close,\n"
    "1 when the connection fails or drops, 2 on a usage error or bad URL.\n";

int usageError(QFile &err, const QString &message)
{
    err.write((QStringLiteral("wsinspector-cli: ") + message + u'\n').toUtf8());
    err.write(Usage);
    return 2;
}

int runConnect(const QStringList &args, QFile &out, QFile &err)
{
    QCommandLineParser parser;
    const QCommandLineOption send(QStringLiteral("send"), QStringLiteral("Text message to send once open (repeatable)."), QStringLiteral("TEXT"));
    const QCommandLineOption wait(QStringLiteral("wait"), QStringLiteral("Close this many seconds after the last send."), QStringLiteral("SECONDS"));
    const QCommandLineOption header(QStringLiteral("header"), QStringLiteral("Extra handshake header 'Name: value'."), QStringLiteral("HEADER"));
    const QCommandLineOption subprotocol(QStringLiteral("subprotocol"), QStringLiteral("Requested subprotocol (repeatable)."), QStringLiteral("NAME"));
    const QCommandLineOption origin(QStringLiteral("origin"), QStringLiteral("Origin header."), QStringLiteral("ORIGIN"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QStringLiteral("Connect timeout in seconds (default 10)."), QStringLiteral("SECONDS"));
    const QCommandLineOption heartbeat(QStringLiteral("heartbeat"), QStringLiteral("Heartbeat: off, ping (protocol ping frames) or text (application ping)."), QStringLiteral("MODE"));
    const QCommandLineOption heartbeatInterval(QStringLiteral("heartbeat-interval"), QStringLiteral("Seconds between pings (default 30)."), QStringLiteral("S"));
    const QCommandLineOption heartbeatTimeout(QStringLiteral("heartbeat-timeout"), QStringLiteral("Seconds to wait for the reply (default 10)."), QStringLiteral("S"));
    const QCommandLineOption heartbeatPayload(QStringLiteral("heartbeat-payload"), QStringLiteral("Ping text (default ping)."), QStringLiteral("TEXT"));
    const QCommandLineOption heartbeatReply(QStringLiteral("heartbeat-reply"), QStringLiteral("Expected reply to a text ping (default pong)."), QStringLiteral("TEXT"));
    const QCommandLineOption heartbeatRegex(QStringLiteral("heartbeat-reply-regex"), QStringLiteral("The expected reply is a regular expression."));
    const QCommandLineOption reconnect(QStringLiteral("reconnect"), QStringLiteral("Reconnect after an abnormal close, with backoff."));
    const QCommandLineOption reconnectAttempts(QStringLiteral("reconnect-attempts"), QStringLiteral("Give up after N attempts (0 = never, the default)."), QStringLiteral("N"));
    const QCommandLineOption reconnectDelay(QStringLiteral("reconnect-delay"), QStringLiteral("First reconnect delay in seconds (default 1)."), QStringLiteral("S"));
    const QCommandLineOption reconnectMaxDelay(QStringLiteral("reconnect-max-delay"), QStringLiteral("Longest reconnect delay in seconds (default 30)."), QStringLiteral("S"));
    const QCommandLineOption onConnect(QStringLiteral("on-connect"), QStringLiteral("Text sent after every connect and reconnect (repeatable)."), QStringLiteral("TEXT"));
    const QCommandLineOption offline(QStringLiteral("offline"), QStringLiteral("Sends while disconnected: queue (default) or refuse."), QStringLiteral("POLICY"));
    const QCommandLineOption insecure(QStringLiteral("insecure"), QStringLiteral("Ignore TLS certificate errors for this run."));
    const QCommandLineOption maxMessage(QStringLiteral("max-message-size"), QStringLiteral("Largest incoming message in bytes (default 64 MiB)."), QStringLiteral("BYTES"));
    parser.addOptions({send, wait, header, subprotocol, origin, timeout, heartbeat, heartbeatInterval, heartbeatTimeout,
                       heartbeatPayload, heartbeatReply, heartbeatRegex, reconnect, reconnectAttempts, reconnectDelay,
                       reconnectMaxDelay, onConnect, offline, insecure, maxMessage});
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
    for (const QString &h : parser.values(header)) {
        const qsizetype colon = h.indexOf(u':');
        if (colon <= 0)
            return usageError(err, QStringLiteral("--header wants 'Name: value', got \"%1\"").arg(h));
        options.headers.append({h.left(colon).trimmed().toLatin1(), h.mid(colon + 1).trimmed().toUtf8()});
    }
    options.subprotocols = parser.values(subprotocol);
    options.origin = parser.value(origin);
    if (parser.isSet(timeout)) {
        bool ok = false;
        const double seconds = parser.value(timeout).toDouble(&ok);
        if (!ok || seconds <= 0)
            return usageError(err, QStringLiteral("--timeout wants a positive number of seconds"));
        options.connectTimeoutMs = int(seconds * 1000);
    }
    // Seconds as given on the command line, to milliseconds; false when not a positive number.
    const auto milliseconds = [&parser](const QCommandLineOption &option, int *out) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const double seconds = parser.value(option).toDouble(&ok);
        if (!ok || seconds <= 0)
            return false;
        *out = int(seconds * 1000);
        return true;
    };
    if (parser.isSet(heartbeat)) {
        bool ok = false;
        options.heartbeat.mode = wsi::HeartbeatSettings::modeFromName(parser.value(heartbeat), &ok);
        if (!ok)
            return usageError(err, QStringLiteral("--heartbeat wants off, ping or text"));
    }
    if (!milliseconds(heartbeatInterval, &options.heartbeat.intervalMs) || !milliseconds(heartbeatTimeout, &options.heartbeat.timeoutMs))
        return usageError(err, QStringLiteral("--heartbeat-interval and --heartbeat-timeout want a positive number of seconds"));
    if (parser.isSet(heartbeatPayload))
        options.heartbeat.payload = parser.value(heartbeatPayload);
    if (parser.isSet(heartbeatReply))
        options.heartbeat.expectedReply = parser.value(heartbeatReply);
    options.heartbeat.replyIsRegex = parser.isSet(heartbeatRegex);
    if (options.heartbeat.replyIsRegex && !QRegularExpression(options.heartbeat.expectedReply).isValid())
        return usageError(err, QStringLiteral("--heartbeat-reply is not a valid regular expression: ") +
                                   QRegularExpression(options.heartbeat.expectedReply).errorString());
    options.reconnect.enabled = parser.isSet(reconnect);
    if (parser.isSet(reconnectAttempts)) {
        bool ok = false;
        options.reconnect.maxAttempts = parser.value(reconnectAttempts).toInt(&ok);
        if (!ok || options.reconnect.maxAttempts < 0)
            return usageError(err, QStringLiteral("--reconnect-attempts wants a whole number, 0 for no limit"));
    }
    if (!milliseconds(reconnectDelay, &options.reconnect.initialDelayMs) || !milliseconds(reconnectMaxDelay, &options.reconnect.maxDelayMs))
        return usageError(err, QStringLiteral("--reconnect-delay and --reconnect-max-delay want a positive number of seconds"));
    options.onConnectMessages = parser.values(onConnect);
    if (parser.isSet(offline)) {
        const QString policy = parser.value(offline);
        if (policy != QStringLiteral("queue") && policy != QStringLiteral("refuse"))
            return usageError(err, QStringLiteral("--offline wants queue or refuse"));
        options.offlineSends = policy == QStringLiteral("queue") ? wsi::SessionOptions::OfflineSends::Queue
                                                                 : wsi::SessionOptions::OfflineSends::Refuse;
    }
    options.ignoreCertificateErrors = parser.isSet(insecure);
    if (parser.isSet(maxMessage)) {
        bool ok = false;
        options.maxIncomingMessageSize = parser.value(maxMessage).toULongLong(&ok);
        if (!ok || options.maxIncomingMessageSize == 0)
            return usageError(err, QStringLiteral("--max-message-size wants a number of bytes"));
    }

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
        return 0;
    }
    if (command == QStringLiteral("--version")) {
        out.write("wsinspector-cli " WSI_VERSION "\n");
        return 0;
    }
    return usageError(err, QStringLiteral("unknown command \"%1\"").arg(command));
}
