#pragma once

#include "MessageStore.h"
#include "ProtocolRows.h"
#include "decode/DecodeSettings.h"

#include <QAbstractTableModel>
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
    enum Role { KindRole = Qt::UserRole + 1, DirectionRole, SeverityRole, TagRole };
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
    qint64 eventNumber(int row) const { return m_store.droppedCount() + row + 1; }
    const MessageStore &store() const { return m_store; }
    SessionEvent eventAt(int row) const { return m_store.event(row); }
    // Every event the log holds, in order, after showing what waits for its batch (so the
    // row limit applies): what Save and Replay work on.
    std::vector<SessionEvent> heldEvents();
    // Full, inert text of one row for the detail pane; a binary message is decoded there
    // as the decode settings say (only the row shown is decoded, never on arrival).
    QString detailText(int row) const;
    void setDecodeSettings(const DecodeSettings &settings);
    const DecodeSettings &decodeSettings() const;
    // The subprotocol the server accepted: with DecodeSettings::protocol Auto, it picks the
    // protocol decoder (graphql-transport-ws, v12.stomp, mqtt, …) that labels the rows.
    void setSubprotocol(const QString &subprotocol);
    const ProtocolRows &protocolRows() const { return m_protocolRows; }
    // A protocol's keep-alive message (a STOMP heart-beat, an MQTT PINGREQ, a GraphQL ping).
    bool isKeepAlive(int row) const { return m_protocolRows.isKeepAlive(row); }

    static QString timeText(qint64 timestampUs);
    QString summaryText(int row) const;

    int batchIntervalMs() const { return m_flushTimer.interval(); }

signals:
    // Rows left the front of the log because of the row limit.
    void rowsDropped(qint64 droppedSoFar);

private:
    void dropOverLimit();
    void protocolChanged();

    MessageStore m_store;
    ProtocolRows m_protocolRows{m_store};
    std::unique_ptr<PayloadDecoder> m_decoder;
    qsizetype m_shownRows = 0;
    qsizetype m_rowLimit = 0;
    QTimer m_flushTimer;
};

} // namespace wsi
