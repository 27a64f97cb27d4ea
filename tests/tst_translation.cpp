// The window and the CLI in Simplified Chinese (issue 16): what a reader sees is translated,
// what is recorded or printed as JSON is the same bytes in every language, and the facts
// (codes, HTTP statuses, who closed) never come from a translated text.
#include "DialogAnswerer.h"
#include "TestServers.h"
#include "WindowDriver.h"

#include "ConnectionTab.h"
#include "ElidedLabel.h"
#include "MainWindow.h"
#include "SessionViewWindow.h"
#include "i18n/Translation.h"
#include "log/MessageLogModel.h"
#include "prefs/Preferences.h"
#include "server/EchoServer.h"
#include "session/CloseCode.h"
#include "session/EventJson.h"
#include "session/Session.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace wsi;

namespace {

bool hasChinese(const QString &text)
{
    for (QChar c : text)
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return true;
    return false;
}

// Words that are the same in every language: protocol names, identifiers, units, numbers.
bool languageNeutral(const QString &text)
{
    static const QRegularExpression neutral(QString::fromUtf8(
        "^[\\s\\d.,:;/·×%↑↓●#⊞⊟()\\[\\]+\\-–—…<>=|_*\"']*$|^(WebSocket|Socket\\.IO v4|Socket\\.IO|URL|&URL|Origin|TLS|bufferedAmount|FIN|RSV|ping|pong|JSON|Enter|Ctrl\\+.*|F\\d+|ws://.*|wss://.*|https?://.*|chat, echo-protocol|WebSocket Inspector|Authorization: Bearer.*)$"));
    return neutral.match(text.trimmed()).hasMatch();
}

QString plain(QString text)
{
    return text.remove(u'&');
}

QList<QAction *> allActions(const QMenu *menu)
{
    QList<QAction *> actions;
    for (QAction *action : menu->actions()) {
        actions << action;
        if (action->menu())
            actions << allActions(action->menu());
    }
    return actions;
}

// Every visible label, button, tooltip and accessible name under root: English left in a
// Chinese window, or text wider than its widget (in either language).
void walk(QWidget *root, bool chinese, QStringList *english, QStringList *clipped)
{
    const auto check = [&](const QString &what, const QString &text) {
        if (chinese && !text.isEmpty() && !hasChinese(text) && !languageNeutral(plain(text)))
            *english << QStringLiteral("%1: \"%2\"").arg(what, text);
    };
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        const QString what = QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName();
        check(what + QStringLiteral(" tooltip"), widget->toolTip());
        check(what + QStringLiteral(" accessible name"), widget->accessibleName());
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (qobject_cast<ElidedLabel *>(widget) || label->textFormat() == Qt::RichText)
                continue; // elides on purpose / shows data (URL, counters)
            if (label->objectName() == QLatin1String("countersLabel") || label->objectName() == QLatin1String("stateLabel"))
                continue; // numbers and readyState names, checked above
            check(what, label->text());
            if (!label->wordWrap() && label->sizeHint().width() > label->width() + 1)
                *clipped << QStringLiteral("%1 \"%2\": needs %3 px, has %4").arg(what, label->text()).arg(label->sizeHint().width()).arg(label->width());
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            check(what, button->text());
            if (!button->text().isEmpty() && button->minimumSizeHint().width() > button->width() + 1)
                *clipped << QStringLiteral("%1 \"%2\": needs %3 px, has %4").arg(what, button->text()).arg(button->minimumSizeHint().width()).arg(button->width());
        }
    }
}

} // namespace

class tst_Translation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void choicesResolve();
    void menusAndControlsAreChinese();
    void nothingLeftInEnglishNorClipped_data();
    void nothingLeftInEnglishNorClipped();
    void dialogsAreChinese();
    void qtsOwnButtonsAreChinese();
    void refusedHandshakeIsChineseOnScreenEnglishOnDisk();
    void jsonLinesAreTheSameInEveryLanguage();
    void factsDoNotDependOnTheLanguage_data();
    void factsDoNotDependOnTheLanguage();
    void languageMenuRemembersTheChoice();
    void cliSpeaksTheLocaleButJsonStaysEnglish();

