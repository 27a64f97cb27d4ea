#pragma once

#include <QStyledItemDelegate>

namespace wsi {

// Colours log rows by the model's severity, using the palette so dark themes work.
class LogItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace wsi
