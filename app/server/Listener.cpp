#include "Listener.h"

#include "i18n/Translation.h"

#include <QTcpServer>

namespace wsi {

namespace {
struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::Listener)
};
} // namespace

bool Listener::listen(QTcpServer *server, const QHostAddress &address, quint16 port, QString *error)
{
    if (server->listen(address, port))
        return true;
    *error = Tr::tr("cannot listen on %1:%2: %3")
                 .arg(address.toString())
                 .arg(port)
                 .arg(server->serverError() == QAbstractSocket::AddressInUseError ? Tr::tr("the port is in use") : server->errorString());
    return false;
}

QUrl Listener::url(const QTcpServer *server)
{
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(server->serverAddress().toString());
    url.setPort(server->serverPort());
    url.setPath(QStringLiteral("/"));
    return url;
}

} // namespace wsi
