#include "ConnectCommand.h"

#include "LineEditor.h"
#include "StdinReader.h"
#include "Terminal.h"
#include "DecodedOutput.h"
#include "log/PlainText.h"
#include "record/InputFile.h"
#include "session/CloseCode.h"
#include "session/EventJson.h"
#include "session/Redaction.h"

#include <QFile>
#include <QIODevice>
#include <QScopeGuard>
#include <QStringDecoder>

namespace wsi {

namespace {

// Reading standard input pauses while this much is still on its way to the server.
constexpr qint64 MaxBufferedBytes = 4 * 1024 * 1024;

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    Q_UNUSED(text);
    return !decoder.hasError();
}

// A close the client made because the server broke the protocol (QWebSocket's own closes).
bool isProtocolFailure(int code)
{
    return code == 1002 || code == 1007 || code == 1009;
}

} // namespace

ConnectCommand::ConnectCommand(const SessionOptions &options, const Settings &settings, QIODevice *out,
                               QIODevice *err, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(settings)
    , m_out(out)
    , m_err(err)
{
    if (m_settings.decode)
        m_decoded = std::make_unique<DecodedOutput>(m_settings.decodeSettings);
    m_waitTimer.setSingleShot(true);
    m_throttleTimer.setInterval(10);
    connect(&m_session, &Session::eventOccurred, this, &ConnectCommand::onEvent);
    connect(&m_session, &Session::frameSeen, this, [this](const FrameRecord &frame) {
        if (m_settings.output == Settings::Output::Json && !m_settings.quiet)
            writeOut(EventJson::frameLine(frame));
    });
    connect(&m_session, &Session::stateChanged, this, &ConnectCommand::onStateChanged);
    connect(&m_waitTimer, &QTimer::timeout, this, [this] { userClose(1000, QStringLiteral("wsinspector-cli done")); });
    connect(&m_throttleTimer, &QTimer::timeout, this, &ConnectCommand::throttleInput);

    const int promptFd = cli::isTerminal(1) ? 1 : cli::isTerminal(2) ? 2 : -1;
    if (m_settings.interactive && m_settings.input == Settings::Input::Lines && promptFd >= 0) {
        m_editor = new cli::LineEditor(0, promptFd, QStringLiteral("> "), this);
        connect(m_editor, &cli::LineEditor::lineEntered, this, &ConnectCommand::onLineTyped);
        connect(m_editor, &cli::LineEditor::endOfInput, this, [this] {
            m_inputEnded = true;
            userClose(1000, QString());
        });
    } else if (m_settings.input != Settings::Input::None) {
        const auto mode = m_settings.input == Settings::Input::Lines ? cli::StdinReader::Mode::Lines
                                                                     : cli::StdinReader::Mode::Whole;
        m_reader = new cli::StdinReader(0, mode, this);
        connect(m_reader, &cli::StdinReader::lineRead, this, &ConnectCommand::onLineRead);
        connect(m_reader, &cli::StdinReader::wholeRead, this, &ConnectCommand::onWholeRead);
        connect(m_reader, &cli::StdinReader::finished, this, &ConnectCommand::inputFinished);
        connect(m_reader, &cli::StdinReader::lineTooLong, this, [this](qint64 number) {
            refuse(tr("line %1 is longer than %2 MiB: not sent (the rest of it is skipped)")
                       .arg(number)
                       .arg(cli::StdinReader::MaxLineBytes >> 20));
        });
        connect(m_reader, &cli::StdinReader::readFailed, this, &ConnectCommand::refuse);
    }
}

ConnectCommand::~ConnectCommand()
{
    flushOut();
    if (m_editor)
        m_editor->stop();
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
        writeErr((QStringLiteral("wsinspector-cli: ") + message + u'\n').toUtf8());
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
    if (m_editor)
        m_editor->start();
    return true;
}

bool ConnectCommand::printsAboveEditor() const
{
    return m_editor && m_editor->isActive() && m_editor->outputFd() == 1;
}

void ConnectCommand::writeOut(const QByteArray &bytes)
{
    if (printsAboveEditor()) {
        flushOut();
        m_editor->printAbove(bytes);
    } else if (m_out) {
        m_outPending += bytes;
        outAppended();
    }
}

void ConnectCommand::outAppended()
{
    // Lines wait here, not one write each: written when the loop turns (a quiet stream's line at
    // once, `| jq` sees it) or once 1 MiB waits (a flood: a big write now and then).
    if (m_outPending.size() >= OutChunk) {
        flushOut();
    } else if (!m_outFlushQueued) {
        m_outFlushQueued = true;
        QMetaObject::invokeMethod(this, &ConnectCommand::flushOut, Qt::QueuedConnection);
    }
}

void ConnectCommand::flushOut()
{
    m_outFlushQueued = false;
    if (m_outPending.isEmpty() || !m_out)
        return;
    m_out->write(m_outPending);
    m_outPending.clear();
    // Standard output is a FILE* that C buffers when it is a pipe: pass it on now.
    if (auto *file = qobject_cast<QFileDevice *>(m_out))
        file->flush();
}

void ConnectCommand::writeErr(const QByteArray &bytes)
{
    flushOut(); // what was said before comes first
    if (m_editor && m_editor->isActive() && cli::isTerminal(2))
        m_editor->printAbove(bytes);
    else
        m_err->write(bytes);
}

QByteArray ConnectCommand::colour(const char *code, const QString &text) const
{
    if (!m_settings.colour)
        return text.toUtf8();
    return QByteArray("\x1b[") + code + 'm' + text.toUtf8() + "\x1b[0m";
}

void ConnectCommand::onEvent(const SessionEvent &event)
{
    // Whichever output is written, the decoders follow the stream after it.
    const auto follow = qScopeGuard([this, &event] {
        if (m_decoded)
            m_decoded->follow(event);
    });
    if (event.kind == EventKind::Open && m_decoded)
        m_decoded->opened(m_session.handshake().negotiatedSubprotocol);
    if (event.kind == EventKind::Close) {
        m_lastCloseCode = event.closeCode;
        m_lastClosedBy = event.closedBy;
    }
    if (m_settings.output == Settings::Output::Human) {
        if (!m_settings.quiet)
            writeOut(humanLine(event));
        return;
    }
    if (m_settings.output == Settings::Output::Text) {
        // Payloads only: what came in, one per line. Problems go to stderr in words.
        if (!m_settings.quiet && event.direction == Direction::Incoming) {
            if (event.kind == EventKind::Text)
                writeOut(event.payload + '\n');
            else if (event.kind == EventKind::Binary)
                writeOut(textOf(event.payload) + '\n');
        }
        if (event.kind == EventKind::Error)
            writeErr((QStringLiteral("wsinspector-cli: ") + shownError(event) + u'\n').toUtf8());
        return;
    }
    if (!m_settings.quiet) {
        if (m_decoded || printsAboveEditor()) {
            writeOut(m_decoded ? m_decoded->decorateJsonLine(EventJson::toLine(event), event) : EventJson::toLine(event));
        } else if (m_out) {
            EventJson::appendLine(m_outPending, event); // made where it waits: no line of its own a message
            outAppended();
        }
    }
    if (event.kind == EventKind::Error && !m_opened)
        writeErr((QStringLiteral("wsinspector-cli: ") + shownError(event) + u'\n').toUtf8());
}

// An error in the reader's language; the event itself (JSON lines, recordings) keeps the English.
QString ConnectCommand::shownError(const SessionEvent &event) const
{
    return m_session.lastError().isEmpty() ? event.payloadText() : m_session.lastError();
}

QByteArray ConnectCommand::textOf(const QByteArray &payload) const
{
    // --output text: the decoded form on one line when it decodes, else the bytes as without --decode.
    const QByteArray decoded = m_decoded ? m_decoded->textLine(payload) : QByteArray();
    return decoded.isEmpty() ? cli::encodeBinary(payload, m_settings.binaryOutput) : decoded;
}

QByteArray ConnectCommand::humanLine(const SessionEvent &event) const
{
    const bool in = event.direction == Direction::Incoming;
    const QByteArray arrow = in ? colour("36", QStringLiteral("<")) : colour("32", QStringLiteral(">"));
    const QString tag = event.tag == MessageTag::None ? QString() : QStringLiteral("  (%1)").arg(tagName(event.tag));
    // Whatever the server sends is shown as characters: an escape sequence cannot drive this terminal.
    const auto shown = [](const QByteArray &payload) -> QByteArray {
        return PlainText::escape(QString::fromUtf8(payload), PlainText::Newlines::Keep).toUtf8();
    };
    const auto note = [this](const QString &text) -> QByteArray { return colour("33", QStringLiteral("* ") + text) + '\n'; };
    switch (event.kind) {
    case EventKind::Text: {
        const QString label = m_decoded ? m_decoded->label(event) : QString();
        return arrow + ' ' + shown(event.payload) + tag.toUtf8()
            + (label.isEmpty() ? QByteArray() : ' ' + colour("2", QStringLiteral("(") + PlainText::escape(label) + u')')) + '\n';
    }
    case EventKind::Binary: {
        QByteArray line = arrow + ' ' + colour("2", tr("[binary %1]").arg(PlainText::humanSize(event.payload.size()))) + ' '
            + cli::encodeBinary(event.payload, m_settings.binaryOutput) + tag.toUtf8() + '\n';
        if (const QString label = m_decoded ? m_decoded->label(event) : QString(); !label.isEmpty())
            line += colour("2", PlainText::escape(label)) + '\n';
        else if (m_decoded) {
            const QString section = m_decoded->binarySection(event.payload);
            if (!section.isEmpty())
                line += colour("2", section.trimmed()) + '\n';
        }
        return line;
    }
    case EventKind::Ping:
    case EventKind::Pong: {
        if (!m_settings.showControl)
            return QByteArray();
        QString text = event.kind == EventKind::Ping ? tr("ping") : tr("pong");
        if (!event.payload.isEmpty())
            text += u' ' + QString::fromUtf8(shown(event.payload));
        if (event.kind == EventKind::Pong && in && event.rttUs > 0)
            text += u' ' + tr("(%1 ms)").arg(event.rttUs / 1000.0, 0, 'f', 2);
        return arrow + ' ' + colour("2", text) + '\n'; // a pong's tag says nothing: it may answer a /ping
    }
    case EventKind::State:
        if (event.payload == Session::stateName(Session::State::Connecting).toUtf8())
            return note(tr("Connecting to %1").arg(Redaction::redactUrl(m_options.url).toString()));
        return QByteArray();
    case EventKind::Open: {
        const QString subprotocol = m_session.handshake().negotiatedSubprotocol;
        return note(subprotocol.isEmpty() ? tr("Connected to %1").arg(event.payloadText())
                                          : tr("Connected to %1 (subprotocol %2)").arg(event.payloadText(), subprotocol));
    }
    case EventKind::Close: {
        const QString what = CloseCode::describe(event.closeCode)
            + (event.payload.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(QString::fromUtf8(shown(event.payload))));
        switch (event.closedBy) {
        case ClosedBy::Client:
            return note(tr("Closed by the client: %1").arg(what));
        case ClosedBy::Server:
            return note(tr("Closed by the server: %1").arg(what));
        default:
            return note(tr("Connection lost: %1").arg(what));
        }
    }
    case EventKind::Error:
        return colour("31", QStringLiteral("! ") + shownError(event)) + '\n';
    case EventKind::Reconnect:
    case EventKind::Info:
        return note(event.payloadText());
    }
    return QByteArray();
}

void ConnectCommand::onStateChanged(Session::State state)
{
    if (state == Session::State::Open) {
        if (m_opened) { // a reconnect: the --send messages went out on the first open
            throttleInput();
            return;
        }
        m_opened = true;
        for (const QString &message : std::as_const(m_settings.messages))
            m_session.sendText(message);
        const QStringList typed = std::exchange(m_typedBeforeOpen, {});
        for (const QString &line : typed)
            onLineTyped(line);
        if (m_reader)
            m_reader->setEnabled(true);
        else if (!m_editor)
            inputFinished();
        return;
    }
    if (state != Session::State::Closed)
        return;
    if (m_reconnectAsked) {
        m_reconnectAsked = false;
        QTimer::singleShot(0, this, [this] { m_session.open(m_options); });
        return;
    }
    m_waitTimer.stop();
    m_throttleTimer.stop();
    if (m_reader)
        m_reader->setEnabled(false);
    if (m_editor)
        m_editor->stop();
    m_recorder.stop();
    if (!m_opened) {
        m_exitCode = 1;
    } else if (m_lastCloseCode == 1006) {
        writeErr(tr("wsinspector-cli: the connection was lost without a close frame (1006)\n").toUtf8());
        m_exitCode = 1;
    } else if (m_lastClosedBy == ClosedBy::Client && !m_userClosed && isProtocolFailure(m_lastCloseCode)) {
        writeErr(tr("wsinspector-cli: the client closed the connection on a protocol failure: %1\n").arg(CloseCode::describe(m_lastCloseCode)).toUtf8());
        m_exitCode = 1;
    } else {
        m_exitCode = m_inputRefused ? 1 : 0;
    }
    // A recording that lost lines (disk full, say) is not a clean run, whatever the server did.
    if (!m_recorder.lastError().isEmpty())
        m_exitCode = 3;
    flushOut();
    emit finished(m_exitCode);
}

void ConnectCommand::throttleInput()
{
    if (!m_reader || m_inputEnded)
        return;
    const bool ready = m_session.state() == Session::State::Open && m_session.bufferedAmount() < MaxBufferedBytes;
    m_reader->setEnabled(ready);
    if (ready)
        m_throttleTimer.stop();
    else if (!m_throttleTimer.isActive() && m_session.state() != Session::State::Closed)
        m_throttleTimer.start();
}

void ConnectCommand::onLineRead(const QByteArray &line, qint64 number)
{
    const QString where = tr("line %1").arg(number);
    if (m_settings.slash && line.startsWith('/') && !line.startsWith("//")) {
        if (!isUtf8(line))
            refuse(tr("%1 is not valid UTF-8: not sent").arg(where));
        else
            runSlash(cli::SlashCommand::parse(QString::fromUtf8(line)));
    } else {
        const QByteArray payload = m_settings.slash && line.startsWith("//") ? line.mid(1) : line;
        if (m_settings.binaryLines != cli::BinaryEncoding::None) {
            QByteArray bytes;
            if (cli::decodeBinary(payload, m_settings.binaryLines, &bytes))
                sendPayload(bytes, true);
            else
                refuse(tr("%1 is not %2: not sent").arg(where, m_settings.binaryLines == cli::BinaryEncoding::Hex
                                                                     ? QStringLiteral("hex") : QStringLiteral("base64")));
        } else if (isUtf8(payload)) {
            sendPayload(payload, false);
        } else {
            refuse(tr("%1 is not valid UTF-8: not sent (--binary-lines hex|base64 sends bytes)").arg(where));
        }
    }
    throttleInput();
}

void ConnectCommand::onLineTyped(const QString &line)
{
    if (line.isEmpty())
        return;
    if (!m_opened) {
        m_typedBeforeOpen.append(line);
        return;
    }
    const cli::SlashCommand command = cli::SlashCommand::parse(line);
    if (command.kind == cli::SlashCommand::Kind::Message)
        sendPayload(command.text.toUtf8(), false);
    else
        runSlash(command);
}

void ConnectCommand::onWholeRead(const QByteArray &data)
{
    sendPayload(data, m_settings.wholeAsBinary || !isUtf8(data));
}

void ConnectCommand::inputFinished()
{
    if (m_inputEnded)
        return;
    m_inputEnded = true;
    if (m_settings.noClose)
        return;
    double seconds = m_settings.waitSeconds;
    if (seconds < 0) {
        if (m_settings.input == Settings::Input::None)
            return; // only --send messages: stay until the server closes
        seconds = 1;
    }
    m_waitTimer.start(int(seconds * 1000));
}

void ConnectCommand::runSlash(const cli::SlashCommand &command)
{
    using Kind = cli::SlashCommand::Kind;
    switch (command.kind) {
    case Kind::Message:
        sendPayload(command.text.toUtf8(), false);
        break;
    case Kind::Ping:
        if (!m_session.ping(command.payload))
            refuse(tr("/ping: not connected"));
        break;
    case Kind::Close:
        if (!CloseCode::isValidToSend(command.code))
            refuse(tr("close code %1 cannot be sent: use 1000-1003, 1007-1014 or 3000-4999").arg(command.code));
        else
            userClose(command.code, command.text);
        break;
    case Kind::Binary:
        sendPayload(command.payload, true);
        break;
    case Kind::File: {
        QString error;
        const QByteArray data = InputFile::read(command.text, &error);
        if (!error.isEmpty()) {
            refuse(tr("/file: %1").arg(error));
            break;
        }
        sendPayload(data, !isUtf8(data));
        break;
    }
    case Kind::Reconnect:
        if (m_session.state() == Session::State::WaitingToReconnect) {
            m_session.reconnectNow();
        } else if (m_session.state() == Session::State::Open) {
            m_reconnectAsked = true;
            m_session.close(1000, QStringLiteral("reconnect"));
        } else {
            refuse(tr("/reconnect: not connected"));
        }
        break;
    case Kind::Help:
        writeErr(cli::SlashCommand::help().toUtf8());
        break;
    case Kind::Invalid:
        refuse(command.text);
        break;
    }
}

void ConnectCommand::sendPayload(const QByteArray &payload, bool binary)
{
    m_session.sendMessage(binary, payload);
}

void ConnectCommand::userClose(int code, const QString &reason)
{
    m_userClosed = true;
    // Whatever input is left is not sent: the connection is closing.
    m_inputEnded = true;
    if (m_reader)
        m_reader->setEnabled(false);
    m_session.close(code, reason);
}

void ConnectCommand::refuse(const QString &message)
{
    // A line of the input that could not be sent makes the run fail; a typo at the prompt does not.
    if (!m_editor)
        m_inputRefused = true;
    writeErr((QStringLiteral("wsinspector-cli: ") + message + u'\n').toUtf8());
}

} // namespace wsi
