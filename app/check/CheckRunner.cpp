#include "CheckRunner.h"

#include "i18n/Translation.h"
#include "socketio/SocketIoPacket.h"

namespace wsi {

namespace {
struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::CheckRunner)
};
// After the last step (or a failure) the runner closes and waits this long for the close.
constexpr int CloseWaitMs = 3000;
} // namespace

QString CheckResult::failureMessage() const
{
    if (!error.isEmpty())
        return error;
    if (passed || steps.isEmpty())
        return QString();
    const StepResult &last = steps.constLast();
    return Tr::tr("step %1 (%2): expected %3, got %4").arg(last.index + 1).arg(last.description, last.expected, last.got);
}

CheckRunner::CheckRunner(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a step reported as 600 ms waited 600 ms, not 5 % less
    m_closeWait.setSingleShot(true);
    m_closeWait.setInterval(CloseWaitMs);
    connect(&m_timer, &QTimer::timeout, this, &CheckRunner::onTimeout);
    connect(&m_closeWait, &QTimer::timeout, this, &CheckRunner::finishCheck);
    connect(&m_session, &Session::eventOccurred, this, &CheckRunner::onEvent);
}

void CheckRunner::start(const Check &check, const SessionOptions &options, const VariableSet &variables)
{
    m_check = check;
    m_options = options;
    m_options.reconnect.enabled = false;
    m_variables = variables;
    m_inbox.clear();
    m_close.reset();
    m_result = CheckResult();
    m_result.name = check.name;
    m_index = -1;
    m_running = true;
    m_opened = false;
    m_sendCounter = 0;
    m_clock.start();
    runStep();
}

QString CheckRunner::closeText() const
{
    if (!m_close)
        return QString();
    return Tr::tr("the connection closed (%1 by %2): %3")
        .arg(m_close->closeCode)
        .arg(closedByName(m_close->closedBy), m_close->payloadText().isEmpty() ? Tr::tr("no reason") : m_close->payloadText());
}

void CheckRunner::runStep()
{
    ++m_index;
    if (m_index >= m_check.steps.size()) {
        m_result.passed = true;
        return closeAndFinish();
    }
    m_stepActive = true;
    m_sawMessage = false;
    m_stepClock.start();
    const CheckStep &s = step();
    emit stepStarted(m_index);
    switch (s.type) {
    case CheckStep::Type::Connect: {
        SessionOptions options = m_options;
        if (!s.url.isEmpty()) {
            QString error;
            options.url = SessionOptions::parseUrl(m_variables.expand(s.url, nullptr), &error);
            if (options.url.isEmpty())
                return fail(Tr::tr("a ws:// or wss:// URL"), error);
        }
        m_opened = false;
        m_close.reset();
        m_inbox.clear();
        m_timer.start(s.timeoutMs);
        if (!m_session.open(options) && m_stepActive)
            fail(Tr::tr("the connection opened"), m_session.lastError());
        return;
    }
    case CheckStep::Type::Send: {
        if (m_close || !m_opened)
            return fail(Tr::tr("an open connection"), m_close ? closeText() : Tr::tr("not connected"));
        MessageDraft draft = s.draft;
        draft.text = m_variables.expand(draft.text, nullptr);
        draft.event = m_variables.expand(draft.event, nullptr);
        MessageDraft::Context context;
        context.counter = ++m_sendCounter;
        context.socketIoNamespace = m_options.socketIoNamespace;
        QString error;
        const std::optional<MessageDraft::Wire> wire = draft.compose(context, &error);
        if (!wire)
            return fail(Tr::tr("a message to send"), error);
        if (!m_session.sendMessage(wire->binary, wire->payload, wire->socketIo ? MessageTag::SocketIo : MessageTag::None))
            return fail(Tr::tr("the message sent"), m_session.lastError());
        return pass();
    }
    case CheckStep::Type::Expect:
        m_timer.start(s.timeoutMs);
        return examineInbox();
    case CheckStep::Type::ExpectNone:
        m_timer.start(s.forMs);
        return examineInbox();
    case CheckStep::Type::Wait:
        m_timer.start(s.forMs);
        return;
    case CheckStep::Type::Close:
        if (m_close || !m_opened)
            return fail(Tr::tr("an open connection to close"), m_close ? closeText() : Tr::tr("not connected"));
        m_timer.start(m_options.closeTimeoutMs + 1000);
        m_session.close(s.code, m_variables.expand(s.reason, nullptr));
        return;
    case CheckStep::Type::ExpectClose:
        m_inbox.clear();
        if (m_close)
            return onEvent(*m_close);
        m_timer.start(s.timeoutMs);
        return;
    }
}

