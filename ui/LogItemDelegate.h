#pragma once

#include <QStyledItemDelegate>

namespace wsi {

// Log rows at a glance, from the palette so dark themes work: sent and received rows tinted,
// problems in red, closes and errors in bold, keep-alive rows dimmed and a folded run in
// italics; the Size column has a small bar for the message's relative size.
class LogItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace wsi
