#pragma once

#include "Heartbeat.h"
#include "ReconnectPolicy.h"
#include "decode/DecodeSettings.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QMap>
#include <QUrl>

namespace wsi {

struct SessionOptions
{
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QStringList subprotocols;
    QString origin;
    int connectTimeoutMs = 10000;
    // A close the server does not answer (it does not read, say) ends as 1006 after this long.
    int closeTimeoutMs = 5000;
    // Back-pressure: while this much the server sent waits for the session, the server is not
    // read (TCP slows it down); reading resumes below half of it.
    qint64 pauseReadingAboveBytes = 32ll << 20;
    // ... or while the oldest message read has waited this long for the session: what bounds
    // the time between reading a message and its line in a recording (RecordingLagBoundMs).
    qint64 pauseReadingAfterUs = 25000;
    // QWebSocket accepts ~2 GiB by default; a runaway server should not be able to eat memory.
    quint64 maxIncomingMessageSize = 64ull * 1024 * 1024;

    HeartbeatSettings heartbeat;
    ReconnectPolicy reconnect;
    // Sent in order after every connect and reconnect (auth, subscribe...).
    QStringList onConnectMessages;
    // What a send does while a connection is on its way (CONNECTING or waiting to reconnect).
    enum class OfflineSends { Queue, Refuse };
    OfflineSends offlineSends = OfflineSends::Queue;
    // Accept this connection's certificate errors. Only on purpose, never remembered by default.
    bool ignoreCertificateErrors = false;

    // SocketIo speaks Socket.IO v4 over Engine.IO's websocket transport: answers its pings,
    // joins socketIoNamespace on every connect, shows packets decoded.
    enum class Protocol { WebSocket, SocketIo };
    Protocol protocol = Protocol::WebSocket;
    QString socketIoNamespace = QStringLiteral("/");

    // How the window decodes binary messages (the detail pane); remembered per URL.
    DecodeSettings decode;

    // One event per frame as it passed on the wire (Session::frameSeen), for --frames.
    bool reportFrames = false;

    // The values of a collection's secret variables this connection uses, by name: {{name}} in a
    // message is replaced when it is sent (the composer keeps the marker), and every event shows
    // the value masked, so the log, the detail pane and a recording never hold it. Never saved.
    QMap<QString, QString> secretVariables;

    // Accepts what people type: "localhost:8080/chat" becomes ws://localhost:8080/chat.
    // Returns an empty QUrl and sets *error when the text is not a ws:// or wss:// URL.
    static QUrl parseUrl(const QString &text, QString *error);
};

} // namespace wsi
