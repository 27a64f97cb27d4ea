// Links are untrusted (README "Threat model"): a link from another program opens a tab that does
// not connect, shows where it goes and the names of what the saved options would send, and connects
// only when the user clicks Connect, or "Connect without saved settings" with none of them. A second
// `wsinspector --open-link URL` hands the link to the running window.
#include "CliRun.h"
#include "ConnectionTab.h"
#include "LinkBar.h"
#include "MainWindow.h"
#include "TestServers.h"
#include "WindowDriver.h"
#include "instance/LinkChannel.h"
#include "prefs/Preferences.h"
#include "server/EchoServer.h"
#include "session/LinkReview.h"

#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace wsi;

namespace {
const QByteArray SavedToken = "Bearer link-secret-7f3a";
const QString OnConnect = QStringLiteral("hello-on-connect");

SessionOptions savedOptionsFor(const QUrl &url)
{
    SessionOptions options;
    options.url = url;
    options.headers.append(qMakePair(QByteArray("Authorization"), QByteArray(SavedToken)));
    options.headers.append(qMakePair(QByteArray("Cookie"), QByteArray("sid=cookie-secret-9; theme=dark")));
    options.onConnectMessages << OnConnect;
    return options;
}
} // namespace

class tst_OpenLink : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void review_data();
    void review();
    void linkWaitsForConnect();
    void connectWithoutSavedSettings();
    void secondInstanceAddsATab();
    void lookAlikeHostShownAsSuch();

private:
    template<typename T>
    T *inTab(int tab, const char *name) { return test::inTab<T>(*m_window, tab, name); }
    // The link's tab, its bar checked to be shown with no connection made.
    ConnectionTab *openLinkTab(const QString &link);
    // Starts a python3-websockets server, saves options with secrets for its /report URL and opens
    // that URL as a link.
    bool openSavedLink(test::ServerProcess &server, QUrl *url, ConnectionTab **tab, QString *error);

    QTemporaryDir m_runtime;
    EchoServer m_echo;
    std::unique_ptr<MainWindow> m_window;
};

void tst_OpenLink::initTestCase()
{
    // The window's link socket in a directory of this test's own, for it and the program it starts.
    QVERIFY(m_runtime.isValid());
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
    test::useFreshSettings(QStringLiteral("tst_openlink"));
    QVERIFY(m_echo.listen());
    m_window = std::make_unique<MainWindow>(m_echo.url());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_OpenLink::review_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<bool>("saved");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("asciiHost");
    QTest::addColumn<QStringList>("odd");
    QTest::addColumn<QStringList>("headerNames");
    QTest::addColumn<QStringList>("cookieNames");
    QTest::addColumn<int>("onConnect");
    QTest::addColumn<bool>("error");
    const QStringList none;
    QTest::newRow("plain, nothing saved") << "ws://127.0.0.1:9/feed" << false << "127.0.0.1" << "127.0.0.1" << none << none << none << 0 << false;
    QTest::newRow("saved: names only") << "wss://api.example.com/ws" << true << "api.example.com" << "api.example.com" << none
                                       << QStringList{"Authorization", "Cookie"} << QStringList{"sid", "theme"} << 1 << false;
    QTest::newRow("Cyrillic a") << QStringLiteral("wss://\u0430pple.com/ws") << false << QStringLiteral("\u0430pple.com")
                                << "xn--pple-43d.com" << QStringList{QStringLiteral("\u0430 U+0430")} << none << none << 0 << false;
    QTest::newRow("punycode given") << "wss://xn--pple-43d.com/" << false << QStringLiteral("\u0430pple.com") << "xn--pple-43d.com"
                                    << QStringList{QStringLiteral("\u0430 U+0430")} << none << none << 0 << false;
    QTest::newRow("user info posing as host") << "ws://bank.example.com@evil.test/" << false << "evil.test" << "evil.test" << none << none
                                              << none << 0 << false;
    QTest::newRow("not a WebSocket link") << "https://example.com/" << false << "" << "" << none << none << none << 0 << true;
    QTest::newRow("script") << "javascript:alert(1)" << false << "" << "" << none << none << none << 0 << true;
}

