#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

namespace wsi {

// One RFC 6455 frame header as it passed on the wire.
struct FrameHeader
{
    bool fin = false;
    quint8 rsv = 0;     // RSV1..RSV3 as bits 2..0
    quint8 opcode = 0;
    bool masked = false;
    quint32 maskKey = 0; // big-endian order of the four mask bytes
    quint64 length = 0;
    quint8 headerBytes = 0;

    bool isControl() const { return opcode & 0x8; }
};

// Reads a byte stream of WebSocket frames (either direction) and says what passed:
// every frame header, and the payload of control frames (at most 125 bytes, unmasked).
// What feed() returns is the stream to pass on: the input itself (shared, not copied)
// unless a frame was held (control frames are held whole, so the observer may rewrite
// them) or taken. With takeMessages set, data frames are taken, not passed on: each
// message is handed to the observer whole (its fragments joined, unmasked) — straight
// from the chunk, without a copy, when it came in one frame inside one chunk.
class FrameReader
{
public:
    class Observer
    {
    public:
        virtual ~Observer() = default;
        // A frame header has been read (its payload follows). Return false to stop reading
        // (the stream is broken: the observer fails the connection).
        virtual bool frameStarted(const FrameHeader &header) = 0;
        // A control frame is complete; *wire holds its bytes as they will be passed on and
        // may be replaced (a corrected close frame, say).
        virtual void controlFrame(const FrameHeader &header, const QByteArray &payload, QByteArray *wire) = 0;
        // A data frame's payload has passed; frames counts the frames of its message so far.
        virtual void dataFrameEnded(const FrameHeader &header, int frames) = 0;
        // takeMessages: a whole message (opcode of its first frame). payload may point into
        // the chunk being fed: valid during the call only. assembled, when not null, holds
        // the payload (a message of several frames or chunks) and may be moved from.
        // Return false to stop reading.
        virtual bool message(quint8 opcode, QByteArrayView payload, QByteArray *assembled)
        {
            Q_UNUSED(opcode) Q_UNUSED(payload) Q_UNUSED(assembled)
            return true;
        }
    };

    explicit FrameReader(Observer *observer) : m_observer(observer) {}

    void setTakeMessages(bool take) { m_take = take; }
    // Reads chunk; returns the bytes to pass on (chunk itself when nothing was held).
    // False in *ok when the observer stopped the reading.
    QByteArray feed(const QByteArray &chunk, bool *ok = nullptr);
    // Encodes one frame (for the tests and for frames the tap writes itself).
    static QByteArray encode(quint8 opcode, const QByteArray &payload, bool fin = true, bool masked = false,
                             quint32 maskKey = 0x12345678, quint8 rsv = 0);
    // The same frame appended to *out (a batch of frames written at once).
    static void appendFrame(QByteArray *out, quint8 opcode, QByteArrayView payload, bool fin = true, bool masked = false,
                            quint32 maskKey = 0x12345678, quint8 rsv = 0);
    static void applyMask(char *data, qsizetype size, quint32 maskKey, quint64 offset);

private:
    enum class Stage { Header, Payload };
    // Pass: the frame goes on unchanged; Hold: a control frame, held whole; Take: a data
    // frame taken into a message.
    enum class Mode { Pass, Hold, Take };

    Observer *m_observer;
    Stage m_stage = Stage::Header;
    unsigned char m_head[14];
    int m_headHave = 0;
    FrameHeader m_frame;
    Mode m_mode = Mode::Pass;
    quint64 m_payloadLeft = 0;
    quint64 m_payloadSeen = 0;
    int m_messageFrames = 0; // frames of the data message in progress
    // A control frame being held: its wire bytes and unmasked payload.
    bool m_holding = false;
    QByteArray m_held;
    QByteArray m_controlPayload;
    // Taking data frames as messages.
    bool m_take = false;
    bool m_inMessage = false;   // a fragmented message is being assembled
    quint8 m_messageOpcode = 0;
    QByteArray m_message;
};

} // namespace wsi
