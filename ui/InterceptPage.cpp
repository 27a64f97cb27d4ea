#include "InterceptPage.h"

#include "BreakpointPanel.h"
#include "ComposerWidget.h"
#include "LogPane.h"
#include "SessionActions.h"
#include "log/MessageLogModel.h"
#include "relay/RelayServer.h"
#include "session/SessionOptions.h"
#include "wire/HttpHead.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

#include <iterator>
#include <utility>

namespace wsi {

InterceptPage::InterceptPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new MessageLogModel(this))
    , m_log(new LogPane(this))
    , m_breakpoints(new BreakpointPanel(this))
    , m_composer(new ComposerWidget(this))
    , m_address(new QLineEdit(QStringLiteral("127.0.0.1"), this))
    , m_port(new QSpinBox(this))
    , m_upstream(new QLineEdit(this))
    , m_insecure(new QCheckBox(tr("Ignore certificate errors"), this))
    , m_start(new QPushButton(tr("&Start"), this))
    , m_warning(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_copy(new QPushButton(tr("Copy"), this))
    , m_status(new QLabel(this))
    , m_side(new QTabWidget(this))
    , m_injectConnection(new QComboBox(this))
    , m_injectDirection(new QComboBox(this))
    , m_connectionList(new QListWidget(this))
    , m_handshake(new QPlainTextEdit(this))
{
    m_address->setObjectName(QStringLiteral("interceptAddressEdit"));
    m_address->setToolTip(tr("The address the relay listens on. 127.0.0.1: only programs on this computer can connect"));
    m_address->setMaximumWidth(140);
    m_port->setObjectName(QStringLiteral("interceptPortSpin"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free"));
    m_port->setToolTip(tr("The port to listen on; \"any free\" picks one"));
    m_upstream->setObjectName(QStringLiteral("interceptUpstreamEdit"));
    m_upstream->setPlaceholderText(tr("ws://server:port/path or wss://…: where each client is forwarded"));
    m_insecure->setObjectName(QStringLiteral("interceptInsecureCheck"));
    m_insecure->setToolTip(tr("Accept the upstream's TLS certificate even when it is not trusted (its errors are shown in the log)"));
    m_start->setObjectName(QStringLiteral("interceptStartButton"));
    m_warning->setObjectName(QStringLiteral("interceptWarningLabel"));
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b9770e"));
    m_url->setObjectName(QStringLiteral("interceptUrlEdit"));
    m_url->setReadOnly(true);
    m_url->setPlaceholderText(tr("Start, then point your client at the URL shown here"));
    m_copy->setObjectName(QStringLiteral("copyUrlButton"));
    m_copy->setEnabled(false);
    m_status->setObjectName(QStringLiteral("interceptStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    auto *save = new QPushButton(tr("Sa&ve…"), this);
    save->setObjectName(QStringLiteral("interceptSaveButton"));
    save->setToolTip(tr("Save this log as a session file (File → Open session reads it)"));

    auto *setup = new QHBoxLayout;
    setup->addWidget(new QLabel(tr("Listen on"), this));
    setup->addWidget(m_address);
    setup->addWidget(new QLabel(tr("port"), this));
    setup->addWidget(m_port);
    setup->addWidget(new QLabel(tr("Upstream"), this));
    setup->addWidget(m_upstream, 1);
    setup->addWidget(m_insecure);
    setup->addWidget(m_start);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(new QLabel(tr("Point your client at"), this));
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_copy);
    urlRow->addWidget(save);

    m_log->setModel(m_model);
    // The Dir column names the connection here ("#12 ↓ to client"): wide enough for it.
    m_log->view()->setColumnWidth(MessageLogModel::DirectionColumn,
                                  m_log->view()->fontMetrics().horizontalAdvance(MessageLogModel::directionColumnText(Direction::Incoming, 88)) + 16);
    m_injectConnection->setObjectName(QStringLiteral("injectConnectionCombo"));
    m_injectDirection->setObjectName(QStringLiteral("injectDirectionCombo"));
    m_injectDirection->addItems({tr("To server"), tr("To client")});
    m_composer->setSendToTabsAvailable(false);
    m_composer->setSocketIoAvailable(false);
    auto *injectPage = new QWidget(this);
    auto *injectLayout = new QVBoxLayout(injectPage);
    auto *injectRow = new QHBoxLayout;
    injectRow->addWidget(new QLabel(tr("Inject into"), injectPage));
    injectRow->addWidget(m_injectConnection, 1);
    injectRow->addWidget(m_injectDirection, 1);
    injectLayout->addLayout(injectRow);
    injectLayout->addWidget(m_composer, 1);
    m_connectionList->setObjectName(QStringLiteral("connectionList"));
    m_handshake->setObjectName(QStringLiteral("handshakeView"));
    m_handshake->setReadOnly(true);
    m_handshake->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *connectionsPage = new QWidget(this);
    auto *connectionsLayout = new QVBoxLayout(connectionsPage);
    auto *connectionsSplit = new QSplitter(Qt::Vertical, connectionsPage);
    connectionsSplit->addWidget(m_connectionList);
    connectionsSplit->addWidget(m_handshake);
    connectionsSplit->setStretchFactor(1, 3);
    connectionsLayout->addWidget(connectionsSplit);
    m_side->setObjectName(QStringLiteral("interceptSideTabs"));
    // Scrolls on a small screen (1024×640) rather than making the window taller than it.
    auto *breakpointsScroll = new QScrollArea(this);
    breakpointsScroll->setWidget(m_breakpoints);
    breakpointsScroll->setWidgetResizable(true);
    breakpointsScroll->setFrameShape(QFrame::NoFrame);
    breakpointsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_side->addTab(breakpointsScroll, tr("Breakpoints"));
    m_side->addTab(injectPage, tr("Inject"));
    m_side->addTab(connectionsPage, tr("Connections"));

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_log);
    split->addWidget(m_side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({800, 440}); // the log first
    m_log->splitter()->setSizes({600, 200}); // and in it the table before the message's detail

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(setup);
    layout->addWidget(m_warning);
    layout->addLayout(urlRow);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(m_start, &QPushButton::clicked, this, [this] {
        if (isListening())
            stop();
        else
            start();
    });
    connect(m_upstream, &QLineEdit::returnPressed, this, [this] {
        if (!isListening())
            start();
    });
    connect(m_address, &QLineEdit::textChanged, this, &InterceptPage::refreshWarning);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_url->text());
        showStatus(tr("Copied %1").arg(m_url->text()), false);
    });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = SessionActions::askSavePath(this, tr("Save intercept"), tr("Session (*.jsonl)"));
        QString error;
        if (!path.isEmpty() && !saveSessionAs(path, &error))
            showStatus(error, true);
    });
    connect(m_composer, &ComposerWidget::sendRequested, this, &InterceptPage::inject);
    // Ctrl+Enter injects, as it sends in a connection tab (the window's Send acts on those only).
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, m_composer->editor(), nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, &InterceptPage::inject);
    }
    connect(m_composer, &ComposerWidget::clearLogRequested, m_model, &MessageLogModel::clear);
    connect(m_connectionList, &QListWidget::currentRowChanged, this, &InterceptPage::showHandshake);
    connect(m_breakpoints, &BreakpointPanel::heldChanged, this, [this](int count) {
        if (count > 0)
            m_side->setCurrentIndex(0);
        refreshTitle();
    });
    refreshWarning();
    refreshConnections();
    refreshTitle();
}

