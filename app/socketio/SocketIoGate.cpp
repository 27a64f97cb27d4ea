#include "SocketIoGate.h"

#include "SocketIoPacket.h"

namespace wsi {

SocketIoGate::SocketIoGate(QString nameSpace)
    : m_namespace(std::move(nameSpace))
{
    if (!m_namespace.startsWith(u'/'))
        m_namespace.prepend(u'/');
}

SocketIoGate::Reaction SocketIoGate::onIncoming(const QByteArray &frame)
{
    Reaction reaction;
    const char type = frame.isEmpty() ? '\0' : frame.at(0);
    if (type == '0') {
        reaction.reply = SocketIoPacket::encodeConnect(m_namespace); // Engine.IO open: join the namespace
    } else if (type == '2') {
        reaction.reply = SocketIoPacket::pong(frame);
    } else if (type == '4') {
        reaction.tag = MessageTag::SocketIo;
        if (!m_joined && frame.startsWith("40")) {
            const SocketIoPacket packet = SocketIoPacket::parse(frame);
            if (packet.type == SocketIoPacket::Type::Connect && packet.nameSpace == m_namespace) {
                m_joined = true;
                reaction.joinedNow = true;
            }
        }
    }
    return reaction;
}

} // namespace wsi
