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
    // WCAG contrast ratio, 1 (none) to 21 (black on white).
    static double contrast(const QColor &a, const QColor &b);
};

} // namespace wsi