void tst_OpenLink::review()
{
    QFETCH(QString, link);
    QFETCH(bool, saved);
    QFETCH(QString, host);
    QFETCH(QString, asciiHost);
    QFETCH(QStringList, odd);
    QFETCH(QStringList, headerNames);
    QFETCH(QStringList, cookieNames);
    QFETCH(int, onConnect);
    QFETCH(bool, error);
    const LinkReview review = LinkReview::review(link, saved ? savedOptionsFor(QUrl(link)) : SessionOptions());
    QCOMPARE(!review.error.isEmpty(), error);
    if (error)
        return;
    QCOMPARE(review.host, host);
    QCOMPARE(review.asciiHost, asciiHost);
    QCOMPARE(review.oddCharacters, odd);
    QCOMPARE(review.lookAlike(), !odd.isEmpty());
    QCOMPARE(review.headerNames, headerNames);
    QCOMPARE(review.cookieNames, cookieNames);
    QCOMPARE(review.onConnectMessages, onConnect);
    QVERIFY(review.url.contains(host));
    // Names only: no saved value is in anything the bar is given.
    const QString everything = review.url + review.headerNames.join(u' ') + review.cookieNames.join(u' ');
    QVERIFY(!everything.contains(QString::fromLatin1(SavedToken)));
    QVERIFY(!everything.contains(QLatin1String("cookie-secret")));
    QVERIFY(!everything.contains(OnConnect));
}

ConnectionTab *tst_OpenLink::openLinkTab(const QString &link)
{
    const int before = m_window->tabCount();
    ConnectionTab *tab = m_window->openLink(link);
    if (m_window->tabCount() != before + 1 || m_window->currentTab() != tab || !tab->linkBar() || !tab->linkBar()->isVisible())
        return nullptr;
    return tab;
}

bool tst_OpenLink::openSavedLink(test::ServerProcess &server, QUrl *url, ConnectionTab **tab, QString *error)
{
    if (!server.start(error))
        return false;
    *url = server.url(QStringLiteral("/report"));
    Preferences::rememberOptions(savedOptionsFor(*url));
    *tab = openLinkTab(url->toString());
    if (!*tab)
        *error = QStringLiteral("the link's tab did not open with its bar shown");
    return *tab != nullptr;
}

void tst_OpenLink::linkWaitsForConnect()
{
    test::ServerProcess server;
    QUrl url;
    ConnectionTab *tab = nullptr;
    QString error;
    QVERIFY2(openSavedLink(server, &url, &tab, &error), qPrintable(error));
    const int index = m_window->tabCount() - 1;
    // The bar: the whole URL, the host, and what would be sent, by name only.
    QCOMPARE(inTab<QLabel>(index, "linkUrl")->text(), url.toString());
    QCOMPARE(inTab<QLabel>(index, "linkHost")->text(), QStringLiteral("127.0.0.1"));
    const QString sends = inTab<QLabel>(index, "linkSends")->text();
    QVERIFY2(sends.contains(QLatin1String("Authorization")) && sends.contains(QLatin1String("sid"))
                 && sends.contains(QLatin1String("on-connect messages: 1")), qPrintable(sends));
    QVERIFY2(!sends.contains(QLatin1String("link-secret")) && !sends.contains(QLatin1String("cookie-secret")) && !sends.contains(OnConnect),
             qPrintable(sends));
    QCOMPARE(tab->session()->state(), Session::State::Idle);

    // The server's first handshake is this probe's, made after the link opened: the tab made none.
    QWebSocket probe;
    probe.open(server.url(QStringLiteral("/marker")));
    const QByteArray first = server.waitForLine("handshake", 10000);
    QVERIFY2(first.startsWith("handshake 1 /marker"), first.constData());
    QCOMPARE(tab->session()->state(), Session::State::Idle);

    QTest::mouseClick(inTab<QPushButton>(index, "linkConnectButton"), Qt::LeftButton);
    const QByteArray second = server.waitForLine("handshake", 10000);
    QVERIFY2(second.startsWith("handshake 2 /report") && second.contains(SavedToken) && second.contains("cookie-secret-9"),
             second.constData());
    QCOMPARE(server.waitForLine("received", 10000), QByteArray("received ") + OnConnect.toUtf8());
    QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), Session::State::Open, 10000);
    QVERIFY(!tab->linkBar()->isVisible());
}

