#include "ConnectionArguments.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace wsi {

ConnectionArguments::ConnectionArguments()
    : m_header(QStringList{QStringLiteral("H"), QStringLiteral("header")}, QCoreApplication::translate("wsinspector-cli", "Extra handshake header 'Name: value' (repeatable)."), QStringLiteral("HEADER"))
    , m_subprotocol(QStringList{QStringLiteral("s"), QStringLiteral("subprotocol"), QStringLiteral("protocol")}, QCoreApplication::translate("wsinspector-cli", "Requested subprotocol (repeatable)."), QStringLiteral("NAME"))
    , m_origin(QStringList{QStringLiteral("o"), QStringLiteral("origin")}, QCoreApplication::translate("wsinspector-cli", "Origin header."), QStringLiteral("ORIGIN"))
    , m_timeout(QStringLiteral("timeout"), QCoreApplication::translate("wsinspector-cli", "Connect timeout in seconds (default 10)."), QStringLiteral("SECONDS"))
    , m_heartbeat(QStringLiteral("heartbeat"), QCoreApplication::translate("wsinspector-cli", "Heartbeat: off, ping (protocol ping frames) or text (application ping)."), QStringLiteral("MODE"))
    , m_heartbeatInterval(QStringLiteral("heartbeat-interval"), QCoreApplication::translate("wsinspector-cli", "Seconds between pings (default 30)."), QStringLiteral("S"))
    , m_heartbeatTimeout(QStringLiteral("heartbeat-timeout"), QCoreApplication::translate("wsinspector-cli", "Seconds to wait for the reply (default 10)."), QStringLiteral("S"))
    , m_heartbeatPayload(QStringLiteral("heartbeat-payload"), QCoreApplication::translate("wsinspector-cli", "Ping text (default ping)."), QStringLiteral("TEXT"))
    , m_heartbeatReply(QStringLiteral("heartbeat-reply"), QCoreApplication::translate("wsinspector-cli", "Expected reply to a text ping (default pong)."), QStringLiteral("TEXT"))
    , m_heartbeatRegex(QStringLiteral("heartbeat-reply-regex"), QCoreApplication::translate("wsinspector-cli", "The expected reply is a regular expression."))
    , m_reconnect(QStringLiteral("reconnect"), QCoreApplication::translate("wsinspector-cli", "Reconnect after an abnormal close, with backoff."))
    , m_reconnectAttempts(QStringLiteral("reconnect-attempts"), QCoreApplication::translate("wsinspector-cli", "Give up after N attempts (0 = never, the default)."), QStringLiteral("N"))
    , m_reconnectDelay(QStringLiteral("reconnect-delay"), QCoreApplication::translate("wsinspector-cli", "First reconnect delay in seconds (default 1)."), QStringLiteral("S"))
    , m_reconnectMaxDelay(QStringLiteral("reconnect-max-delay"), QCoreApplication::translate("wsinspector-cli", "Longest reconnect delay in seconds (default 30)."), QStringLiteral("S"))
    , m_onConnect(QStringLiteral("on-connect"), QCoreApplication::translate("wsinspector-cli", "Text sent after every connect and reconnect (repeatable)."), QStringLiteral("TEXT"))
    , m_offline(QStringLiteral("offline"), QCoreApplication::translate("wsinspector-cli", "Sends while disconnected: queue (default) or refuse."), QStringLiteral("POLICY"))
    , m_insecure(QStringList{QStringLiteral("k"), QStringLiteral("insecure")}, QCoreApplication::translate("wsinspector-cli", "Ignore TLS certificate errors for this run."))
    , m_maxMessage(QStringLiteral("max-message-size"), QCoreApplication::translate("wsinspector-cli", "Largest incoming message in bytes (default 64 MiB)."), QStringLiteral("BYTES"))
    , m_socketIo(QStringLiteral("socketio"), QCoreApplication::translate("wsinspector-cli", "Speak Socket.IO v4 (Engine.IO websocket transport)."))
    , m_namespace(QStringLiteral("namespace"), QCoreApplication::translate("wsinspector-cli", "Socket.IO namespace to join (default /)."), QStringLiteral("NS"))
{
}

const char *ConnectionArguments::usage()
{
    return "  connection options: [-H|--header 'Name: value']... [-s|--subprotocol NAME]... [-o|--origin ORIGIN] [--timeout S]\n"
           "    [--heartbeat off|ping|text] [--heartbeat-interval S] [--heartbeat-timeout S]\n"
           "    [--heartbeat-payload TEXT] [--heartbeat-reply TEXT] [--heartbeat-reply-regex]\n"
           "    [--reconnect] [--reconnect-attempts N] [--reconnect-delay S] [--reconnect-max-delay S]\n"
           "    [--on-connect TEXT]... [--offline queue|refuse] [-k|--insecure] [--max-message-size BYTES]\n"
           "    [--socketio] [--namespace NS]\n";
}

