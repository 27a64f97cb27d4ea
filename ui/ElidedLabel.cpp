#include "ElidedLabel.h"

#include <QPainter>
#include <QStyle>

namespace wsi {

namespace {
// Never ask for more than this many average characters: the rest is the tooltip's.
constexpr int PreferredChars = 40;
constexpr int MinimumChars = 6;
} // namespace

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    QLabel::setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void ElidedLabel::setText(const QString &text)
{
    if (text == QLabel::text())
        return;
    QLabel::setText(text);
    refreshToolTip();
}

void ElidedLabel::clear()
{
    setText(QString());
}

bool ElidedLabel::isElided() const
{
    return fontMetrics().horizontalAdvance(text()) > contentsRect().width();
}

QString ElidedLabel::shownText() const
{
    return fontMetrics().elidedText(text(), Qt::ElideRight, contentsRect().width());
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QMargins margins = contentsMargins();
    return {fontMetrics().averageCharWidth() * MinimumChars + margins.left() + margins.right(), QLabel::minimumSizeHint().height()};
}

QSize ElidedLabel::sizeHint() const
{
    const QMargins margins = contentsMargins();
    const int full = fontMetrics().horizontalAdvance(text()) + margins.left() + margins.right();
    return {qBound(minimumSizeHint().width(), full, fontMetrics().averageCharWidth() * PreferredChars), QLabel::sizeHint().height()};
}

void ElidedLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    style()->drawItemText(&painter, contentsRect(), int(alignment()) | Qt::TextSingleLine, palette(), isEnabled(), shownText(),
                          foregroundRole());
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    refreshToolTip();
}

void ElidedLabel::refreshToolTip()
{
    setToolTip(isElided() ? text() : QString());
}

} // namespace wsi
