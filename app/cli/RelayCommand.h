#pragma once

#include "ServingCommand.h"
#include "relay/RelayServer.h"

#include <QObject>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace wsi {

// `wsinspector-cli relay`: runs a RelayServer and prints every event of every client
// connection as a JSON line (with "conn", and "dir" from the client's point of view), records
// them when asked, and with --once finishes when the first client's connection has ended.
class RelayCommand final : public ServingCommand
{
    Q_OBJECT
public:
    RelayCommand(const RelaySettings &relay, const Settings &settings, QIODevice *out, QIODevice *err, QObject *parent = nullptr);
    ~RelayCommand() override;

    // --listen: "PORT" (127.0.0.1), "ADDRESS:PORT" or "[IPv6]:PORT". False with *error otherwise.
    static bool parseListen(const QString &text, QHostAddress *address, quint16 *port, QString *error);

    bool recordTo(const QString &path, bool includeSecrets);
    // Listens; false (after printing why: the port in use, say) when it cannot.
    bool start();
    RelayServer &server() { return m_server; }

private:
    RelayServer m_server;
};

} // namespace wsi
