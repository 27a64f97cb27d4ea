#pragma once

#include "record/SessionFile.h"

#include <QList>

#include <functional>

QT_BEGIN_NAMESPACE
class QAction;
class QMenu;
class QWidget;
QT_END_NAMESPACE

namespace wsi {

class LogPane;

// Export…, Replay… and Save as check… over a log pane: the same actions for the live window
// and a session opened from disk.
struct SessionActions
{
    using HeaderSource = std::function<SessionFile::Header()>;
    // pane is asked at each use: in the main window it is the current tab's.
    using PaneSource = std::function<LogPane *()>;
    // Returns the actions that belong on the log's right-click menu too (Save as check…).
    static QList<QAction *> addTo(QMenu *menu, QWidget *owner, const PaneSource &pane, const HeaderSource &header);

    // The events to export: the selected rows when more than one is selected, else what the filter shows.
    static std::vector<SessionEvent> eventsToExport(const LogPane *pane);
    static bool exportTo(const QString &path, const LogPane *pane, const SessionFile::Header &header, QString *error);
    // The same rows as Export, written as a check file (CheckFromSession) named after the file:
    // the messages sent again, the replies expected.
    static bool saveAsCheck(const QString &path, const LogPane *pane, const SessionFile::Header &header, QString *error);
    static void openReplay(QWidget *owner, const LogPane *pane, const SessionFile::Header &header);
    // A save dialog that is Qt's own (so tests and every desktop see the same); empty when cancelled.
    static QString askSavePath(QWidget *owner, const QString &title, const QString &filters,
                               const QString &defaultSuffix = QStringLiteral("jsonl"));
    static QString askOpenPath(QWidget *owner, const QString &title, const QString &filters);
};

} // namespace wsi