void CheckRunner::examineInbox()
{
    const CheckStep &s = step();
    if (s.type == CheckStep::Type::ExpectNone) {
        while (!m_inbox.isEmpty()) {
            const SessionEvent message = m_inbox.takeFirst();
            if (s.matcher.match(message, m_variables).matched)
                return fail(s.matcher.kind() == Matcher::Kind::AnyMessage ? Tr::tr("no message") : Tr::tr("no %1").arg(s.matcher.expected(m_variables)),
                            Matcher::shown(message));
        }
        if (m_close)
            fail(Tr::tr("an open connection"), closeText());
        return;
    }
    while (!m_inbox.isEmpty()) {
        const SessionEvent message = m_inbox.takeFirst();
        const Matcher::Outcome outcome = s.matcher.match(message, m_variables);
        if (outcome.matched) {
            for (auto it = outcome.captures.cbegin(); it != outcome.captures.cend(); ++it)
                m_variables.set(it.key(), it.value());
            return pass();
        }
        if (!s.anyWithin)
            return fail(s.matcher.expected(m_variables), outcome.got);
        m_lastSeen = message;
        m_sawMessage = true;
    }
    if (m_close)
        fail(s.matcher.expected(m_variables), closeText());
}

void CheckRunner::onEvent(const SessionEvent &event)
{
    if (!m_running)
        return;
    // On a Socket.IO connection the namespace's CONNECT answer is the protocol's, not a message a
    // check waits for: the next message after `connect` is the server's first event.
    const bool message = (event.kind == EventKind::Text || event.kind == EventKind::Binary) && event.direction == Direction::Incoming
                         && event.tag != MessageTag::EngineIo
                         && !(event.tag == MessageTag::SocketIo && SocketIoPacket::parse(event.payload).type == SocketIoPacket::Type::Connect);
    if (message)
        m_inbox.append(event);
    if (event.kind == EventKind::Close) {
        m_close = event;
        if (m_closeWait.isActive()) {
            m_closeWait.stop();
            return finishCheck();
        }
    }
    if (!m_stepActive)
        return;
    const CheckStep &s = step();
    switch (s.type) {
    case CheckStep::Type::Connect:
        if (event.kind == EventKind::Open) {
            m_opened = true;
            if (s.code)
                return fail(Tr::tr("a refusal with HTTP %1").arg(s.code), Tr::tr("the connection opened"));
            return pass();
        }
        if (event.kind == EventKind::Error && event.httpStatus) {
            if (s.code == event.httpStatus)
                return pass();
            return fail(s.code ? Tr::tr("a refusal with HTTP %1").arg(s.code) : Tr::tr("the connection opened"),
                        Tr::tr("refused with HTTP %1").arg(event.httpStatus));
        }
        if (event.kind == EventKind::Error)
            return fail(Tr::tr("the connection opened"), event.payloadText());
        if (event.kind == EventKind::Close)
            return fail(Tr::tr("the connection opened"), closeText());
        return;
    case CheckStep::Type::Expect:
    case CheckStep::Type::ExpectNone:
        if (message || event.kind == EventKind::Close)
            examineInbox();
        return;
    case CheckStep::Type::Close:
        if (event.kind == EventKind::Close)
            pass();
        return;
    case CheckStep::Type::ExpectClose:
        m_inbox.clear();
        if (event.kind == EventKind::Close) {
            const bool codeOk = s.code == 0 || s.code == event.closeCode;
            const QString reason = m_variables.expand(s.reason, nullptr);
            const bool reasonOk = !s.hasReason || event.payloadText() == reason;
            if (codeOk && reasonOk)
                return pass();
            return fail(s.hasReason ? Tr::tr("close %1 \"%2\"").arg(s.code).arg(reason) : Tr::tr("close %1").arg(s.code),
                        Tr::tr("close %1 \"%2\" by %3").arg(event.closeCode).arg(event.payloadText(), closedByName(event.closedBy)));
        }
        return;
    case CheckStep::Type::Send:
    case CheckStep::Type::Wait:
        return;
    }
}

