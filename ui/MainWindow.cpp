#include "MainWindow.h"

#include "CloseDialog.h"
#include "ConnectionOptionsDialog.h"
#include "ConnectionPanel.h"
#include "LogPane.h"
#include "SessionActions.h"
#include "SessionViewWindow.h"
#include "session/Redaction.h"
#include "record/SessionExport.h"
#include "log/MessageLogModel.h"
#include "log/PlainText.h"
#include "session/SessionOptionsStorage.h"
#include "ui_MainWindow.h"

#include <QCheckBox>
#include <QDockWidget>
#include <QVBoxLayout>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QHeaderView>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QShortcut>

namespace wsi {

namespace {
constexpr int MaxRecentUrls = 12;
const QString RecentUrlsKey = QStringLiteral("recentUrls");
} // namespace

MainWindow::MainWindow(const QUrl &defaultUrl, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_model(new MessageLogModel(this))
    , m_stateLabel(new QLabel(this))
    , m_countersLabel(new QLabel(this))
    , m_reconnectLabel(new QLabel(this))
    , m_recordingLabel(new QLabel(this))
    , m_recordAction(new QAction(QStringLiteral("&Record to file…"), this))
    , m_recorder(new SessionRecorder(this))
    , m_reconnectNowButton(new QPushButton(QStringLiteral("Reconnect now"), this))
    , m_stopReconnectButton(new QPushButton(QStringLiteral("Stop"), this))
    , m_panel(new ConnectionPanel(&m_session, this))
    , m_panelDock(new QDockWidget(QStringLiteral("Connection"), this))
    , m_handshakeView(new QPlainTextEdit(this))
    , m_showSecretsCheck(new QCheckBox(QStringLiteral("Show secrets"), this))
    , m_defaultUrl(defaultUrl)
{
    m_ui->setupUi(this);
    resize(1280, 720);
    m_panelDock->setObjectName(QStringLiteral("connectionDock"));
    m_panelDock->setWidget(m_panel);
    addDockWidget(Qt::RightDockWidgetArea, m_panelDock);
    m_ui->viewMenu->addAction(m_panelDock->toggleViewAction());
    resizeDocks({m_panelDock}, {380}, Qt::Horizontal);
    m_ui->certificateBar->hide();

    m_reconnectLabel->setObjectName(QStringLiteral("reconnectLabel"));
    m_reconnectLabel->setTextFormat(Qt::PlainText);
    m_reconnectNowButton->setObjectName(QStringLiteral("reconnectNowButton"));
    m_stopReconnectButton->setObjectName(QStringLiteral("stopReconnectButton"));
    m_reconnectNowButton->setToolTip(QStringLiteral("Skip the wait and try now (Ctrl+R)"));
    m_stopReconnectButton->setToolTip(QStringLiteral("Stop reconnecting; the connection stays closed"));

    // Network text must never become markup, wherever it lands.
    m_stateLabel->setTextFormat(Qt::PlainText);
    m_countersLabel->setTextFormat(Qt::PlainText);
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_countersLabel->setObjectName(QStringLiteral("countersLabel"));
    m_stateLabel->setAccessibleName(QStringLiteral("Connection state"));
    statusBar()->addWidget(m_stateLabel);
    statusBar()->addWidget(m_reconnectLabel);
    statusBar()->addWidget(m_reconnectNowButton);
    statusBar()->addWidget(m_stopReconnectButton);
    statusBar()->addPermanentWidget(m_recordingLabel);
    statusBar()->addPermanentWidget(m_countersLabel);
    m_recordingLabel->setObjectName(QStringLiteral("recordingLabel"));
    m_recordingLabel->setTextFormat(Qt::PlainText);
    m_recordingLabel->hide();

    // File menu: sessions on disk, before Quit.
    QAction *openSessionAction = new QAction(QStringLiteral("&Open session…"), this);
    openSessionAction->setObjectName(QStringLiteral("openSessionAction"));
    openSessionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(openSessionAction, &QAction::triggered, this, [this] {
        const QString path = SessionActions::askOpenPath(this, QStringLiteral("Open session"),
                                                         QStringLiteral("Sessions and HAR files (*.jsonl *.har);;All files (*)"));
        if (!path.isEmpty())
            openSessionFile(path);
    });
    QAction *saveAction = new QAction(QStringLiteral("&Save session as…"), this);
    saveAction->setObjectName(QStringLiteral("saveSessionAction"));
    saveAction->setShortcut(QKeySequence::Save);
    connect(saveAction, &QAction::triggered, this, [this] {
        const QString path = SessionActions::askSavePath(this, QStringLiteral("Save session"), QStringLiteral("Session (*.jsonl)"));
        QString error;
        if (!path.isEmpty() && !saveSessionAs(path, &error))
            QMessageBox::warning(this, QStringLiteral("Save session"), error);
    });
    m_recordAction->setObjectName(QStringLiteral("recordAction"));
    m_recordAction->setCheckable(true);
    m_recordAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_recordAction->setToolTip(QStringLiteral("Write every event to a session file as it happens"));
    connect(m_recordAction, &QAction::toggled, this, &MainWindow::onRecordToggled);
    m_ui->fileMenu->insertAction(m_ui->quitAction, openSessionAction);
    m_ui->fileMenu->insertAction(m_ui->quitAction, saveAction);
    m_ui->fileMenu->insertAction(m_ui->quitAction, m_recordAction);
    m_ui->fileMenu->insertSeparator(m_ui->quitAction);
    auto *sessionMenu = new QMenu(this);
    SessionActions::addTo(sessionMenu, this, m_ui->logPane, [this] { return logHeader(); });
    for (QAction *action : sessionMenu->actions())
        m_ui->fileMenu->insertAction(m_ui->quitAction, action);
    m_ui->fileMenu->insertSeparator(m_ui->quitAction);
    connect(&m_session, &Session::eventOccurred, m_recorder, &SessionRecorder::record);
    connect(m_recorder, &SessionRecorder::writeFailed, this, [this](const QString &message) {
        statusBar()->showMessage(message, 15000);
    });

    m_ui->logPane->setModel(m_model);
    m_handshakeView->setObjectName(QStringLiteral("handshakeView"));
    m_handshakeView->setAccessibleName(QStringLiteral("Handshake"));
    m_handshakeView->setReadOnly(true);
    m_handshakeView->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *handshakeTab = new QWidget(this);
    auto *handshakeLayout = new QVBoxLayout(handshakeTab);
    handshakeLayout->setContentsMargins(0, 0, 0, 0);
    m_showSecretsCheck->setObjectName(QStringLiteral("showSecretsCheck"));
    m_showSecretsCheck->setToolTip(QStringLiteral("Authorization, Cookie and token values are hidden unless you ask"));
    handshakeLayout->addWidget(m_showSecretsCheck);
    handshakeLayout->addWidget(m_handshakeView, 1);
    connect(m_showSecretsCheck, &QCheckBox::toggled, this, &MainWindow::updateHandshakeView);
    m_ui->logPane->detailTabs()->addTab(handshakeTab, QStringLiteral("Handshake"));
    m_ui->logPane->splitter()->setSizes({560, 300});
    m_ui->mainSplitter->setStretchFactor(0, 5);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({520, 110});

    connect(m_ui->openButton, &QPushButton::clicked, this, &MainWindow::onOpenClicked);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &MainWindow::onCloseClicked);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &MainWindow::onSendClicked);
    connect(m_ui->clearLogButton, &QPushButton::clicked, m_model, &MessageLogModel::clear);
    connect(m_ui->openAction, &QAction::triggered, this, &MainWindow::onOpenClicked);
    connect(m_ui->closeAction, &QAction::triggered, this, &MainWindow::onCloseClicked);
    connect(m_ui->sendAction, &QAction::triggered, this, &MainWindow::onSendClicked);
    connect(m_ui->closeWithCodeAction, &QAction::triggered, this, &MainWindow::onCloseWithCodeClicked);
    connect(m_ui->optionsButton, &QPushButton::clicked, this, &MainWindow::onOptionsClicked);
    connect(m_ui->optionsAction, &QAction::triggered, this, &MainWindow::onOptionsClicked);
    connect(m_ui->ignoreCertificateButton, &QPushButton::clicked, this, &MainWindow::onIgnoreCertificateClicked);
    connect(m_reconnectNowButton, &QPushButton::clicked, &m_session, &Session::reconnectNow);
    connect(m_ui->reconnectNowAction, &QAction::triggered, &m_session, &Session::reconnectNow);
    connect(m_stopReconnectButton, &QPushButton::clicked, &m_session, &Session::cancelReconnect);
    connect(m_ui->stopReconnectAction, &QAction::triggered, &m_session, &Session::cancelReconnect);
    connect(&m_session, &Session::queuedCountChanged, this, &MainWindow::refreshCounters);
    m_countdownTimer.setInterval(100);
    connect(&m_countdownTimer, &QTimer::timeout, this, &MainWindow::refreshReconnectCountdown);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->urlCombo->lineEdit(), &QLineEdit::returnPressed, this, &MainWindow::onOpenClicked);

    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, m_ui->messageEdit);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, &MainWindow::onSendClicked);
    }

    connect(&m_session, &Session::eventOccurred, this, &MainWindow::onSessionEvent);
    connect(&m_session, &Session::stateChanged, this, &MainWindow::onStateChanged);

    // Counters change per message; people read them a few times a second.
    m_countersTimer.setInterval(250);
    connect(&m_countersTimer, &QTimer::timeout, this, &MainWindow::refreshCounters);
    m_countersTimer.start();

    loadRecentUrls();
    m_ui->urlCombo->setEditText(defaultUrl.toString());
    onStateChanged(m_session.state());
    refreshCounters();
}

