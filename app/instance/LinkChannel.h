#pragma once

#include <QObject>
#include <QString>

QT_BEGIN_NAMESPACE
class QLocalServer;
QT_END_NAMESPACE

namespace wsi {

// One window per user: the first `wsinspector` listens on a local socket only its user can reach,
// and a later `wsinspector --open-link URL` hands the link to it instead of starting a second
// program. One line each way: the link, then "ok".
class LinkChannel final : public QObject
{
    Q_OBJECT
public:
    explicit LinkChannel(QObject *parent = nullptr);
    ~LinkChannel() override;

    // $XDG_RUNTIME_DIR/wsinspector-links (private to the user), else the temporary directory
    // with the user's id in the name.
    static QString socketPath();
    // Hands link to the running window; false when none answers within timeoutMs.
    static bool sendToRunning(const QString &link, int timeoutMs = 3000);
    // Starts listening (removing a socket file no program answers on any more).
    bool listen();
    bool isListening() const;

    static constexpr qsizetype MaxLinkBytes = 64 * 1024;

signals:
    void linkReceived(const QString &link);

private:
    void onNewConnection();

    QLocalServer *m_server;
};

} // namespace wsi
