#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace wsi {

// Colours JSON text line by line: keys, strings, numbers, and true/false/null, in the
// palette's colours (Theme::syntaxColor, each readable on the base colour). It only sets
// formats: the text stays plain, nothing in it is read as markup.
class JsonHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit JsonHighlighter(QTextDocument *document);

    // Takes the colours of this palette (after a theme change) and colours again.
    void setPalette(const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
};

} // namespace wsi
