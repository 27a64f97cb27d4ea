#include "ConnectionTab.h"
#include "LinkBar.h"

#include "CloseDialog.h"
#include "ComposerWidget.h"
#include "ConnectionOptionsDialog.h"
#include "ConnectionPanel.h"
#include "FramesView.h"
#include "HandshakeView.h"
#include "DecodeBar.h"
#include "LogPane.h"
#include "TabStatusRow.h"
#include "session/ConnectionText.h"
#include "collection/Variables.h"
#include "compose/MessageDraft.h"
#include "log/MessageLogModel.h"
#include "log/PlainText.h"
#include "prefs/Preferences.h"
#include "session/Redaction.h"
#include "socketio/SocketIoPacket.h"
#include "ui_ConnectionTab.h"

#include <QApplication>
#include <QCheckBox>
#include <QCompleter>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace wsi {

ConnectionTab::ConnectionTab(const QUrl &defaultUrl, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConnectionTab>())
    , m_model(new MessageLogModel(this))
    , m_recorder(new SessionRecorder(this))
    , m_statusRow(new TabStatusRow(&m_session, m_recorder, m_model, this))
    , m_panel(new ConnectionPanel(&m_session, this))
    , m_handshakeView(new HandshakeView(&m_session, this))
    , m_defaultUrl(defaultUrl)
{
    m_ui->setupUi(this);
    m_ui->panelSplitter->addWidget(m_panel);
    // Width the window gains or loses goes mostly to the log; the panel can be folded away
    // by dragging its handle (F9 hides it) in a small window.
    m_ui->panelSplitter->setStretchFactor(0, 4);
    m_ui->panelSplitter->setStretchFactor(1, 1);
    m_ui->panelSplitter->setSizes({980, 300});
    m_ui->panelSplitter->setCollapsible(1, true);
    m_ui->certificateBar->hide();
    m_ui->socketIoHint->hide();
    m_ui->namespaceEdit->hide();
    m_ui->tabLayout->addWidget(m_statusRow);
    m_ui->tabLayout->setStretchFactor(m_ui->panelSplitter, 1);

    connect(&m_session, &Session::eventOccurred, m_recorder, &SessionRecorder::record);
    connect(m_recorder, &SessionRecorder::writeFailed, this, [this](const QString &message) { showStatus(message, 15000); });

    m_model->setRowLimit(savedLogRowLimit());
    m_ui->logPane->setModel(m_model);
    m_ui->logPane->setResendAvailable(true);
    connect(m_ui->logPane, &LogPane::resendRequested, this, &ConnectionTab::resend);
    connect(m_ui->logPane, &LogPane::decodeSettingsChanged, this, &ConnectionTab::rememberDecodeSettings);
    m_ui->logPane->detailTabs()->addTab(m_handshakeView, tr("Handshake"));
    m_ui->logPane->detailTabs()->addTab(new FramesView(&m_session, this), tr("Frames"));
    m_ui->logPane->detailTabs()->setUsesScrollButtons(true); // a narrow pane keeps its width, not its tab titles
    m_ui->logPane->splitter()->setSizes({760, 240});
    m_ui->mainSplitter->setStretchFactor(0, 5);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({520, 130});

    connect(m_ui->openButton, &QPushButton::clicked, this, &ConnectionTab::openConnection);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &ConnectionTab::closeConnection);
    connect(m_ui->optionsButton, &QPushButton::clicked, this, &ConnectionTab::showOptions);
    connect(m_ui->ignoreCertificateButton, &QPushButton::clicked, this, &ConnectionTab::onIgnoreCertificateClicked);
    connect(m_ui->useSocketIoButton, &QPushButton::clicked, this, [this] { setSocketIo(true); });
    connect(m_ui->protocolCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->namespaceEdit->setVisible(isSocketIo());
        composer()->setSocketIoAvailable(isSocketIo());
        refreshSocketIoHint();
    });
    connect(m_ui->urlCombo, &QComboBox::editTextChanged, this, &ConnectionTab::onUrlEdited);
    // Recent URLs are suggested in a popup, never completed inline: Enter opens what was typed
    // (inline, "ws://127.0.0.1:9" became a remembered "ws://127.0.0.1:9100/reject404").
    m_ui->urlCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_statusTimer.setSingleShot(true);
    connect(&m_statusTimer, &QTimer::timeout, this, &ConnectionTab::clearStatus);
    connect(m_ui->urlCombo, &QComboBox::textActivated, this, &ConnectionTab::loadModeFor);
    connect(composer(), &ComposerWidget::sendRequested, this, &ConnectionTab::send);
    connect(composer(), &ComposerWidget::sendToTabsRequested, this, &ConnectionTab::sendToTabsRequested);
    connect(composer(), &ComposerWidget::clearLogRequested, m_model, &MessageLogModel::clear);
    connect(m_ui->urlCombo->lineEdit(), &QLineEdit::returnPressed, this, &ConnectionTab::openConnection);

    connect(&m_session, &Session::eventOccurred, this, &ConnectionTab::onSessionEvent);
    connect(&m_session, &Session::stateChanged, this, &ConnectionTab::onStateChanged);

    loadRecentUrls();
    m_ui->urlCombo->setEditText(defaultUrl.toString());
    onStateChanged(m_session.state());
}

