#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QListWidget;
QT_END_NAMESPACE

namespace wsi {

// Which tabs get one message: every tab listed, the open ones ticked.
class SendToTabsDialog final : public QDialog
{
    Q_OBJECT
public:
    struct Target
    {
        QString title;
        QString state;
        bool open = false;
    };
    explicit SendToTabsDialog(const QList<Target> &targets, QWidget *parent = nullptr);
    QList<int> chosenTabs() const;

private:
    QListWidget *m_list;
};

} // namespace wsi
