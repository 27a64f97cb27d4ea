#include "ServerPage.h"

#include "CloseDialog.h"
#include "SessionActions.h"
#include "log/MessageLogModel.h"
#include "mock/MockServer.h"
#include "session/CloseCode.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QVBoxLayout>

#include <utility>

namespace wsi {

namespace {
// What a new tab's editor holds: a rules file that answers nothing (every message is shown).
const char *const EmptyRules = "{\n  \"wsinspectorMock\": 1,\n  \"rules\": []\n}\n";
} // namespace

ServerPage::ServerPage(QWidget *parent)
    : ListeningPage(QStringLiteral("server"), tr("Server"), parent)
    , m_rulesLabel(new QLabel(this))
    , m_rulesEditor(new QPlainTextEdit(QString::fromLatin1(EmptyRules), this))
    , m_rulesError(new QLabel(this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_closeClient(new QPushButton(tr("Clos&e client…"), this))
{
    model()->setClientsLog(true); // "#1 ↓ from client", "#1 ↑ to client"
    addressEdit()->setToolTip(tr("The address the mock server listens on. 127.0.0.1: only programs on this computer can connect"));
    m_rulesLabel->setObjectName(QStringLiteral("rulesLabel"));
    m_rulesLabel->setTextFormat(Qt::PlainText);
    auto *load = new QPushButton(tr("&Load rules…"), this);
    load->setObjectName(QStringLiteral("loadRulesButton"));
    load->setToolTip(tr("Read a rules file (README \"Mock server\"): what the server answers, sends and refuses"));
    auto *save = new QPushButton(tr("Save r&ules…"), this);
    save->setObjectName(QStringLiteral("saveRulesButton"));
    save->setToolTip(tr("Write the rules in the Rules tab to a file (wsinspector-cli serve --rules runs it)"));
    m_rulesEditor->setObjectName(QStringLiteral("rulesEditor"));
    m_rulesEditor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_rulesEditor->setTabChangesFocus(true);
    m_rulesError->setObjectName(QStringLiteral("rulesErrorLabel"));
    m_rulesError->setTextFormat(Qt::PlainText);
    m_rulesError->setWordWrap(true);
    m_rulesError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rulesError->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_rulesError->hide();
    m_apply->setObjectName(QStringLiteral("applyRulesButton"));
    m_apply->setToolTip(tr("Check the text and run it: clients that connect from now on follow it"));
    m_closeClient->setObjectName(QStringLiteral("closeClientButton"));
    m_closeClient->setToolTip(tr("Close the chosen client's connection with a code and a reason"));

    QHBoxLayout *setup = makeListenRow();
    setup->addWidget(startButton());
    setup->addStretch(1);
    auto *rulesRow = new QHBoxLayout;
    rulesRow->addWidget(new QLabel(tr("Rules:"), this));
    rulesRow->addWidget(m_rulesLabel, 1);
    rulesRow->addWidget(load);
    rulesRow->addWidget(save);

    auto *rulesPage = new QWidget(this);
    auto *rulesLayout = new QVBoxLayout(rulesPage);
    rulesLayout->addWidget(m_rulesEditor, 1);
    rulesLayout->addWidget(m_rulesError);
    auto *applyRow = new QHBoxLayout;
    applyRow->addWidget(new QLabel(tr("New clients follow the rules applied; connected ones keep theirs"), rulesPage), 1);
    applyRow->addWidget(m_apply);
    rulesLayout->addLayout(applyRow);

    composerConnectionCombo()->setObjectName(QStringLiteral("replyConnectionCombo"));
    auto *side = new QTabWidget(this);
    side->setObjectName(QStringLiteral("serverSideTabs"));
    m_rulesPage = rulesPage;
    side->addTab(makeComposerPage(tr("Send to"), {m_closeClient}), tr("Reply"));
    side->addTab(rulesPage, tr("Rules"));
    side->addTab(makeConnectionsPage(), tr("Connections"));
    finishLayout({setup, makeUrlRow(), rulesRow}, side);

    connect(load, &QPushButton::clicked, this, [this] {
        const QString path = SessionActions::askOpenPath(this, tr("Load rules"), tr("Mock rules (*.json);;All files (*)"));
        if (!path.isEmpty())
            loadRules(path);
    });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = SessionActions::askSavePath(this, tr("Save rules"), tr("Mock rules (*.json)"), QStringLiteral("json"));
        if (!path.isEmpty())
            saveRules(path);
    });
    connect(m_apply, &QPushButton::clicked, this, &ServerPage::applyRules);
    connect(m_closeClient, &QPushButton::clicked, this, &ServerPage::askCloseClient);
    connect(composerConnectionCombo(), &QComboBox::currentIndexChanged, this,
            [this] { m_closeClient->setEnabled(composerConnectionCombo()->currentIndex() >= 0); });
    m_closeClient->setEnabled(false);
    refreshRulesLabel();
}

ServerPage::~ServerPage()
{
    if (m_server) {
        m_server->disconnect(this);
        delete std::exchange(m_server, nullptr);
    }
}

void ServerPage::showRulesError(const QString &error)
{
    m_rulesError->setText(error);
    m_rulesError->setVisible(!error.isEmpty());
    if (!error.isEmpty())
        sideTabs()->setCurrentWidget(m_rulesPage); // the text and what is wrong with it, side by side
}

std::optional<MockRules> ServerPage::readEditor()
{
    QString error;
    const QString name = m_rulesPath.isEmpty() ? tr("(rules not saved)") : m_rulesPath;
    std::optional<MockRules> rules = MockRules::parse(m_rulesEditor->toPlainText().toUtf8(), name, &error);
    showRulesError(rules ? QString() : error);
    return rules;
}

bool ServerPage::applyRules()
{
    const std::optional<MockRules> rules = readEditor();
    if (!rules) {
        showStatus(tr("Rules not applied (the ones before still run): %1").arg(m_rulesError->text()), true);
        return false;
    }
    m_rules = *rules;
    if (m_server)
        m_server->setRules(m_rules);
    refreshRulesLabel();
    showStatus(m_server ? tr("Rules applied: clients that connect from now on follow them") : tr("Rules applied"), false);
    return true;
}

bool ServerPage::loadRules(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showStatus(tr("Rules not loaded: %1: cannot read: %2").arg(path, file.errorString()), true);
        return false;
    }
    // The file's text goes into the editor even when it is wrong, so it can be fixed there.
    m_rulesEditor->setPlainText(QString::fromUtf8(file.readAll()));
    m_rulesPath = path;
    const std::optional<MockRules> rules = readEditor();
    if (!rules) {
        showStatus(tr("Rules not loaded (the ones before still run; Start will not until they read): %1").arg(m_rulesError->text()), true);
        refreshRulesLabel();
        return false;
    }
    m_rules = *rules;
    if (m_server)
        m_server->setRules(m_rules);
    refreshRulesLabel();
    showStatus(tr("Loaded the rules of %1").arg(QFileInfo(path).fileName()), false);
    return true;
}