void ConnectionArguments::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_header, m_subprotocol, m_origin, m_timeout, m_heartbeat, m_heartbeatInterval, m_heartbeatTimeout,
                       m_heartbeatPayload, m_heartbeatReply, m_heartbeatRegex, m_reconnect, m_reconnectAttempts,
                       m_reconnectDelay, m_reconnectMaxDelay, m_onConnect, m_offline, m_insecure, m_maxMessage,
                       m_socketIo, m_namespace});
}

bool ConnectionArguments::apply(const QCommandLineParser &parser, SessionOptions *options, QString *error) const
{
    const auto fail = [error](const QString &message) {
        *error = message;
        return false;
    };
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
    for (const QString &h : parser.values(m_header)) {
        const qsizetype colon = h.indexOf(u':');
        if (colon <= 0)
            return fail(QCoreApplication::translate("wsinspector-cli", "--header wants 'Name: value', got \"%1\"").arg(h));
        options->headers.append({h.left(colon).trimmed().toLatin1(), h.mid(colon + 1).trimmed().toUtf8()});
    }
    options->subprotocols += parser.values(m_subprotocol);
    if (parser.isSet(m_origin))
        options->origin = parser.value(m_origin);
    if (!milliseconds(m_timeout, &options->connectTimeoutMs))
        return fail(QCoreApplication::translate("wsinspector-cli", "--timeout wants a positive number of seconds"));
    if (parser.isSet(m_heartbeat)) {
        bool ok = false;
        options->heartbeat.mode = HeartbeatSettings::modeFromName(parser.value(m_heartbeat), &ok);
        if (!ok)
            return fail(QCoreApplication::translate("wsinspector-cli", "--heartbeat wants off, ping or text"));
    }
    if (!milliseconds(m_heartbeatInterval, &options->heartbeat.intervalMs) || !milliseconds(m_heartbeatTimeout, &options->heartbeat.timeoutMs))
        return fail(QCoreApplication::translate("wsinspector-cli", "--heartbeat-interval and --heartbeat-timeout want a positive number of seconds"));
    if (parser.isSet(m_heartbeatPayload))
        options->heartbeat.payload = parser.value(m_heartbeatPayload);
    if (parser.isSet(m_heartbeatReply))
        options->heartbeat.expectedReply = parser.value(m_heartbeatReply);
    if (parser.isSet(m_heartbeatRegex)) {
        options->heartbeat.replyIsRegex = true;
        const QRegularExpression pattern(options->heartbeat.expectedReply);
        if (!pattern.isValid())
            return fail(QCoreApplication::translate("wsinspector-cli", "--heartbeat-reply is not a valid regular expression: ") + pattern.errorString());
    }
    if (parser.isSet(m_reconnect))
        options->reconnect.enabled = true;
    if (parser.isSet(m_reconnectAttempts)) {
        bool ok = false;
        options->reconnect.maxAttempts = parser.value(m_reconnectAttempts).toInt(&ok);
        if (!ok || options->reconnect.maxAttempts < 0)
            return fail(QCoreApplication::translate("wsinspector-cli", "--reconnect-attempts wants a whole number, 0 for no limit"));
    }
    if (!milliseconds(m_reconnectDelay, &options->reconnect.initialDelayMs) || !milliseconds(m_reconnectMaxDelay, &options->reconnect.maxDelayMs))
        return fail(QCoreApplication::translate("wsinspector-cli", "--reconnect-delay and --reconnect-max-delay want a positive number of seconds"));
    options->onConnectMessages += parser.values(m_onConnect);
    if (parser.isSet(m_offline)) {
        const QString policy = parser.value(m_offline);
        if (policy != QStringLiteral("queue") && policy != QStringLiteral("refuse"))
            return fail(QCoreApplication::translate("wsinspector-cli", "--offline wants queue or refuse"));
        options->offlineSends = policy == QStringLiteral("queue") ? SessionOptions::OfflineSends::Queue
                                                                  : SessionOptions::OfflineSends::Refuse;
    }
    if (parser.isSet(m_insecure))
        options->ignoreCertificateErrors = true;
    if (parser.isSet(m_maxMessage)) {
        bool ok = false;
        options->maxIncomingMessageSize = parser.value(m_maxMessage).toULongLong(&ok);
        if (!ok || options->maxIncomingMessageSize == 0)
            return fail(QCoreApplication::translate("wsinspector-cli", "--max-message-size wants a number of bytes"));
    }
    if (parser.isSet(m_socketIo) || parser.isSet(m_namespace))
        options->protocol = SessionOptions::Protocol::SocketIo;
    if (parser.isSet(m_namespace))
        options->socketIoNamespace = parser.value(m_namespace);
    return true;
}

} // namespace wsi
