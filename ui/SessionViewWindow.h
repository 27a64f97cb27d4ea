#pragma once

#include "record/SessionLoader.h"

#include <QMainWindow>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace wsi {

class LogPane;
class MessageLogModel;

// A session file opened read-only: the same log, filter and detail pane as
// the live window, what went wrong while reading it, and Export… / Replay….
class SessionViewWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // Reads the file on a loader's thread while the caller waits in an event loop of its own, behind
    // a progress dialog over progressParent whose button stops the reading (what was read so far is
    // then shown, and the stop said). Not shown yet; nullptr and *error when nothing could be read.
    static SessionViewWindow *open(const QString &path, QWidget *progressParent, QString *error);

    // Empty until the loader's batches come (appendEvents) and its end (finishLoading).
    explicit SessionViewWindow(const QString &path, QWidget *parent = nullptr);

    void appendEvents(const std::vector<SessionEvent> &events);
    void finishLoading(const SessionLoader::Result &result);

    LogPane *logPane() const { return m_pane; }
    MessageLogModel *logModel() const { return m_model; }
    const SessionFile::Header &header() const { return m_header; }

private:
    QString m_path;
    SessionFile::Header m_header;
    MessageLogModel *m_model;
    LogPane *m_pane;
    QLabel *m_info;
};

} // namespace wsi
