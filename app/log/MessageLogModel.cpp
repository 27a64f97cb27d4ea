#include "MessageLogModel.h"

#include "decode/PayloadDecoder.h"
#include "socketio/SocketIoPacket.h"

#include "PlainText.h"
#include "session/CloseCode.h"
#include "session/ConnectionText.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <limits>
#include <QJsonDocument>

namespace wsi {

namespace {
// The Kind and Dir columns in the reader's language; kindName(), tagName() and directionName()
// are what files and JSON lines carry.
QString kindShown(EventKind kind)
{
    switch (kind) {
    case EventKind::State: return MessageLogModel::tr("state", "log kind: a state change");
    case EventKind::Open: return MessageLogModel::tr("open", "log kind: the connection opened");
    case EventKind::Text: return MessageLogModel::tr("text", "log kind: a text message");
    case EventKind::Binary: return MessageLogModel::tr("binary", "log kind: a binary message");
    case EventKind::Ping: return MessageLogModel::tr("ping", "log kind: a ping frame");
    case EventKind::Pong: return MessageLogModel::tr("pong", "log kind: a pong frame");
    case EventKind::Close: return MessageLogModel::tr("close", "log kind: the connection closed");
    case EventKind::Error: return MessageLogModel::tr("error", "log kind");
    case EventKind::Reconnect: return MessageLogModel::tr("reconnect", "log kind");
    case EventKind::Info: return MessageLogModel::tr("info", "log kind: a note from the inspector");
    }
    return kindName(kind);
}

QString tagShown(MessageTag tag)
{
    switch (tag) {
    case MessageTag::OnConnect: return MessageLogModel::tr("on-connect", "message sent on every connect");
    case MessageTag::Heartbeat: return MessageLogModel::tr("heartbeat", "message tag");
    case MessageTag::Queued: return MessageLogModel::tr("queued", "message tag: sent once reconnected");
    case MessageTag::Resent: return MessageLogModel::tr("resent", "message tag");
    default: return tagName(tag);
    }
}

QString directionShown(Direction direction)
{
    switch (direction) {
    case Direction::Incoming: return MessageLogModel::tr("in", "direction of a message");
    case Direction::Outgoing: return MessageLogModel::tr("out", "direction of a message");
    case Direction::Local: return MessageLogModel::tr("local", "direction: an event of the inspector itself");
    }
    return directionName(direction);
}
} // namespace


namespace {
constexpr qsizetype PreviewChars = 200;
constexpr qsizetype PreviewBytes = 32;
constexpr qsizetype DetailChars = 16 * 1024;
constexpr qsizetype DetailLineChars = 4096;
} // namespace

MessageLogModel::MessageLogModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_decoder(std::make_unique<PayloadDecoder>())
{
    m_decoder->setForDisplay(true);
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(BatchMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &MessageLogModel::insertBatch);
}

MessageLogModel::~MessageLogModel() = default;

void MessageLogModel::setDecodeSettings(const DecodeSettings &settings)
{
    m_decoder->setSettings(settings);
    if (settings.protocol != m_protocolRows.chosen()) {
        m_protocolRows.setChosen(settings.protocol);
        protocolChanged();
    }
}

void MessageLogModel::setSubprotocol(const QString &subprotocol)
{
    const MessageProtocol before = m_protocolRows.effective();
    m_protocolRows.setSubprotocol(subprotocol);
    if (m_protocolRows.effective() != before)
        protocolChanged();
}

void MessageLogModel::protocolChanged()
{
    // The Data column reads differently now; the view asks again for what it shows.
    if (m_shownRows > 0)
        emit dataChanged(index(0, DataColumn), index(int(m_shownRows - 1), DataColumn), {Qt::DisplayRole});
}

const DecodeSettings &MessageLogModel::decodeSettings() const
{
    return m_decoder->settings();
}

int MessageLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shownRows);
}

int MessageLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void MessageLogModel::append(const SessionEvent &event)
{
    m_store.append(event);
    m_timeline.add(event.timestampUs, event.kind, event.direction);
    if (event.kind == EventKind::Text || event.kind == EventKind::Binary)
        m_largestMessage = qMax(m_largestMessage, quint32(event.payload.size()));
    if (m_protocolRows.isActive())
        m_protocolRows.learn(event);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void MessageLogModel::setRowLimit(qsizetype limit)
{
    m_rowLimit = qMax<qsizetype>(0, limit);
    dropOverLimit();
}

void MessageLogModel::dropOverLimit()
{
    if (m_rowLimit <= 0 || m_store.size() <= m_rowLimit)
        return;
    const qsizetype excess = m_store.size() - m_rowLimit;
    const qsizetype shownToDrop = qMin(excess, m_shownRows);
    if (shownToDrop > 0) {
        beginRemoveRows(QModelIndex(), 0, int(shownToDrop - 1));
        m_store.dropFront(shownToDrop);
        m_shownRows -= shownToDrop;
        endRemoveRows();
    }
    // Rows stored since the last batch but never shown leave without telling anyone.
    m_store.dropFront(excess - shownToDrop);
    emit rowsDropped(m_store.droppedCount());
}

void MessageLogModel::flush()
{
    m_flushTimer.stop();
    dropOverLimit();
    startBatch();
    insertRows(m_store.size());
}

void MessageLogModel::startBatch()
{
    m_restOfBatch = false;
    m_batchEnd = m_store.droppedCount() + m_store.size();
    m_batchMs = m_store.size() - m_shownRows >= FloodRows ? FloodBatchMs : BatchMs;
    m_flushTimer.setInterval(m_batchMs);
}

void MessageLogModel::insertBatch()
{
    dropOverLimit();
    if (!m_restOfBatch)
        startBatch();
    // Rows dropped under the row limit meanwhile came off the front, shown ones first.
    const qsizetype end = qMin(m_batchEnd - m_store.droppedCount(), m_store.size());
    insertRows(qMin(end, m_shownRows + MaxRowsPerInsert));
    // The rest of the batch follows once the event loop has had its turn; rows that came since
    // it began wait for the next batch (append() starts its timer).
    m_restOfBatch = m_shownRows < end;
    m_flushTimer.setInterval(m_restOfBatch ? 0 : m_batchMs);
    if (m_shownRows < m_store.size())
        m_flushTimer.start();
}

void MessageLogModel::insertRows(qsizetype upTo)
{
    if (upTo <= m_shownRows)
        return;
    beginInsertRows(QModelIndex(), int(m_shownRows), int(upTo - 1));
    m_shownRows = upTo;
    endInsertRows();
}

std::vector<SessionEvent> MessageLogModel::heldEvents()
{
    flush();
    std::vector<SessionEvent> events;
    events.reserve(size_t(m_store.size()));
    for (qsizetype row = 0; row < m_store.size(); ++row)
        events.push_back(m_store.event(row));
    return events;
}

void MessageLogModel::clear()
{
    m_flushTimer.stop();
    m_restOfBatch = false;
    beginResetModel();
    m_store.clear();
    m_timeline.clear();
    m_largestMessage = 0;
    m_pins.clear();
    m_shownRows = 0;
    endResetModel();
}

void MessageLogModel::setPinned(int row, bool pinned)
{
    if (row < 0 || row >= m_shownRows || !m_pins.set(eventNumber(row), pinned))
        return;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {PinRole});
    emit pinsChanged();
}

bool MessageLogModel::isPinned(int row) const
{
    return m_pins.contains(eventNumber(row));
}

std::vector<int> MessageLogModel::pinnedRows() const
{
    return pinnedRows(0, int(m_store.size()) - 1);
}

std::vector<int> MessageLogModel::pinnedRows(int first, int last) const
{
    std::vector<int> rows;
    if (first > last)
        return rows;
    for (qint64 event : m_pins.between(eventNumber(first), eventNumber(last)))
        rows.push_back(int(event - eventNumber(0)));
    return rows;
}

int MessageLogModel::nextPinnedRow(int row, bool forward) const
{
    return PinSet::next(pinnedRows(), row, forward);
}