MainWindow::~MainWindow() = default;

LogPane *MainWindow::logPane() const
{
    return m_ui->logPane;
}

void MainWindow::openUrl(const QString &url, const std::optional<SessionOptions> &options)
{
    m_nextOpenOptions = options;
    m_ui->urlCombo->setEditText(url);
    onOpenClicked();
}

QStringList MainWindow::recentUrls()
{
    return QSettings().value(RecentUrlsKey).toStringList();
}

void MainWindow::loadRecentUrls()
{
    QStringList urls = recentUrls();
    if (m_defaultUrl.isValid()) {
        urls.removeAll(m_defaultUrl.toString());
        urls.prepend(m_defaultUrl.toString());
    }
    m_ui->urlCombo->clear();
    m_ui->urlCombo->addItems(urls);
    if (m_defaultUrl.isValid())
        m_ui->urlCombo->setItemData(0, QStringLiteral("Built-in echo server"), Qt::ToolTipRole);
}

void MainWindow::rememberUrl(const QString &url)
{
    // The built-in echo server gets a new port each run; remembering it would only add dead entries.
    if (url == m_defaultUrl.toString())
        return;
    QStringList urls = recentUrls();
    urls.removeAll(url);
    urls.prepend(url);
    while (urls.size() > MaxRecentUrls)
        urls.removeLast();
    QSettings().setValue(RecentUrlsKey, urls);
    const QString current = m_ui->urlCombo->currentText();
    loadRecentUrls();
    m_ui->urlCombo->setEditText(current);
}