private:
    void newWindow();
    void removeTranslators();
    void installChinese();

    EchoServer m_echo;
    std::unique_ptr<MainWindow> m_window;
};

void tst_Translation::initTestCase()
{
    test::useFreshSettings(QStringLiteral("tst_translation"));
    QVERIFY(m_echo.listen());
    installChinese();
}

void tst_Translation::installChinese()
{
    QCOMPARE(Translation::install(qApp, Translation::chineseChoice()), QStringLiteral("zh_CN"));
}

void tst_Translation::removeTranslators()
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void tst_Translation::init()
{
    QSettings().clear();
    newWindow();
}

void tst_Translation::newWindow()
{
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_echo.url());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(test::activate(m_window.get()));
}

void tst_Translation::cleanup()
{
    m_window.reset();
}

void tst_Translation::choicesResolve()
{
    QCOMPARE(Translation::resolve(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    QCOMPARE(Translation::resolve(QStringLiteral("en")), QString());
    // Off the main thread (the socket thread, the file writer) and in a SourceText scope: English.
    {
        const Translation::SourceText english;
        QCOMPARE(CloseCode::name(1002), QStringLiteral("Protocol error"));
    }
    QCOMPARE(CloseCode::name(1000), QStringLiteral("正常关闭"));
    QCOMPARE(CloseCode::name(1002), QStringLiteral("协议错误"));
    QString fromThread;
    std::unique_ptr<QThread> thread(QThread::create([&fromThread] { fromThread = CloseCode::name(1006); }));
    thread->start();
    QVERIFY(thread->wait(5000));
    QCOMPARE(fromThread, QStringLiteral("Abnormal closure"));
}

void tst_Translation::menusAndControlsAreChinese()
{
    QStringList menus;
    for (QAction *action : m_window->menuBar()->actions())
        menus << action->text();
    QVERIFY2(menus.contains(QStringLiteral("文件(&F)")), qPrintable(menus.join(u'|')));
    QVERIFY2(menus.contains(QStringLiteral("视图(&V)")), qPrintable(menus.join(u'|')));
    QVERIFY2(menus.contains(QStringLiteral("帮助(&H)")), qPrintable(menus.join(u'|')));

    // View → Language names each language in itself.
    auto *language = m_window->findChild<QMenu *>(QStringLiteral("languageMenu"));
    QVERIFY(language);
    QCOMPARE(language->title(), QStringLiteral("语言(&L)"));
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("language-en"))->text(), QStringLiteral("English"));
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("language-zh_CN"))->text(), QStringLiteral("简体中文"));
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("language-system"))->isChecked());

    QCOMPARE(test::inTab<QPushButton>(*m_window, 0, "openButton")->text(), QStringLiteral("打开"));
    QCOMPARE(test::inTab<QPushButton>(*m_window, 0, "sendButton")->text(), QStringLiteral("发送"));
    auto *detailTabs = m_window->tab(0)->findChild<QTabWidget *>();
    QVERIFY(detailTabs);
    QStringList tabs;
    for (QTabWidget *tabWidget : m_window->tab(0)->findChildren<QTabWidget *>())
        for (int i = 0; i < tabWidget->count(); ++i)
            tabs << tabWidget->tabText(i);
    QVERIFY2(tabs.contains(QStringLiteral("握手")), qPrintable(tabs.join(u'|')));
    QVERIFY2(tabs.contains(QStringLiteral("消息")), qPrintable(tabs.join(u'|')));

    // The readyState names stay as the browser says them, with their meaning beside.
    test::typeUrlAndOpen(*m_window, 0, m_echo.url().toString());
    auto *state = test::inTab<QLabel>(*m_window, 0, "stateLabel");
    QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QStringLiteral("OPEN（已连接）")), 10000);
    QVERIFY(state->text().contains(QStringLiteral("readyState 1")));
    // The log's column headers.
    QCOMPARE(m_window->logModel()->headerData(MessageLogModel::TimeColumn, Qt::Horizontal).toString(), QStringLiteral("时间"));
}

