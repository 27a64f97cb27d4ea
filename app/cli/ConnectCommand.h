#pragma once

#include "SlashCommand.h"
#include "decode/DecodeSettings.h"
#include "record/SessionRecorder.h"
#include "session/Session.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace wsi {

class DecodedOutput;

namespace cli {
class LineEditor;
class StdinReader;
} // namespace cli

// `wsinspector-cli connect`: opens a session, sends what it is given (--send messages, or
// standard input line by line, or all of it as one message, or lines typed at a prompt),
// prints the events (JSON lines, payloads only, or in words for a person), and finishes when
// the connection closes: after the server's close, or when the input has ended and --wait
// has passed.
class ConnectCommand final : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        enum class Output { Json, Text, Human };
        enum class Input { None, Lines, WholeMessage };
        QStringList messages;    // --send: sent once open (standard input is then not read)
        double waitSeconds = -1; // --wait: close this long after the input ended; < 0: not given
        Input input = Input::None;
        bool interactive = false; // standard input is a terminal: read it with the prompt
        cli::BinaryEncoding binaryLines = cli::BinaryEncoding::None;
        bool wholeAsBinary = false; // --stdin-message --binary
        bool noClose = false;
        bool slash = false;
        Output output = Output::Json;
        cli::BinaryEncoding binaryOutput = cli::BinaryEncoding::Hex;
        bool showControl = false;
        bool quiet = false;
        bool colour = false;
        // --decode: binary messages decoded too ("decoded" in JSON lines, the decoded form in text and human output).
        bool decode = false;
        DecodeSettings decodeSettings; // its protocol: Auto follows the accepted subprotocol
    };

    ConnectCommand(const SessionOptions &options, const Settings &settings, QIODevice *out, QIODevice *err,
                   QObject *parent = nullptr);
    ~ConnectCommand() override;

    // Records every event to path as it happens (secrets redacted unless includeSecrets).
    bool recordTo(const QString &path, bool includeSecrets);
    // Starts; returns false (after printing why) when the options are unusable.
    bool start();
    int exitCode() const { return m_exitCode; }

signals:
    void finished(int exitCode);

private:
    QByteArray textOf(const QByteArray &payload) const;
    void onEvent(const wsi::SessionEvent &event);
    void onStateChanged(wsi::Session::State state);
    void onLineRead(const QByteArray &line, qint64 number);
    void onLineTyped(const QString &line);
    void onWholeRead(const QByteArray &data);
    void inputFinished();
    void runSlash(const cli::SlashCommand &command);
    void sendPayload(const QByteArray &payload, bool binary);
    void userClose(int code, const QString &reason);
    void refuse(const QString &message);
    void throttleInput();
    void writeOut(const QByteArray &bytes);
    void outAppended();
    void flushOut();
    bool printsAboveEditor() const;
    void writeErr(const QByteArray &bytes);
    static constexpr qsizetype OutChunk = 1 << 20;
    QString shownError(const SessionEvent &event) const;
    QByteArray humanLine(const SessionEvent &event) const;
    QByteArray colour(const char *code, const QString &text) const;

    Session m_session;
    SessionRecorder m_recorder;
    std::unique_ptr<DecodedOutput> m_decoded; // --decode
    SessionOptions m_options;
    Settings m_settings;
    QIODevice *m_out;
    QIODevice *m_err;
    cli::StdinReader *m_reader = nullptr;
    cli::LineEditor *m_editor = nullptr;
    QStringList m_typedBeforeOpen;
    QTimer m_waitTimer;
    QTimer m_throttleTimer;
    bool m_opened = false;
    bool m_inputEnded = false;
    bool m_userClosed = false;
    bool m_reconnectAsked = false;
    bool m_inputRefused = false;
    bool m_outFlushQueued = false;
    QByteArray m_outPending; // standard output not yet written (see outAppended)
    int m_lastCloseCode = 0;
    ClosedBy m_lastClosedBy = ClosedBy::Nobody;
    int m_exitCode = 0;
};

} // namespace wsi