InterceptPage::~InterceptPage()
{
    // Quietly: the window that shows this page's title may be going too.
    m_breakpoints->disconnect(this);
    if (m_relay) {
        m_relay->disconnect(this);
        m_breakpoints->setRelay(nullptr);
        delete std::exchange(m_relay, nullptr);
    }
}

bool InterceptPage::start()
{
    if (m_relay)
        return true;
    RelaySettings settings;
    const QString addressText = m_address->text().trimmed();
    if (addressText.isEmpty() || addressText == QStringLiteral("localhost")) {
        settings.address = QHostAddress::LocalHost;
    } else if (!settings.address.setAddress(addressText)) {
        showStatus(tr("\"%1\" is not an IP address to listen on (127.0.0.1 for this computer only)").arg(addressText), true);
        return false;
    }
    settings.port = quint16(m_port->value());
    QString error;
    settings.upstream = SessionOptions::parseUrl(m_upstream->text(), &error);
    if (settings.upstream.isEmpty()) {
        showStatus(tr("Upstream: %1").arg(error), true);
        m_upstream->setFocus();
        return false;
    }
    settings.ignoreCertificateErrors = m_insecure->isChecked();
    settings.rules = m_breakpoints->rules();
    auto *relay = new RelayServer(settings, this);
    if (!relay->listen(&error)) {
        delete relay;
        showStatus(tr("Not started: %1").arg(error), true);
        return false;
    }
    m_relay = relay;
    // Queued: the relay emits from inside its reading, where texts are kept as facts (English).
    connect(relay, &RelayServer::eventOccurred, this, &InterceptPage::onEvent, Qt::QueuedConnection);
    connect(relay, &RelayServer::connectionStarted, this, &InterceptPage::onConnectionStarted, Qt::QueuedConnection);
    connect(relay, &RelayServer::connectionFinished, this, &InterceptPage::onConnectionFinished, Qt::QueuedConnection);
    connect(relay, &RelayServer::messageHeld, m_breakpoints, &BreakpointPanel::refreshHeld, Qt::QueuedConnection);
    m_breakpoints->setRelay(relay);
    m_url->setText(relay->url().toString());
    m_copy->setEnabled(true);
    m_start->setText(tr("&Stop"));
    for (QWidget *field : {static_cast<QWidget *>(m_address), static_cast<QWidget *>(m_port), static_cast<QWidget *>(m_upstream),
                           static_cast<QWidget *>(m_insecure)})
        field->setEnabled(false);
    showStatus(tr("Listening on %1; each client is forwarded to %2").arg(m_url->text(), settings.upstream.toString()), false);
    refreshTitle();
    refreshConnections();
    return true;
}

