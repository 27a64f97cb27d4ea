#pragma once

#include <QTimer>
#include <QWidget>

namespace wsi {

class MessageLogModel;

// A thin bar chart of the whole session above the log: messages per 100 ms, sent above the
// axis and received below, drawn from the log's counters (never by walking its rows), the
// rows on screen marked. A click asks to jump to that moment.
class TimelineStrip final : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineStrip(QWidget *parent = nullptr);

    void setModel(const MessageLogModel *model);
    // The moments of the first and last rows on screen (0, 0: none).
    void setVisibleSpan(qint64 firstUs, qint64 lastUs);
    // The start of the 100 ms shown at x, in µs since the epoch; 0 when there is nothing yet.
    qint64 timeAt(int x) const;
    int xOf(qint64 timestampUs) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void jumpRequested(qint64 timestampUs);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    int spanBuckets() const; // the buckets the strip's width stands for

    const MessageLogModel *m_model = nullptr;
    QTimer m_repaint; // rows arriving ask for a repaint at most this often
    qint64 m_visibleFirstUs = 0;
    qint64 m_visibleLastUs = 0;
};

} // namespace wsi