void tst_Translation::nothingLeftInEnglishNorClipped_data()
{
    QTest::addColumn<bool>("chinese");
    QTest::addColumn<QSize>("size");
    QTest::newRow("zh_CN 1280x800") << true << QSize(1280, 800);
    QTest::newRow("zh_CN 1024x640") << true << QSize(1024, 640);
    QTest::newRow("en 1280x800") << false << QSize(1280, 800);
}

void tst_Translation::nothingLeftInEnglishNorClipped()
{
    QFETCH(bool, chinese);
    QFETCH(QSize, size);
    const auto restore = qScopeGuard([this] {
        if (qApp->findChildren<QTranslator *>().isEmpty())
            installChinese();
    });
    if (!chinese) {
        removeTranslators();
        newWindow();
    }
    m_window->resize(size);
    test::typeUrlAndOpen(*m_window, 0, m_echo.url().toString());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), Session::State::Open, 10000);
    QApplication::processEvents();

    QStringList english;
    QStringList clipped;
    // Every page of the detail pane (Message, Handshake, Frames) as it is shown.
    auto *detailTabs = m_window->tab(0)->findChild<QTabWidget *>();
    QVERIFY(detailTabs);
    for (int page = 0; page < detailTabs->count(); ++page) {
        detailTabs->setCurrentIndex(page);
        QApplication::processEvents();
        walk(m_window.get(), chinese, &english, &clipped);
    }
    const auto check = [&](const QString &what, const QString &text) {
        if (chinese && !text.isEmpty() && !hasChinese(text) && !languageNeutral(plain(text)))
            english << QStringLiteral("%1: \"%2\"").arg(what, text);
    };
    for (QAction *menuAction : m_window->menuBar()->actions())
        for (QAction *action : allActions(menuAction->menu()))
            if (!action->isSeparator() && action->objectName() != QLatin1String("language-en"))
                check(QStringLiteral("action ") + action->objectName(), action->text());
    QVERIFY2(english.isEmpty(), qPrintable(english.join(u'\n')));
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));
}

void tst_Translation::dialogsAreChinese()
{
    test::typeUrlAndOpen(*m_window, 0, m_echo.url().toString());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), Session::State::Open, 10000);
    QStringList english;
    QStringList clipped;
    QStringList seen;
    // Each dialog as a person opens it; every page of a tabbed one; then Cancel.
    const auto look = [&](QDialog *dialog) {
        seen << dialog->windowTitle();
        const QList<QTabWidget *> tabs = dialog->findChildren<QTabWidget *>();
        if (tabs.isEmpty()) {
            walk(dialog, true, &english, &clipped);
        } else {
            for (int page = 0; page < tabs.first()->count(); ++page) {
                tabs.first()->setCurrentIndex(page);
                QApplication::processEvents();
                walk(dialog, true, &english, &clipped);
            }
        }
    };
    test::answerNextDialog(this, look, QDialogButtonBox::Cancel);
    QTest::mouseClick(test::inTab<QPushButton>(*m_window, 0, "optionsButton"), Qt::LeftButton);
    test::answerNextDialog(this, look, QDialogButtonBox::Cancel);
    m_window->findChild<QAction *>(QStringLiteral("closeWithCodeAction"))->trigger();
    test::answerNextDialog(this, [&](QDialog *dialog) {
        look(dialog);
        dialog->reject();
    });
    m_window->findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
    // The read-only window of a saved session (File → Open session).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("saved.jsonl"));
    QString error;
    QVERIFY2(m_window->saveSessionAs(path, &error), qPrintable(error));
    SessionViewWindow *viewer = m_window->openSessionFile(path);
    QVERIFY(viewer);
    QVERIFY(QTest::qWaitForWindowExposed(viewer));
    QVERIFY2(viewer->windowTitle().contains(QStringLiteral("只读")), qPrintable(viewer->windowTitle()));
    walk(viewer, true, &english, &clipped);
    viewer->close();

    QCOMPARE(seen.size(), 3);
    QVERIFY2(seen.contains(QStringLiteral("连接选项")), qPrintable(seen.join(u'|')));
    QVERIFY2(seen.contains(QStringLiteral("键盘快捷键")), qPrintable(seen.join(u'|')));
    QVERIFY2(english.isEmpty(), qPrintable(english.join(u'\n')));
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));
}

