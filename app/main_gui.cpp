// wsinspector: the window. With no URL it connects to its own echo server.
#include "ConnectionTab.h"
#include "ConnectionsDock.h"
#include "MainWindow.h"
#include "Theme.h"
#include "cli/ConnectionArguments.h"
#include "i18n/Translation.h"
#include "instance/LinkChannel.h"
#include "prefs/Preferences.h"
#include "server/EchoServer.h"
#include "session/SystemMemory.h"
#include "collection/CollectionModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTimer>
#include <QIcon>
#include <QMessageBox>

#include <cstdio>

namespace {
struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsinspector)
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("WebSocket Inspector"));
    QApplication::setApplicationName(QStringLiteral("wsinspector"));
    QApplication::setApplicationDisplayName(QStringLiteral("WebSocket Inspector"));
    QApplication::setApplicationVersion(QStringLiteral(WSI_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.wsinspector.WebSocketInspector"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/wsinspector.png")));
    // The language of View → Language (the system's unless chosen), with Qt's own dialogs and buttons.
    wsi::Translation::install(&app, wsi::Preferences::language());
    wsi::SystemMemory::exitCleanlyWhenOutOfMemory(
        Tr::tr("wsinspector: out of memory: stopped. A recording holds every message up to the failure.\n").toUtf8());

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Inspect WebSocket servers: connect, send, watch every frame."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("URL"), Tr::tr("ws:// or wss:// URL to open (default: the built-in echo server)"));
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("session (.jsonl) or HAR file to open read-only"), QStringLiteral("[FILE...]"));
    const QCommandLineOption openLink(QStringLiteral("open-link"),
                                      Tr::tr("Open a link from another program (the desktop's ws:// and wss:// handler): a tab that "
                                             "shows where it goes and waits for Connect. A running window takes it."),
                                      QStringLiteral("URL"));
    parser.addOption(openLink);
    const QCommandLineOption record(QStringLiteral("record"), Tr::tr("Record the session to FILE from the start."), QStringLiteral("FILE"));
    parser.addOption(record);
    const QCommandLineOption collection(QStringLiteral("collection"), Tr::tr("Open a collection file in the Connections panel (repeatable)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption check(QStringLiteral("check"), Tr::tr("Run a check file in a tab of the window (repeatable)."), QStringLiteral("FILE"));
    parser.addOption(collection);
    parser.addOption(check);
    const wsi::ConnectionArguments connectionArguments;
    connectionArguments.addTo(parser);
    parser.process(app);
    // A link goes to the window already running, if there is one; this program then ends.
    if (parser.isSet(openLink) && wsi::LinkChannel::sendToRunning(parser.value(openLink)))
        return 0;
    wsi::Preferences::makeSettingsFilePrivate();
    wsi::Preferences::migrateSecrets();

    wsi::EchoServer echo;
    QUrl echoUrl;
    if (echo.listen(0))
        echoUrl = echo.url();

    if (wsi::Theme::current() != wsi::Theme::Choice::System)
        wsi::Theme::apply(wsi::Theme::current());
    wsi::MainWindow window(echoUrl);
    // A session or HAR file named on the command line opens read-only; the rest is the URL.
    QStringList positional, sessionFiles;
    for (const QString &argument : parser.positionalArguments()) {
        const bool isFile = argument.endsWith(QStringLiteral(".jsonl"), Qt::CaseInsensitive) || argument.endsWith(QStringLiteral(".har"), Qt::CaseInsensitive)
                         || QFileInfo(argument).isFile();
        (isFile ? sessionFiles : positional) << argument;
    }
    // Last run's tabs come back; a URL on the command line opens in its restored tab, if it
    // has one, else in a tab of its own.
    const bool restored = window.restoreTabs();
    if (restored && !positional.isEmpty())
        window.tabForUrl(positional.constFirst());
    const bool echoTabRestored = restored && window.currentTab()->urlText() == echoUrl.toString();
    const QString startUrl = !positional.isEmpty() ? positional.constFirst()
                             : (!restored || echoTabRestored) ? echoUrl.toString()
                                                              : QString();
    QString urlError;
    wsi::SessionOptions options = wsi::MainWindow::optionsForUrl(wsi::SessionOptions::parseUrl(startUrl, &urlError));
    QString optionError;
    if (!connectionArguments.apply(parser, &options, &optionError)) {
        fprintf(stderr, "wsinspector: %s\n", qPrintable(optionError));
        return 2;
    }
    wsi::LinkChannel links;
    links.listen();
    QObject::connect(&links, &wsi::LinkChannel::linkReceived, &window, [&window](const QString &link) { window.openLink(link); });
    // Record never replaces a file without asking (the Record to… dialog asks the same).
    const bool recordingExists = parser.isSet(record) && QFileInfo(parser.value(record)).isFile();
    if (recordingExists)
        window.show(); // the question in front of its window
    if (recordingExists
        && QMessageBox::question(&window, Tr::tr("Record"), Tr::tr("%1 exists. Replace it with the new recording?").arg(parser.value(record)),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes) {
        fprintf(stderr, "wsinspector: %s\n", qPrintable(Tr::tr("%1 exists: not replaced").arg(parser.value(record))));
        return 2;
    }
    if (parser.isSet(record) && !window.startRecording(parser.value(record), startUrl)) {
        fprintf(stderr, "wsinspector: %s\n", qPrintable(Tr::tr("cannot record to %1").arg(parser.value(record))));
        return 2;
    }
    // The connection first: its handshake goes on (on its own thread) while the window first
    // lays itself out and paints.
    if (!startUrl.isEmpty())
        window.openUrl(startUrl, options);
    window.show();
    if (startUrl.isEmpty() && !restored)
        QMessageBox::warning(&window, Tr::tr("Echo server"),
                             Tr::tr("The built-in echo server could not start: %1").arg(echo.errorString()));
    // After the start URL (which opens in the current tab): the link's tab waits for Connect.
    if (parser.isSet(openLink))
        window.openLink(parser.value(openLink));
    for (const QString &path : parser.values(collection))
        if (!window.connectionsDock()->model()->paths().contains(QFileInfo(path).absoluteFilePath()))
            window.connectionsDock()->openCollection(path);
    for (const QString &path : parser.values(check))
        window.runCheckFile(path);
    for (const QString &path : std::as_const(sessionFiles))
        QTimer::singleShot(0, &window, [&window, path] { window.openSessionFile(path); });
    return QApplication::exec();
}
