#include "InterceptPage.h"

#include "BreakpointPanel.h"
#include "relay/RelayServer.h"
#include "session/SessionOptions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>

#include <utility>

namespace wsi {

InterceptPage::InterceptPage(QWidget *parent)
    : ListeningPage(QStringLiteral("intercept"), tr("Intercept"), parent)
    , m_breakpoints(new BreakpointPanel(this))
    , m_upstream(new QLineEdit(this))
    , m_insecure(new QCheckBox(tr("Ignore certificate errors"), this))
    , m_injectDirection(new QComboBox(this))
{
    addressEdit()->setToolTip(tr("The address the relay listens on. 127.0.0.1: only programs on this computer can connect"));
    m_upstream->setObjectName(QStringLiteral("interceptUpstreamEdit"));
    m_upstream->setPlaceholderText(tr("ws://server:port/path or wss://…: where each client is forwarded"));
    m_insecure->setObjectName(QStringLiteral("interceptInsecureCheck"));
    m_insecure->setToolTip(tr("Accept the upstream's TLS certificate even when it is not trusted (its errors are shown in the log)"));

    QHBoxLayout *setup = makeListenRow();
    setup->addWidget(new QLabel(tr("Upstream"), this));
    setup->addWidget(m_upstream, 1);
    setup->addWidget(m_insecure);
    setup->addWidget(startButton());

    composerConnectionCombo()->setObjectName(QStringLiteral("injectConnectionCombo"));
    m_injectDirection->setObjectName(QStringLiteral("injectDirectionCombo"));
    m_injectDirection->addItems({tr("To server"), tr("To client")});
    auto *side = new QTabWidget(this);
    side->setObjectName(QStringLiteral("interceptSideTabs"));
    // Scrolls on a small screen (1024×640) rather than making the window taller than it.
    auto *breakpointsScroll = new QScrollArea(this);
    breakpointsScroll->setWidget(m_breakpoints);
    breakpointsScroll->setWidgetResizable(true);
    breakpointsScroll->setFrameShape(QFrame::NoFrame);
    breakpointsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    side->addTab(breakpointsScroll, tr("Breakpoints"));
    side->addTab(makeComposerPage(tr("Inject into"), {m_injectDirection}), tr("Inject"));
    side->addTab(makeConnectionsPage(), tr("Connections"));
    finishLayout({setup, makeUrlRow()}, side);

    connect(m_upstream, &QLineEdit::returnPressed, this, [this] {
        if (!isListening())
            start();
    });
    connect(m_breakpoints, &BreakpointPanel::heldChanged, this, [this, side](int count) {
        if (count > 0)
            side->setCurrentIndex(0);
        refreshTitle();
    });
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

QList<QWidget *> InterceptPage::setupFields() const
{
    return {m_upstream, m_insecure};
}

QString InterceptPage::exposedWarning(const QString &address) const
{
    return tr("Listening on %1: anyone who can reach this address on the network can connect, "
              "and talk to the upstream through you")
        .arg(address);
}

bool InterceptPage::startServer(const QHostAddress &address, quint16 port)
{
    RelaySettings settings;
    settings.address = address;
    settings.port = port;
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
    connect(relay, &RelayServer::connectionFinished, this, [this](int connection) {
        onConnectionFinished(connection);
        m_breakpoints->refreshHeld(); // its held messages were discarded
    }, Qt::QueuedConnection);
    connect(relay, &RelayServer::messageHeld, m_breakpoints, &BreakpointPanel::refreshHeld, Qt::QueuedConnection);
    m_breakpoints->setRelay(relay);
    showStatus(tr("Listening on %1; each client is forwarded to %2").arg(relay->url().toString(), settings.upstream.toString()), false);
    return true;
}

void InterceptPage::stopServer()
{
    RelayServer *relay = std::exchange(m_relay, nullptr);
    m_breakpoints->setRelay(nullptr);
    relay->disconnect(this);
    relay->close();
    relay->deleteLater();
    showStatus(tr("Stopped: the relay no longer listens, and its connections were closed"), false);
}

QUrl InterceptPage::serverUrl() const
{
    return m_relay ? m_relay->url() : QUrl();
}

QString InterceptPage::titleSuffix() const
{
    const int held = m_breakpoints->heldCount();
    return held > 0 ? tr(" (%n held)", nullptr, held) : QString();
}

QString InterceptPage::notSent(const QString &why) const
{
    return tr("Not injected: %1").arg(why);
}

bool InterceptPage::deliver(int connection, const MessageDraft::Wire &wire)
{
    const bool toServer = m_injectDirection->currentIndex() == 0;
    if (!m_relay->inject(connection, toServer, !wire.binary, wire.payload)) {
        showStatus(notSent(tr("connection #%1 is not open").arg(connection)), true);
        return false;
    }
    showStatus(toServer ? tr("Injected into #%1 toward the server").arg(connection) : tr("Injected into #%1 toward the client").arg(connection), false);
    return true;
}

QUrl InterceptPage::sessionUrl() const
{
    QString ignored;
    return SessionOptions::parseUrl(m_upstream->text(), &ignored);
}

} // namespace wsi
