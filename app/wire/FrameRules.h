#pragma once

#include "FrameReader.h"

#include <QCoreApplication>
#include <QString>

namespace wsi {

// What RFC 6455 lets a server send a client that negotiated no extension, frame by frame:
// the checks a client must fail the connection on (with the close code), and the message
// size limit the user set. Keeps the state of the message in progress.
class FrameRules
{
    Q_DECLARE_TR_FUNCTIONS(FrameRules)
public:
    struct Fault
    {
        int closeCode = 0; // 0: the frame is fine
        QString why;
    };

    explicit FrameRules(quint64 maxMessageSize) : m_maxMessageSize(maxMessageSize) {}

    // Checks a frame from the server as its header arrives.
    Fault check(const FrameHeader &header);
    // Checks a complete message's payload (text must be UTF-8).
    static Fault checkMessage(quint8 opcode, QByteArrayView payload);

private:
    quint64 m_maxMessageSize;
    bool m_inMessage = false;
    quint64 m_messageBytes = 0;
};

} // namespace wsi
