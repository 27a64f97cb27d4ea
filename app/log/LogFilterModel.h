#pragma once

#include <QRegularExpression>
#include <QSortFilterProxyModel>

namespace wsi {

class MessageLogModel;

// Which log rows to show: text (substring, case-insensitive for ASCII, or a
// regular expression), direction and kind. The pattern is compiled once per
// change, never per row.
class LogFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class KindFilter { All, Messages, Text, Binary, Events };
    enum class DirectionFilter { All, Incoming, Outgoing };

    explicit LogFilterModel(QObject *parent = nullptr);
    void setLogModel(MessageLogModel *model);

    // "/pattern/" is a regular expression, anything else a substring. False (and no
    // change) when the regular expression is invalid; errorString() says why.
    bool setText(const QString &text);
    void setKindFilter(KindFilter kind);
    void setDirectionFilter(DirectionFilter direction);
    QString errorString() const { return m_error; }
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    MessageLogModel *m_log = nullptr;
    QByteArray m_needleLower; // ASCII-lowered UTF-8 substring
    bool m_asciiNeedle = true;
    QRegularExpression m_regex;
    bool m_useRegex = false;
    KindFilter m_kind = KindFilter::All;
    DirectionFilter m_direction = DirectionFilter::All;
    QString m_error;
};

} // namespace wsi
