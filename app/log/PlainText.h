#pragma once

#include <QByteArrayView>
#include <QString>

namespace wsi {

// Text from the network is shown as characters, never interpreted: control,
// bidirectional-override and zero-width characters become visible escapes.
struct PlainText
{
    enum class Newlines { Escape, Keep };
    static QString escape(QStringView text, Newlines newlines = Newlines::Escape, qsizetype maxChars = -1);
    // "48 65 6c 6c 6f" for at most maxBytes bytes, with "…" when cut.
    static QString hexPreview(QByteArrayView bytes, qsizetype maxBytes);
    // The classic offset / hex / ASCII dump for the detail pane.
    static QString hexDump(QByteArrayView bytes, qsizetype maxBytes = 64 * 1024);
    static QString humanSize(qint64 bytes);
    // Cuts each line longer than maxChars, saying how much of it is left out: a text widget
    // lays out a whole line at once, and one of 16 KiB took 30-70 ms under a flood.
    static QString shortenLongLines(const QString &text, qsizetype maxChars);
};

} // namespace wsi
