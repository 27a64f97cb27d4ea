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

private:
    void applyChartTheme();
    QLabel *addRow(QFormLayout *form, const QString &title, const char *objectName);
    void refreshLabels();

    Session *m_session;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastSampleMs = 0;
    quint64 m_lastMessageTotal = 0;
    double m_lastRate = 0;
    double m_rttSinceLastSample = -1;

    QLabel *m_state;
    QLabel *m_uptime;
    QLabel *m_attempt;
    QLabel *m_messages;
    QLabel *m_bytes;
    QLabel *m_wire = nullptr;
    QLabel *m_rate;
    QLabel *m_buffered;
    QLabel *m_queued;
    QLabel *m_rtt;
    QLabel *m_lastClose;
    QLabel *m_subprotocol;
    QLabel *m_tls;
    QLabel *m_certificate;

    QChart *m_chart;
    QChartView *m_chartView;
    QLineSeries *m_rttSeries;
    QLineSeries *m_rateSeries;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_rttAxis;
    QValueAxis *m_rateAxis;
};

} // namespace wsi
