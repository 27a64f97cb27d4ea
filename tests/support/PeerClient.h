#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QStringList>

namespace wsi::test {

// The python3-websockets client of tests/servers/relay_client.py (not Qt's), running while the
// test's event loop serves the relay or the mock server; its JSON lines read as they come.
class PeerClient
{
public:
    explicit PeerClient(const QStringList &arguments)
    {
        m_process.start(QStringLiteral("/usr/bin/python3"), QStringList{QStringLiteral(WSI_TEST_SERVERS_DIR "/relay_client.py")} + arguments);
    }
    ~PeerClient()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
    bool finished() const { return m_process.state() == QProcess::NotRunning; }
    // Every JSON line printed so far.
    QList<QJsonObject> lines()
    {
        m_buffer += m_process.readAllStandardOutput();
        while (true) {
            const qsizetype end = m_buffer.indexOf('\n');
            if (end < 0)
                break;
            m_lines.append(QJsonDocument::fromJson(m_buffer.left(end)).object());
            m_buffer.remove(0, end + 1);
        }
        return m_lines;
    }
    QStringList received()
    {
        QStringList out;
        for (const QJsonObject &line : lines())
            if (line.contains(QStringLiteral("recv")))
                out << line.value(QStringLiteral("recv")).toString();
        return out;
    }
    QJsonObject first(const char *key)
    {
        for (const QJsonObject &line : lines())
            if (line.contains(QLatin1String(key)))
                return line;
        return {};
    }
    QString errors() { return QString::fromUtf8(m_process.readAllStandardError()); }

private:
    QProcess m_process;
    QByteArray m_buffer;
    QList<QJsonObject> m_lines;
};


} // namespace wsi::test
