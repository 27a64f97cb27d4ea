#pragma once

#include <QLabel>

namespace wsi {

// A one-line plain-text label that never widens its window: it asks for little width,
// draws its text cut with "…" when it does not fit, and then offers the whole text as its
// tooltip. text() is always the whole text.
class ElidedLabel final : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    // Hides QLabel::setText: keeps the tooltip in step with what is cut.
    void setText(const QString &text);
    void clear();
    // True when the text does not fit and is drawn cut.
    bool isElided() const;
    // What is drawn: the text, cut to the label's width.
    QString shownText() const;

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void refreshToolTip();
};

} // namespace wsi