int MessageLogModel::rowAtTime(qint64 timestampUs) const
{
    qsizetype low = 0, high = m_shownRows;
    while (low < high) {
        const qsizetype mid = (low + high) / 2;
        if (m_store.record(mid).timestampUs < timestampUs)
            low = mid + 1;
        else
            high = mid;
    }
    return int(qMin(low, m_shownRows - 1));
}

bool MessageLogModel::isKeepAliveRow(int row) const
{
    const MessageStore::Record &r = m_store.record(row);
    if (r.kind == EventKind::Ping || r.kind == EventKind::Pong || r.tag == MessageTag::Heartbeat)
        return true;
    if (r.kind != EventKind::Text && r.kind != EventKind::Binary)
        return false;
    // An Engine.IO packet's type is its first character: 2 is a ping, 3 a pong ("2probe" too).
    if (r.tag == MessageTag::EngineIo && r.length > 0) {
        const char type = m_store.payload(row).front();
        if (type == '2' || type == '3')
            return true;
    }
    // A protocol's own: STOMP heart-beats, MQTT PINGREQ/PINGRESP, GraphQL ping/pong/ka.
    return m_protocolRows.isActive() && m_protocolRows.isKeepAlive(row);
}

QString MessageLogModel::timeText(qint64 timestampUs)
{
    // Local time goes through the time zone rules, which is slow; the rows on screen under a
    // flood share their second, so it is converted once per second shown.
    const qint64 second = timestampUs >= 0 ? timestampUs / 1000000 : (timestampUs - 999999) / 1000000;
    thread_local qint64 cachedSecond = std::numeric_limits<qint64>::min();
    thread_local QString cachedPrefix;
    if (second != cachedSecond) {
        cachedPrefix = QDateTime::fromSecsSinceEpoch(second).toString(QStringLiteral("HH:mm:ss."));
        cachedSecond = second;
    }
    const qint64 micros = timestampUs - second * 1000000;
    return cachedPrefix + QStringLiteral("%1").arg(micros, 6, 10, QLatin1Char('0'));
}

QString MessageLogModel::summaryText(int row) const
{
    const MessageStore::Record &r = m_store.record(row);
    const QByteArrayView payload = m_store.payload(row);
    if ((r.kind == EventKind::Text || r.kind == EventKind::Binary) && m_protocolRows.isActive()) {
        const QString label = m_protocolRows.summary(row, PreviewChars);
        if (!label.isEmpty() && r.kind == EventKind::Binary)
            return label;
        if (!label.isEmpty()) // text: the label, then the start of the message itself
            return label + QStringLiteral("  ")
                + PlainText::escape(QString::fromUtf8(payload.first(qMin(payload.size(), PreviewChars * 4))), PlainText::Newlines::Escape,
                                    qMax<qsizetype>(20, PreviewChars - label.size()));
    }
    switch (r.kind) {
    case EventKind::Text:
        if (r.tag == MessageTag::SocketIo || r.tag == MessageTag::EngineIo)
            return PlainText::escape(SocketIoPacket::describe(payload.first(qMin(payload.size(), PreviewChars * 4)).toByteArray()),
                                     PlainText::Newlines::Escape, PreviewChars);
        return PlainText::escape(QString::fromUtf8(payload.first(qMin(payload.size(), PreviewChars * 4))), PlainText::Newlines::Escape,
                                 PreviewChars);
    case EventKind::Binary:
        return PlainText::hexPreview(payload, PreviewBytes);
    case EventKind::Ping:
        return PlainText::escape(QString::fromUtf8(payload), PlainText::Newlines::Escape, PreviewChars);
    case EventKind::Pong:
        return PlainText::escape(QString::fromUtf8(payload), PlainText::Newlines::Escape, PreviewChars) +
               tr("  (round trip %1 ms)").arg(r.number / 1000.0, 0, 'f', 3);
    case EventKind::Reconnect:
    case EventKind::Info:
        return PlainText::escape(QString::fromUtf8(payload), PlainText::Newlines::Escape, PreviewChars * 2);
    case EventKind::State:
        return tr("state → %1").arg(QString::fromUtf8(payload));
    case EventKind::Open:
        return tr("connected to %1").arg(PlainText::escape(QString::fromUtf8(payload)));
    case EventKind::Close: {
        QString text = CloseCode::describe(r.number);
        if (r.closedBy != ClosedBy::Nobody)
            text += tr(", closed by %1").arg(ConnectionText::closedByShown(int(r.closedBy)));
        if (!payload.isEmpty())
            text += QStringLiteral(": ") + PlainText::escape(QString::fromUtf8(payload), PlainText::Newlines::Escape, PreviewChars);
        return text;
    }
    case EventKind::Error:
        return PlainText::escape(QString::fromUtf8(payload), PlainText::Newlines::Escape, PreviewChars * 2);
    }
    return QString();
}

