#pragma once

#include "session/SessionEvent.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <deque>
#include <vector>

namespace wsi {

// The frames of a connection as they passed on the wire (the tap's view): one row per frame,
// so fragmentation, control frames and masking are visible. Rows arrive in batches (one insert
// every 50 ms); the oldest leave past a limit, as a capture of the recent traffic.
class FrameLogModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Time, Dir, Opcode, Fin, Rsv, Masked, Length, MessageFrames, ColumnCount };
    explicit FrameLogModel(int limit = 100000, QObject *parent = nullptr);

    void append(const FrameRecord &frame);
    void clear();
    void flush();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString opcodeName(quint8 opcode);

private:
    struct Row
    {
        quint64 number;
        FrameRecord frame;
    };
    std::deque<Row> m_rows;
    std::vector<Row> m_pending;
    quint64 m_next = 1;
    int m_limit;
    QTimer m_flushTimer;
};

} // namespace wsi
