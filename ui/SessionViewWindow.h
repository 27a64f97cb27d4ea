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
