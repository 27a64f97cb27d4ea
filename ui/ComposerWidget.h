#pragma once

#include "compose/MessageDraft.h"
#include "compose/SendHistory.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
QT_END_NAMESPACE

namespace wsi {

// Where a message is typed: text, JSON (checked as you type), binary as hex,
// base64 or a file, or a Socket.IO event. Up and Down recall what this
// connection sent; named snippets are shared by every tab and kept across runs.
// It only builds drafts; the tab decides where they go.
class ElidedLabel;

class ComposerWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit ComposerWidget(QWidget *parent = nullptr);

    MessageDraft draft() const;
    void setDraft(const MessageDraft &draft);
    void setFormat(MessageDraft::Format format);
    // Remembers a draft that was sent, for Up/Down.
    void addToHistory(const MessageDraft &draft);
    const SendHistory &history() const { return m_history; }
    void setSendEnabled(bool enabled);
    void setSocketIoAvailable(bool available);
    // "Send to tabs…" is shown where other tabs can take the message (not in an Intercept tab).
    void setSendToTabsAvailable(bool available);

    QPlainTextEdit *editor() const { return m_edit; }
    // Where typing starts: the event name of an emit without one, else the message.
    void focusInput();

signals:
    void sendRequested();
    void sendToTabsRequested();
    void clearLogRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onFormatChanged();
    void refreshStatus();
    void reloadSnippets();
    void onSnippetChosen(int index);
    void saveSnippet();
    void deleteSnippet();
    void chooseFile();

    QComboBox *m_format;
    QLineEdit *m_event;
    QPushButton *m_fileButton;
    QPushButton *m_prettyButton;
    QPushButton *m_compactButton;
    ElidedLabel *m_status;
    QComboBox *m_snippets;
    QToolButton *m_saveSnippet;
    QToolButton *m_deleteSnippet;
    QPlainTextEdit *m_edit;
    QPushButton *m_sendButton;
    QPushButton *m_sendToTabsButton;
    QPushButton *m_clearLogButton;
    SendHistory m_history;
};

} // namespace wsi
