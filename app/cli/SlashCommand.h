#pragma once

#include <QByteArray>
#include <QString>

namespace wsi::cli {

enum class BinaryEncoding { None, Hex, Base64 };

// "hex" or "base64" from the command line; ok false for anything else.
BinaryEncoding binaryEncodingFromName(const QString &name, bool *ok);
// A line of hex ("00 ff 10", spaces allowed) or base64 as bytes; false when it is neither.
bool decodeBinary(QByteArrayView text, BinaryEncoding encoding, QByteArray *bytes);
QByteArray encodeBinary(const QByteArray &bytes, BinaryEncoding encoding);

// A line typed at the prompt (or piped with --slash) that starts with '/':
//   /ping [payload]  /close [code [reason]]  /binary HEX  /file PATH  /reconnect  /help
// "//text" is not a command: it sends "/text".
struct SlashCommand
{
    enum class Kind { Message, Ping, Close, Binary, File, Reconnect, Help, Invalid };
    Kind kind = Kind::Message;
    QString text;       // Message: the text to send; Invalid: what is wrong; File: the path; Close: the reason
    QByteArray payload; // Ping, Binary
    int code = 1000;    // Close

    static SlashCommand parse(const QString &line);
    static QString help();
};

} // namespace wsi::cli
