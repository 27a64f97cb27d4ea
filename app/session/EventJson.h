#pragma once

#include "SessionEvent.h"

#include <QByteArray>
#include <QJsonObject>

namespace wsi {

// One event as one line of JSON: what the CLI prints for jq and what a session
// file holds. Written by hand (no QJsonDocument per event) so recording a flood is cheap.
struct EventJson
{
    // startedUs >= 0 adds "rel_us", the time since the recording started.
    static QByteArray toLine(const SessionEvent &event, qint64 startedUs = -1); // ends with '\n'
    // {"ts_us":…,"time":…,"event":"frame","dir":"in","opcode":1,"fin":true,"rsv":0,"masked":false,"length":5,…}
    static QByteArray frameLine(const FrameRecord &frame);
    static void appendLine(QByteArray &out, const SessionEvent &event, qint64 startedUs = -1);
    // For a text event whose payload needs no escaping, so a big one can be written from
    // where it is: its line is this head (ending with the opening quote), the payload, then TextLineTail.
    static void appendTextLineHead(QByteArray &out, const SessionEvent &event, qint64 startedUs = -1);
    static constexpr char TextLineTail[] = "\"}\n";
    // For a binary message, so its base64 can be made elsewhere (the recorder's writer
    // thread): its line is this head (ending with "base64":), appendBase64 of the payload,
    // then BinaryLineTail.
    static void appendBinaryLineHead(QByteArray &out, const SessionEvent &event, qint64 startedUs = -1);
    static constexpr char BinaryLineTail[] = "}\n";
    static bool needsEscaping(QByteArrayView utf8);
    // "…" with the bytes in base64, appended: a binary payload's value. Hand-written (two
    // characters a lookup); the bench's base64 row measures it against QByteArray::toBase64.
    static void appendBase64(QByteArray &out, QByteArrayView bytes);
    // The reverse, for session files; false with *error naming what is wrong.
    static bool fromJson(const QJsonObject &object, SessionEvent *event, QString *error);

    // One line of a session file. Lines as this program writes them (a flat object) are
    // read by a small parser of our own, fast enough for a million lines; anything else
    // goes through QJsonDocument. *notJson is set when the line is not a JSON object at all.
    static bool fromLine(QByteArrayView line, SessionEvent *event, QString *error, bool *notJson);
    static QString isoTime(qint64 timestampUs);
};

} // namespace wsi
