#include "ReplayDialog.h"

#include "Theme.h"

#include "log/PlainText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wsi {

namespace {
const double Speeds[] = {0.25, 0.5, 1, 2, 5, 10, 0};
} // namespace

ReplayDialog::ReplayDialog(const std::vector<SessionEvent> &events, const QUrl &recordedUrl,
                           const std::vector<size_t> &selected, QWidget *parent)
    : QDialog(parent)
    , m_events(events)
    , m_selected(selected)
    , m_urlEdit(new QLineEdit(recordedUrl.toString(), this))
    , m_speedCombo(new QComboBox(this))
    , m_selectedOnly(new QCheckBox(this))
    , m_compareCombo(new QComboBox(this))
    , m_ignoreEdit(new QLineEdit(this))
    , m_startButton(new QPushButton(tr("Start"), this))
    , m_pauseButton(new QPushButton(tr("Pause"), this))
    , m_stopButton(new QPushButton(tr("Stop"), this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_results(new QTableWidget(0, 3, this))
{
    setWindowTitle(tr("Replay"));
    resize(820, 520);
    m_urlEdit->setObjectName(QStringLiteral("replayUrlEdit"));
    m_urlEdit->setAccessibleName(tr("Replay to URL"));
    m_speedCombo->setObjectName(QStringLiteral("replaySpeedCombo"));
    m_speedCombo->addItems({QStringLiteral("0.25×"), QStringLiteral("0.5×"), tr("1× (as recorded)"), QStringLiteral("2×"),
                            QStringLiteral("5×"), QStringLiteral("10×"), tr("as fast as possible")});
    m_speedCombo->setCurrentIndex(2);
    int outgoing = 0;
    for (const SessionEvent &event : m_events)
        outgoing += Replayer::isReplayedMessage(event);
    m_selectedOnly->setObjectName(QStringLiteral("replaySelectedCheck"));
    m_selectedOnly->setText(tr("Only the %1 selected messages (of %2 sent)").arg(m_selected.size()).arg(outgoing));
    m_selectedOnly->setEnabled(!m_selected.empty());
    m_selectedOnly->setChecked(!m_selected.empty());
    m_compareCombo->setObjectName(QStringLiteral("replayCompareCombo"));
    m_compareCombo->addItems({tr("exact text"), tr("equal JSON (key order ignored)")});
    m_ignoreEdit->setObjectName(QStringLiteral("replayIgnoreEdit"));
    m_ignoreEdit->setPlaceholderText(tr("JSON paths to ignore, comma-separated: ts, data.id, items.*.id"));
    m_startButton->setObjectName(QStringLiteral("replayStartButton"));
    m_startButton->setDefault(true); // Enter starts the replay
    m_pauseButton->setObjectName(QStringLiteral("replayPauseButton"));
    m_stopButton->setObjectName(QStringLiteral("replayStopButton"));
    m_progress->setObjectName(QStringLiteral("replayProgress"));
    m_summary->setObjectName(QStringLiteral("replaySummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_results->setObjectName(QStringLiteral("replayResults"));
    m_results->setHorizontalHeaderLabels({tr("Result"), tr("Expected"), tr("Received / difference")});
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setColumnWidth(1, 300);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_results->setWordWrap(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Target URL"), m_urlEdit);
    form->addRow(tr("Speed"), m_speedCombo);
    form->addRow(QString(), m_selectedOnly);
    form->addRow(tr("Compare replies"), m_compareCombo);
    form->addRow(tr("Ignore"), m_ignoreEdit);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_pauseButton);
    buttons->addWidget(m_stopButton);
    buttons->addWidget(m_progress, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);

    connect(m_startButton, &QPushButton::clicked, this, &ReplayDialog::start);
    connect(m_pauseButton, &QPushButton::clicked, this, [this] {
        if (m_replayer.isPaused()) {
            m_replayer.resume();
            m_pauseButton->setText(tr("Pause"));
        } else {
            m_replayer.pause();
            m_pauseButton->setText(tr("Resume"));
        }
    });
    connect(m_stopButton, &QPushButton::clicked, &m_replayer, &Replayer::stop);
    connect(&m_replayer, &Replayer::progress, this, [this](int sent, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(sent);
    });
    connect(&m_replayer, &Replayer::finished, this, &ReplayDialog::onFinished);
    setRunning(false);
}

void ReplayDialog::start()
{
    Replayer::Settings settings;
    QString error;
    settings.options.url = SessionOptions::parseUrl(m_urlEdit->text(), &error);
    if (settings.options.url.isEmpty()) {
        m_summary->setText(error);
        return;
    }
    settings.speed = Speeds[m_speedCombo->currentIndex()];
    settings.comparer.mode = m_compareCombo->currentIndex() == 1 ? ReplyComparer::Mode::Json : ReplyComparer::Mode::Exact;
    for (const QString &path : m_ignoreEdit->text().split(u',', Qt::SkipEmptyParts)) {
        if (!ReplyComparer::checkIgnoredPath(path.trimmed(), &error)) {
            m_summary->setText(error);
            return;
        }
        settings.comparer.ignoredPaths << path.trimmed();
    }
    if (m_selectedOnly->isChecked())
        settings.onlyIndexes = m_selected;
    m_results->setRowCount(0);
    m_progress->setValue(0);
    m_summary->setText(tr("Replaying to %1…").arg(settings.options.url.toString()));
    setRunning(true);
    m_replayer.start(m_events, settings);
}

void ReplayDialog::setRunning(bool running)
{
    m_startButton->setEnabled(!running);
    m_pauseButton->setEnabled(running);
    m_stopButton->setEnabled(running);
    m_pauseButton->setText(tr("Pause"));
}

void ReplayDialog::onFinished(const ReplayReport &report)
{
    setRunning(false);
    const QString last = report.text().trimmed().section(u'\n', -1);
    m_summary->setText(report.error.isEmpty() ? last : tr("Replay failed: %1. %2").arg(report.error, last));
    m_results->setRowCount(int(report.items.size()));
    int row = 0;
    for (const ReplayReport::Item &item : report.items) {
        // A cell is cut at the column's edge: its tooltip has the whole text (up to a screenful).
        const auto cell = [](const QString &text, const QString &whole = QString()) {
            auto *c = new QTableWidgetItem(text); // QTableWidgetItem text is drawn as plain text
            c->setToolTip(whole.isEmpty() ? text : whole);
            return c;
        };
        const auto wholeText = [](const QByteArray &payload) {
            return PlainText::shortenLongLines(PlainText::escape(QString::fromUtf8(payload.left(4096)), PlainText::Newlines::Keep), 120);
        };
        m_results->setItem(row, 0, cell(ReplayReport::statusName(item.status)));
        if (item.status == ReplayReport::Status::Unexpected)
            m_results->setItem(row, 1, cell(QString()));
        else
            m_results->setItem(row, 1, cell(PlainText::escape(QString::fromUtf8(item.expected.payload), PlainText::Newlines::Escape, 300),
                                            wholeText(item.expected.payload)));
        QString received = item.status == ReplayReport::Status::Missing
            ? tr("(nothing arrived)")
            : PlainText::escape(QString::fromUtf8(item.actual.payload), PlainText::Newlines::Escape, 300);
        QString receivedWhole = item.status == ReplayReport::Status::Missing ? received : wholeText(item.actual.payload);
        if (item.status == ReplayReport::Status::Mismatched) {
            received = item.difference + QStringLiteral("   ← ") + received;
            receivedWhole = item.difference + QStringLiteral("\n\n") + receivedWhole;
        }
        m_results->setItem(row, 2, cell(received, receivedWhole));
        if (item.status != ReplayReport::Status::Matched) {
            for (int column = 0; column < 3; ++column)
                m_results->item(row, column)->setForeground(Theme::problemColor(palette()));
        }
        ++row;
    }
}

} // namespace wsi
