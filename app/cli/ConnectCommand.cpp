#include "ConnectCommand.h"

#include "session/EventJson.h"

#include <QIODevice>

namespace wsi {

ConnectCommand::ConnectCommand(const SessionOptions &options, const QStringList &messages, double waitSeconds,
                               QIODevice *out, QIODevice *err, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_messages(messages)
    , m_waitSeconds(waitSeconds)
    , m_out(out)
    , m_err(err)
{
    m_waitTimer.setSingleShot(true);
    connect(&m_session, &Session::eventOccurred, this, &ConnectCommand::onEvent);
    connect(&m_session, &Session::stateChanged, this, &ConnectCommand::onStateChanged);
    connect(&m_waitTimer, &QTimer::timeout, this, [this] { m_session.close(1000, QStringLiteral("wsinspector-cli done")); });
}

bool ConnectCommand::recordTo(const QString &path, bool includeSecrets)
{
    QString error;
    if (!m_recorder.start(path, m_options, includeSecrets, &error)) {
        m_err->write((QStringLiteral("wsinspector-cli: ") + error + u'\n').toUtf8());
        m_exitCode = 2;
        return false;
    }
    connect(&m_session, &Session::eventOccurred, &m_recorder, &SessionRecorder::record);
    connect(&m_recorder, &SessionRecorder::writeFailed, this, [this](const QString &message) {
        m_err->write((QStringLiteral("wsinspector-cli: ") + message + u'\n').toUtf8());
    });
    return true;
}

bool ConnectCommand::start()
{
    if (!m_session.open(m_options)) {
        m_err->write((QStringLiteral("wsinspector-cli: ") + m_session.lastError() + u'\n').toUtf8());
        m_exitCode = 2;
        return false;
    }
    return true;
}

void ConnectCommand::onEvent(const SessionEvent &event)
{
    if (m_out)
        m_out->write(EventJson::toLine(event));
    if (event.kind == EventKind::Close)
        m_lastCloseCode = event.code;
    if (event.kind == EventKind::Error && !m_opened)
        m_err->write((QStringLiteral("wsinspector-cli: ") + event.payloadText() + u'\n').toUtf8());
}

void ConnectCommand::onStateChanged(Session::State state)
{
    if (state == Session::State::Open) {
        if (m_opened)
            return; // a reconnect: the --send messages went out on the first open
        m_opened = true;
        for (const QString &message : std::as_const(m_messages))
            m_session.sendText(message);
        if (m_waitSeconds >= 0)
            m_waitTimer.start(int(m_waitSeconds * 1000));
        return;
    }
    if (state != Session::State::Closed)
        return;
    m_waitTimer.stop();
    m_recorder.stop();
    if (!m_opened)
        m_exitCode = 1;
    else if (m_lastCloseCode == 1006) {
        m_err->write("wsinspector-cli: the connection was lost without a close frame (1006)\n");
        m_exitCode = 1;
    } else {
        m_exitCode = 0;
    }
    // A recording that lost lines (disk full, say) is not a clean run, whatever the server did.
    if (!m_recorder.lastError().isEmpty())
        m_exitCode = 3;
    emit finished(m_exitCode);
}

} // namespace wsi
