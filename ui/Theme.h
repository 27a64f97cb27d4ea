#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace wsi {

// Light or dark: the system's by default (Qt takes the desktop's palette), or
// forced from the View menu. Colours the inspector adds are picked against the
// palette in use, so a problem row is readable on either.
struct Theme
{
    enum class Choice { System, Light, Dark };

    static void apply(Choice choice);
    static Choice current();
    static QString name(Choice choice);
    static bool isDark(const QPalette &palette);
    // Red that reads on the palette's base colour.
    static QColor problemColor(const QPalette &palette);
    // The background of a sent (outgoing) or received row: the base colour with a light tint
    // of blue or green, so text keeps its contrast on either palette.
    static QColor rowTint(const QPalette &palette, bool outgoing);
    // Dimmed text for keep-alive rows that still reads (contrast 4.5 or more) on background.
    static QColor quietColor(const QPalette &palette, const QColor &background);
    // The background of a search match: a yellow tint that keeps the text's contrast.
    static QColor matchTint(const QPalette &palette);
    // Colours of JSON text: keys, strings, numbers, true/false/null; each reads (contrast 4.5
    // or more) on the palette's base colour.
    enum class Syntax { Key, String, Number, Literal };
    static QColor syntaxColor(const QPalette &palette, Syntax syntax);
    // WCAG contrast ratio, 1 (none) to 21 (black on white).
    static double contrast(const QColor &a, const QColor &b);
};

} // namespace wsi
