#include "FrameLogModel.h"

#include "session/EventJson.h"

namespace wsi {

FrameLogModel::FrameLogModel(int limit, QObject *parent)
    : QAbstractTableModel(parent)
    , m_limit(qMax(1, limit))
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(50);
    connect(&m_flushTimer, &QTimer::timeout, this, &FrameLogModel::flush);
}

void FrameLogModel::append(const FrameRecord &frame)
{
    m_pending.push_back({m_next++, frame});
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void FrameLogModel::flush()
{
    if (m_pending.empty())
        return;
    // Only the newest `limit` of the batch can stay; then the oldest held rows make room.
    const size_t take = qMin(m_pending.size(), size_t(m_limit));
    const size_t skip = m_pending.size() - take;
    const size_t overflow = m_rows.size() + take > size_t(m_limit) ? m_rows.size() + take - size_t(m_limit) : 0;
    if (overflow > 0) {
        beginRemoveRows(QModelIndex(), 0, int(overflow) - 1);
        m_rows.erase(m_rows.begin(), m_rows.begin() + qsizetype(overflow));
        endRemoveRows();
    }
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(take) - 1);
    m_rows.insert(m_rows.end(), m_pending.begin() + qsizetype(skip), m_pending.end());
    endInsertRows();
    m_pending.clear();
}

void FrameLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    endResetModel();
}

int FrameLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FrameLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FrameLogModel::opcodeName(quint8 opcode)
{
    switch (opcode) {
    case 0x0: return tr("continuation");
    case 0x1: return tr("text");
    case 0x2: return tr("binary");
    case 0x8: return tr("close");
    case 0x9: return tr("ping");
    case 0xA: return tr("pong");
    default: return tr("reserved (%1)").arg(opcode);
    }
}

QVariant FrameLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return QVariant();
    const Row &row = m_rows[size_t(index.row())];
    const FrameHeader &h = row.frame.header;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Length || index.column() == Number ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case Number: return QVariant::fromValue(row.number);
    case Time: return EventJson::isoTime(row.frame.timestampUs).mid(11, 15);
    case Dir: return row.frame.incoming ? QStringLiteral("↓") : QStringLiteral("↑");
    case Opcode: return opcodeName(h.opcode);
    case Fin: return h.fin ? tr("FIN") : QString();
    case Rsv: return h.rsv ? QStringLiteral("%1%2%3").arg(h.rsv & 4 ? 1 : 0).arg(h.rsv & 2 ? 1 : 0).arg(h.rsv & 1 ? 1 : 0) : QString();
    case Masked: return h.masked ? tr("masked") : QString();
    case Length: return QVariant::fromValue(h.length);
    case MessageFrames: return h.isControl() ? QString() : tr("%n frame(s) so far", nullptr, row.frame.messageFrames);
    default: return QVariant();
    }
}

QVariant FrameLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Number: return tr("#");
    case Time: return tr("Time");
    case Dir: return tr("Dir");
    case Opcode: return tr("Opcode");
    case Fin: return tr("FIN");
    case Rsv: return tr("RSV");
    case Masked: return tr("Mask");
    case Length: return tr("Length");
    case MessageFrames: return tr("Message");
    default: return QVariant();
    }
}

} // namespace wsi