QString MessageLogModel::detailText(int row) const
{
    if (row < 0 || row >= m_store.size())
        return QString();
    const MessageStore::Record &r = m_store.record(row);
    const QByteArrayView payload = m_store.payload(row);
    QString header = QStringLiteral("#%1  %2  %3  %4  %5\n")
                         .arg(eventNumber(row))
                         .arg(timeText(r.timestampUs), directionShown(r.direction), kindShown(r.kind),
                              PlainText::humanSize(qint64(r.length)));
    switch (r.kind) {
    case EventKind::Binary: {
        // The decoded form first, then the bytes as they came: the raw bytes are always shown.
        const QString protocol = m_protocolRows.detail(row, *m_decoder, DetailChars);
        if (!protocol.isEmpty())
            return header + u'\n' + protocol + u'\n' + tr("── Bytes of this message ──") + u'\n' + PlainText::hexDump(payload);
        const QString decoded = PayloadDecoder::describe(m_decoder->decode(payload), DetailChars);
        if (decoded.isEmpty())
            return header + u'\n' + PlainText::hexDump(payload);
        return header + u'\n' + decoded + u'\n' + tr("── Bytes ──") + u'\n' + PlainText::hexDump(payload);
    }
    case EventKind::Ping:
    case EventKind::Pong:
        return header + u'\n' + PlainText::hexDump(payload);
    case EventKind::Text: {
        // A text widget lays out what it is given at once: a 1 MiB line would freeze the
        // window, so the pane shows the first DetailChars characters (Export has them all).
        const bool cut = payload.size() > DetailChars;
        QString body = PlainText::shortenLongLines(
            PlainText::escape(QString::fromUtf8(payload.first(cut ? DetailChars : payload.size())), PlainText::Newlines::Keep),
            DetailLineChars);
        if (const QString protocol = m_protocolRows.detail(row, *m_decoder, DetailChars); !protocol.isEmpty())
            header += u'\n' + protocol + u'\n' + tr("── Message ──") + u'\n';
        if (r.tag == MessageTag::SocketIo || r.tag == MessageTag::EngineIo)
            header += tr("Socket.IO: ") + PlainText::escape(SocketIoPacket::describe(payload.toByteArray()).left(DetailChars),
                                                                        PlainText::Newlines::Keep) + u'\n';
        if (cut)
            body += tr("\n\n… %1 more bytes not shown here; Export or Save has the whole message.")
                        .arg(payload.size() - DetailChars);
        QJsonParseError error;
        const QJsonDocument json = cut ? QJsonDocument() : QJsonDocument::fromJson(payload.toByteArray(), &error);
        if (!cut && error.error == QJsonParseError::NoError && !json.isNull()) {
            body += QStringLiteral("\n\n── JSON ──\n") +
                    PlainText::escape(QString::fromUtf8(json.toJson(QJsonDocument::Indented)), PlainText::Newlines::Keep);
        }
        return header + u'\n' + body;
    }
    case EventKind::Close:
        return header + u'\n' + summaryText(row) + QStringLiteral("\n\n") + CloseCode::meaning(r.number);
    default:
        return header + u'\n' + summaryText(row);
    }
}

