#include "SessionViewWindow.h"

#include "BigSessionPane.h"
#include "LogPane.h"
#include "SessionActions.h"
#include "log/BigSessionModel.h"
#include "log/MessageLogModel.h"
#include "log/PlainText.h"
#include "prefs/Preferences.h"
#include "record/SessionExport.h"
#include "record/SessionIndex.h"
#include "session/EventJson.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QLabel>
#include <QMenuBar>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>

namespace wsi {

SessionViewWindow::SessionViewWindow(const QString &path, QWidget *parent)
    : QMainWindow(parent)
    , m_path(path)
    , m_model(new MessageLogModel(this))
    , m_pane(new LogPane(this))
    , m_info(new QLabel(this))
{
    setUp(m_pane);
    QMenu *file = menuBar()->addMenu(tr("&Session"));
    m_pane->view()->addActions(SessionActions::addTo(file, this, [this] { return m_pane; }, [this] { return m_header; }));
    file->addSeparator();
    file->addAction(tr("&Close"), QKeySequence::Close, this, &QWidget::close);
}

SessionViewWindow::SessionViewWindow(const QString &path, SessionIndex index, QWidget *parent)
    : QMainWindow(parent)
    , m_path(path)
    , m_header(index.header())
    , m_bigModel(new BigSessionModel(std::move(index), this))
    , m_bigPane(new BigSessionPane(m_bigModel, this))
    , m_info(new QLabel(this))
{
    setUp(m_bigPane);
    QMenu *file = menuBar()->addMenu(tr("&Session"));
    file->setToolTipsVisible(true);
    // They work on rows held in memory; the CLI's convert and replay stream a file of any size.
    SessionActions::addTo(file, this, [] { return nullptr; }, [this] { return m_header; });
    for (QAction *action : file->actions()) {
        action->setEnabled(false);
        action->setToolTip(BigSessionPane::notHereReason() + u'\n'
                           + tr("wsinspector-cli convert and replay read a file of any size"));
    }
    file->addSeparator();
    file->addAction(tr("&Close"), QKeySequence::Close, this, &QWidget::close);
    const SessionIndex &held = m_bigModel->sessionIndex();
    showInfo(held.rowCount(), held.stopped(), held.bytesRead(), held.size(), held.problems(),
             tr("A big file (%1 MiB; past %2 MiB a file is not held in memory): rows are read from it as they are "
                "shown, the filter reads it again.")
                 .arg(held.size() >> 20)
                 .arg(Preferences::bigFileMiB()));
}

SessionViewWindow::~SessionViewWindow() = default;

void SessionViewWindow::setUp(QWidget *log)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("sessionViewWindow"));
    setWindowTitle(tr("%1 (read-only) — WebSocket Inspector").arg(QFileInfo(m_path).fileName()));
    resize(1100, 700);

    m_info->setObjectName(QStringLiteral("sessionInfo"));
    m_info->setTextFormat(Qt::PlainText);
    m_info->setWordWrap(true);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_info);
    layout->addWidget(log, 1);
    setCentralWidget(central);
}

bool SessionViewWindow::isBigFile(const QString &path)
{
    // Not a HAR (one JSON document, read whole), only a regular file (InputFile refuses the rest).
    const QFileInfo info(path);
    return SessionExport::formatFor(path) != SessionExport::Format::Har && info.isFile()
        && info.size() > Preferences::bigFileMiB() * 1024 * 1024;
}

