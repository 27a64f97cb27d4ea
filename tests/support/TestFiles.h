#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include "record/SessionFile.h"
#include "session/EventJson.h"

namespace wsi::test {

// Writes content to name in dir (replacing it) and returns its path; empty when it cannot.
inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        return QString();
    return path;
}

// A recording of count received 100-byte text messages, each starting with its number (12
// digits, from 0), written a few MiB at a time (about 230 bytes a message); false when it cannot.
inline bool writeNumberedSession(const QString &path, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    SessionFile::Header header;
    header.url = QUrl(QStringLiteral("ws://127.0.0.1:1/"));
    header.startedUs = 1795687200000000;
    QByteArray block = SessionFile::serialize(header, {});
    SessionEvent event;
    event.kind = EventKind::Text;
    event.direction = Direction::Incoming;
    for (int i = 0; i < count; ++i) {
        event.timestampUs = header.startedUs + i;
        event.payload = QByteArray::number(i).rightJustified(12, '0') + QByteArray(88, 'm');
        EventJson::appendLine(block, event, header.startedUs);
        if (block.size() > (1 << 22) || i == count - 1) {
            if (file.write(block) != block.size())
                return false;
            block.clear();
        }
    }
    return true;
}

} // namespace wsi::test