void tst_Translation::qtsOwnButtonsAreChinese()
{
    // qtbase_zh_CN (qt6-translations-l10n): the standard buttons of every dialog.
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(plain(box.button(QDialogButtonBox::Cancel)->text()), QStringLiteral("取消"));
}

void tst_Translation::refusedHandshakeIsChineseOnScreenEnglishOnDisk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("refused.jsonl"));
    test::RawHttpServer server("HTTP/1.1 403 Forbidden\r\nX-WebSocket-Reject-Reason: echo-protocol required\r\n"
                               "Content-Length: 0\r\n\r\n");
    QVERIFY(m_window->startRecording(path, server.url().toString()));
    test::typeUrlAndOpen(*m_window, 0, server.url().toString());

    // On screen: the status line, in Chinese, with the facts from the wire.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().contains(QStringLiteral("拒绝了握手")), 10000);
    const QString shown = m_window->statusBar()->currentMessage();
    QVERIFY2(shown.contains(QStringLiteral("HTTP 403 Forbidden")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("X-WebSocket-Reject-Reason: echo-protocol required")), qPrintable(shown));
    QCOMPARE(m_window->session()->handshake().httpStatus, 403);

    // On disk and in the log: the English sentence, as in every language.
    m_window->stopRecording();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray recorded = file.readAll();
    QVERIFY2(recorded.contains("\"Handshake rejected by ws://127.0.0.1:"), recorded.constData());
    QVERIFY2(!hasChinese(QString::fromUtf8(recorded)), recorded.constData());
    QTRY_COMPARE_WITH_TIMEOUT(test::rowsWith(*m_window, 0, Direction::Local, QStringLiteral("Handshake rejected by"), EventKind::Error), 1, 5000);
}

void tst_Translation::jsonLinesAreTheSameInEveryLanguage()
{
    // Every kind of event, with close codes whose names are translated on screen.
    QList<SessionEvent> events;
    const auto add = [&events](EventKind kind, Direction direction, const QByteArray &payload, int code = 0,
                               ClosedBy by = ClosedBy::Nobody) {
        SessionEvent e;
        e.timestampUs = 1764500000000000 + events.size() * 1000;
        e.kind = kind;
        e.direction = direction;
        e.payload = payload;
        e.setNumber(code);
        e.closedBy = by;
        events << e;
    };
    add(EventKind::State, Direction::Local, "OPEN");
    add(EventKind::Text, Direction::Outgoing, "hello");
    add(EventKind::Binary, Direction::Incoming, QByteArray("\x00\xff", 2));
    for (int code : {1000, 1001, 1002, 1006, 1009, 1011, 3000, 4000})
        add(EventKind::Close, Direction::Incoming, "bye", code, ClosedBy::Server);
    add(EventKind::Error, Direction::Local, "Handshake rejected by ws://x/: HTTP 403 Forbidden", 403);
    add(EventKind::Reconnect, Direction::Local, "Reconnect attempt 1 in 1.0 s", 1);

    QByteArray chinese;
    for (const SessionEvent &e : std::as_const(events))
        chinese += EventJson::toLine(e, events.first().timestampUs);
    QCOMPARE(CloseCode::name(1002), QStringLiteral("协议错误")); // the translation is really there
    removeTranslators();
    QByteArray english;
    for (const SessionEvent &e : std::as_const(events))
        english += EventJson::toLine(e, events.first().timestampUs);
    installChinese();
    QCOMPARE(chinese, english);
    QVERIFY(english.contains("\"Protocol error\""));
}

