#include "FrameRules.h"

namespace wsi {

FrameRules::Fault FrameRules::check(const FrameHeader &header)
{
    if (m_sender == Sender::Client)
        return checkFromClient(header);
    if (header.masked)
        return {1002, tr("the server sent a masked frame (RFC 6455 §5.1: a client must fail the connection)")};
    if (header.rsv != 0)
        return {1002, tr("the server set RSV bits (%1) that no negotiated extension defines (RFC 6455 §5.2)")
                          .arg(QString::number(header.rsv, 2).rightJustified(3, u'0'))};
    const quint8 opcode = header.opcode;
    if ((opcode >= 3 && opcode <= 7) || opcode >= 0xB)
        return {1002, tr("the server sent a frame with the reserved opcode 0x%1 (RFC 6455 §5.2)").arg(opcode, 0, 16)};
    if (header.isControl()) {
        if (header.length > 125 || !header.fin)
            return {1002, tr("the server sent a control frame of %1 bytes%2 (RFC 6455 §5.5: at most 125, never fragmented)")
                              .arg(header.length)
                              .arg(header.fin ? QString() : tr(", fragmented"))};
        return {};
    }
    if (opcode == 0 && !m_inMessage)
        return {1002, tr("the server sent a continuation frame with no message to continue (RFC 6455 §5.4)")};
    if (opcode != 0 && m_inMessage)
        return {1002, tr("the server began a new message before its fragmented one ended (RFC 6455 §5.4)")};
    const quint64 before = opcode == 0 ? m_messageBytes : 0;
    if (header.length > m_maxMessageSize || before + header.length > m_maxMessageSize)
        return {1009, tr("the server sent a message of more than %1 bytes, the size limit").arg(m_maxMessageSize)};
    m_messageBytes = before + header.length;
    m_inMessage = !header.fin;
    return {};
}

// The same checks, worded for a client's frames (a server must fail the connection on them).
FrameRules::Fault FrameRules::checkFromClient(const FrameHeader &header)
{
    if (!header.masked)
        return {1002, tr("the client sent an unmasked frame (RFC 6455 §5.1: a server must fail the connection)")};
    if (header.rsv != 0)
        return {1002, tr("the client set RSV bits (%1) that no negotiated extension defines (RFC 6455 §5.2)")
                          .arg(QString::number(header.rsv, 2).rightJustified(3, u'0'))};
    const quint8 opcode = header.opcode;
    if ((opcode >= 3 && opcode <= 7) || opcode >= 0xB)
        return {1002, tr("the client sent a frame with the reserved opcode 0x%1 (RFC 6455 §5.2)").arg(opcode, 0, 16)};
    if (header.isControl()) {
        if (header.length > 125 || !header.fin)
            return {1002, tr("the client sent a control frame of %1 bytes%2 (RFC 6455 §5.5: at most 125, never fragmented)")
                              .arg(header.length)
                              .arg(header.fin ? QString() : tr(", fragmented"))};
        return {};
    }
    if ((opcode == 0) != m_inMessage)
        return {1002, tr("the client broke the order of a fragmented message (RFC 6455 §5.4)")};
    const quint64 before = opcode == 0 ? m_messageBytes : 0;
    if (header.length > m_maxMessageSize || before + header.length > m_maxMessageSize)
        return {1009, tr("the client sent a message of more than %1 bytes, the size limit").arg(m_maxMessageSize)};
    m_messageBytes = before + header.length;
    m_inMessage = !header.fin;
    return {};
}

FrameRules::Fault FrameRules::checkMessage(quint8 opcode, QByteArrayView payload, Sender sender)
{
    if (opcode == 1 && !payload.isValidUtf8())
        return {1007, sender == Sender::Server ? tr("the server sent a text message that is not valid UTF-8 (RFC 6455 §8.1)")
                                               : tr("the client sent a text message that is not valid UTF-8 (RFC 6455 §8.1)")};
    return {};
}

} // namespace wsi
