#include "SendToTabsDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace wsi {

SendToTabsDialog::SendToTabsDialog(const QList<Target> &targets, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Send to tabs"));
    auto *label = new QLabel(tr("Send the message in the composer to:"), this);
    label->setTextFormat(Qt::PlainText);
    m_list->setObjectName(QStringLiteral("tabList"));
    m_list->setAccessibleName(tr("Tabs to send to"));
    for (const Target &target : targets) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(target.title, target.state), m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(target.open ? Qt::Checked : Qt::Unchecked);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Send"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
}

QList<int> SendToTabsDialog::chosenTabs() const
{
    QList<int> chosen;
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->checkState() == Qt::Checked)
            chosen << row;
    return chosen;
}

} // namespace wsi
