#pragma once

#include "record/SessionLoader.h"

#include <QMainWindow>

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QProgressDialog;
QT_END_NAMESPACE

namespace wsi {

class BigSessionModel;
class BigSessionPane;
class LogPane;
class MessageLogModel;
class SessionIndex;

// A session file opened read-only: the same log, filter and detail pane as
// the live window, what went wrong while reading it, and Export… / Replay….
// A file bigger than Preferences::bigFileMiB() is not held: it is indexed and its rows are read
// from it as they are shown (BigSessionPane).
class SessionViewWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // Reads the file on a loader's thread while the caller waits in an event loop of its own, behind
    // a progress dialog over progressParent whose button stops the reading (what was read so far is
    // then shown, and the stop said). Not shown yet; nullptr and *error when nothing could be read.
    static SessionViewWindow *open(const QString &path, QWidget *progressParent, QString *error);
    // Whether open() shows this file in the big-file view.
    static bool isBigFile(const QString &path);

    // Empty until the loader's batches come (appendEvents) and its end (finishLoading).
    explicit SessionViewWindow(const QString &path, QWidget *parent = nullptr);
    // The big-file view over a file's index.
    SessionViewWindow(const QString &path, SessionIndex index, QWidget *parent = nullptr);
    ~SessionViewWindow() override;

    void appendEvents(const std::vector<SessionEvent> &events);
    void finishLoading(const SessionLoader::Result &result);

    // The log of a file held in memory (nullptr in the big-file view).
    LogPane *logPane() const { return m_pane; }
    MessageLogModel *logModel() const { return m_model; }
    // The big-file view's (nullptr for a file held in memory).
    BigSessionPane *bigPane() const { return m_bigPane; }
    BigSessionModel *bigModel() const { return m_bigModel; }
    const SessionFile::Header &header() const { return m_header; }

private:
    static SessionViewWindow *openBig(const QString &path, QWidget *progressParent, QString *error);
    static std::unique_ptr<QProgressDialog> readingProgress(const QString &path, QWidget *progressParent);
    void setUp(QWidget *log);
    void showInfo(qint64 events, bool stopped, qint64 bytesRead, qint64 size, const QStringList &problems, const QString &more);

    QString m_path;
    SessionFile::Header m_header;
    MessageLogModel *m_model = nullptr;
    LogPane *m_pane = nullptr;
    BigSessionModel *m_bigModel = nullptr;
    BigSessionPane *m_bigPane = nullptr;
    QLabel *m_info;
};

} // namespace wsi