void MainWindow::onOpenClicked()
{
    if (m_session.state() == Session::State::Connecting || m_session.state() == Session::State::Open)
        return;
    const QString text = m_ui->urlCombo->currentText().trimmed();
    QString error;
    const QUrl url = SessionOptions::parseUrl(text, &error);
    const std::optional<SessionOptions> given = std::exchange(m_nextOpenOptions, std::nullopt);
    SessionOptions options = given ? *given : optionsForUrl(url);
    options.url = url.isEmpty() ? QUrl(text) : url;
    options.ignoreCertificateErrors = std::exchange(m_ignoreCertificateOnce, false) || (given && given->ignoreCertificateErrors);
    m_ui->certificateBar->hide();
    if (m_session.open(options)) {
        rememberUrl(url.toString());
        m_ui->urlCombo->setEditText(url.toString());
        setWindowTitle(QStringLiteral("%1 — WebSocket Inspector")
                           .arg(PlainText::escape(Redaction::redactUrl(url).toString(), PlainText::Newlines::Escape, 200)));
    } else {
        statusBar()->showMessage(m_session.lastError(), 10000);
    }
}

void MainWindow::onCloseClicked()
{
    m_session.close(1000, QString());
}

void MainWindow::onCloseWithCodeClicked()
{
    if (m_session.state() != Session::State::Open)
        return;
    CloseDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        m_session.close(dialog.code(), dialog.reason());
}

SessionOptions MainWindow::optionsForUrl(const QUrl &url)
{
    SessionOptions options;
    options.url = url;
    if (url.isValid() && !url.isEmpty()) {
        QSettings settings;
        SessionOptionsStorage::load(settings, url, &options);
    }
    return options;
}

void MainWindow::rememberOptions(const SessionOptions &options)
{
    QSettings settings;
    SessionOptionsStorage::save(settings, options);
}

void MainWindow::onOptionsClicked()
{
    QString error;
    const QUrl url = SessionOptions::parseUrl(m_ui->urlCombo->currentText(), &error);
    ConnectionOptionsDialog dialog(this);
    SessionOptions options = optionsForUrl(url);
    options.ignoreCertificateErrors = m_ignoreCertificateOnce;
    dialog.setOptions(options);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SessionOptions chosen = dialog.options();
    m_ignoreCertificateOnce = chosen.ignoreCertificateErrors;
    if (!url.isEmpty())
        rememberOptions(chosen);
    else
        statusBar()->showMessage(QStringLiteral("Options not remembered: %1").arg(error), 10000);
}

