#pragma once

#include "replay/Replayer.h"

#include <QDialog>

#include <vector>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
QT_END_NAMESPACE

namespace wsi {

// Replay…: where to, how fast, what to send and how to compare, then the
// result: matched, mismatched (with the difference) and missing replies.
class ReplayDialog final : public QDialog
{
    Q_OBJECT
public:
    ReplayDialog(const std::vector<SessionEvent> &events, const QUrl &recordedUrl, const std::vector<size_t> &selected,
                 QWidget *parent = nullptr);

    Replayer &replayer() { return m_replayer; }
    void start();

private:
    void onFinished(const wsi::ReplayReport &report);
    void setRunning(bool running);

    std::vector<SessionEvent> m_events;
    std::vector<size_t> m_selected;
    Replayer m_replayer;
    QLineEdit *m_urlEdit;
    QComboBox *m_speedCombo;
    QCheckBox *m_selectedOnly;
    QComboBox *m_compareCombo;
    QLineEdit *m_ignoreEdit;
    QPushButton *m_startButton;
    QPushButton *m_pauseButton;
    QPushButton *m_stopButton;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTableWidget *m_results;
};

} // namespace wsi
