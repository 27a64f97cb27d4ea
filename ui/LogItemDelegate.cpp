#include "LogItemDelegate.h"

#include "Theme.h"
#include "log/MessageLogModel.h"

namespace wsi {

void LogItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto severity = MessageLogModel::Severity(index.data(MessageLogModel::SeverityRole).toInt());
    if (severity == MessageLogModel::Severity::Problem) {
        option->palette.setColor(QPalette::Text, Theme::problemColor(option->palette));
    } else if (severity == MessageLogModel::Severity::Quiet) {
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
    }
}

} // namespace wsi
