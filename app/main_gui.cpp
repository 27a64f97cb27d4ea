// wsinspector: the window. With no URL it connects to its own echo server.
#include "MainWindow.h"
#include "server/EchoServer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("WebSocket Inspector"));
    QApplication::setApplicationName(QStringLiteral("wsinspector"));
    QApplication::setApplicationDisplayName(QStringLiteral("WebSocket Inspector"));
    QApplication::setApplicationVersion(QStringLiteral(WSI_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Inspect WebSocket servers: connect, send, watch every frame."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("URL"), QStringLiteral("ws:// or wss:// URL to open (default: the built-in echo server)"));
    parser.process(app);

    wsi::EchoServer echo;
    QUrl echoUrl;
    if (echo.listen(0))
        echoUrl = echo.url();

    wsi::MainWindow window(echoUrl);
    window.show();
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty())
        window.openUrl(positional.constFirst());
    else if (echoUrl.isValid())
        window.openUrl(echoUrl.toString());
    else
        QMessageBox::warning(&window, QStringLiteral("Echo server"),
                             QStringLiteral("The built-in echo server could not start: %1").arg(echo.errorString()));
    return QApplication::exec();
}
