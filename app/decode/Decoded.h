#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace wsi {

// What one decoder made of a payload. Plain data: the text is shown as plain text, never markup.
struct Decoded
{
    QString format;     // what decoded it, for people (translated): "CBOR", "gzip → JSON", "protobuf (demo.Ticker)"
    QString name;       // the same for programs, never translated: "cbor", "gzip+json", "protobuf"
    QString reason;     // for Auto: what in the bytes chose the format
    QString text;       // the readable form (diagnostic notation, JSON, protobuf text format)
    QJsonValue json = QJsonValue(QJsonValue::Undefined); // a JSON form when there is one
    QStringList notes;  // what a reader should know: trailing bytes, output stopped at a limit
    QString error;      // why the bytes could not be decoded; empty on success

    bool ok() const { return error.isEmpty(); }
    static Decoded failure(const QString &format, const QString &error)
    {
        Decoded d;
        d.format = format;
        d.error = error;
        return d;
    }
};

} // namespace wsi