void MainWindow::onIgnoreCertificateClicked()
{
    m_ignoreCertificateOnce = true;
    m_ui->certificateBar->hide();
    onOpenClicked();
}

SessionFile::Header MainWindow::logHeader() const
{
    SessionFile::Header header;
    header.url = Redaction::redactUrl(m_session.options().url);
    const MessageStore &store = m_model->store();
    header.startedUs = store.isEmpty() ? nowUs() : store.record(0).timestampUs;
    return header;
}

bool MainWindow::startRecording(const QString &path, const QString &url)
{
    QString error;
    SessionOptions options = m_session.options();
    if (options.url.isEmpty() || !url.isEmpty()) {
        QString ignored;
        options.url = SessionOptions::parseUrl(url.isEmpty() ? m_ui->urlCombo->currentText() : url, &ignored);
    }
    if (!m_recorder->start(path, options, false, &error)) {
        statusBar()->showMessage(error, 15000);
        const QSignalBlocker blocker(m_recordAction);
        m_recordAction->setChecked(false);
        return false;
    }
    const QSignalBlocker blocker(m_recordAction);
    m_recordAction->setChecked(true);
    refreshRecordingLabel();
    return true;
}

void MainWindow::stopRecording()
{
    m_recorder->stop();
    const QSignalBlocker blocker(m_recordAction);
    m_recordAction->setChecked(false);
    refreshRecordingLabel();
}

bool MainWindow::isRecording() const
{
    return m_recorder->isRecording();
}

void MainWindow::onRecordToggled(bool on)
{
    if (!on) {
        stopRecording();
        return;
    }
    const QString path = SessionActions::askSavePath(this, QStringLiteral("Record to"), QStringLiteral("Session (*.jsonl)"));
    if (path.isEmpty() || !startRecording(path)) {
        const QSignalBlocker blocker(m_recordAction);
        m_recordAction->setChecked(false);
    }
}

void MainWindow::refreshRecordingLabel()
{
    m_recordingLabel->setVisible(m_recorder->isRecording());
    if (m_recorder->isRecording())
        m_recordingLabel->setText(QStringLiteral("● REC %1 (%2 events)").arg(QFileInfo(m_recorder->fileName()).fileName()).arg(m_recorder->eventsWritten()));
}

bool MainWindow::saveSessionAs(const QString &path, QString *error)
{
    std::vector<SessionEvent> events;
    events.reserve(size_t(m_model->store().size()));
    for (int row = 0; row < m_model->store().size(); ++row)
        events.push_back(m_model->eventAt(row));
    return SessionFile::write(path, logHeader(), events, error);
}

SessionViewWindow *MainWindow::openSessionFile(const QString &path)
{
    const SessionFile::Contents contents = SessionExport::read(path);
    if (!contents.ok()) {
        statusBar()->showMessage(contents.fatalError, 15000);
        QMessageBox::warning(this, QStringLiteral("Open session"), contents.fatalError);
        return nullptr;
    }
    auto *window = new SessionViewWindow(path, contents);
    window->show();
    return window;
}

void MainWindow::refreshReconnectCountdown()
{
    const bool waiting = m_session.state() == Session::State::WaitingToReconnect;
    m_reconnectLabel->setVisible(waiting);
    m_reconnectNowButton->setVisible(waiting);
    m_stopReconnectButton->setVisible(waiting);
    if (!waiting) {
        m_countdownTimer.stop();
        return;
    }
    m_reconnectLabel->setText(QStringLiteral("reconnect attempt %1 in %2 s")
                                  .arg(m_session.reconnectAttempt())
                                  .arg(qMax<qint64>(0, m_session.msUntilReconnect()) / 1000.0, 0, 'f', 1));
}

void MainWindow::onSendClicked()
{
    if (!m_ui->sendButton->isEnabled())
        return;
    const QString text = m_ui->messageEdit->toPlainText();
    m_session.sendText(text);
}

void MainWindow::onSessionEvent(const SessionEvent &event)
{
    m_model->append(event);
    if (event.kind == EventKind::Error)
        statusBar()->showMessage(PlainText::escape(event.payloadText(), PlainText::Newlines::Escape, 300), 15000);
    if (event.kind == EventKind::Open || event.kind == EventKind::Error)
        updateHandshakeView();
}

