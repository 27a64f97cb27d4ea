#include "ConnectionPanel.h"

#include "session/ConnectionText.h"
#include "log/PlainText.h"
#include "session/CloseCode.h"
#include "session/Session.h"

#include "ChartScale.h"
#include "ElidedLabel.h"
#include "Theme.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFormLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QRegularExpression>
#include <QValueAxis>
#include <QVBoxLayout>

namespace wsi {

namespace {
QString duration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("—");
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

// True when sentence already says most of what meaning says (the inspector's own reason for
// a 1006 is "Connection lost without a close frame"; the code's meaning is "the connection
// was lost without a close frame"): the panel says it once.
bool alreadySays(const QString &sentence, const QString &meaning)
{
    static const QRegularExpression nonWord(QStringLiteral("\\W+"));
    const QStringList said = sentence.toLower().split(nonWord, Qt::SkipEmptyParts);
    const QStringList words = meaning.toLower().split(nonWord, Qt::SkipEmptyParts);
    if (words.isEmpty())
        return true;
    qsizetype shared = 0;
    for (const QString &word : words)
        shared += said.contains(word) ? 1 : 0;
    return shared * 10 >= words.size() * 6;
}

} // namespace

ConnectionPanel::ConnectionPanel(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("connectionPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Fourteen rows: tight, so the chart keeps its room at 640 px also in a CJK font, whose
    // lines are a third taller than Latin ones.
    form->setVerticalSpacing(2);
    // One-line values are cut with "…" (whole in the tooltip) in a narrow panel; the two
    // sentences, Last close and Certificate, wrap.
    m_state = addRow(form, tr("State"), "panelState");
    m_uptime = addRow(form, tr("Up for"), "panelUptime");
    m_attempt = addRow(form, tr("Reconnects"), "panelAttempt");
    m_messages = addRow(form, tr("Messages"), "panelMessages");
    m_bytes = addRow(form, tr("Bytes"), "panelBytes");
    m_wire = addRow(form, tr("On the wire"), "panelWire");
    m_rate = addRow(form, tr("Rate"), "panelRate");
    m_buffered = addRow(form, tr("bufferedAmount"), "panelBuffered");
    m_queued = addRow(form, tr("Queued"), "panelQueued");
    m_rtt = addRow(form, tr("Last RTT"), "panelRtt");
    m_lastClose = addWrappedRow(form, tr("Last close"), "panelLastClose");
    m_subprotocol = addRow(form, tr("Subprotocol"), "panelSubprotocol");
    m_tls = addRow(form, QStringLiteral("TLS"), "panelTls");
    m_certificate = addWrappedRow(form, tr("Certificate"), "panelCertificate");
    layout->addLayout(form);

    m_chart = new QChart;
    m_chart->setTitle(tr("Last 5 minutes"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_rttSeries = new QLineSeries(m_chart);
    m_rttSeries->setName(tr("RTT (ms)"));
    m_rateSeries = new QLineSeries(m_chart);
    m_rateSeries->setName(tr("messages/s"));
    m_chart->addSeries(m_rttSeries);
    m_chart->addSeries(m_rateSeries);
    m_timeAxis = new QDateTimeAxis(m_chart);
    m_timeAxis->setFormat(QStringLiteral("HH:mm"));
    m_timeAxis->setTickCount(6);
    const QDateTime now = QDateTime::currentDateTime();
    m_timeAxis->setRange(now.addSecs(-HistorySeconds), now);
    // Units are in the series' names: labels without them fit a narrow panel. Ticks on round
    // numbers from 0 (ChartScale), not the range cut in equal parts ("66666.7").
    m_rttAxis = new QValueAxis(m_chart);
    m_rateAxis = new QValueAxis(m_chart);
    for (QValueAxis *axis : {m_rttAxis, m_rateAxis}) {
        axis->setLabelFormat(QStringLiteral("%g"));
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0);
    }
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_rttAxis, Qt::AlignLeft);
    m_chart->addAxis(m_rateAxis, Qt::AlignRight);
    m_rttSeries->attachAxis(m_timeAxis);
    m_rttSeries->attachAxis(m_rttAxis);
    m_rateSeries->attachAxis(m_timeAxis);
    m_rateSeries->attachAxis(m_rateAxis);
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setObjectName(QStringLiteral("panelChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(120); // with the Socket.IO hint or the certificate bar up, the window still fits 640 px
    layout->addWidget(m_chartView, 1);
    // As many value labels as the plot's height holds, so none is cut to "…".
    connect(m_chart, &QChart::plotAreaChanged, this, [this](const QRectF &plot) {
        const int ticks = qBound(2, int(plot.height() / (fontMetrics().height() * 1.5)) + 1, 5);
        if (m_maxTicks != ticks) {
            m_maxTicks = ticks;
            applyScales();
        }
    });
    applyScales();
    applyChartTheme();

    connect(session, &Session::rttMeasured, this, [this](double ms) { m_rttSinceLastSample = ms; });
    connect(session, &Session::stateChanged, this, &ConnectionPanel::refreshLabels);
    m_clock.start();
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionPanel::sample);
    m_timer.start();
    refreshLabels();
}

void ConnectionPanel::resizeEvent(QResizeEvent *event)
{
    // As many time labels as fit ("08:35" each), so none is cut to "08:…".
    const int labelWidth = fontMetrics().horizontalAdvance(QStringLiteral("00:00")) * 2;
    m_timeAxis->setTickCount(qBound(2, (width() - 80) / labelWidth + 1, 6));
    // A short chart (640 px windows, more so in a CJK font, whose lines are a third taller)
    // gives its title's line to the plot: the legend and the time labels say what it shows.
    const int chartHeight = height() - layout()->itemAt(0)->sizeHint().height();
    m_chart->setTitle(chartHeight >= 8 * fontMetrics().height() ? tr("Last 5 minutes") : QString());
    QWidget::resizeEvent(event);
}

void ConnectionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyChartTheme();
    QWidget::changeEvent(event);
}

void ConnectionPanel::applyChartTheme()
{
    // Qt Charts draws with a theme of its own, not the palette: follow light or dark by hand.
    const QChart::ChartTheme theme = Theme::isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (m_chart->theme() != theme)
        m_chart->setTheme(theme);
}

ElidedLabel *ConnectionPanel::addRow(QFormLayout *form, const QString &title, const char *objectName)
{
    auto *label = new ElidedLabel(this);
    setUpRowLabel(label, title, objectName);
    form->addRow(title, label);
    return label;
}

QLabel *ConnectionPanel::addWrappedRow(QFormLayout *form, const QString &title, const char *objectName)
{
    auto *label = new QLabel(this);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setUpRowLabel(label, title, objectName);
    form->addRow(title, label);
    return label;
}

void ConnectionPanel::setUpRowLabel(QLabel *label, const QString &title, const char *objectName)
{
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::PlainText); // server-controlled text (reasons, certificate names) stays text
    label->setAccessibleName(title);
}

int ConnectionPanel::rttPointCount() const
{
    return int(m_rttSeries->count());
}

int ConnectionPanel::ratePointCount() const
{
    return int(m_rateSeries->count());
}

void ConnectionPanel::sample()
{
    const qint64 now = m_clock.elapsed();
    const Session::Counters &c = m_session->counters();
    const quint64 total = c.messagesIn + c.messagesOut;
    const double seconds = qMax<qint64>(1, now - m_lastSampleMs) / 1000.0;
    m_lastRate = total >= m_lastMessageTotal ? double(total - m_lastMessageTotal) / seconds : 0.0;
    m_lastMessageTotal = total;
    m_lastSampleMs = now;

    const QDateTime wallClock = QDateTime::currentDateTime();
    const double x = double(wallClock.toMSecsSinceEpoch());
    m_rateSeries->append(x, m_lastRate / m_rateDivisor);
    if (m_rttSinceLastSample >= 0)
        m_rttSeries->append(x, m_rttSinceLastSample);
    m_rttSinceLastSample = -1;
    for (QLineSeries *series : {m_rttSeries, m_rateSeries}) {
        while (series->count() > 0 && series->at(0).x() < x - HistorySeconds * 1000.0)
            series->remove(0);
    }
    m_timeAxis->setRange(wallClock.addSecs(-HistorySeconds), wallClock);
    applyScales();
    refreshLabels();
}

void ConnectionPanel::applyScales()
{
    double maxRtt = 0.1, maxRate = 10;
    for (const QPointF &p : m_rttSeries->points())
        maxRtt = qMax(maxRtt, p.y());
    for (const QPointF &p : m_rateSeries->points())
        maxRate = qMax(maxRate, p.y() * m_rateDivisor);
    // A flood's rate in thousands, "k msg/s" ("200", not "200000", which a narrow panel cuts
    // to "200…"): the points already drawn are scaled again when the unit changes.
    const double divisor = ChartScale::divisorFor(maxRate, m_maxTicks);
    if (divisor != m_rateDivisor) {
        QList<QPointF> points = m_rateSeries->points();
        for (QPointF &p : points)
            p.setY(p.y() * m_rateDivisor / divisor);
        m_rateSeries->replace(points);
        m_rateDivisor = divisor;
        m_rateSeries->setName(divisor == 1 ? tr("messages/s") : tr("k msg/s"));
    }
    ChartScale::fit(maxRtt, m_maxTicks).applyTo(m_rttAxis);
    ChartScale::fit(maxRate / divisor, m_maxTicks).applyTo(m_rateAxis);
}

void ConnectionPanel::refreshLabels()
{
    const Session &s = *m_session;
    QString state = ConnectionText::stateShown(int(s.state()));
    if (s.state() == Session::State::WaitingToReconnect)
        state += tr(" — attempt %1 in %2 s").arg(s.reconnectAttempt()).arg(s.msUntilReconnect() / 1000.0, 0, 'f', 1);
    m_state->setText(state);
    m_uptime->setText(duration(s.uptimeMs()));
    m_attempt->setText(QString::number(s.reconnectAttempt()));
    const Session::Counters &c = s.counters();
    m_messages->setText(QStringLiteral("↑ %1   ↓ %2").arg(c.messagesOut).arg(c.messagesIn));
    m_bytes->setText(QStringLiteral("↑ %1   ↓ %2").arg(PlainText::humanSize(qint64(c.bytesOut)), PlainText::humanSize(qint64(c.bytesIn))));
    // A tenth only where it says something ("0.5 messages/s"); a flood's rate grouped ("892,879").
    m_rate->setText(tr("%1 messages/s").arg(QLocale().toString(m_lastRate, 'f', m_lastRate < 100 ? 1 : 0)));
    m_buffered->setText(PlainText::humanSize(s.bufferedAmount()));
    const Session::Wire wire = s.wire();
    QString wireText = QStringLiteral("↑ %1   ↓ %2").arg(PlainText::humanSize(qint64(wire.bytesOut)), PlainText::humanSize(qint64(wire.bytesIn)));
    if (wire.paused)
        wireText += tr("   reading paused (back-pressure)");
    if (wire.pauses > 0)
        wireText += tr("   paused %n time(s)", nullptr, int(qMin<quint64>(wire.pauses, INT_MAX)));
    m_wire->setText(wireText);
    m_queued->setText(QString::number(s.queuedCount()));
    m_rtt->setText(s.lastRttMs() >= 0 ? tr("%1 ms").arg(s.lastRttMs(), 0, 'f', 3) : QStringLiteral("—"));
    const Session::LastClose &close = s.lastClose();
    const QString meaning = CloseCode::meaning(close.code);
    m_lastClose->setText(close.code == 0 ? QStringLiteral("—")
                                         : tr("%1 by %2%3%4", "last close: code and name, closed by client/server/network, reason, meaning")
                                               .arg(CloseCode::describe(close.code), ConnectionText::closedByShown(int(close.by)),
                                                    close.reason.isEmpty() ? QString() : QStringLiteral(": ") + PlainText::escape(close.reason),
                                                    alreadySays(close.reason, meaning) ? QString() : QStringLiteral(" — ") + meaning));
    const Session::Handshake &h = s.handshake();
    m_subprotocol->setText(h.negotiatedSubprotocol.isEmpty() ? tr("(none)") : h.negotiatedSubprotocol);
    m_tls->setText(h.tlsProtocol.isEmpty() ? tr("(not encrypted)") : h.tlsProtocol + QStringLiteral(", ") + h.tlsCipher);
    QString certificate = h.peerCertificate.isEmpty() ? QStringLiteral("—") : h.peerCertificate;
    if (h.certificateErrorsIgnored)
        certificate = tr("⚠ ERRORS IGNORED for this connection — %1").arg(certificate);
    m_certificate->setText(certificate);
}

} // namespace wsi
