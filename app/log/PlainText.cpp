#include "PlainText.h"

#include "i18n/Translation.h"

namespace wsi {

namespace {
struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::PlainText)
};
} // namespace

namespace {

bool isInvisibleFormatting(char16_t c)
{
    return (c >= 0x200B && c <= 0x200F) // zero-width and directional marks
        || (c >= 0x202A && c <= 0x202E) // bidirectional embedding and override
        || (c >= 0x2066 && c <= 0x2069) // bidirectional isolates
        || c == 0xFEFF || c == 0x2028 || c == 0x2029;
}

void appendCodePoint(QString &out, char16_t c)
{
    out += QStringLiteral("\\u") + QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

} // namespace

QString PlainText::escape(QStringView text, Newlines newlines, qsizetype maxChars)
{
    const bool cut = maxChars >= 0 && text.size() > maxChars;
    const QStringView input = cut ? text.left(maxChars) : text;
    QString out;
    out.reserve(input.size() + 8);
    for (const QChar ch : input) {
        const char16_t c = ch.unicode();
        if (c >= 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0) && !isInvisibleFormatting(c)) {
            out += ch;
            continue;
        }
        switch (c) {
        case u'\n':
            out += newlines == Newlines::Keep ? QStringLiteral("\n") : QStringLiteral("\\n");
            break;
        case u'\t':
            out += newlines == Newlines::Keep ? QStringLiteral("\t") : QStringLiteral("\\t");
            break;
        case u'\r': out += QStringLiteral("\\r"); break;
        case 0: out += QStringLiteral("\\0"); break;
        case 0x1B: out += QStringLiteral("\\e"); break;
        default:
            if (c < 0x100)
                out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
            else
                appendCodePoint(out, c);
        }
    }
    if (cut)
        out += QChar(0x2026);
    return out;
}

QString PlainText::hexPreview(QByteArrayView bytes, qsizetype maxBytes)
{
    const bool cut = bytes.size() > maxBytes;
    QString out = QString::fromLatin1(QByteArray(bytes.data(), cut ? maxBytes : bytes.size()).toHex(' '));
    if (cut)
        out += QStringLiteral(" ") + QChar(0x2026);
    return out;
}

QString PlainText::hexDump(QByteArrayView bytes, qsizetype maxBytes)
{
    const qsizetype size = qMin(bytes.size(), maxBytes);
    QString out;
    out.reserve(size * 4 + 64);
    for (qsizetype line = 0; line < size; line += 16) {
        out += QStringLiteral("%1  ").arg(line, 8, 16, QLatin1Char('0'));
        QString ascii;
        for (qsizetype i = 0; i < 16; ++i) {
            if (line + i < size) {
                const uchar b = uchar(bytes[line + i]);
                out += QStringLiteral("%1 ").arg(uint(b), 2, 16, QLatin1Char('0'));
                ascii += (b >= 0x20 && b < 0x7F) ? QLatin1Char(char(b)) : QLatin1Char('.');
            } else {
                out += QStringLiteral("   ");
            }
            if (i == 7)
                out += u' ';
        }
        out += u' ' + ascii + u'\n';
    }
    if (bytes.size() > size)
        out += Tr::tr("… %1 more bytes not shown\n").arg(bytes.size() - size);
    return out;
}

QString PlainText::humanSize(qint64 bytes)
{
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return Tr::tr("%1 KiB").arg(double(bytes) / 1024.0, 0, 'f', 1);
    return Tr::tr("%1 MiB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

QString PlainText::shortenLongLines(const QString &text, qsizetype maxChars)
{
    QString out;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        const qsizetype length = end - start;
        if (length > maxChars) {
            out += QStringView(text).mid(start, maxChars);
            out += Tr::tr(" … (%1 more characters on this line; Copy message has them all)").arg(length - maxChars);
        } else {
            out += QStringView(text).mid(start, length);
        }
        if (end < text.size())
            out += u'\n';
        start = end + 1;
    }
    return out;
}

} // namespace wsi
