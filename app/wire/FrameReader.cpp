#include "FrameReader.h"

#include <QtEndian>

namespace wsi {

void FrameReader::applyMask(char *data, qsizetype size, quint32 maskKey, quint64 offset)
{
    const uchar key[4] = {uchar(maskKey >> 24), uchar(maskKey >> 16), uchar(maskKey >> 8), uchar(maskKey)};
    for (qsizetype j = 0; j < size; ++j)
        data[j] = char(uchar(data[j]) ^ key[(offset + quint64(j)) & 3]);
}

QByteArray FrameReader::encode(quint8 opcode, const QByteArray &payload, bool fin, bool masked, quint32 maskKey, quint8 rsv)
{
    QByteArray out;
    appendFrame(&out, opcode, payload, fin, masked, maskKey, rsv);
    return out;
}

void FrameReader::appendFrame(QByteArray *out, quint8 opcode, QByteArrayView payload, bool fin, bool masked, quint32 maskKey, quint8 rsv)
{
    const quint64 n = quint64(payload.size());
    char head[14];
    int h = 0;
    head[h++] = char((fin ? 0x80 : 0) | ((rsv & 7) << 4) | (opcode & 0x0F));
    const char maskBit = masked ? char(0x80) : char(0);
    if (n < 126) {
        head[h++] = char(maskBit | char(n));
    } else if (n < 65536) {
        head[h++] = char(maskBit | 126);
        head[h++] = char(n >> 8);
        head[h++] = char(n);
    } else {
        head[h++] = char(maskBit | 127);
        for (int shift = 56; shift >= 0; shift -= 8)
            head[h++] = char(n >> shift);
    }
    if (masked) {
        for (int shift = 24; shift >= 0; shift -= 8)
            head[h++] = char(maskKey >> shift);
    }
    out->append(head, h);
    const qsizetype at = out->size();
    out->append(payload);
    if (masked)
        applyMask(out->data() + at, payload.size(), maskKey, 0);
}

namespace {
int headerLength(const unsigned char *head)
{
    const int len7 = head[1] & 0x7F;
    return 2 + (len7 == 126 ? 2 : len7 == 127 ? 8 : 0) + ((head[1] & 0x80) ? 4 : 0);
}
} // namespace

QByteArray FrameReader::feed(const QByteArray &chunk, bool *ok)
{
    if (ok)
        *ok = true;
    const char *data = chunk.constData();
    const qsizetype size = chunk.size();
    QByteArray out; // used once something of this chunk is held or taken
    bool rewritten = false;
    qsizetype runStart = 0; // bytes from here on pass unchanged
    const auto flushRun = [&](qsizetype upTo) {
        rewritten = true;
        if (upTo > runStart) { // taken frames leave nothing to pass on: no chunk-sized buffer for them
            if (out.isEmpty())
                out.reserve(size - runStart + 32);
            out.append(data + runStart, upTo - runStart);
        }
        runStart = upTo;
    };
    // The reading stops: what passes ends at `upTo`, nothing after it.
    const auto stop = [&](qsizetype upTo) {
        if (ok)
            *ok = false;
        m_stage = Stage::Header;
        flushRun(upTo);
        return out;
    };

    qsizetype i = 0;
    qsizetype frameStart = -1; // where the frame being read began, when it began in this chunk
    while (i < size) {
        if (m_stage == Stage::Header) {
            if (m_headHave == 0) {
                frameStart = i;
                // A frame begins here; what it is decides whether it passes, is held or taken.
                const quint8 opcode = uchar(data[i]) & 0x0F;
                m_mode = (opcode & 0x8) ? Mode::Hold : m_take ? Mode::Take : Mode::Pass;
                if (m_mode != Mode::Pass) {
                    flushRun(i);
                    m_held.clear();
                    m_controlPayload.clear();
                }
            }
            while (i < size) {
                m_head[m_headHave++] = uchar(data[i++]);
                if (m_headHave >= 2 && m_headHave == headerLength(m_head))
                    break;
            }
            if (m_mode != Mode::Pass)
                runStart = i;
            if (m_headHave < 2 || m_headHave < headerLength(m_head))
                break; // the rest of the header comes with the next chunk
            FrameHeader &f = m_frame;
            f.fin = m_head[0] & 0x80;
            f.rsv = (m_head[0] >> 4) & 7;
            f.opcode = m_head[0] & 0x0F;
            f.masked = m_head[1] & 0x80;
            f.headerBytes = quint8(m_headHave);
            const int len7 = m_head[1] & 0x7F;
            int at = 2;
            if (len7 == 126) {
                f.length = qFromBigEndian<quint16>(m_head + 2);
                at = 4;
            } else if (len7 == 127) {
                f.length = qFromBigEndian<quint64>(m_head + 2);
                at = 10;
            } else {
                f.length = quint64(len7);
            }
            f.maskKey = f.masked ? qFromBigEndian<quint32>(m_head + at) : 0;
            if (m_mode == Mode::Hold)
                m_held.append(reinterpret_cast<const char *>(m_head), m_headHave);
            m_headHave = 0;
            if (!f.isControl())
                m_messageFrames = f.opcode == 0 ? m_messageFrames + 1 : 1;
            // A control frame over 125 bytes is never held, whatever the observer says.
            if (!m_observer->frameStarted(f) || (f.isControl() && f.length > 125))
                return stop(m_mode == Mode::Pass && frameStart >= 0 ? qMax(frameStart, runStart) : runStart);
            if (m_mode == Mode::Take && (f.opcode != 0 || !m_inMessage)) {
                m_inMessage = true;
                m_messageOpcode = f.opcode != 0 ? f.opcode : quint8(2);
                m_message.clear();
            }
            m_payloadLeft = f.length;
            m_payloadSeen = 0;
            m_stage = Stage::Payload;
        }
        // Payload (possibly empty).
        const qsizetype take = qsizetype(qMin<quint64>(m_payloadLeft, quint64(size - i)));
        // A message of one frame whose payload is all in this chunk is handed on from here.
        const bool direct = m_mode == Mode::Take && m_frame.fin && m_message.isEmpty() && m_payloadSeen == 0
            && !m_frame.masked && quint64(take) == m_payloadLeft;
        const QByteArrayView directPayload(data + i, take);
        if (take > 0) {
            if (m_mode == Mode::Hold) {
                m_held.append(data + i, take);
                const qsizetype at = m_controlPayload.size();
                m_controlPayload.append(data + i, take);
                if (m_frame.masked)
                    applyMask(m_controlPayload.data() + at, take, m_frame.maskKey, m_payloadSeen);
            } else if (m_mode == Mode::Take && !direct) {
                if (m_payloadSeen == 0 && m_message.isEmpty() && m_frame.fin)
                    m_message.reserve(qsizetype(qMin<quint64>(m_frame.length, 64 << 20)));
                const qsizetype at = m_message.size();
                m_message.append(data + i, take);
                if (m_frame.masked)
                    applyMask(m_message.data() + at, take, m_frame.maskKey, m_payloadSeen);
            }
            i += take;
            m_payloadLeft -= quint64(take);
            m_payloadSeen += quint64(take);
            if (m_mode != Mode::Pass)
                runStart = i;
        }
        if (m_payloadLeft > 0)
            break; // the payload goes on in the next chunk
        m_stage = Stage::Header;
        switch (m_mode) {
        case Mode::Hold:
            m_observer->controlFrame(m_frame, m_controlPayload, &m_held);
            flushRun(i);
            out.append(m_held);
            break;
        case Mode::Take:
            m_observer->dataFrameEnded(m_frame, m_messageFrames);
            if (m_frame.fin) {
                m_inMessage = false;
                const bool go = direct ? m_observer->message(m_messageOpcode, directPayload, nullptr)
                                       : m_observer->message(m_messageOpcode, m_message, &m_message);
                m_message = QByteArray();
                if (!go)
                    return stop(runStart);
            }
            break;
        case Mode::Pass:
            m_observer->dataFrameEnded(m_frame, m_messageFrames);
            break;
        }
        m_mode = Mode::Pass;
    }
    if (!rewritten)
        return runStart == 0 ? chunk : QByteArray();
    flushRun(size); // nothing when the chunk ended inside a held or taken frame
    return out;
}

} // namespace wsi