void InterceptPage::stop()
{
    if (!m_relay)
        return;
    RelayServer *relay = std::exchange(m_relay, nullptr);
    m_breakpoints->setRelay(nullptr);
    relay->disconnect(this);
    relay->close();
    relay->deleteLater();
    for (auto it = m_open.begin(); it != m_open.end(); ++it)
        it.value() = false;
    m_url->clear();
    m_copy->setEnabled(false);
    m_start->setText(tr("&Start"));
    for (QWidget *field : {static_cast<QWidget *>(m_address), static_cast<QWidget *>(m_port), static_cast<QWidget *>(m_upstream),
                           static_cast<QWidget *>(m_insecure)})
        field->setEnabled(true);
    showStatus(tr("Stopped: the relay no longer listens, and its connections were closed"), false);
    refreshTitle();
    refreshConnections();
}

QString InterceptPage::listenUrl() const
{
    return m_relay ? m_relay->url().toString() : QString();
}

void InterceptPage::refreshWarning()
{
    QHostAddress address;
    const QString text = m_address->text().trimmed();
    const bool exposed = address.setAddress(text) && !address.isLoopback();
    m_warning->setText(exposed ? tr("Listening on %1: anyone who can reach this address on the network can connect, "
                                    "and talk to the upstream through you")
                                     .arg(text)
                               : QString());
    m_warning->setVisible(exposed);
}

void InterceptPage::refreshTitle()
{
    QString title = tr("Intercept");
    if (m_relay)
        title = QStringLiteral("● ") + title + QStringLiteral(" :%1").arg(m_relay->port());
    if (const int held = m_breakpoints->heldCount())
        title += tr(" (%n held)", nullptr, held);
    setWindowTitle(title);
}

void InterceptPage::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #c0392b") : QString());
}

void InterceptPage::onEvent(const SessionEvent &event)
{
    m_model->append(event);
    if (event.kind == EventKind::Open) {
        m_opens.insert(event.connection, event);
        refreshConnections();
    } else if (event.kind == EventKind::Error) {
        // Why a client was refused (upstream unreachable, TLS, 401…): said where the user looks.
        showStatus(tr("Connection #%1: %2").arg(event.connection).arg(event.payloadText()), true);
        if (event.request && !m_opens.contains(event.connection)) {
            m_opens.insert(event.connection, event);
            refreshConnections();
        }
    }
}

void InterceptPage::onConnectionStarted(int connection)
{
    m_open.insert(connection, true);
    refreshConnections();
}

void InterceptPage::onConnectionFinished(int connection)
{
    m_open.insert(connection, false);
    refreshConnections();
    m_breakpoints->refreshHeld(); // its held messages were discarded
}