void tst_OpenLink::connectWithoutSavedSettings()
{
    test::ServerProcess server;
    QUrl url;
    ConnectionTab *tab = nullptr;
    QString error;
    QVERIFY2(openSavedLink(server, &url, &tab, &error), qPrintable(error));
    const int index = m_window->tabCount() - 1;
    QTest::mouseClick(inTab<QPushButton>(index, "linkConnectBareButton"), Qt::LeftButton);
    const QByteArray handshake = server.waitForLine("handshake", 10000);
    QVERIFY2(handshake.startsWith("handshake 1 /report"), handshake.constData());
    QVERIFY2(!handshake.contains("Authorization") && !handshake.contains("link-secret") && !handshake.contains("cookie-secret"),
             handshake.constData());
    QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), Session::State::Open, 10000);
    // The first message the server gets is the one typed now: no on-connect message went before it.
    MessageDraft draft;
    draft.text = QStringLiteral("typed-after-open");
    QVERIFY(tab->sendDraft(draft));
    QCOMPARE(server.waitForLine("received", 10000), QByteArray("received typed-after-open"));
    // What was saved for the URL is still saved: only this connection went without it.
    QCOMPARE(Preferences::optionsForUrl(url).headers.size(), 2);
}

void tst_OpenLink::secondInstanceAddsATab()
{
    LinkChannel links;
    QVERIFY(links.listen());
    connect(&links, &LinkChannel::linkReceived, m_window.get(), [this](const QString &link) { m_window->openLink(link); });
    const int before = m_window->tabCount();
    const QString link = QStringLiteral("ws://127.0.0.1:%1/from-browser?room=7").arg(test::unusedPort());
    const test::CliRun second = test::runProgram(QStringLiteral(WSI_GUI_PATH), {QStringLiteral("--open-link"), link});
    QCOMPARE(second.exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->tabCount(), before + 1, 10000);
    ConnectionTab *tab = m_window->currentTab();
    QVERIFY(tab->linkBar() && tab->linkBar()->isVisible());
    QCOMPARE(inTab<QLabel>(m_window->tabCount() - 1, "linkUrl")->text(), link);
    QCOMPARE(tab->urlText(), link);
    QCOMPARE(tab->session()->state(), Session::State::Idle);
}

void tst_OpenLink::lookAlikeHostShownAsSuch()
{
    // "аpple.com" with a Cyrillic а: the bar names the letter and shows the punycode; the tab title
    // uses the punycode; the link connects nowhere.
    ConnectionTab *tab = openLinkTab(QStringLiteral("wss://\u0430pple.com/ws"));
    QVERIFY(tab);
    const int index = m_window->tabCount() - 1;
    QCOMPARE(inTab<QLabel>(index, "linkHost")->text(), QStringLiteral("\u0430pple.com"));
    const QString note = inTab<QLabel>(index, "linkHostNote")->text();
    QVERIFY2(note.contains(QLatin1String("xn--pple-43d.com")) && note.contains(QLatin1String("U+0430")), qPrintable(note));
    QVERIFY2(tab->title().startsWith(QLatin1String("xn--pple-43d.com")), qPrintable(tab->title()));
    QCOMPARE(tab->session()->state(), Session::State::Idle);
}

QTEST_MAIN(tst_OpenLink)
#include "tst_openlink.moc"
