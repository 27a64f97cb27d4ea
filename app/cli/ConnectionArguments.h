#pragma once

#include "session/SessionOptions.h"

#include <QCommandLineOption>
#include <QList>

QT_BEGIN_NAMESPACE
class QCommandLineParser;
QT_END_NAMESPACE

namespace wsi {

// The connection options both programs accept on their command line
// (--header, --subprotocol, --origin, --timeout, --heartbeat..., --reconnect...,
// --on-connect, --offline, --insecure, --max-message-size), parsed in one place.
class ConnectionArguments
{
public:
    ConnectionArguments();
    void addTo(QCommandLineParser &parser) const;
    // Fills options from a parsed command line; false with *error on a bad value.
    bool apply(const QCommandLineParser &parser, SessionOptions *options, QString *error) const;
    static const char *usage();

private:
    QCommandLineOption m_header, m_subprotocol, m_origin, m_timeout;
    QCommandLineOption m_heartbeat, m_heartbeatInterval, m_heartbeatTimeout, m_heartbeatPayload, m_heartbeatReply,
        m_heartbeatRegex;
    QCommandLineOption m_reconnect, m_reconnectAttempts, m_reconnectDelay, m_reconnectMaxDelay;
    QCommandLineOption m_onConnect, m_offline, m_insecure, m_maxMessage;
    QCommandLineOption m_socketIo, m_namespace;
};

} // namespace wsi