MessageLogModel::TreeSource MessageLogModel::treeSource(int row) const
{
    TreeSource source;
    if (row < 0 || row >= m_store.size())
        return source;
    const MessageStore::Record &r = m_store.record(row);
    const QByteArrayView payload = m_store.payload(row);
    if (r.kind == EventKind::Text) {
        if (r.tag == MessageTag::SocketIo || r.tag == MessageTag::EngineIo) {
            const SocketIoPacket packet = SocketIoPacket::parse(payload.toByteArray());
            if (!packet.data.isUndefined() && !packet.data.isNull())
                source.value = packet.data;
            return source;
        }
        const QByteArrayView trimmed = payload.trimmed();
        if (!trimmed.isEmpty() && (trimmed.front() == '{' || trimmed.front() == '['))
            source.text = payload.toByteArray();
    } else if (r.kind == EventKind::Binary) {
        const Decoded decoded = m_decoder->decode(payload);
        if (decoded.ok() && !decoded.json.isUndefined())
            source.value = decoded.json;
    }
    return source;
}

QString MessageLogModel::directionColumnText(Direction direction, int connection, bool clientsLog)
{
    if (connection != 0 && clientsLog) {
        switch (direction) {
        case Direction::Incoming: return tr("#%1 ↓ from client").arg(connection);
        case Direction::Outgoing: return tr("#%1 ↑ to client").arg(connection);
        case Direction::Local: return tr("#%1 •").arg(connection);
        }
    }
    // A relay's events (several client connections in one log): which connection, and the way
    // named from the client's side (out: to the server).
    if (connection != 0) {
        switch (direction) {
        case Direction::Incoming: return tr("#%1 ↓ to client").arg(connection);
        case Direction::Outgoing: return tr("#%1 ↑ to server").arg(connection);
        case Direction::Local: return tr("#%1 •").arg(connection);
        }
    }
    switch (direction) {
    case Direction::Incoming: return tr("↓ in");
    case Direction::Outgoing: return tr("↑ out");
    case Direction::Local: return QStringLiteral("•");
    }
    return QString();
}

QVariant MessageLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shownRows)
        return QVariant();
    const int row = index.row();
    const MessageStore::Record &r = m_store.record(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn: return eventNumber(row);
        case TimeColumn: return timeText(r.timestampUs);
        case DirectionColumn: return directionColumnText(r.direction, int(r.connection), m_clientsLog);
        case KindColumn: {
            QString kind = r.tag == MessageTag::None ? kindShown(r.kind) : kindShown(r.kind) + QStringLiteral(" · ") + tagShown(r.tag);
            if ((r.kind == EventKind::Text || r.kind == EventKind::Binary) && r.number > 1)
                kind += QStringLiteral(" · ") + tr("%n frames", "a message that came in fragments", r.number);
            return kind;
        }
        case SizeColumn:
            return (r.kind == EventKind::Text || r.kind == EventKind::Binary) ? QVariant(qulonglong(r.length))
                                                                               : QVariant();
        case DataColumn: return summaryText(row);
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn || index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case SeverityRole:
        if (r.kind == EventKind::Error || (r.kind == EventKind::Close && r.number != 1000))
            return int(Severity::Problem);
        if (r.kind == EventKind::State || isKeepAliveRow(row))
            return int(Severity::Quiet);
        return int(Severity::Normal);
    case KeepAliveRole: return isKeepAliveRow(row);
    case FoldRole: return 0;
    case SizeShareRole: {
        if ((r.kind != EventKind::Text && r.kind != EventKind::Binary) || m_largestMessage == 0)
            return QVariant();
        // A log scale: a 100 B message next to a 1 MiB one still shows a bar.
        return std::log1p(double(r.length)) / std::log1p(double(m_largestMessage));
    }
    case PinRole: return m_pins.contains(eventNumber(row));
    case KindRole: return int(r.kind);
    case DirectionRole: return int(r.direction);
    case TagRole: return int(r.tag);
    default:
        return QVariant();
    }
}

QVariant MessageLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return QStringLiteral("#");
    case TimeColumn: return tr("Time");
    case DirectionColumn: return tr("Dir");
    case KindColumn: return tr("Kind");
    case SizeColumn: return tr("Size");
    case DataColumn: return tr("Data");
    }
    return QVariant();
}

} // namespace wsi
