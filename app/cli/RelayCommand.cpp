#include "RelayCommand.h"

#include "session/SessionOptions.h"

#include <QIODevice>

namespace wsi {

RelayCommand::RelayCommand(const RelaySettings &relay, const Settings &settings, QIODevice *out, QIODevice *err, QObject *parent)
    : ServingCommand(settings, out, err, parent)
    , m_server(relay)
{
    connect(&m_server, &RelayServer::eventOccurred, &output(), &EventOutput::add);
    connect(&m_server, &RelayServer::connectionFinished, this, [this] { clientFinished([this] { m_server.close(); }); });
}

RelayCommand::~RelayCommand()
{
    // The server's connections end as it is destroyed (after the recorder): nothing of that reaches this object.
    m_server.disconnect(this);
}

bool RelayCommand::parseListen(const QString &text, QHostAddress *address, quint16 *port, QString *error)
{
    QString host = QStringLiteral("127.0.0.1");
    QString number = text;
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon >= 0) {
        host = text.left(colon);
        number = text.mid(colon + 1);
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
    }
    bool ok = false;
    const uint value = number.toUInt(&ok);
    if (!ok || value > 65535) {
        *error = tr("--listen wants a port (0 to 65535) or ADDRESS:PORT, not \"%1\"").arg(text);
        return false;
    }
    QHostAddress parsed;
    if (host == QStringLiteral("localhost"))
        parsed = QHostAddress(QHostAddress::LocalHost);
    else if (!parsed.setAddress(host)) {
        *error = tr("--listen: \"%1\" is not an IP address").arg(host);
        return false;
    }
    *address = parsed;
    *port = quint16(value);
    return true;
}

bool RelayCommand::recordTo(const QString &path, bool includeSecrets)
{
    SessionOptions options;
    options.url = m_server.settings().upstream;
    options.ignoreCertificateErrors = m_server.settings().ignoreCertificateErrors;
    return recordWith(path, options, includeSecrets);
}

bool RelayCommand::start()
{
    QString error;
    const bool ok = m_server.listen(&error);
    const QString upstream = m_server.settings().upstream.toString();
    return listened(ok, error, m_server.settings().address,
                    tr("wsinspector-cli: warning: listening on %1: anyone who can reach this address can connect and "
                       "talk to %2 through the relay\n").arg(m_server.settings().address.toString(), upstream),
                    tr("wsinspector-cli: relay listening on %1, forwarding to %2\n").arg(m_server.url().toString(), upstream),
                    QStringLiteral("relay listening on %1, forwarding to %2").arg(m_server.url().toString(), upstream));
}

} // namespace wsi
