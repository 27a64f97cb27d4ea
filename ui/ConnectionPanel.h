#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QDateTimeAxis;
class QFormLayout;
class QLabel;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace wsi {

class ElidedLabel;
class Session;

// The live connection panel: state, uptime, counters, rate, bufferedAmount,
// RTT, last close, subprotocol and TLS, and a chart of RTT and message rate.
// It samples the session on a timer, at a human rate, never per message.
class ConnectionPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionPanel(Session *session, QWidget *parent = nullptr);

    static constexpr int HistorySeconds = 300;
    int rttPointCount() const;
    int ratePointCount() const;
    void sample(); // one tick: refresh the labels and add chart points

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyChartTheme();
    void applyScales(); // the value axes fit the points shown and the plot's height
    ElidedLabel *addRow(QFormLayout *form, const QString &title, const char *objectName);
    QLabel *addWrappedRow(QFormLayout *form, const QString &title, const char *objectName);
    void setUpRowLabel(QLabel *label, const QString &title, const char *objectName);
    void refreshLabels();

    Session *m_session;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastSampleMs = 0;
    quint64 m_lastMessageTotal = 0;
    double m_lastRate = 0;
    double m_rttSinceLastSample = -1;

    ElidedLabel *m_state;
    ElidedLabel *m_uptime;
    ElidedLabel *m_attempt;
    ElidedLabel *m_messages;
    ElidedLabel *m_bytes;
    ElidedLabel *m_wire = nullptr;
    ElidedLabel *m_rate;
    ElidedLabel *m_buffered;
    ElidedLabel *m_queued;
    ElidedLabel *m_rtt;
    QLabel *m_lastClose;
    ElidedLabel *m_subprotocol;
    ElidedLabel *m_tls;
    QLabel *m_certificate;

    QChart *m_chart;
    QChartView *m_chartView;
    QLineSeries *m_rttSeries;
    QLineSeries *m_rateSeries;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_rttAxis;
    QValueAxis *m_rateAxis;
    int m_maxTicks = 5;         // value ticks the plot's height holds
    double m_rateDivisor = 1;   // the rate series holds messages/s divided by this
};

} // namespace wsi