ConnectionTab::~ConnectionTab()
{
    // A tab that goes away says goodbye properly instead of leaving the server to time out;
    // nobody is left to hear what the tab would say about it.
    blockSignals(true);
    disconnect(&m_session, nullptr, this, nullptr);
    if (m_session.state() == Session::State::Open)
        m_session.close(1001, QStringLiteral("Tab closed"));
}

LogPane *ConnectionTab::logPane() const
{
    return m_ui->logPane;
}

ComposerWidget *ConnectionTab::composer() const
{
    return m_ui->composer;
}

void ConnectionTab::setPanelVisible(bool visible)
{
    m_panel->setVisible(visible);
}

QString ConnectionTab::urlText() const
{
    return m_ui->urlCombo->currentText().trimmed();
}

void ConnectionTab::setUrlText(const QString &url)
{
    m_ui->urlCombo->setEditText(url);
    loadModeFor(url);
}

void ConnectionTab::loadModeFor(const QString &url)
{
    // A URL remembered as Socket.IO comes back as Socket.IO, with its namespace.
    QString error;
    const SessionOptions remembered = optionsForUrl(SessionOptions::parseUrl(url, &error));
    setSocketIo(remembered.protocol == SessionOptions::Protocol::SocketIo);
    m_ui->namespaceEdit->setText(remembered.socketIoNamespace);
    // So does the way its binary messages are decoded.
    DecodeSettings decode = remembered.decode;
    decode.maxOutputBytes = qint64(remembered.maxIncomingMessageSize);
    m_ui->logPane->setDecodeSettings(decode);
}

void ConnectionTab::rememberDecodeSettings(const DecodeSettings &decode)
{
    QString error;
    const QUrl url = SessionOptions::parseUrl(urlText(), &error);
    if (url.isEmpty())
        return;
    SessionOptions options = optionsForUrl(url);
    options.url = url;
    options.protocol = isSocketIo() ? SessionOptions::Protocol::SocketIo : SessionOptions::Protocol::WebSocket;
    options.decode = decode;
    options.ignoreCertificateErrors = false;
    rememberOptions(options);
}

void ConnectionTab::focusUrl()
{
    m_ui->urlCombo->lineEdit()->setFocus();
    m_ui->urlCombo->lineEdit()->selectAll();
}

bool ConnectionTab::isSocketIo() const
{
    return m_ui->protocolCombo->currentIndex() == 1;
}

void ConnectionTab::setSocketIo(bool on)
{
    m_ui->protocolCombo->setCurrentIndex(on ? 1 : 0);
}

QString ConnectionTab::title() const
{
    QString error;
    const QUrl url = SessionOptions::parseUrl(urlText(), &error);
    if (url.isEmpty())
        return tr("New connection");
    // The host as sent (punycode): a look-alike letter in a tab title would pass unnoticed.
    QString text = url.host(QUrl::EncodeUnicode) + (url.port() > 0 ? QStringLiteral(":%1").arg(url.port()) : QString()) + url.path();
    if (url == m_defaultUrl)
        text = tr("Echo %1", "tab title: the built-in echo server at this address").arg(text);
    return PlainText::escape(text, PlainText::Newlines::Escape, 40);
}

