#pragma once

#include "record/SessionFile.h"

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
    SessionViewWindow(const QString &path, const SessionFile::Contents &contents, QWidget *parent = nullptr);

    LogPane *logPane() const { return m_pane; }
    MessageLogModel *logModel() const { return m_model; }
    const SessionFile::Contents &contents() const { return m_contents; }

private:
    QString m_path;
    SessionFile::Contents m_contents;
    MessageLogModel *m_model;
    LogPane *m_pane;
    QLabel *m_info;
};

} // namespace wsi