void InterceptPage::refreshConnections()
{
    const int selected = m_connectionList->currentRow();
    const QVariant injectChoice = m_injectConnection->currentData();
    m_connectionList->clear();
    m_injectConnection->clear();
    for (auto it = m_open.cbegin(); it != m_open.cend(); ++it) {
        const SessionEvent open = m_opens.value(it.key());
        const QString path = open.request ? QString::fromLatin1(open.request->startLine.split(' ').value(1)) : QString();
        const QString label = tr("#%1 %2 %3").arg(it.key()).arg(it.value() ? tr("open") : tr("closed"), path);
        m_connectionList->addItem(label);
        if (it.value())
            m_injectConnection->addItem(label, it.key());
    }
    if (m_connectionList->count() > 0)
        m_connectionList->setCurrentRow(selected >= 0 && selected < m_connectionList->count() ? selected : m_connectionList->count() - 1);
    // The one chosen before, else the newest (with a placeholder set, none is chosen by itself).
    const int keep = m_injectConnection->findData(injectChoice);
    m_injectConnection->setCurrentIndex(keep >= 0 ? keep : m_injectConnection->count() - 1);
    m_composer->setSendEnabled(m_injectConnection->count() > 0);
    if (m_injectConnection->count() == 0)
        m_injectConnection->setPlaceholderText(tr("no client connected"));
}

void InterceptPage::showHandshake()
{
    const int row = m_connectionList->currentRow();
    if (row < 0 || row >= m_open.size()) {
        m_handshake->setPlainText(tr("A client connection's handshake shows here: the request the client sent, "
                                     "and the answer the server sent."));
        return;
    }
    const SessionEvent open = m_opens.value(std::next(m_open.cbegin(), row).key());
    QStringList lines;
    lines << tr("— The client sent —");
    lines << (open.request ? open.request->lines() : QStringList{tr("(no request yet)")});
    lines << QString() << tr("— The server answered —");
    lines << (open.response ? open.response->lines() : QStringList{tr("(no answer yet)")});
    m_handshake->setPlainText(lines.join(u'\n'));
}

void InterceptPage::inject()
{
    if (!m_relay || m_injectConnection->currentIndex() < 0) {
        showStatus(tr("Not injected: no client is connected"), true);
        return;
    }
    QString error;
    MessageDraft::Context context;
    context.counter = m_injectCounter;
    const MessageDraft draft = m_composer->draft();
    const std::optional<MessageDraft::Wire> wire = draft.compose(context, &error);
    if (!wire) {
        showStatus(tr("Not injected: %1").arg(error), true);
        return;
    }
    const int connection = m_injectConnection->currentData().toInt();
    const bool toServer = m_injectDirection->currentIndex() == 0;
    if (!m_relay->inject(connection, toServer, !wire->binary, wire->payload)) {
        showStatus(tr("Not injected: connection #%1 is not open").arg(connection), true);
        return;
    }
    ++m_injectCounter;
    m_composer->addToHistory(draft);
    showStatus(toServer ? tr("Injected into #%1 toward the server").arg(connection) : tr("Injected into #%1 toward the client").arg(connection), false);
}

SessionFile::Header InterceptPage::header() const
{
    SessionFile::Header header;
    QString ignored;
    header.url = SessionOptions::parseUrl(m_upstream->text(), &ignored);
    const MessageStore &store = m_model->store();
    header.startedUs = store.isEmpty() ? nowUs() : store.record(0).timestampUs;
    return header;
}

bool InterceptPage::saveSessionAs(const QString &path, QString *error)
{
    std::vector<SessionEvent> events = m_model->heldEvents();
    for (SessionEvent &e : events) {
        // The log keeps no heads: the handshake each connection's Open had goes back in.
        if (e.kind == EventKind::Open && m_opens.contains(e.connection))
            e = m_opens.value(e.connection);
    }
    SessionFile::Header head = header();
    head.pins = m_model->pinnedRows();
    if (!SessionFile::write(path, SessionFile::redacted(head), SessionFile::redacted(events), error))
        return false;
    showStatus(tr("Saved %1 events to %2").arg(events.size()).arg(QFileInfo(path).fileName()), false);
    return true;
}

} // namespace wsi