void ConnectionTab::openUrl(const QString &url, const std::optional<SessionOptions> &options)
{
    m_nextOpenOptions = options;
    if (options)
        setSocketIo(options->protocol == SessionOptions::Protocol::SocketIo);
    m_ui->urlCombo->setEditText(url);
    openConnection();
}

void ConnectionTab::reviewLink(const QString &link)
{
    if (!m_linkBar) {
        m_linkBar = new LinkBar(this);
        // Over the log and the composer, not over the whole tab: the panel beside them is as tall
        // as a 1024x640 window allows, and the bar is there only until Connect.
        auto *column = new QWidget;
        column->setSizePolicy(m_ui->mainSplitter->sizePolicy()); // its stretch: width goes to the log
        auto *columnLayout = new QVBoxLayout(column);
        columnLayout->setContentsMargins(0, 0, 0, 0);
        const int index = m_ui->panelSplitter->indexOf(m_ui->mainSplitter);
        m_ui->panelSplitter->replaceWidget(index, column);
        columnLayout->addWidget(m_linkBar);
        columnLayout->addWidget(m_ui->mainSplitter, 1);
        m_ui->mainSplitter->show();
        connect(m_linkBar, &LinkBar::connectClicked, this, [this](bool withSavedSettings) {
            const QString link = m_linkBar->review().link;
            m_ui->urlCombo->setEditText(link);
            if (withSavedSettings) {
                openUrl(link);
                return;
            }
            SessionOptions bare;
            QString error;
            bare.url = SessionOptions::parseUrl(link, &error);
            openUrl(link, bare);
        });
    }
    QString error;
    const QUrl url = SessionOptions::parseUrl(link, &error);
    const LinkReview review = LinkReview::review(link, optionsForUrl(url));
    if (review.error.isEmpty())
        m_ui->urlCombo->setEditText(link.trimmed());
    m_linkBar->showReview(review);
}

QStringList ConnectionTab::recentUrls()
{
    return Preferences::recentUrls();
}

void ConnectionTab::onUrlEdited()
{
    refreshSocketIoHint();
    // A URL opened before comes back in the mode it was opened in (remembered per URL),
    // typed or picked; a new one keeps the mode chosen in the row.
    QString error;
    const QUrl url = SessionOptions::parseUrl(urlText(), &error);
    bool remembered = false;
    if (!url.isEmpty() && m_ui->urlCombo->isEnabled()) {
        Preferences::optionsForUrl(url, &remembered);
        if (remembered || (url != m_defaultUrl && recentUrls().contains(url.toString())))
            loadModeFor(urlText());
    }
    // The tab's name follows the URL as it is typed, not only once it is opened.
    emit titleChanged(title());
}

void ConnectionTab::showStatus(const QString &message, int timeoutMs)
{
    m_statusText = message;
    if (timeoutMs > 0)
        m_statusTimer.start(timeoutMs);
    else
        m_statusTimer.stop();
    emit statusTextChanged();
}

void ConnectionTab::clearStatus()
{
    m_statusTimer.stop();
    if (m_statusText.isEmpty())
        return;
    m_statusText.clear();
    emit statusTextChanged();
}

void ConnectionTab::loadRecentUrls()
{
    QStringList urls = recentUrls();
    if (m_defaultUrl.isValid()) {
        urls.removeAll(m_defaultUrl.toString());
        urls.prepend(m_defaultUrl.toString());
    }
    const QString current = m_ui->urlCombo->currentText();
    // The URL typed stays as it was: the list's refill is no edit (each would save the tabs
    // and read the URL's options: three writes of the settings file as a flood begins).
    const QSignalBlocker refill(m_ui->urlCombo);
    m_ui->urlCombo->clear();
    m_ui->urlCombo->addItems(urls);
    if (m_defaultUrl.isValid())
        m_ui->urlCombo->setItemData(0, tr("Built-in echo server"), Qt::ToolTipRole);
    m_ui->urlCombo->setEditText(current);
}

void ConnectionTab::rememberUrl(const QString &url)
{
    // The built-in echo server gets a new port each run; remembering it would only add dead entries.
    if (url == m_defaultUrl.toString())
        return;
    Preferences::addRecentUrl(url);
    loadRecentUrls();
}