void tst_Translation::factsDoNotDependOnTheLanguage_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("englishStart");
    QTest::addColumn<QString>("chineseStart");
    QTest::newRow("401") << QByteArray("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Bearer\r\nContent-Length: 0\r\n\r\n") << 401
                         << QStringLiteral("Handshake rejected by") << QStringLiteral("拒绝了握手");
    QTest::newRow("404") << QByteArray("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n") << 404
                         << QStringLiteral("Handshake rejected by") << QStringLiteral("拒绝了握手");
    QTest::newRow("500") << QByteArray("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n") << 500
                         << QStringLiteral("Handshake rejected by") << QStringLiteral("拒绝了握手");
    QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << 0
                              << QStringLiteral("Handshake with") << QStringLiteral("握手失败");
    QTest::newRow("nothing listening") << QByteArray() << 0 << QStringLiteral("Connection refused by")
                                       << QStringLiteral("拒绝连接");
}

void tst_Translation::factsDoNotDependOnTheLanguage()
{
    QFETCH(QByteArray, answer);
    QFETCH(int, status);
    QFETCH(QString, englishStart);
    QFETCH(QString, chineseStart);
    m_window.reset(); // a bare session: no window in the way

    std::unique_ptr<test::RawHttpServer> server;
    QUrl url;
    if (answer.isEmpty()) {
        url = QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(test::unusedPort()));
    } else {
        server = std::make_unique<test::RawHttpServer>(answer);
        url = server->url();
    }
    // Once with Chinese and Qt's own translations loaded, once without: the same facts.
    struct Outcome
    {
        int code = -1;
        int httpStatus = -1;
        QByteArray payload;
        QString shown;
    };
    const auto run = [&url](Outcome &outcome) {
        Session session;
        QObject::connect(&session, &Session::eventOccurred, &session, [&outcome, &session](const SessionEvent &e) {
            if (e.kind == EventKind::Error && outcome.code < 0) {
                outcome.code = e.httpStatus;
                outcome.payload = e.payload;
                outcome.shown = session.lastError();
                outcome.httpStatus = session.handshake().httpStatus;
            }
        });
        SessionOptions options;
        options.url = url;
        options.connectTimeoutMs = 5000;
        options.reconnect.enabled = false;
        session.open(options);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.code >= 0, 10000);
    };
    Outcome chinese;
    run(chinese);
    QVERIFY(!QTest::currentTestFailed());
    removeTranslators();
    Outcome english;
    run(english);
    installChinese();
    QVERIFY(!QTest::currentTestFailed());

    QCOMPARE(chinese.code, status);
    QCOMPARE(chinese.code, english.code);
    QCOMPARE(chinese.httpStatus, english.httpStatus);
    QCOMPARE(chinese.payload, english.payload); // the recorded sentence
    QVERIFY2(chinese.payload.startsWith(englishStart.toUtf8()), chinese.payload.constData());
    QVERIFY2(chinese.shown.contains(chineseStart), qPrintable(chinese.shown));
    QCOMPARE(english.shown, QString::fromUtf8(english.payload));
}

void tst_Translation::languageMenuRemembersTheChoice()
{
    QCOMPARE(Preferences::language(), QStringLiteral("system"));
    auto *english = m_window->findChild<QAction *>(QStringLiteral("language-en"));
    english->trigger();
    QCOMPARE(Preferences::language(), QStringLiteral("en"));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("下次启动")),
             qPrintable(m_window->statusBar()->currentMessage()));
    // A new window (the next start) shows the remembered choice checked.
    newWindow();
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("language-en"))->isChecked());
    m_window->findChild<QAction *>(QStringLiteral("language-zh_CN"))->trigger();
    QCOMPARE(Preferences::language(), QStringLiteral("zh_CN"));
}

