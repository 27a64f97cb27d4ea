#pragma once

#include "MessageStore.h"
#include "PinSet.h"
#include "ProtocolRows.h"
#include "TimelineCounts.h"
#include "decode/DecodeSettings.h"

#include <QAbstractTableModel>
#include <QJsonValue>
#include <QTimer>

#include <memory>
#include <vector>

namespace wsi {

class PayloadDecoder;

// The log as a table over a MessageStore. Events are stored at once but shown
// to views in batches on a short timer, so a flood costs one insert per batch
// instead of one per message; cell text is built only when a view asks.
class MessageLogModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, TimeColumn, DirectionColumn, KindColumn, SizeColumn, DataColumn, ColumnCount };
    // KeepAliveRole: the row is keep-alive traffic (isKeepAliveRow). FoldRole: how many keep-alive
    // rows a folded row stands for (0 for any other row; see LogFilterModel). SizeShareRole: a
    // message's size against the largest held, 0 to 1 on a log scale, for the Size column's bar.
    enum Role { KindRole = Qt::UserRole + 1, DirectionRole, SeverityRole, TagRole, KeepAliveRole, FoldRole, SizeShareRole, PinRole };
    // How a view may colour a row; the model itself stays free of QtGui.
    enum class Severity { Normal, Quiet, Problem };

    explicit MessageLogModel(QObject *parent = nullptr);
    ~MessageLogModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const wsi::SessionEvent &event);
    // Shows everything appended so far now instead of at the next batch.
    void flush();
    void clear();
    // At most limit rows are held (0 = no limit); past it the oldest leave the log at
    // the next batch. A recording is written from the session, so it keeps them all.
    void setRowLimit(qsizetype limit);
    qsizetype rowLimit() const { return m_rowLimit; }
    // Rows that left the log because of the limit since it was made or cleared.
    qint64 droppedRows() const { return m_store.droppedCount(); }
    // The number a person sees in the # column: counts every event, dropped ones too.
    qint64 eventNumber(int row) const { return m_firstEventNumber + m_store.droppedCount() + row + 1; }
    // For a log that holds part of a file (a BigSessionModel's page): its first row is event
    // number events + 1.
    void setEventsBefore(qint64 events) { m_firstEventNumber = events; }
    // The Size column's bar is drawn against the largest message: for a part of a file, the file's.
    void setLargestMessage(quint32 bytes) { m_largestMessage = qMax(m_largestMessage, bytes); }
    const MessageStore &store() const { return m_store; }
    SessionEvent eventAt(int row) const { return m_store.event(row); }
    // Every event the log holds, in order, after showing what waits for its batch (so the
    // row limit applies): what Save and Replay work on.
    std::vector<SessionEvent> heldEvents();
    // Full, inert text of one row for the detail pane; a binary message is decoded there
    // as the decode settings say (only the row shown is decoded, never on arrival).
    QString detailText(int row) const;
    // The JSON a row holds, for the detail pane's tree: a text message that reads as JSON (its
    // text, parsed there), a Socket.IO packet's data, a binary message's decoded JSON form.
    struct TreeSource
    {
        QByteArray text;
        QJsonValue value = QJsonValue(QJsonValue::Undefined);
        bool isEmpty() const { return text.isEmpty() && value.isUndefined(); }
    };
    TreeSource treeSource(int row) const;
    void setDecodeSettings(const DecodeSettings &settings);
    const DecodeSettings &decodeSettings() const;
    // The subprotocol the server accepted: with DecodeSettings::protocol Auto, it picks the
    // protocol decoder (graphql-transport-ws, v12.stomp, mqtt, …) that labels the rows.
    void setSubprotocol(const QString &subprotocol);
    const ProtocolRows &protocolRows() const { return m_protocolRows; }
    // A protocol's keep-alive message (a STOMP heart-beat, an MQTT PINGREQ, a GraphQL ping).
    bool isKeepAlive(int row) const { return m_protocolRows.isKeepAlive(row); }
    // Any keep-alive traffic: ping and pong frames, heartbeat messages, Engine.IO pings and
    // pongs, and a protocol's own keep-alive (above). Dimmed in the log, folded on request.
    bool isKeepAliveRow(int row) const;
    // Messages per 100 ms each way for the whole session, counted as rows arrive.
    const TimelineCounts &timeline() const { return m_timeline; }

    // Pins: rows a person marked to come back to, kept by event number so a pin stays on its
    // row while older rows leave; a pinned row that leaves the log takes its pin with it.
    void setPinned(int row, bool pinned);
    bool isPinned(int row) const;
    // Held rows that are pinned, in order (what Save session as… writes as "pins").
    std::vector<int> pinnedRows() const;
    // Pinned rows from first to last (held rows, in order).
    std::vector<int> pinnedRows(int first, int last) const;
    // The next pinned row after row (or before it), wrapping around; -1 when none is held.
    int nextPinnedRow(int row, bool forward) const;

    // The first held row at or after a moment (rows are in time order); the last row when none is.
    int rowAtTime(qint64 timestampUs) const;

    static QString timeText(qint64 timestampUs);
    // The Dir column's text; with a connection number (not 0) it names the connection, and the
    // way: a relay's from the client's side (out: to the server), a server's (clientsLog: a mock
    // server's log, in: from the client).
    static QString directionColumnText(Direction direction, int connection, bool clientsLog = false);
    // This log is a server's (the Server tab): "in" came from a client, "out" went to it.
    void setClientsLog(bool clientsLog) { m_clientsLog = clientsLog; }
    QString summaryText(int row) const;

    // Rows reach the view in batches: every BatchMs, or every FloodBatchMs while the last batch
    // held FloodRows or more (a firehose: the rows fly by too fast to read, and each batch
    // costs the view a relayout and a repaint).
    static constexpr int BatchMs = 50;
    static constexpr int FloodBatchMs = 100;
    static constexpr qsizetype FloodRows = 2500; // 50,000 rows a second at BatchMs
    // (200 ms made the GUI stalls fewer but longer: the worst round's p99 17.8 ms; 100 ms: 16.2.)
    int batchIntervalMs() const { return m_batchMs; }
    // A batch goes to the view at most this many rows at a time, each piece its own turn of the
    // event loop: the view's header takes an item per row (its list page-faulting in as it
    // grows), about 40 ns a row, and walks all its rows again once asked for a position (the
    // Follow's scroll to the bottom), so 250,000 rows at once held the window 9-38 ms. Pieces
    // timed in the 2 M x 100 B flood: 65,536 rows 5-33 ms of CPU each, 16,384 rows mostly under
    // 5 ms (the worst round's stall p99 13.1-19.0 ms over eight runs -> 12.7-14.3 over six; 32,768:
    // 14.5-16.8), for about a tenth less ingest (more walks of the header).
    static constexpr qsizetype MaxRowsPerInsert = 16384;

signals:
    // Rows left the front of the log because of the row limit.
    void rowsDropped(qint64 droppedSoFar);
    void pinsChanged();

private:
    void dropOverLimit();
    void startBatch();
    void insertBatch();
    void insertRows(qsizetype upTo);
    void protocolChanged();

    MessageStore m_store;
    ProtocolRows m_protocolRows{m_store};
    std::unique_ptr<PayloadDecoder> m_decoder;
    qsizetype m_shownRows = 0;
    qsizetype m_rowLimit = 0;
    QTimer m_flushTimer;
    int m_batchMs = BatchMs;
    bool m_restOfBatch = false; // the timer's next run inserts the rest of a batch, not a new one
    qint64 m_batchEnd = 0;      // the batch's end, counted from the log's first row ever (dropped ones too)
    TimelineCounts m_timeline;
    quint32 m_largestMessage = 0;
    PinSet m_pins;
    qint64 m_firstEventNumber = 0;
    bool m_clientsLog = false;
};

} // namespace wsi