void ConnectionTab::openConnection()
{
    if (m_session.state() == Session::State::Connecting || m_session.state() == Session::State::Open)
        return;
    const QString text = urlText();
    QString error;
    const QUrl url = SessionOptions::parseUrl(text, &error);
    const std::optional<SessionOptions> given = std::exchange(m_nextOpenOptions, std::nullopt);
    SessionOptions options = given ? *given : optionsForUrl(url);
    options.url = url.isEmpty() ? QUrl(text) : url;
    options.ignoreCertificateErrors = std::exchange(m_ignoreCertificateOnce, false) || (given && given->ignoreCertificateErrors);
    // The mode chosen in the row wins, and is remembered with the URL's other options.
    const auto protocol = isSocketIo() ? SessionOptions::Protocol::SocketIo : SessionOptions::Protocol::WebSocket;
    const QString nameSpace = m_ui->namespaceEdit->text().trimmed().isEmpty() ? QStringLiteral("/") : m_ui->namespaceEdit->text().trimmed();
    if (!url.isEmpty() && !given && (options.protocol != protocol || (isSocketIo() && options.socketIoNamespace != nameSpace))) {
        options.protocol = protocol;
        options.socketIoNamespace = nameSpace;
        SessionOptions remembered = options;
        remembered.ignoreCertificateErrors = false;
        rememberOptions(remembered);
    }
    options.protocol = protocol;
    if (isSocketIo())
        options.socketIoNamespace = nameSpace;
    m_ui->certificateBar->hide();
    if (m_linkBar)
        m_linkBar->hide();
    // Inflating a compressed message stops at the size limit of the connection it came on.
    DecodeSettings decode = m_model->decodeSettings();
    decode.maxOutputBytes = qint64(options.maxIncomingMessageSize);
    m_model->setDecodeSettings(decode);
    if (m_session.open(options)) {
        rememberUrl(url.toString());
        m_ui->urlCombo->setEditText(url.toString());
        composer()->setSocketIoAvailable(isSocketIo());
        // Opened from the URL row: the next thing typed is a message (and the row is about to be disabled).
        const QWidget *focus = QApplication::focusWidget();
        if (focus && (focus == m_ui->urlCombo->lineEdit() || m_ui->connectionRow->indexOf(const_cast<QWidget *>(focus)) >= 0))
            composer()->focusInput();
        emit titleChanged(title());
    } else {
        showStatus(m_session.lastError(), 10000);
    }
}

void ConnectionTab::closeConnection()
{
    m_session.close(1000, QString());
}

void ConnectionTab::closeWithCode()
{
    if (m_session.state() != Session::State::Open)
        return;
    CloseDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        m_session.close(dialog.code(), dialog.reason());
}

SessionOptions ConnectionTab::optionsForUrl(const QUrl &url)
{
    return Preferences::optionsForUrl(url);
}

void ConnectionTab::rememberOptions(const SessionOptions &options)
{
    Preferences::rememberOptions(options);
}

void ConnectionTab::showOptions()
{
    QString error;
    const QUrl url = SessionOptions::parseUrl(urlText(), &error);
    ConnectionOptionsDialog dialog(this);
    SessionOptions options = optionsForUrl(url);
    options.ignoreCertificateErrors = m_ignoreCertificateOnce;
    dialog.setOptions(options);
    // A connection that is up (or on its way back) takes some options at once; the dialog says which.
    const Session::State state = m_session.state();
    const bool live = state != Session::State::Idle && state != Session::State::Closed;
    dialog.setLiveConnection(live);
    if (dialog.exec() != QDialog::Accepted)
        return;
    SessionOptions chosen = dialog.options();
    chosen.protocol = options.protocol;
    chosen.socketIoNamespace = options.socketIoNamespace;
    m_ignoreCertificateOnce = chosen.ignoreCertificateErrors;
    if (url.isEmpty()) {
        showStatus(tr("Options not remembered: %1").arg(error), 10000);
        return;
    }
    rememberOptions(chosen);
    const QString secretsNote = Preferences::takeSecretsNote();
    if (!secretsNote.isEmpty())
        showStatus(secretsNote, 30000);
    if (!live)
        return;
    m_session.applyLiveOptions(chosen);
    onStateChanged(m_session.state()); // Send while disconnected may have changed what Send does
    const SessionOptions &current = m_session.options();
    QStringList later;
    if (chosen.headers != current.headers)
        later << tr("headers");
    if (chosen.subprotocols != current.subprotocols)
        later << tr("subprotocols");
    if (chosen.origin != current.origin)
        later << tr("Origin");
    if (chosen.connectTimeoutMs != current.connectTimeoutMs)
        later << tr("connect timeout");
    if (chosen.maxIncomingMessageSize != current.maxIncomingMessageSize)
        later << tr("largest message");
    if (chosen.ignoreCertificateErrors)
        later << tr("ignoring certificate errors");
    showStatus(later.isEmpty() ? tr("Options applied to this connection")
                               : tr("Options applied to this connection; %1: applies from the next connect").arg(later.join(QStringLiteral(", "))),
               15000);
}

