#include "SlashCommand.h"

#include <QCoreApplication>

#include <cctype>

namespace wsi::cli {

BinaryEncoding binaryEncodingFromName(const QString &name, bool *ok)
{
    *ok = true;
    if (name == QLatin1String("hex"))
        return BinaryEncoding::Hex;
    if (name == QLatin1String("base64"))
        return BinaryEncoding::Base64;
    *ok = false;
    return BinaryEncoding::None;
}

bool decodeBinary(QByteArrayView text, BinaryEncoding encoding, QByteArray *bytes)
{
    QByteArray compact;
    compact.reserve(text.size());
    for (const char c : text)
        if (c != ' ' && c != '\t')
            compact.append(c);
    if (encoding == BinaryEncoding::Hex) {
        if (compact.size() % 2 != 0)
            return false;
        for (const char c : std::as_const(compact))
            if (!std::isxdigit(uchar(c)))
                return false;
        *bytes = QByteArray::fromHex(compact);
        return true;
    }
    if (encoding == BinaryEncoding::Base64) {
        const auto result = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
        if (!result)
            return false;
        *bytes = *result;
        return true;
    }
    return false;
}

QByteArray encodeBinary(const QByteArray &bytes, BinaryEncoding encoding)
{
    return encoding == BinaryEncoding::Base64 ? bytes.toBase64() : bytes.toHex();
}

SlashCommand SlashCommand::parse(const QString &line)
{
    SlashCommand command;
    if (!line.startsWith(u'/') || line.startsWith(QLatin1String("//"))) {
        command.text = line.startsWith(QLatin1String("//")) ? line.mid(1) : line;
        return command;
    }
    const qsizetype space = line.indexOf(u' ');
    const QString name = line.mid(1, space < 0 ? -1 : space - 1);
    const QString rest = space < 0 ? QString() : line.mid(space + 1);
    const auto invalid = [](const QString &message) {
        SlashCommand wrong;
        wrong.kind = Kind::Invalid;
        wrong.text = message;
        return wrong;
    };
    if (name == QLatin1String("ping")) {
        command.kind = Kind::Ping;
        command.payload = rest.toUtf8();
        if (command.payload.size() > 125)
            return invalid(QCoreApplication::translate("wsinspector-cli", "a ping carries at most 125 bytes"));
    } else if (name == QLatin1String("close")) {
        command.kind = Kind::Close;
        const QString trimmed = rest.trimmed();
        if (!trimmed.isEmpty()) {
            const qsizetype split = trimmed.indexOf(u' ');
            bool ok = false;
            command.code = trimmed.left(split).toInt(&ok);
            if (!ok)
                return invalid(QCoreApplication::translate("wsinspector-cli", "/close wants a code such as 1000 or 4000, then a reason"));
            command.text = split < 0 ? QString() : trimmed.mid(split + 1);
        }
    } else if (name == QLatin1String("binary")) {
        command.kind = Kind::Binary;
        if (!decodeBinary(rest.toLatin1(), BinaryEncoding::Hex, &command.payload))
            return invalid(QCoreApplication::translate("wsinspector-cli", "/binary wants hex digits, such as /binary 00ff10"));
    } else if (name == QLatin1String("file")) {
        command.kind = Kind::File;
        command.text = rest.trimmed();
        if (command.text.isEmpty())
            return invalid(QCoreApplication::translate("wsinspector-cli", "/file wants a path"));
    } else if (name == QLatin1String("reconnect")) {
        command.kind = Kind::Reconnect;
    } else if (name == QLatin1String("help") || name == QLatin1String("?")) {
        command.kind = Kind::Help;
    } else {
        return invalid(QCoreApplication::translate("wsinspector-cli", "unknown command /%1 (/help lists them; //text sends /text)").arg(name));
    }
    return command;
}

QString SlashCommand::help()
{
    return QCoreApplication::translate("wsinspector-cli",
                                       "/ping [payload]         send a ping frame (its pong shows with -P)\n"
                                       "/close [code [reason]]  close the connection (default 1000)\n"
                                       "/binary HEX             send a binary message, such as /binary 00ff10\n"
                                       "/file PATH              send a file: text when it is UTF-8, else binary\n"
                                       "/reconnect              close and connect again\n"
                                       "/help                   this list\n"
                                       "//text                  send the text /text\n"
                                       "Up/Down: history; Ctrl+D or Ctrl+C on an empty line: close and quit\n");
}

} // namespace wsi::cli
