#include "Theme.h"

#include <QApplication>
#include <QPainter>
#include <QProxyStyle>
#include <QStyleOption>
#include "prefs/Preferences.h"

#include <QStyle>
#include <QStyleFactory>

#include <cmath>

namespace wsi {

namespace {
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6), disabled(0x8a, 0x8c, 0x90);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x80, 0x80));
    p.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

// Fusion outlines check boxes and radio buttons in the window colour darkened, which all
// but vanishes on a dark window: on a dark palette the outline is drawn again, in a grey
// halfway between the text and the window (over 3:1 against the window).
class VisibleIndicatorStyle final : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        const bool box = element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck;
        if ((!box && element != PE_IndicatorRadioButton) || !Theme::isDark(option->palette))
            return;
        const QColor text = option->palette.color(QPalette::WindowText), window = option->palette.color(QPalette::Window);
        const QColor outline((text.red() + window.red()) / 2, (text.green() + window.green()) / 2, (text.blue() + window.blue()) / 2);
        painter->save();
        painter->setPen(outline);
        painter->setBrush(Qt::NoBrush);
        if (box) {
            painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
        } else {
            painter->setRenderHint(QPainter::Antialiasing, true);
            painter->drawEllipse(QRectF(option->rect).adjusted(1, 1, -1, -1));
        }
        painter->restore();
    }
};

QStyle *fusion()
{
    return new VisibleIndicatorStyle(QStyleFactory::create(QStringLiteral("Fusion")));
}

QPalette &systemPalette()
{
    // What the desktop gave us at start-up, to go back to from a forced theme.
    static QPalette palette = QApplication::palette();
    return palette;
}

double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
} // namespace

void Theme::apply(Choice choice)
{
    static const QString systemStyle = QApplication::style()->name();
    systemPalette();
    switch (choice) {
    case Choice::System:
        QApplication::setStyle(QStyleFactory::create(systemStyle));
        QApplication::setPalette(systemPalette());
        break;
    case Choice::Light:
        QApplication::setStyle(fusion());
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Choice::Dark:
        QApplication::setStyle(fusion());
        QApplication::setPalette(darkPalette());
        break;
    }
    Preferences::setTheme(name(choice));
}

Theme::Choice Theme::current()
{
    const QString saved = Preferences::theme();
    for (Choice choice : {Choice::Light, Choice::Dark})
        if (saved == name(choice))
            return choice;
    return Choice::System;
}

QString Theme::name(Choice choice)
{
    switch (choice) {
    case Choice::System: return QStringLiteral("system");
    case Choice::Light: return QStringLiteral("light");
    case Choice::Dark: return QStringLiteral("dark");
    }
    return QString();
}

bool Theme::isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Base)) < 0.2;
}

QColor Theme::problemColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x7b, 0x72) : QColor(0xb3, 0x26, 0x1e);
}

namespace {
QColor mix(const QColor &a, const QColor &b, double share)
{
    // share of b in the mix, 0 to 1.
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share), float(a.greenF() * (1 - share) + b.greenF() * share),
                            float(a.blueF() * (1 - share) + b.blueF() * share));
}
} // namespace

namespace {
// The base colour tinted toward hue as far as start, less on an unusual palette where the
// tint would cost the text (or a problem row's red) its contrast.
QColor tint(const QPalette &palette, const QColor &hue, double start)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    for (double share = start; share > 0.0; share -= 0.02) {
        const QColor tinted = mix(base, hue, share);
        if (Theme::contrast(text, tinted) >= 4.5 && Theme::contrast(Theme::problemColor(palette), tinted) >= 4.5)
            return tinted;
    }
    return base;
}
} // namespace

QColor Theme::rowTint(const QPalette &palette, bool outgoing)
{
    const QColor hue = outgoing ? QColor(0x3b, 0x82, 0xf6) : QColor(0x22, 0xa0, 0x55);
    return tint(palette, hue, isDark(palette) ? 0.16 : 0.10);
}

QColor Theme::matchTint(const QPalette &palette)
{
    return tint(palette, QColor(0xf5, 0xc2, 0x11), isDark(palette) ? 0.30 : 0.45);
}

QColor Theme::quietColor(const QPalette &palette, const QColor &background)
{
    const QColor text = palette.color(QPalette::Text);
    // As far toward the background as still reads.
    for (double share = 0.6; share > 0.0; share -= 0.05) {
        const QColor quiet = mix(text, background, share);
        if (contrast(quiet, background) >= 4.5)
            return quiet;
    }
    return text;
}

QColor Theme::syntaxColor(const QPalette &palette, Syntax syntax)
{
    const bool dark = isDark(palette);
    QColor hue;
    switch (syntax) {
    case Syntax::Key: hue = dark ? QColor(0x79, 0xc0, 0xff) : QColor(0x05, 0x50, 0xae); break;
    case Syntax::String: hue = dark ? QColor(0x7e, 0xe7, 0x87) : QColor(0x11, 0x63, 0x29); break;
    case Syntax::Number: hue = dark ? QColor(0xff, 0xa6, 0x57) : QColor(0x95, 0x38, 0x00); break;
    case Syntax::Literal: hue = dark ? QColor(0xd2, 0xa8, 0xff) : QColor(0x82, 0x50, 0xdf); break;
    }
    // On an unusual palette the colour moves toward the text colour until it reads.
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    for (double share = 0.0; share < 1.0; share += 0.1) {
        const QColor color = mix(hue, text, share);
        if (contrast(color, base) >= 4.5)
            return color;
    }
    return text;
}

double Theme::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

} // namespace wsi