void ConnectionTab::onIgnoreCertificateClicked()
{
    m_ignoreCertificateOnce = true;
    m_ui->certificateBar->hide();
    openConnection();
}

void ConnectionTab::refreshSocketIoHint()
{
    QString error;
    const QUrl url = SessionOptions::parseUrl(urlText(), &error);
    m_ui->socketIoHint->setVisible(!isSocketIo() && SocketIoPacket::looksLikeSocketIo(url));
}

SessionFile::Header ConnectionTab::logHeader() const
{
    SessionFile::Header header;
    header.url = Redaction::redactUrl(m_session.options().url);
    const MessageStore &store = m_model->store();
    header.startedUs = store.isEmpty() ? nowUs() : store.record(0).timestampUs;
    return header;
}

bool ConnectionTab::startRecording(const QString &path, const QString &url)
{
    QString error;
    SessionOptions options = m_session.options();
    if (options.url.isEmpty() || !url.isEmpty()) {
        QString ignored;
        options.url = SessionOptions::parseUrl(url.isEmpty() ? urlText() : url, &ignored);
    }
    if (!m_recorder->start(path, options, false, &error)) {
        showStatus(error, 15000);
        emit recordingChanged(false);
        return false;
    }
    m_statusRow->refreshRecording();
    emit recordingChanged(true);
    return true;
}

void ConnectionTab::stopRecording()
{
    m_recorder->stop();
    m_statusRow->refreshRecording();
    emit recordingChanged(false);
}

bool ConnectionTab::isRecording() const
{
    return m_recorder->isRecording();
}

bool ConnectionTab::saveSessionAs(const QString &path, QString *error)
{
    const std::vector<SessionEvent> events = m_model->heldEvents();
    SessionFile::Header header = logHeader();
    header.pins = m_model->pinnedRows();
    if (!SessionFile::write(path, header, events, error))
        return false;
    const QString saved = tr("Saved %1 events to %2").arg(events.size()).arg(QFileInfo(path).fileName());
    // With a row limit the log is not the whole session: say so where the user looks.
    if (m_model->droppedRows() > 0)
        showStatus(saved + tr("; %1 older events had left the log (row limit %2): a recording keeps every message")
                                       .arg(m_model->droppedRows()).arg(m_model->rowLimit()),
                           15000);
    else
        showStatus(saved, 5000);
    return true;
}

void ConnectionTab::send()
{
    const MessageDraft draft = composer()->draft();
    if (sendDraft(draft))
        composer()->addToHistory(draft);
}

bool ConnectionTab::canSendNow()
{
    if (!canSend()) {
        showStatus(tr("Not sent: the connection is %1, not OPEN").arg(ConnectionText::stateShown(int(m_session.state()))), 10000);
        return false;
    }
    return true;
}

bool ConnectionTab::canSend() const
{
    const Session::State state = m_session.state();
    const bool onTheWay = state == Session::State::Connecting || state == Session::State::WaitingToReconnect;
    return state == Session::State::Open
        || (onTheWay && m_session.options().offlineSends == SessionOptions::OfflineSends::Queue);
}

