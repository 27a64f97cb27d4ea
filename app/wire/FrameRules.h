#pragma once

#include "FrameReader.h"

#include "i18n/Translation.h"

#include <QString>

namespace wsi {

// What RFC 6455 lets a server send a client that negotiated no extension, frame by frame:
// the checks a client must fail the connection on (with the close code), and the message
// size limit the user set. Keeps the state of the message in progress. The mock server
// (app/mock) checks its clients' frames with Sender::Client: those must be masked.
class FrameRules
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::FrameRules)

public:
    struct Fault
    {
        int closeCode = 0; // 0: the frame is fine
        QString why;
    };

    enum class Sender { Server, Client };

    explicit FrameRules(quint64 maxMessageSize, Sender sender = Sender::Server) : m_maxMessageSize(maxMessageSize), m_sender(sender) {}

    // Checks a frame from the sender as its header arrives.
    Fault check(const FrameHeader &header);
    // Checks a complete message's payload (text must be UTF-8).
    static Fault checkMessage(quint8 opcode, QByteArrayView payload, Sender sender = Sender::Server);

private:
    Fault checkFromClient(const FrameHeader &header);

    quint64 m_maxMessageSize;
    Sender m_sender;
    bool m_inMessage = false;
    quint64 m_messageBytes = 0;
};

} // namespace wsi
