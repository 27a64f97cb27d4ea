#pragma once

#include <QDialog>
#include <QList>

QT_BEGIN_NAMESPACE
class QAction;
class QMenuBar;
class QTableWidget;
QT_END_NAMESPACE

namespace wsi {

// Every keyboard shortcut of the window: read from the menus themselves, so
// the list cannot drift from what the keys do, plus the few that belong to a field.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
public:
    // logActions: the log's own keys (copy, resend), which live on the log, not in a menu.
    ShortcutsDialog(const QMenuBar *menuBar, const QList<QAction *> &logActions, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace wsi
