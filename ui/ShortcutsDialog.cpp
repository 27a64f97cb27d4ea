#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wsi {

namespace {
QString plain(QString text)
{
    // "&File", and in a translation "文件(&F)": the accelerator goes, with its brackets.
    static const QRegularExpression bracketedAccelerator(QStringLiteral("\\s*[(（]&.[)）]"));
    text.remove(bracketedAccelerator);
    text.remove(u'&');
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text;
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menuBar, const QList<QAction *> &logActions, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 3, this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Action"), tr("Where")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const auto addRow = [this](const QString &keys, const QString &action, const QString &where) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(keys));
        m_table->setItem(row, 1, new QTableWidgetItem(action));
        m_table->setItem(row, 2, new QTableWidgetItem(where));
    };
    for (QAction *menuAction : menuBar->actions()) {
        const QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        for (QAction *action : menu->actions()) {
            QStringList keys;
            for (const QKeySequence &sequence : action->shortcuts())
                keys << sequence.toString(QKeySequence::NativeText);
            keys.removeDuplicates(); // Ctrl+Return and Ctrl+Enter read the same in some languages
            if (!keys.isEmpty())
                addRow(keys.join(tr(" or ", "between two keyboard shortcuts")), plain(action->text()), tr("%1 menu").arg(plain(menu->title())));
        }
    }
    addRow(tr("Enter"), tr("Open the URL"), tr("URL field"));
    addRow(tr("Up / Down"), tr("Recall sent messages"), tr("Message field, on its first or last line"));
    addRow(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText), tr("Filter the log"), tr("Anywhere"));
    for (const QAction *action : logActions)
        addRow(action->shortcut().toString(QKeySequence::NativeText), plain(action->text()), tr("Log (also on right-click)"));
    m_table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(620, 520);
}

} // namespace wsi