void ConnectionTab::resend(const std::vector<int> &rows)
{
    if (!canSendNow())
        return;
    int sent = 0;
    for (int row : rows) {
        const MessageStore::Record &record = m_model->store().record(row);
        if (record.kind != EventKind::Text && record.kind != EventKind::Binary)
            continue;
        // The bytes as they were on the wire, whichever way they went.
        if (!m_session.sendMessage(record.kind == EventKind::Binary, m_model->store().payload(row).toByteArray(), MessageTag::Resent))
            break;
        ++sent;
    }
    if (sent == 0)
        showStatus(tr("Nothing resent: select text or binary message rows"), 5000);
    else
        showStatus(sent == 1 ? tr("Resent 1 message") : tr("Resent %n messages", nullptr, sent), 5000);
}

qsizetype ConnectionTab::savedLogRowLimit()
{
    return Preferences::logRowLimit();
}

void ConnectionTab::saveLogRowLimit(qsizetype limit)
{
    Preferences::setLogRowLimit(limit);
}

void ConnectionTab::setLogRowLimit(qsizetype limit)
{
    m_model->setRowLimit(limit);
}

bool ConnectionTab::sendDraft(const MessageDraft &draft)
{
    if (!canSendNow())
        return false;
    MessageDraft::Context context;
    context.counter = m_sendCounter + 1;
    context.socketIoNamespace = m_session.options().socketIoNamespace;
    // A collection's secret variables: the composer shows {{name}}, the wire gets the value.
    MessageDraft expanded = draft;
    if (!m_session.options().secretVariables.isEmpty()) {
        VariableSet secrets;
        for (auto it = m_session.options().secretVariables.cbegin(); it != m_session.options().secretVariables.cend(); ++it)
            secrets.set(it.key(), it.value(), true);
        expanded.text = secrets.expand(draft.text, nullptr);
        expanded.event = secrets.expand(draft.event, nullptr);
    }
    QString error;
    const auto wire = expanded.compose(context, &error);
    if (!wire) {
        showStatus(tr("Not sent: %1").arg(error), 10000);
        return false;
    }
    if (wire->socketIo && m_session.options().protocol != SessionOptions::Protocol::SocketIo) {
        showStatus(tr("Not sent: this connection is not in Socket.IO mode"), 10000);
        return false;
    }
    if (!m_session.sendMessage(wire->binary, wire->payload, wire->socketIo ? MessageTag::SocketIo : MessageTag::None))
        return false;
    ++m_sendCounter;
    return true;
}

void ConnectionTab::onSessionEvent(const SessionEvent &event)
{
    // The subprotocol the server accepted picks the protocol decoder when the tab says Auto.
    if (event.kind == EventKind::Open) {
        m_model->setSubprotocol(m_session.handshake().negotiatedSubprotocol);
        m_ui->logPane->decodeBar()->setSubprotocol(m_session.handshake().negotiatedSubprotocol);
    }
    m_model->append(event);
    if (event.kind == EventKind::Error) {
        // The row and the recording keep the English; the status line speaks the reader's language.
        const QString shown = m_session.lastError().isEmpty() ? event.payloadText() : m_session.lastError();
        showStatus(PlainText::escape(shown, PlainText::Newlines::Escape, 300), 15000);
    }
    if (event.kind == EventKind::Open || event.kind == EventKind::Error)
        m_handshakeView->refresh();
}

void ConnectionTab::onStateChanged(Session::State state)
{
    // "Connection refused" or "Not sent" is stale once the connection is on its way again or open.
    if (state == Session::State::Connecting || state == Session::State::Open)
        clearStatus();
    const bool closed = state == Session::State::Idle || state == Session::State::Closed;
    const bool open = state == Session::State::Open;
    m_ui->openButton->setEnabled(closed);
    m_ui->urlCombo->setEnabled(closed);
    m_ui->protocolCombo->setEnabled(closed);
    m_ui->namespaceEdit->setEnabled(closed);
    const bool onTheWay = state == Session::State::Connecting || state == Session::State::WaitingToReconnect;
    m_ui->closeButton->setEnabled(onTheWay || open);
    composer()->setSendEnabled(canSend());

    m_statusRow->refreshState();
    if (state == Session::State::Connecting)
        m_handshakeView->refresh();
    if (state == Session::State::Closed && !m_session.certificateProblem().isEmpty()) {
        m_ui->certificateLabel->setText(tr("The server's certificate is not trusted: %1")
                                            .arg(PlainText::escape(m_session.certificateProblem())));
        m_ui->certificateBar->show();
    }
    emit stateChanged(state);
}


} // namespace wsi
