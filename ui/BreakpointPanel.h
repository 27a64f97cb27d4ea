#pragma once

#include "relay/RelayRules.h"
#include "relay/RelayServer.h"

#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
QT_END_NAMESPACE

namespace wsi {

// The Intercept tab's breakpoints: the rules the user adds (direction, kind, regex / text /
// JSON path equals), and the messages they hold, in a queue the user works through: Forward,
// Forward edited (as text, JSON or hex), Drop, Forward all. Works on the tab's RelayServer;
// the rules stay when the relay is stopped and started again.
class BreakpointPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit BreakpointPanel(QWidget *parent = nullptr);

    // The relay whose held messages are shown (nullptr while stopped); it gets the rules.
    void setRelay(RelayServer *relay);
    const RelayRules &rules() const { return m_rules; }
    // Rebuilds the held list from the relay (a message was held, or the relay moved on).
    void refreshHeld();
    int heldCount() const { return int(m_held.size()); }

    QListWidget *breakpointList() const { return m_breakpoints; }
    QListWidget *heldList() const { return m_heldList; }
    QPlainTextEdit *heldEditor() const { return m_editor; }

signals:
    void heldChanged(int count);

private:
    void addBreakpoint();
    void removeBreakpoint();
    void onMatchChanged();
    void showHeld(int row);
    void showPayload();
    void showHeldStatus(const QString &text); // why the last action did nothing; hidden when empty
    const HeldMessage *selectedHeld() const;
    void act(bool (RelayServer::*action)(const HeldMessage &));
    void forwardEdited();
    static QString describe(const RelayRules::Rule &rule);

    QPointer<RelayServer> m_relay;
    RelayRules m_rules;
    QList<HeldMessage> m_held;
    QComboBox *m_direction;
    QComboBox *m_kind;
    QComboBox *m_match;
    QLineEdit *m_pattern;
    QLineEdit *m_value;
    QLabel *m_ruleError;
    QListWidget *m_breakpoints;
    QPushButton *m_remove;
    QLabel *m_heldTitle;
    QListWidget *m_heldList;
    QComboBox *m_format;
    QPlainTextEdit *m_editor;
    QLabel *m_heldStatus;
    QPushButton *m_forward;
    QPushButton *m_forwardEdited;
    QPushButton *m_drop;
    QPushButton *m_forwardAll;
    // The message the editor shows (its key), so a refresh keeps what the user typed.
    int m_shownConnection = 0;
    bool m_shownToServer = false;
    quint64 m_shownId = 0;
};

} // namespace wsi
