#include "JsonHighlighter.h"

#include "Theme.h"

#include <QGuiApplication>

namespace wsi {

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    setPalette(QGuiApplication::palette());
}

void JsonHighlighter::setPalette(const QPalette &palette)
{
    m_key.setForeground(Theme::syntaxColor(palette, Theme::Syntax::Key));
    m_string.setForeground(Theme::syntaxColor(palette, Theme::Syntax::String));
    m_number.setForeground(Theme::syntaxColor(palette, Theme::Syntax::Number));
    m_literal.setForeground(Theme::syntaxColor(palette, Theme::Syntax::Literal));
    m_literal.setFontWeight(QFont::Bold);
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    // JSON strings never span lines, so each line is read on its own.
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'"') {
            qsizetype end = i + 1;
            while (end < n && text.at(end) != u'"')
                end += text.at(end) == u'\\' ? 2 : 1;
            end = qMin(end + 1, n);
            qsizetype after = end;
            while (after < n && text.at(after) == u' ')
                ++after;
            const bool key = after < n && text.at(after) == u':';
            setFormat(int(i), int(end - i), key ? m_key : m_string);
            i = end;
        } else if (c == u'-' || c.isDigit()) {
            qsizetype end = i + 1;
            while (end < n && (text.at(end).isDigit() || text.at(end) == u'.' || text.at(end) == u'e' || text.at(end) == u'E'
                               || text.at(end) == u'+' || text.at(end) == u'-'))
                ++end;
            setFormat(int(i), int(end - i), m_number);
            i = end;
        } else if (c == u't' || c == u'f' || c == u'n') {
            qsizetype end = i;
            while (end < n && text.at(end).isLetter())
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(int(i), int(end - i), m_literal);
            i = qMax(end, i + 1);
        } else {
            ++i;
        }
    }
}

} // namespace wsi