void MainWindow::onStateChanged(Session::State state)
{
    const bool closed = state == Session::State::Idle || state == Session::State::Closed;
    const bool open = state == Session::State::Open;
    m_ui->openButton->setEnabled(closed);
    m_ui->openAction->setEnabled(closed);
    m_ui->urlCombo->setEnabled(closed);
    const bool onTheWay = state == Session::State::Connecting || state == Session::State::WaitingToReconnect;
    const bool queues = m_session.options().offlineSends == SessionOptions::OfflineSends::Queue;
    m_ui->closeButton->setEnabled(onTheWay || open);
    m_ui->closeAction->setEnabled(onTheWay || open);
    m_ui->closeWithCodeAction->setEnabled(open);
    m_ui->sendButton->setEnabled(open || (onTheWay && queues));
    m_ui->sendAction->setEnabled(open || (onTheWay && queues));
    m_ui->reconnectNowAction->setEnabled(state == Session::State::WaitingToReconnect);
    m_ui->stopReconnectAction->setEnabled(state == Session::State::WaitingToReconnect);

    // The browser's readyState numbers; waiting to reconnect is CLOSED (3) to a browser.
    static const int readyState[] = {3, 0, 1, 2, 3, 3};
    QString text = Session::stateName(state);
    if (state != Session::State::Idle)
        text += QStringLiteral(" (readyState %1)").arg(readyState[int(state)]);
    m_stateLabel->setText(text);
    if (state == Session::State::Connecting)
        updateHandshakeView();
    if (state == Session::State::Closed && !m_session.certificateProblem().isEmpty()) {
        m_ui->certificateLabel->setText(QStringLiteral("The server's certificate is not trusted: ") +
                                        PlainText::escape(m_session.certificateProblem()));
        m_ui->certificateBar->show();
    }
    if (state == Session::State::WaitingToReconnect)
        m_countdownTimer.start();
    refreshReconnectCountdown();
    refreshCounters();
}

void MainWindow::refreshCounters()
{
    const Session::Counters &c = m_session.counters();
    QString text = QStringLiteral("↑ %1 msgs, %2   ↓ %3 msgs, %4   log %5 rows")
                       .arg(c.messagesOut)
                       .arg(PlainText::humanSize(qint64(c.bytesOut)))
                       .arg(c.messagesIn)
                       .arg(PlainText::humanSize(qint64(c.bytesIn)))
                       .arg(m_model->store().size());
    if (m_session.queuedCount() > 0)
        text += QStringLiteral("   queued %1").arg(m_session.queuedCount());
    m_countersLabel->setText(text);
    refreshRecordingLabel();
}

void MainWindow::updateHandshakeView()
{
    const Session::Handshake &handshake = m_session.handshake();
    QStringList request = handshake.requestLines;
    if (!m_showSecretsCheck->isChecked()) {
        // Shown on screen, shared in screenshots: secrets are masked unless asked for.
        for (QString &line : request) {
            if (line.startsWith(QStringLiteral("GET "))) {
                const QString target = line.section(u' ', 1, 1);
                const QUrl url(QStringLiteral("ws://host") + target);
                const QUrl masked = Redaction::redactUrl(url);
                line = QStringLiteral("GET %1 HTTP/1.1").arg(masked.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority));
                continue;
            }
            const qsizetype colon = line.indexOf(u':');
            if (colon > 0 && Redaction::isSecretHeader(line.left(colon).toLatin1()))
                line = line.left(colon) + QStringLiteral(": •••••• (hidden; tick Show secrets)");
        }
    }
    QString text = QStringLiteral("Request\n\n") + request.join(u'\n') + QStringLiteral("\n\nResponse\n\n");
    if (handshake.httpStatus == 101) {
        text += QStringLiteral("HTTP/1.1 101 Switching Protocols\n");
        text += QStringLiteral("Sec-WebSocket-Protocol: %1\n")
                    .arg(handshake.negotiatedSubprotocol.isEmpty() ? QStringLiteral("(none negotiated)")
                                                                    : handshake.negotiatedSubprotocol);
        if (!handshake.tlsProtocol.isEmpty())
            text += QStringLiteral("\nTLS: %1, %2\nCertificate: %3%4\n")
                        .arg(handshake.tlsProtocol, handshake.tlsCipher, handshake.peerCertificate,
                             handshake.certificateErrorsIgnored ? QStringLiteral("\n⚠ certificate errors ignored for this connection")
                                                                : QString());
    } else if (handshake.httpStatus != 0) {
        text += QStringLiteral("HTTP %1 (rejected)\n").arg(handshake.httpStatus);
    } else if (m_session.state() == Session::State::Connecting) {
        text += QStringLiteral("(waiting)\n");
    } else {
        text += QStringLiteral("(none: %1)\n").arg(m_session.lastError());
    }
    m_handshakeView->setPlainText(PlainText::escape(text, PlainText::Newlines::Keep));
}

} // namespace wsi