void tst_Translation::cliSpeaksTheLocaleButJsonStaysEnglish()
{
    const auto runCli = [](const QString &language, const QStringList &arguments) {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LC_MESSAGES"));
        env.insert(QStringLiteral("LANGUAGE"), language);
        env.insert(QStringLiteral("LANG"), language == QLatin1String("zh_CN") ? QStringLiteral("zh_CN.UTF-8") : QStringLiteral("C.UTF-8"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(WSI_CLI_PATH), arguments);
        cli.closeWriteChannel();
        if (!cli.waitForFinished(20000))
            cli.kill();
        return std::make_pair(cli.readAllStandardOutput(), QString::fromUtf8(cli.readAllStandardError()));
    };
    const QString url = QStringLiteral("ws://127.0.0.1:%1/").arg(test::unusedPort());
    const QStringList arguments{QStringLiteral("connect"), url, QStringLiteral("--output"), QStringLiteral("json")};
    const auto [chineseOut, chineseErr] = runCli(QStringLiteral("zh_CN"), arguments);
    const auto [englishOut, englishErr] = runCli(QStringLiteral("en"), arguments);
    // The human line on standard error speaks the locale's language…
    QVERIFY2(chineseErr.contains(QStringLiteral("拒绝连接")), qPrintable(chineseErr));
    QVERIFY2(englishErr.contains(QStringLiteral("Connection refused by")), qPrintable(englishErr));
    // …the JSON lines are the same but for their times.
    const auto withoutTimes = [](QByteArray json) {
        return QString::fromUtf8(json).remove(QRegularExpression(QString::fromUtf8("\"(ts_us|rel_us|time)\":(\"[^\"]*\"|-?\\d+),?")));
    };
    QVERIFY(!chineseOut.isEmpty());
    QCOMPARE(withoutTimes(chineseOut), withoutTimes(englishOut));
    QVERIFY(!hasChinese(QString::fromUtf8(chineseOut)));

    // So are the decoders' labels and problems in the "protocol" a line gains with --decode.
    test::ServerProcess echo;
    QString error;
    QVERIFY2(echo.start(&error), qPrintable(error));
    const QStringList decoding{QStringLiteral("connect"), echo.url(QStringLiteral("/echo")).toString(),
                               QStringLiteral("--decode-protocol"), QStringLiteral("jsonrpc"), QStringLiteral("--send"),
                               QStringLiteral("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"getBalance\"}"),
                               QStringLiteral("--wait"), QStringLiteral("0.3")};
    const auto [chineseDecoded, chineseDecodedErr] = runCli(QStringLiteral("zh_CN"), decoding);
    const auto [englishDecoded, englishDecodedErr] = runCli(QStringLiteral("en"), decoding);
    QVERIFY2(englishDecoded.contains("\"protocol\":{"), englishDecoded.constData());
    const auto protocols = [](const QByteArray &json) { // the handshake's key differs from run to run
        QStringList found;
        QRegularExpressionMatchIterator it = QRegularExpression(QStringLiteral("\"protocol\":\\{[^}]*\\}")).globalMatch(QString::fromUtf8(json));
        while (it.hasNext())
            found << it.next().captured();
        return found;
    };
    QCOMPARE(protocols(chineseDecoded).size(), 2); // the request sent and its echo
    QCOMPARE(protocols(chineseDecoded), protocols(englishDecoded));
    QVERIFY2(!hasChinese(QString::fromUtf8(chineseDecoded)), chineseDecoded.constData());

    // The help is translated too.
    const auto [help, helpErr] = runCli(QStringLiteral("zh_CN"), {QStringLiteral("--help")});
    QVERIFY2(QString::fromUtf8(help + helpErr.toUtf8()).contains(QStringLiteral("用法")), help.constData());
    // A command's help keeps its options under Qt's own translated heading.
    const auto [connectHelp, connectHelpErr] = runCli(QStringLiteral("zh_CN"), {QStringLiteral("connect"), QStringLiteral("--help")});
    const QString shownHelp = QString::fromUtf8(connectHelp);
    QVERIFY2(shownHelp.contains(QStringLiteral("选项：")) && shownHelp.contains(QStringLiteral("--send <TEXT>"))
                 && shownHelp.contains(QStringLiteral("连接打开后发送的文本消息")),
             qPrintable(shownHelp + connectHelpErr));
}

QTEST_MAIN(tst_Translation)
#include "tst_translation.moc"
