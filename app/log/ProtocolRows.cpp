#include "ProtocolRows.h"

#include "MessageStore.h"
#include "PlainText.h"
#include "decode/PayloadDecoder.h"

#include <QJsonDocument>
#include <QStringDecoder>

namespace wsi {

namespace {

bool isMessage(const MessageStore::Record &r)
{
    // Socket.IO rows keep their own decoding.
    return (r.kind == EventKind::Text || r.kind == EventKind::Binary) && r.tag != MessageTag::SocketIo
        && r.tag != MessageTag::EngineIo;
}

QString milliseconds(qint64 us)
{
    return ProtocolRows::tr("%1 ms").arg(double(us) / 1000.0, 0, 'f', 1);
}

} // namespace

ProtocolRows::ProtocolRows(const MessageStore &store)
    : m_store(store)
{
}

ProtocolRows::~ProtocolRows() = default;

void ProtocolRows::setChosen(MessageProtocol chosen)
{
    m_chosen = chosen;
    rebuild();
}

void ProtocolRows::setSubprotocol(const QString &subprotocol)
{
    m_subprotocol = subprotocol;
    rebuild();
}

MessageProtocol ProtocolRows::effective() const
{
    return m_chosen == MessageProtocol::Auto ? ProtocolDecoder::forSubprotocol(m_subprotocol) : m_chosen;
}

void ProtocolRows::rebuild()
{
    const MessageProtocol protocol = effective();
    if (m_decoder && m_decoder->protocol() == protocol)
        return;
    m_decoder = ProtocolDecoder::create(protocol);
    m_mqtt = protocol == MessageProtocol::Mqtt ? static_cast<MqttDecoder *>(m_decoder.get()) : nullptr;
    m_framing[0] = m_framing[1] = MqttDecoder::Framing();
    m_midPacket.clear();
    if (!m_decoder)
        return;
    // What it learns (MQTT's version) is in the client's first messages; MQTT's framing in all of them.
    for (qsizetype row = 0; row < m_store.size(); ++row) {
        const MessageStore::Record &r = m_store.record(row);
        if (isMessage(r) && r.direction == Direction::Outgoing && row < 200)
            m_decoder->learn(true, m_store.payload(row));
        if (m_mqtt)
            follow(row);
    }
}

qint64 ProtocolRows::absolute(qsizetype row) const
{
    return m_store.droppedCount() + row;
}

void ProtocolRows::follow(qsizetype row)
{
    const MessageStore::Record &r = m_store.record(row);
    if (!isMessage(r) || r.direction == Direction::Local)
        return;
    MqttDecoder::Framing &framing = m_framing[r.direction == Direction::Outgoing ? 1 : 0];
    if (!framing.atBoundary())
        m_midPacket.insert(absolute(row));
    MqttDecoder::advance(&framing, m_store.payload(row));
}

void ProtocolRows::learn(const SessionEvent &event)
{
    if (!m_decoder)
        return;
    if (event.direction == Direction::Outgoing && (event.kind == EventKind::Binary || event.kind == EventKind::Text))
        m_decoder->learn(true, event.payload);
    if (m_mqtt && !m_store.isEmpty())
        follow(m_store.size() - 1); // the event just stored
}

std::optional<ProtocolView> ProtocolRows::view(int row) const
{
    if (!m_decoder || row < 0 || row >= m_store.size())
        return std::nullopt;
    const MessageStore::Record &r = m_store.record(row);
    if (!isMessage(r))
        return std::nullopt;
    if (!m_mqtt)
        return m_decoder->view(r.direction == Direction::Outgoing, r.kind == EventKind::Binary, m_store.payload(row));
    // The bytes of this direction since the last message that began at a packet boundary.
    QByteArray before;
    if (m_midPacket.count(absolute(row))) {
        std::vector<int> rows;
        for (int other = row - 1; other >= 0 && other >= row - PairingRows; --other) {
            const MessageStore::Record &o = m_store.record(other);
            if (!isMessage(o) || o.direction != r.direction)
                continue;
            rows.push_back(other);
            if (!m_midPacket.count(absolute(other)) || before.size() + m_store.payload(other).size() > (64 << 20))
                break;
        }
        for (auto it = rows.rbegin(); it != rows.rend(); ++it)
            before += m_store.payload(*it);
    }
    return m_mqtt->viewInStream(r.kind == EventKind::Binary, before.isEmpty() ? QByteArrayView("", 0) : QByteArrayView(before),
                                m_store.payload(row));
}

bool ProtocolRows::isKeepAlive(int row) const
{
    const std::optional<ProtocolView> v = view(row);
    return v && v->keepAlive;
}

QString ProtocolRows::summary(int row, qsizetype maxChars) const
{
    const std::optional<ProtocolView> v = view(row);
    if (!v)
        return QString();
    QString text = v->label;
    if (v->rpc == ProtocolView::Rpc::Response) {
        bool repeated = false;
        text = responsePairing(row, *v, &repeated);
    }
    if (!v->problem.isEmpty())
        text += QStringLiteral("  ⚠ ") + v->problem;
    return PlainText::escape(text, PlainText::Newlines::Escape, maxChars);
}

QString ProtocolRows::detail(int row, const PayloadDecoder &payloads, qsizetype maxChars) const
{
    const std::optional<ProtocolView> v = view(row);
    if (!v)
        return QString();
    QString out = tr("── %1 ──").arg(ProtocolDecoder::label(effective())) + u'\n';
    QString label = v->label;
    if (v->rpc == ProtocolView::Rpc::Response) {
        bool repeated = false;
        label = responsePairing(row, *v, &repeated);
        if (repeated)
            out += tr("Note: id %1 was used by more than one request; paired with the latest before this response").arg(v->rpcId) + u'\n';
    } else if (v->rpc == ProtocolView::Rpc::Request) {
        label += QStringLiteral(" — ") + requestAnswer(row, *v);
    }
    out += label + u'\n';
    if (!v->problem.isEmpty())
        out += tr("Problem: %1").arg(v->problem) + u'\n';
    for (const QString &field : v->fields)
        out += field + u'\n';
    if (!v->body.isEmpty())
        out += u'\n' + (v->body.size() > maxChars ? v->body.left(maxChars) + u'…' : v->body) + u'\n';
    if (v->hasInner) {
        // An MQTT payload: text (JSON shown pretty) or, for bytes, the payload decoders.
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = utf8(v->inner);
        out += u'\n' + tr("Payload (%1):").arg(PlainText::humanSize(v->inner.size())) + u'\n';
        if (!utf8.hasError() && !v->inner.contains('\0')) {
            QJsonParseError error;
            const QJsonDocument json = QJsonDocument::fromJson(v->inner, &error);
            out += error.error == QJsonParseError::NoError && !json.isNull() ? QString::fromUtf8(json.toJson(QJsonDocument::Indented)).trimmed()
                                                                            : text.left(maxChars);
            out += u'\n';
        } else {
            const QString decoded = PayloadDecoder::describe(payloads.decode(v->inner), maxChars);
            out += decoded;
        }
    }
    return PlainText::escape(out, PlainText::Newlines::Keep);
}

QString ProtocolRows::responsePairing(int row, const ProtocolView &response, bool *repeated) const
{
    const MessageStore::Record &r = m_store.record(row);
    const QString what = response.label.startsWith(tr("error")) ? tr("error") : tr("result");
    int found = -1;
    QString method;
    for (int other = row - 1; other >= 0 && other >= row - PairingRows; --other) {
        const MessageStore::Record &o = m_store.record(other);
        if (!isMessage(o) || o.direction == r.direction)
            continue;
        const QByteArrayView payload = m_store.payload(other);
        // Cheap first: a request holding this id's text at all.
        if (!payload.contains(QByteArrayView(response.rpcId.toUtf8())))
            continue;
        const ProtocolView request = m_decoder->view(o.direction == Direction::Outgoing, o.kind == EventKind::Binary, payload);
        if (request.rpc != ProtocolView::Rpc::Request || request.rpcId != response.rpcId)
            continue;
        if (found >= 0) {
            *repeated = true;
            break;
        }
        found = other;
        method = request.rpcMethod;
    }
    if (found < 0)
        return tr("%1 #%2 (no request with this id in the %3 rows before it)").arg(what, response.rpcId).arg(PairingRows);
    const qint64 latency = r.timestampUs - m_store.record(found).timestampUs;
    QString text = tr("%1 of %2 in %3").arg(what, method, milliseconds(latency));
    const qsizetype colon = response.label.indexOf(QStringLiteral(": "));
    if (colon > 0 && what == tr("error"))
        text += response.label.mid(colon);
    return text;
}

QString ProtocolRows::requestAnswer(int row, const ProtocolView &request) const
{
    const MessageStore::Record &r = m_store.record(row);
    const int last = int(qMin<qsizetype>(m_store.size() - 1, row + PairingRows));
    for (int other = row + 1; other <= last; ++other) {
        const MessageStore::Record &o = m_store.record(other);
        if (!isMessage(o) || o.direction == r.direction)
            continue;
        const QByteArrayView payload = m_store.payload(other);
        if (!payload.contains(QByteArrayView(request.rpcId.toUtf8())))
            continue;
        const ProtocolView response = m_decoder->view(o.direction == Direction::Outgoing, o.kind == EventKind::Binary, payload);
        if (response.rpc == ProtocolView::Rpc::Response && response.rpcId == request.rpcId)
            return tr("answered in %1").arg(milliseconds(o.timestampUs - r.timestampUs));
    }
    return tr("unanswered so far");
}

} // namespace wsi
