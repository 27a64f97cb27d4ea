#pragma once

#include "ListeningPage.h"
#include "mock/MockRules.h"

QT_BEGIN_NAMESPACE
class QLabel;
class QPlainTextEdit;
class QPushButton;
QT_END_NAMESPACE

namespace wsi {

class MockServer;

// A tab of kind "Server" (MainWindow, File → New mock server…): a MockServer that runs a rules
// file (README "Mock server") for every client that connects. The rules are loaded from a file,
// seen and edited in the tab (Apply; an error keeps the rules that ran), and saved. Beside the one
// log of every client (ListeningPage): a composer that answers the chosen client by hand, Close
// client… with a code and reason, and each connection's handshake.
class ServerPage final : public ListeningPage
{
    Q_OBJECT
public:
    explicit ServerPage(QWidget *parent = nullptr);
    ~ServerPage() override;

    bool isListening() const override { return m_server != nullptr; }
    MockServer *server() const { return m_server; }
    QPlainTextEdit *rulesEditor() const { return m_rulesEditor; }
    QLabel *rulesErrorLabel() const { return m_rulesError; }
    QString rulesPath() const { return m_rulesPath; }

    // Load rules… and Save rules… without their file dialogs; false with the reason shown.
    bool loadRules(const QString &path);
    bool saveRules(const QString &path);
    // The editor's text, checked; the rules that run change only when it reads (the error is shown).
    bool applyRules();
    // Close client…'s work: false (the reason shown) when the code may not be sent or the client is gone.
    bool closeClient(int connection, int code, const QString &reason);

protected:
    bool startServer(const QHostAddress &address, quint16 port) override;
    void stopServer() override;
    QUrl serverUrl() const override;
    bool deliver(int connection, const MessageDraft::Wire &wire) override;
    QString notSent(const QString &why) const override;
    QUrl sessionUrl() const override { return m_lastUrl; }

private:
    // The editor's text as rules, or nullopt with the error shown under the editor.
    std::optional<MockRules> readEditor();
    void showRulesError(const QString &error);
    void refreshRulesLabel();
    void askCloseClient();

    MockServer *m_server = nullptr;
    MockRules m_rules;
    QString m_rulesPath;
    QUrl m_lastUrl;
    QLabel *m_rulesLabel;
    QPlainTextEdit *m_rulesEditor;
    QLabel *m_rulesError;
    QPushButton *m_apply;
    QPushButton *m_closeClient;
    QWidget *m_rulesPage = nullptr;
};

} // namespace wsi