bool ServerPage::saveRules(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_rulesEditor->toPlainText().toUtf8()) < 0 || !file.commit()) {
        showStatus(tr("Rules not saved: %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    m_rulesPath = path;
    refreshRulesLabel();
    const std::optional<MockRules> rules = readEditor(); // said, not refused: the user may save half-done work
    showStatus(rules ? tr("Saved the rules to %1").arg(QFileInfo(path).fileName())
                     : tr("Saved the rules to %1; they do not read yet: %2").arg(QFileInfo(path).fileName(), m_rulesError->text()),
               !rules);
    return true;
}

void ServerPage::refreshRulesLabel()
{
    const QString file = m_rulesPath.isEmpty() ? tr("not from a file") : QFileInfo(m_rulesPath).fileName();
    const QString what = m_rules.rules.isEmpty() && m_rules.onConnect.isEmpty() && m_rules.every.isEmpty()
                             ? tr("no rules: every message is shown, none answered")
                             : tr("%n rule(s)", nullptr, int(m_rules.rules.size()));
    m_rulesLabel->setText(tr("%1 — %2").arg(file, what));
    m_rulesLabel->setToolTip(m_rulesPath);
}

bool ServerPage::startServer(const QHostAddress &address, quint16 port)
{
    // What the editor holds is what runs: a file that does not read starts nothing.
    const std::optional<MockRules> rules = readEditor();
    if (!rules) {
        showStatus(tr("Not started: the rules do not read: %1").arg(m_rulesError->text()), true);
        return false;
    }
    m_rules = *rules;
    refreshRulesLabel();
    MockSettings settings;
    settings.address = address;
    settings.port = port;
    auto *server = new MockServer(settings, m_rules, this);
    QString error;
    if (!server->listen(&error)) {
        delete server;
        showStatus(tr("Not started: %1").arg(error), true);
        return false;
    }
    m_server = server;
    m_lastUrl = server->url();
    // Queued: the server emits from inside its reading, where texts are kept as facts (English).
    connect(server, &MockServer::eventOccurred, this, &ServerPage::onEvent, Qt::QueuedConnection);
    connect(server, &MockServer::connectionStarted, this, &ServerPage::onConnectionStarted, Qt::QueuedConnection);
    connect(server, &MockServer::connectionFinished, this, &ServerPage::onConnectionFinished, Qt::QueuedConnection);
    showStatus(tr("Listening on %1").arg(server->url().toString()), false);
    return true;
}

void ServerPage::stopServer()
{
    MockServer *server = std::exchange(m_server, nullptr);
    server->disconnect(this);
    server->close();
    server->deleteLater();
    showStatus(tr("Stopped: the mock server no longer listens, and its clients were disconnected"), false);
}

QUrl ServerPage::serverUrl() const
{
    return m_server ? m_server->url() : QUrl();
}

QString ServerPage::notSent(const QString &why) const
{
    return tr("Not sent: %1").arg(why);
}

bool ServerPage::deliver(int connection, const MessageDraft::Wire &wire)
{
    if (!wire.binary && !QByteArrayView(wire.payload).isValidUtf8()) {
        showStatus(notSent(tr("a text message must be UTF-8")), true);
        return false;
    }
    if (!m_server->send(connection, !wire.binary, wire.payload)) {
        showStatus(notSent(tr("client #%1 is not open (or is closing)").arg(connection)), true);
        return false;
    }
    showStatus(tr("Sent to client #%1").arg(connection), false);
    return true;
}

void ServerPage::askCloseClient()
{
    const int connection = composerConnectionCombo()->currentData().toInt();
    if (!m_server || connection <= 0) {
        showStatus(tr("Not closed: no client is connected"), true);
        return;
    }
    CloseDialog dialog(this);
    dialog.setWindowTitle(tr("Close client #%1").arg(connection));
    if (dialog.exec() == QDialog::Accepted)
        closeClient(connection, dialog.code(), dialog.reason());
}

bool ServerPage::closeClient(int connection, int code, const QString &reason)
{
    if (!CloseCode::isValidToSend(code)) {
        showStatus(tr("Not closed: %1 may not be sent in a close frame (RFC 6455 §7.4); 1000, 1001, 1008, 1011 "
                      "or 3000–4999 may")
                       .arg(CloseCode::describe(code)),
                   true);
        return false;
    }
    if (!m_server || !m_server->closeClient(connection, code, reason)) {
        showStatus(tr("Not closed: client #%1 is not open (or is closing already)").arg(connection), true);
        return false;
    }
    showStatus(tr("Closing client #%1 with %2").arg(connection).arg(CloseCode::describe(code)), false);
    return true;
}

} // namespace wsi
