#include "SessionViewWindow.h"

#include "LogPane.h"
#include "SessionActions.h"
#include "log/MessageLogModel.h"
#include "log/PlainText.h"
#include "session/EventJson.h"

#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QTableView>
#include <QVBoxLayout>

namespace wsi {

SessionViewWindow::SessionViewWindow(const QString &path, const SessionFile::Contents &contents, QWidget *parent)
    : QMainWindow(parent)
    , m_path(path)
    , m_contents(contents)
    , m_model(new MessageLogModel(this))
    , m_pane(new LogPane(this))
    , m_info(new QLabel(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("sessionViewWindow"));
    setWindowTitle(tr("%1 (read-only) — WebSocket Inspector").arg(QFileInfo(path).fileName()));
    resize(1100, 700);
    for (const SessionEvent &event : m_contents.events)
        m_model->append(event);
    m_model->flush();
    for (int pin : m_contents.header.pins)
        m_model->setPinned(pin, true);
    m_pane->setModel(m_model);

    m_info->setObjectName(QStringLiteral("sessionInfo"));
    m_info->setTextFormat(Qt::PlainText);
    m_info->setWordWrap(true);
    QString info = tr("%1 — %2 events recorded from %3, started %4")
                       .arg(path)
                       .arg(m_contents.events.size())
                       .arg(PlainText::escape(m_contents.header.url.toString()), EventJson::isoTime(m_contents.header.startedUs));
    if (!m_contents.problems.isEmpty())
        info += tr("\n%n problem(s) while reading, those lines skipped:\n", nullptr, int(m_contents.problems.size())) +
                PlainText::escape(m_contents.problems.mid(0, 5).join(u'\n'), PlainText::Newlines::Keep);
    m_info->setText(info);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_info);
    layout->addWidget(m_pane, 1);
    setCentralWidget(central);

    QMenu *file = menuBar()->addMenu(tr("&Session"));
    m_pane->view()->addActions(SessionActions::addTo(file, this, [this] { return m_pane; }, [this] { return m_contents.header; }));
    file->addSeparator();
    file->addAction(tr("&Close"), QKeySequence::Close, this, &QWidget::close);
}

} // namespace wsi