void CheckRunner::onTimeout()
{
    if (!m_stepActive)
        return;
    const CheckStep &s = step();
    switch (s.type) {
    case CheckStep::Type::Connect:
        return fail(s.code ? Tr::tr("a refusal with HTTP %1").arg(s.code) : Tr::tr("the connection opened"),
                    Tr::tr("nothing within %1 ms").arg(s.timeoutMs));
    case CheckStep::Type::Expect:
        return fail(s.matcher.expected(m_variables),
                    m_sawMessage ? Tr::tr("no match within %1 ms; the last message: %2").arg(s.timeoutMs).arg(Matcher::shown(m_lastSeen))
                                 : Tr::tr("no message within %1 ms").arg(s.timeoutMs));
    case CheckStep::Type::Close:
        return fail(Tr::tr("the close answered"), Tr::tr("no answer within %1 ms").arg(m_options.closeTimeoutMs + 1000));
    case CheckStep::Type::ExpectClose:
        return fail(s.code ? Tr::tr("close %1").arg(s.code) : Tr::tr("a close"), Tr::tr("still open after %1 ms").arg(s.timeoutMs));
    case CheckStep::Type::ExpectNone:
    case CheckStep::Type::Wait:
    case CheckStep::Type::Send:
        return pass();
    }
}

void CheckRunner::pass()
{
    m_timer.stop();
    m_stepActive = false;
    StepResult result;
    result.index = m_index;
    result.type = step().type;
    result.passed = true;
    result.description = step().describe(m_variables);
    result.elapsedMs = m_stepClock.elapsed();
    m_result.steps.append(result);
    emit stepFinished(result);
    // The next step after the events of this one are handled (a send's echo may be on its way).
    QMetaObject::invokeMethod(this, &CheckRunner::runStep, Qt::QueuedConnection);
}

void CheckRunner::fail(const QString &expected, const QString &got)
{
    m_timer.stop();
    m_stepActive = false;
    StepResult result;
    result.index = m_index;
    result.type = step().type;
    result.description = step().describe(m_variables);
    result.expected = m_variables.maskSecrets(expected);
    result.got = m_variables.maskSecrets(got);
    result.elapsedMs = m_stepClock.elapsed();
    m_result.steps.append(result);
    m_result.passed = false;
    emit stepFinished(result);
    closeAndFinish();
}

void CheckRunner::closeAndFinish()
{
    // An open connection is closed and its close awaited (it goes into a recording); one still
    // on its way (a refused handshake the server keeps open) is just dropped.
    if (!m_close && (m_session.state() == Session::State::Open || m_session.state() == Session::State::Closing)) {
        if (m_session.state() == Session::State::Open)
            m_session.close(1000, QString());
        m_closeWait.start();
        return;
    }
    if (m_session.state() == Session::State::Connecting)
        m_session.close(1000, QString());
    m_session.cancelReconnect();
    QMetaObject::invokeMethod(this, &CheckRunner::finishCheck, Qt::QueuedConnection);
}

void CheckRunner::finishCheck()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
    m_closeWait.stop();
    m_result.elapsedMs = m_clock.elapsed();
    emit finished(m_result);
}

} // namespace wsi
