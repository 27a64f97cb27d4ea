#include "SessionViewWindow.h"

#include "LogPane.h"
#include "SessionActions.h"
#include "log/MessageLogModel.h"
#include "log/PlainText.h"
#include "session/EventJson.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QLabel>
#include <QMenuBar>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace wsi {

SessionViewWindow::SessionViewWindow(const QString &path, QWidget *parent)
    : QMainWindow(parent)
    , m_path(path)
    , m_model(new MessageLogModel(this))
    , m_pane(new LogPane(this))
    , m_info(new QLabel(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("sessionViewWindow"));
    setWindowTitle(tr("%1 (read-only) — WebSocket Inspector").arg(QFileInfo(path).fileName()));
    resize(1100, 700);

    m_info->setObjectName(QStringLiteral("sessionInfo"));
    m_info->setTextFormat(Qt::PlainText);
    m_info->setWordWrap(true);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_info);
    layout->addWidget(m_pane, 1);
    setCentralWidget(central);

    QMenu *file = menuBar()->addMenu(tr("&Session"));
    m_pane->view()->addActions(SessionActions::addTo(file, this, [this] { return m_pane; }, [this] { return m_header; }));
    file->addSeparator();
    file->addAction(tr("&Close"), QKeySequence::Close, this, &QWidget::close);
}

SessionViewWindow *SessionViewWindow::open(const QString &path, QWidget *progressParent, QString *error)
{
    auto window = std::make_unique<SessionViewWindow>(path);
    SessionLoader loader;
    QProgressDialog progress(tr("Reading %1…").arg(QFileInfo(path).fileName()), tr("Stop reading"), 0, 1000, progressParent);
    progress.setObjectName(QStringLiteral("openSessionProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoReset(false);
    progress.setValue(0);
    connect(&progress, &QProgressDialog::canceled, &loader, &SessionLoader::stop);
    connect(&loader, &SessionLoader::eventsRead, window.get(), &SessionViewWindow::appendEvents);
    connect(&loader, &SessionLoader::progress, &progress, [&progress](qint64 done, qint64 size) {
        if (size > 0)
            progress.setValue(int(1000 * done / size));
    });
    SessionLoader::Result result;
    QEventLoop wait;
    connect(&loader, &SessionLoader::finished, &wait, [&](const SessionLoader::Result &finished) {
        result = finished;
        wait.quit();
    });
    loader.start(path);
    wait.exec();
    progress.reset();
    if (!result.fatalError.isEmpty()) {
        *error = result.fatalError;
        return nullptr;
    }
    window->finishLoading(result);
    return window.release();
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
    QString info = tr("%1 — %2 events recorded from %3, started %4")
                       .arg(m_path)
                       .arg(result.events)
                       .arg(PlainText::escape(m_header.url.toString()), EventJson::isoTime(m_header.startedUs));
    if (result.stopped)
        info += tr("\nReading was stopped at %1% of the file: the events after that are not shown.")
                    .arg(result.size > 0 ? 100 * result.bytesRead / result.size : 0);
    if (!result.problems.isEmpty())
        info += tr("\n%n problem(s) while reading, those lines skipped:\n", nullptr, int(result.problems.size())) +
                PlainText::escape(result.problems.mid(0, 5).join(u'\n'), PlainText::Newlines::Keep);
    m_info->setText(info);
}

} // namespace wsi