std::unique_ptr<QProgressDialog> SessionViewWindow::readingProgress(const QString &path, QWidget *progressParent)
{
    auto progress = std::make_unique<QProgressDialog>(tr("Reading %1…").arg(QFileInfo(path).fileName()), tr("Stop reading"), 0, 1000,
                                                      progressParent);
    progress->setObjectName(QStringLiteral("openSessionProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAutoReset(false);
    progress->setValue(0);
    return progress;
}

SessionViewWindow *SessionViewWindow::open(const QString &path, QWidget *progressParent, QString *error)
{
    if (isBigFile(path))
        return openBig(path, progressParent, error);
    auto window = std::make_unique<SessionViewWindow>(path);
    SessionLoader loader;
    const std::unique_ptr<QProgressDialog> progress = readingProgress(path, progressParent);
    connect(progress.get(), &QProgressDialog::canceled, &loader, &SessionLoader::stop);
    connect(&loader, &SessionLoader::eventsRead, window.get(), &SessionViewWindow::appendEvents);
    connect(&loader, &SessionLoader::progress, progress.get(), [&progress](qint64 done, qint64 size) {
        if (size > 0)
            progress->setValue(int(1000 * done / size));
    });
    SessionLoader::Result result;
    QEventLoop wait;
    connect(&loader, &SessionLoader::finished, &wait, [&](const SessionLoader::Result &finished) {
        result = finished;
        wait.quit();
    });
    loader.start(path);
    wait.exec();
    progress->reset();
    if (!result.fatalError.isEmpty()) {
        *error = result.fatalError;
        return nullptr;
    }
    window->finishLoading(result);
    return window.release();
}

SessionViewWindow *SessionViewWindow::openBig(const QString &path, QWidget *progressParent, QString *error)
{
    // The index is made on a thread of its own; this thread keeps the progress dialog alive.
    SessionIndex index;
    std::atomic<qint64> done{0}, size{0};
    std::atomic_bool stop{false};
    const std::unique_ptr<QProgressDialog> progress = readingProgress(path, progressParent);
    connect(progress.get(), &QProgressDialog::canceled, progress.get(), [&stop] { stop = true; });
    QTimer poll;
    poll.setInterval(100);
    connect(&poll, &QTimer::timeout, progress.get(), [&] {
        if (size > 0)
            progress->setValue(int(1000 * done / size));
    });
    QEventLoop wait;
    const std::unique_ptr<QThread> thread(QThread::create([&] {
        index.build(path, [&](qint64 bytesRead, qint64 bytes) {
            done = bytesRead;
            size = bytes;
            return !stop;
        });
    }));
    connect(thread.get(), &QThread::finished, &wait, &QEventLoop::quit);
    thread->start();
    poll.start();
    wait.exec();
    thread->wait();
    progress->reset();
    if (!index.fatalError().isEmpty()) {
        *error = index.fatalError();
        return nullptr;
    }
    return new SessionViewWindow(path, std::move(index));
}

void SessionViewWindow::appendEvents(const std::vector<SessionEvent> &events)
{
    for (const SessionEvent &event : events)
        m_model->append(event);
}

void SessionViewWindow::finishLoading(const SessionLoader::Result &result)
{
    m_header = result.header;
    m_model->flush();
    // The log's filter and view take the rows at once, not batch by batch as they were read.
    m_pane->setModel(m_model);
    for (int pin : m_header.pins)
        m_model->setPinned(pin, true);
    showInfo(result.events, result.stopped, result.bytesRead, result.size, result.problems, QString());
}

void SessionViewWindow::showInfo(qint64 events, bool stopped, qint64 bytesRead, qint64 size, const QStringList &problems,
                                 const QString &more)
{
    QString info = tr("%1 — %2 events recorded from %3, started %4")
                       .arg(m_path)
                       .arg(events)
                       .arg(PlainText::escape(m_header.url.toString()), EventJson::isoTime(m_header.startedUs));
    if (!more.isEmpty())
        info += u'\n' + more;
    if (stopped)
        info += tr("\nReading was stopped at %1% of the file: the events after that are not shown.")
                    .arg(size > 0 ? 100 * bytesRead / size : 0);
    if (!problems.isEmpty())
        info += tr("\n%n problem(s) while reading, those lines skipped:\n", nullptr, int(problems.size())) +
                PlainText::escape(problems.mid(0, 5).join(u'\n'), PlainText::Newlines::Keep);
    m_info->setText(info);
}

} // namespace wsi
