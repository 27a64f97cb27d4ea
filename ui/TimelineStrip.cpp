#include "TimelineStrip.h"

#include "Theme.h"
#include "log/TimelineCounts.h"
#include "log/MessageLogModel.h"

#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace wsi {

TimelineStrip::TimelineStrip(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineStrip"));
    setAccessibleName(tr("Timeline"));
    setToolTip(tr("Messages per 100 ms for the whole session: sent above the line, received below. Click to jump there."));
    setCursor(Qt::PointingHandCursor);
    m_repaint.setSingleShot(true);
    m_repaint.setInterval(250);
    connect(&m_repaint, &QTimer::timeout, this, qOverload<>(&QWidget::update));
}

void TimelineStrip::setModel(const MessageLogModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
            if (!m_repaint.isActive())
                m_repaint.start();
        });
        connect(model, &QAbstractItemModel::modelReset, this, qOverload<>(&QWidget::update));
    }
    update();
}

void TimelineStrip::setVisibleSpan(qint64 firstUs, qint64 lastUs)
{
    if (firstUs == m_visibleFirstUs && lastUs == m_visibleLastUs)
        return;
    m_visibleFirstUs = firstUs;
    m_visibleLastUs = lastUs;
    update();
}

QSize TimelineStrip::sizeHint() const
{
    return {400, fontMetrics().height() * 2};
}

QSize TimelineStrip::minimumSizeHint() const
{
    return {50, fontMetrics().height() * 2};
}

int TimelineStrip::spanBuckets() const
{
    // A young session fills the strip from the left, two pixels to each 100 ms, rather than
    // stretching a few buckets into wide blocks.
    return qMax(m_model ? m_model->timeline().bucketCount() : 0, qMax(1, width() / 2));
}

qint64 TimelineStrip::timeAt(int x) const
{
    if (!m_model || m_model->timeline().isEmpty() || width() <= 0)
        return 0;
    // The start of the 100 ms under x: a click on a bar goes to its first message.
    const TimelineCounts &counts = m_model->timeline();
    const qint64 bucket = qMin<qint64>(qint64(qBound(0, x, width() - 1)) * spanBuckets() / width(), counts.bucketCount() - 1);
    return counts.startUs() + bucket * TimelineCounts::BucketUs;
}

int TimelineStrip::xOf(qint64 timestampUs) const
{
    if (!m_model || m_model->timeline().isEmpty())
        return 0;
    const double span = double(spanBuckets()) * TimelineCounts::BucketUs;
    return int(double(timestampUs - m_model->timeline().startUs()) * width() / span);
}

void TimelineStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &p = palette();
    painter.fillRect(rect(), p.color(QPalette::Base));
    const int axis = height() / 2;
    painter.setPen(p.color(QPalette::Mid));
    painter.drawLine(0, axis, width(), axis);
    if (!m_model || m_model->timeline().isEmpty())
        return;
    const TimelineCounts &counts = m_model->timeline();
    // The rows on screen, behind the bars.
    if (m_visibleLastUs > 0) {
        const int from = xOf(m_visibleFirstUs), to = qMax(from + 2, xOf(m_visibleLastUs + TimelineCounts::BucketUs));
        QColor shade = p.color(QPalette::Highlight);
        shade.setAlpha(60);
        painter.fillRect(QRect(from, 0, to - from, height()), shade);
        painter.setPen(p.color(QPalette::Highlight));
        painter.drawRect(QRect(from, 0, to - from - 1, height() - 1));
    }
    // Each pixel column shows the busiest of its buckets; a square-root scale keeps a quiet
    // second visible beside a flood.
    const int buckets = counts.bucketCount();
    const int span = spanBuckets();
    const double largest = std::sqrt(double(qMax<quint32>(1, counts.largest())));
    const QColor sentBar = Theme::isDark(p) ? QColor(0x6c, 0xa8, 0xff) : QColor(0x25, 0x63, 0xeb);
    const QColor receivedBar = Theme::isDark(p) ? QColor(0x4a, 0xd0, 0x7f) : QColor(0x15, 0x80, 0x3d);
    const int half = axis - 1;
    for (int x = 0; x < width(); ++x) {
        const int from = int(qint64(x) * span / width());
        const int to = qMax(from + 1, int(qint64(x + 1) * span / width()));
        if (from >= buckets)
            break;
        quint32 sent = 0, received = 0;
        for (int b = from; b < to && b < buckets; ++b) {
            sent = qMax(sent, counts.sent(b));
            received = qMax(received, counts.received(b));
        }
        if (sent > 0) {
            const int h = qMax(1, int(std::sqrt(double(sent)) / largest * half));
            painter.fillRect(QRect(x, axis - h, 1, h), sentBar);
        }
        if (received > 0) {
            const int h = qMax(1, int(std::sqrt(double(received)) / largest * half));
            painter.fillRect(QRect(x, axis + 1, 1, h), receivedBar);
        }
    }
}

void TimelineStrip::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && timeAt(event->position().toPoint().x()) > 0)
        emit jumpRequested(timeAt(event->position().toPoint().x()));
    QWidget::mousePressEvent(event);
}

} // namespace wsi
