#pragma once

#include "check/Matcher.h"
#include "session/SessionEvent.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace wsi {

// What the mock server (MockServer, `wsinspector-cli serve --rules`) does, read from a JSON rules
// file (README "Mock server"): which subprotocol it accepts, which handshakes it refuses with
// which HTTP status, what it sends on connect and every N seconds, when it closes, and the rules
// that answer each client message, in order, the first that matches winning. Texts are
// templates: {{1}} (a regex group), {{name}} (a named group or a capture), {{json.PATH}} (a value
// of the incoming JSON message), {{message}} (the whole message) and the composer's placeholders
// ({{counter}}: the server's messages on this connection, from 1; {{timestamp}}, {{unixMs}}, {{uuid}}).
class MockRules
{
public:
    static constexpr const char *FormatKey = "wsinspectorMock";
    static constexpr int FormatVersion = 1;

    struct Close
    {
        int code = 1000;
        QString reason;
    };
    struct Send
    {
        QString text; // a template
        int delayMs = 0;
    };
    struct Periodic
    {
        int intervalMs = 0;
        QString text;
    };
    struct Reject
    {
        int status = 403;
        QByteArray reason; // the reason phrase
        QString body;
        QRegularExpression path; // only requests whose path (and query) match; none: every request
    };
    struct Rule
    {
        QString name; // "rule 2" or its "name"
        Matcher matcher;
        std::optional<QString> reply;
        int delayMs = 0;
        std::optional<Close> close;
    };

    // nullopt with *error: "FILE:LINE:COLUMN: what is wrong" (a rule's regex that does not compile names the rule).
    static std::optional<MockRules> read(const QString &path, QString *error);
    static std::optional<MockRules> parse(const QByteArray &bytes, const QString &name, QString *error);

    // What the server does with one client message: the rule that matched (-1: none) and what it
    // sends. The reply is expanded when it is sent (replyText), so {{counter}} counts what went before.
    struct Answer
    {
        int rule = -1;
        std::optional<QString> reply; // the template
        int delayMs = 0;
        std::optional<Close> close;
        Matcher::Outcome outcome;
        QString replyText(const SessionEvent &message, quint64 counter) const;
    };
    Answer answer(const SessionEvent &message) const;
    // A template with the message's captures, JSON values and the placeholders filled in.
    static QString expand(const QString &text, quint64 counter, const SessionEvent *message = nullptr,
                          const Matcher::Outcome *outcome = nullptr);

    // The subprotocol to accept among those the client offered (its order), or empty.
    QString chooseSubprotocol(const QList<QByteArray> &offered) const;
    // The refusal for a request to this target ("/path?query"), if any.
    const Reject *rejects(const QByteArray &target) const;

    QStringList subprotocols;
    std::optional<Reject> reject;
    QList<Send> onConnect;
    QList<Periodic> every;
    std::optional<int> handshakeTimeoutMs; // "handshakeTimeoutSeconds"; none: the server's (10 s)
    int closeAfterMessages = 0; // 0: never
    Close closeAfter;
    QList<Rule> rules;
};

} // namespace wsi
