#include "SessionActions.h"

#include "LogPane.h"
#include "ReplayDialog.h"
#include "check/CheckFromSession.h"
#include "log/MessageLogModel.h"
#include "i18n/Translation.h"
#include "record/SessionExport.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace wsi {

namespace {
struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::SessionActions)
};

void warn(QWidget *owner, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, owner);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

QString exportFilters()
{
    return Tr::tr("Session (*.jsonl);;HAR (*.har);;CSV (*.csv)");
}
} // namespace

std::vector<SessionEvent> SessionActions::eventsToExport(const LogPane *pane)
{
    std::vector<int> rows = pane->selectedRows();
    if (rows.size() < 2)
        rows = pane->visibleRows();
    std::vector<SessionEvent> events;
    events.reserve(rows.size());
    for (int row : rows)
        events.push_back(pane->model()->eventAt(row));
    return events;
}

bool SessionActions::exportTo(const QString &path, const LogPane *pane, const SessionFile::Header &header, QString *error)
{
    return SessionExport::write(path, header, eventsToExport(pane), false, error);
}

bool SessionActions::saveAsCheck(const QString &path, const LogPane *pane, const SessionFile::Header &header, QString *error)
{
    return CheckFromSession::build(header.url, eventsToExport(pane), QFileInfo(path).completeBaseName()).write(path, error);
}

QString SessionActions::askSavePath(QWidget *owner, const QString &title, const QString &filters, const QString &defaultSuffix)
{
    QFileDialog dialog(owner, title, QString(), filters);
    dialog.setObjectName(QStringLiteral("saveDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setDefaultSuffix(defaultSuffix);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return QString();
    return dialog.selectedFiles().constFirst();
}

QString SessionActions::askOpenPath(QWidget *owner, const QString &title, const QString &filters)
{
    QFileDialog dialog(owner, title, QString(), filters);
    dialog.setObjectName(QStringLiteral("openDialog"));
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return QString();
    return dialog.selectedFiles().constFirst();
}

void SessionActions::openReplay(QWidget *owner, const LogPane *pane, const SessionFile::Header &header)
{
    const std::vector<SessionEvent> events = pane->model()->heldEvents();
    std::vector<size_t> selected;
    for (int row : pane->selectedRows()) {
        if (Replayer::isReplayedMessage(events[size_t(row)]))
            selected.push_back(size_t(row));
    }
    auto *dialog = new ReplayDialog(events, header.url, selected, owner);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("replayDialog"));
    dialog->show();
}

QList<QAction *> SessionActions::addTo(QMenu *menu, QWidget *owner, const PaneSource &pane, const HeaderSource &header)
{
    QAction *exportAction = menu->addAction(Tr::tr("&Export…"));
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setToolTip(Tr::tr("Write the selected rows, or all the filter shows, as a session, HAR or CSV"));
    QObject::connect(exportAction, &QAction::triggered, owner, [owner, pane, header] {
        const QString path = askSavePath(owner, Tr::tr("Export"), exportFilters());
        if (path.isEmpty())
            return;
        QString error;
        if (!exportTo(path, pane(), header(), &error))
            warn(owner, Tr::tr("Export"), error);
    });
    QAction *replayAction = menu->addAction(Tr::tr("&Replay…"));
    replayAction->setObjectName(QStringLiteral("replayAction"));
    replayAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QObject::connect(replayAction, &QAction::triggered, owner, [owner, pane, header] { openReplay(owner, pane(), header()); });
    QAction *checkAction = menu->addAction(Tr::tr("Save as chec&k…"));
    checkAction->setObjectName(QStringLiteral("saveAsCheckAction"));
    checkAction->setToolTip(Tr::tr("Write the selected rows, or all the filter shows, as a check file: "
                                   "the messages sent again, the replies expected"));
    QObject::connect(checkAction, &QAction::triggered, owner, [owner, pane, header] {
        const QString path = askSavePath(owner, Tr::tr("Save as check"), Tr::tr("Check files (*.json)"), QStringLiteral("json"));
        QString error;
        if (!path.isEmpty() && !saveAsCheck(path, pane(), header(), &error))
            warn(owner, Tr::tr("Save as check"), error);
    });
    return {checkAction};
}

} // namespace wsi
