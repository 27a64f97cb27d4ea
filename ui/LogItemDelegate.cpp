#include "LogItemDelegate.h"

#include "Theme.h"
#include "log/MessageLogModel.h"

#include <QPainter>

namespace wsi {

void LogItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto direction = Direction(index.data(MessageLogModel::DirectionRole).toInt());
    QColor background = option->palette.color(QPalette::Base);
    if (direction == Direction::Outgoing || direction == Direction::Incoming) {
        background = Theme::rowTint(option->palette, direction == Direction::Outgoing);
        option->backgroundBrush = background;
    }
    const auto severity = MessageLogModel::Severity(index.data(MessageLogModel::SeverityRole).toInt());
    if (severity == MessageLogModel::Severity::Problem) {
        option->palette.setColor(QPalette::Text, Theme::problemColor(option->palette));
    } else if (severity == MessageLogModel::Severity::Quiet) {
        option->palette.setColor(QPalette::Text, Theme::quietColor(option->palette, background));
    }
    const auto kind = EventKind(index.data(MessageLogModel::KindRole).toInt());
    if (kind == EventKind::Close || kind == EventKind::Error)
        option->font.setBold(true);
    if (index.data(MessageLogModel::FoldRole).toInt() > 0)
        option->font.setItalic(true);
}

void LogItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (index.column() == MessageLogModel::NumberColumn && index.data(MessageLogModel::PinRole).toBool()) {
        // The pin's mark in the margin: a bar down the row's left edge and a dot.
        const QColor pin = Theme::isDark(option.palette) ? QColor(0xfb, 0xbf, 0x24) : QColor(0xb4, 0x53, 0x09);
        painter->fillRect(QRect(option.rect.left(), option.rect.top(), 4, option.rect.height()), pin);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(pin);
        const int d = qMax(4, option.rect.height() / 3);
        painter->drawEllipse(QRect(option.rect.left() + 7, option.rect.center().y() - d / 2, d, d));
        painter->restore();
        return;
    }
    if (index.column() != MessageLogModel::SizeColumn)
        return;
    const QVariant share = index.data(MessageLogModel::SizeShareRole);
    if (!share.isValid())
        return;
    // A thin bar along the cell's foot, under the number: it never covers the text.
    const QRect cell = option.rect.adjusted(3, 0, -3, -1);
    const int width = qMax(1, int(cell.width() * qBound(0.0, share.toDouble(), 1.0)));
    QColor bar = option.palette.color(QPalette::Highlight);
    bar.setAlpha(170);
    painter->fillRect(QRect(cell.right() - width + 1, cell.bottom() - 2, width, 3), bar);
}

} // namespace wsi
