#include "RelayCommand.h"

#include <QIODevice>

namespace wsi {

RelayCommand::RelayCommand(const RelaySettings &relay, const Settings &settings, QIODevice *out, QIODevice *err, QObject *parent)
    : QObject(parent)
    , m_server(relay)
    , m_settings(settings)
    , m_err(err)
    , m_output(out, err, settings.quiet)
{
    connect(&m_server, &RelayServer::eventOccurred, &m_output, &EventOutput::add);
    connect(&m_server, &RelayServer::connectionFinished, this, [this] {
        if (!m_settings.once)
            return;
        m_server.close();
        if (!m_output.finish())
            m_exitCode = 3;
        emit finished(m_exitCode);
    });
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
    if (!m_output.recordTo(path, options, includeSecrets)) {
        m_exitCode = 2;
        return false;
    }
    return true;
}

bool RelayCommand::start()
{
    QString error;
    if (!m_server.listen(&error)) {
        m_err->write((QStringLiteral("wsinspector-cli: ") + error + u'\n').toUtf8());
        m_exitCode = 1;
        return false;
    }
    const QHostAddress address = m_server.settings().address;
    if (!address.isLoopback())
        m_err->write(tr("wsinspector-cli: warning: listening on %1: anyone who can reach this address can connect and "
                        "talk to %2 through the relay\n").arg(address.toString(), m_server.settings().upstream.toString()).toUtf8());
    m_err->write(tr("wsinspector-cli: relay listening on %1, forwarding to %2\n")
                     .arg(m_server.url().toString(), m_server.settings().upstream.toString()).toUtf8());
    SessionEvent info;
    info.timestampUs = nowUs();
    info.kind = EventKind::Info;
    info.payload = QStringLiteral("relay listening on %1, forwarding to %2")
                       .arg(m_server.url().toString(), m_server.settings().upstream.toString()).toUtf8();
    m_output.add(info);
    return true;
}

} // namespace wsi
