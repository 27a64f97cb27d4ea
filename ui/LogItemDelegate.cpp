#include "LogItemDelegate.h"

#include "Theme.h"
#include "log/MessageLogModel.h"

#include <QApplication>
#include <QPainter>

#include <utility>

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
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const bool oneLineOfText = (cell.features & QStyleOptionViewItem::HasDisplay)
                            && !(cell.features & (QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::WrapText))
                            && !cell.text.contains(u'\n') && !cell.text.contains(QChar::LineSeparator);
    if (!oneLineOfText) {
        style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);
    } else {
        // The style draws the cell without its text (background, selection, focus), then the
        // text is drawn here, elided once: the style lays a cell's text out three times (its
        // size, its elision, the drawing), a third of the GUI thread's time in a flood.
        const QString text = std::exchange(cell.text, QString());
        cell.features &= ~QStyleOptionViewItem::HasDisplay;
        style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1; // as QCommonStyle
        const QRect rect = cell.rect.adjusted(margin, 0, -margin, 0);
        QPalette::ColorGroup group = (cell.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
        if (group == QPalette::Normal && !(cell.state & QStyle::State_Active))
            group = QPalette::Inactive;
        painter->save();
        painter->setPen(cell.palette.color(group, (cell.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
        painter->setFont(cell.font);
        const Qt::Alignment alignment = QStyle::visualAlignment(cell.direction, cell.displayAlignment);
        painter->drawText(rect, int(alignment) | Qt::TextSingleLine,
                          painter->fontMetrics().elidedText(text, cell.textElideMode, rect.width(), Qt::TextSingleLine));
        painter->restore();
    }
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
    const QRect foot = option.rect.adjusted(3, 0, -3, -1);
    const int width = qMax(1, int(foot.width() * qBound(0.0, share.toDouble(), 1.0)));
    QColor bar = option.palette.color(QPalette::Highlight);
    bar.setAlpha(170);
    painter->fillRect(QRect(foot.right() - width + 1, foot.bottom() - 2, width, 3), bar);
}

} // namespace wsi
