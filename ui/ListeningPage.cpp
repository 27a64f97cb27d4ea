#include "ListeningPage.h"

#include "ComposerWidget.h"
#include "LogPane.h"
#include "SessionActions.h"
#include "log/MessageLogModel.h"
#include "wire/HttpHead.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

#include <iterator>

namespace wsi {

ListeningPage::ListeningPage(const QString &name, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_model(new MessageLogModel(this))
    , m_log(new LogPane(this))
    , m_composer(new ComposerWidget(this))
    , m_address(new QLineEdit(QStringLiteral("127.0.0.1"), this))
    , m_port(new QSpinBox(this))
    , m_start(new QPushButton(tr("&Start"), this))
    , m_warning(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_copy(new QPushButton(tr("Copy"), this))
    , m_save(new QPushButton(tr("Sa&ve…"), this))
    , m_status(new QLabel(this))
    , m_composerConnection(new QComboBox(this))
    , m_connectionList(new QListWidget(this))
    , m_handshake(new QPlainTextEdit(this))
{
    m_address->setObjectName(name + QStringLiteral("AddressEdit"));
    m_address->setToolTip(tr("The address to listen on. 127.0.0.1: only programs on this computer can connect"));
    m_address->setMaximumWidth(140);
    m_port->setObjectName(name + QStringLiteral("PortSpin"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free"));
    m_port->setToolTip(tr("The port to listen on; \"any free\" picks one"));
    m_start->setObjectName(name + QStringLiteral("StartButton"));
    m_warning->setObjectName(name + QStringLiteral("WarningLabel"));
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b9770e"));
    m_url->setObjectName(name + QStringLiteral("UrlEdit"));
    m_url->setReadOnly(true);
    m_url->setPlaceholderText(tr("Start, then point your client at the URL shown here"));
    m_copy->setObjectName(QStringLiteral("copyUrlButton"));
    m_copy->setEnabled(false);
    m_save->setObjectName(name + QStringLiteral("SaveButton"));
    m_save->setToolTip(tr("Save this log as a session file (File → Open session reads it)"));
    m_status->setObjectName(name + QStringLiteral("StatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->hide(); // no gap while there is nothing to say

    m_log->setModel(m_model);
    // The Dir column names the connection here ("#12 ↓ to client"): wide enough for it.
    m_log->view()->setColumnWidth(MessageLogModel::DirectionColumn,
                                  m_log->view()->fontMetrics().horizontalAdvance(MessageLogModel::directionColumnText(Direction::Incoming, 88)) + 16);
    m_log->setConnections({});
    m_composerConnection->setObjectName(QStringLiteral("composerConnectionCombo"));
    m_composer->setSendToTabsAvailable(false);
    m_composer->setSocketIoAvailable(false);
    m_connectionList->setObjectName(QStringLiteral("connectionList"));
    m_handshake->setObjectName(QStringLiteral("handshakeView"));
    m_handshake->setReadOnly(true);
    m_handshake->setLineWrapMode(QPlainTextEdit::NoWrap);

    connect(m_start, &QPushButton::clicked, this, [this] {
        if (isListening())
            stop();
        else
            start();
    });
    connect(m_address, &QLineEdit::textChanged, this, &ListeningPage::refreshWarning);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_url->text());
        showStatus(tr("Copied %1").arg(m_url->text()), false);
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString path = SessionActions::askSavePath(this, tr("Save the log"), tr("Session (*.jsonl)"));
        QString error;
        if (!path.isEmpty() && !saveSessionAs(path, &error))
            showStatus(error, true);
    });
    connect(m_composer, &ComposerWidget::sendRequested, this, &ListeningPage::sendComposed);
    // Ctrl+Enter sends, as in a connection tab (the window's Send acts on those only).
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, m_composer->editor(), nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, &ListeningPage::sendComposed);
    }
    connect(m_composer, &ComposerWidget::clearLogRequested, m_model, &MessageLogModel::clear);
    connect(m_connectionList, &QListWidget::currentRowChanged, this, &ListeningPage::showHandshake);
}

ListeningPage::~ListeningPage() = default;

QHBoxLayout *ListeningPage::makeListenRow()
{
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Listen on"), this));
    row->addWidget(m_address);
    row->addWidget(new QLabel(tr("port"), this));
    row->addWidget(m_port);
    return row;
}

QHBoxLayout *ListeningPage::makeUrlRow()
{
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Point your client at"), this));
    row->addWidget(m_url, 1);
    row->addWidget(m_copy);
    row->addWidget(m_save);
    return row;
}

QWidget *ListeningPage::makeComposerPage(const QString &label, const QList<QWidget *> &extra)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(label, page));
    row->addWidget(m_composerConnection, 1);
    for (QWidget *widget : extra)
        row->addWidget(widget, 1);
    layout->addLayout(row);
    layout->addWidget(m_composer, 1);
    return page;
}

QWidget *ListeningPage::makeConnectionsPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *split = new QSplitter(Qt::Vertical, page);
    split->addWidget(m_connectionList);
    split->addWidget(m_handshake);
    split->setStretchFactor(1, 3);
    layout->addWidget(split);
    return page;
}

void ListeningPage::finishLayout(const QList<QLayout *> &rows, QTabWidget *side)
{
    m_side = side;
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_log);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({800, 440}); // the log first
    m_log->splitter()->setSizes({600, 200}); // and in it the table before the message's detail

    auto *layout = new QVBoxLayout(this);
    for (int i = 0; i < rows.size(); ++i) {
        layout->addLayout(rows.at(i));
        if (i == 0)
            layout->addWidget(m_warning);
    }
    auto *statusRow = new QHBoxLayout;
    auto *shown = new QLabel(tr("Lo&g shows"), this);
    shown->setBuddy(m_log->connectionCombo());
    statusRow->addWidget(shown);
    statusRow->addWidget(m_log->connectionCombo());
    statusRow->addWidget(m_status, 1);
    layout->addLayout(statusRow);
    layout->addWidget(split, 1);
    refreshWarning();
    refreshConnections();
    refreshTitle();
}

bool ListeningPage::start()
{
    if (isListening())
        return true;
    QHostAddress address = QHostAddress::LocalHost;
    const QString addressText = m_address->text().trimmed();
    if (!addressText.isEmpty() && addressText != QStringLiteral("localhost") && !address.setAddress(addressText)) {
        showStatus(tr("\"%1\" is not an IP address to listen on (127.0.0.1 for this computer only)").arg(addressText), true);
        return false;
    }
    if (!startServer(address, quint16(m_port->value())))
        return false;
    m_url->setText(serverUrl().toString());
    lockFields(true);
    refreshTitle();
    refreshConnections();
    return true;
}

void ListeningPage::stop()
{
    if (!isListening())
        return;
    stopServer();
    for (auto it = m_open.begin(); it != m_open.end(); ++it)
        it.value() = false;
    m_url->clear();
    lockFields(false);
    refreshTitle();
    refreshConnections();
}

void ListeningPage::lockFields(bool listening)
{
    m_copy->setEnabled(listening);
    m_start->setText(listening ? tr("&Stop") : tr("&Start"));
    QList<QWidget *> fields = setupFields();
    fields << m_address << m_port;
    for (QWidget *field : std::as_const(fields))
        field->setEnabled(!listening);
}

QString ListeningPage::listenUrl() const
{
    return isListening() ? serverUrl().toString() : QString();
}

QUrl ListeningPage::sessionUrl() const
{
    return serverUrl();
}

QString ListeningPage::exposedWarning(const QString &address) const
{
    return tr("Listening on %1: anyone who can reach this address on the network can connect").arg(address);
}

void ListeningPage::refreshWarning()
{
    QHostAddress address;
    const QString text = m_address->text().trimmed();
    const bool exposed = address.setAddress(text) && !address.isLoopback();
    m_warning->setText(exposed ? exposedWarning(text) : QString());
    m_warning->setVisible(exposed);
}

void ListeningPage::refreshTitle()
{
    QString title = m_title;
    if (isListening())
        title = QStringLiteral("● ") + title + QStringLiteral(" :%1").arg(listeningPort());
    setWindowTitle(title + titleSuffix());
}

void ListeningPage::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #c0392b") : QString());
    m_status->setVisible(!text.isEmpty());
}

void ListeningPage::onEvent(const SessionEvent &event)
{
    m_model->append(event);
    if (event.kind == EventKind::Open) {
        m_opens.insert(event.connection, event);
        refreshConnections();
    } else if (event.kind == EventKind::Error) {
        // Why a client was refused or failed: said where the user looks.
        showStatus(tr("Connection #%1: %2").arg(event.connection).arg(event.payloadText()), true);
        if (event.request && !m_opens.contains(event.connection)) {
            m_opens.insert(event.connection, event);
            refreshConnections();
        }
    }
}

void ListeningPage::onConnectionStarted(int connection)
{
    m_open.insert(connection, true);
    refreshConnections();
}

void ListeningPage::onConnectionFinished(int connection)
{
    m_open.insert(connection, false);
    refreshConnections();
}

void ListeningPage::refreshConnections()
{
    const int selected = m_connectionList->currentRow();
    const QVariant choice = m_composerConnection->currentData();
    m_connectionList->clear();
    m_composerConnection->clear();
    for (auto it = m_open.cbegin(); it != m_open.cend(); ++it) {
        const SessionEvent open = m_opens.value(it.key());
        const QString path = open.request ? QString::fromLatin1(open.request->startLine.split(' ').value(1)) : QString();
        const QString label = tr("#%1 %2 %3").arg(it.key()).arg(it.value() ? tr("open") : tr("closed"), path);
        m_connectionList->addItem(label);
        if (it.value())
            m_composerConnection->addItem(label, it.key());
    }
    if (m_connectionList->count() > 0)
        m_connectionList->setCurrentRow(selected >= 0 && selected < m_connectionList->count() ? selected : m_connectionList->count() - 1);
    // The one chosen before, else the newest (with a placeholder set, none is chosen by itself).
    const int keep = m_composerConnection->findData(choice);
    m_composerConnection->setCurrentIndex(keep >= 0 ? keep : m_composerConnection->count() - 1);
    m_composer->setSendEnabled(m_composerConnection->count() > 0);
    if (m_composerConnection->count() == 0)
        m_composerConnection->setPlaceholderText(tr("no client connected"));
    m_log->setConnections(m_open.keys());
}

void ListeningPage::showHandshake()
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

void ListeningPage::sendComposed()
{
    if (!isListening() || m_composerConnection->currentIndex() < 0) {
        showStatus(notSent(tr("no client is connected")), true);
        return;
    }
    QString error;
    MessageDraft::Context context;
    context.counter = m_sendCounter;
    const MessageDraft draft = m_composer->draft();
    const std::optional<MessageDraft::Wire> wire = draft.compose(context, &error);
    if (!wire) {
        showStatus(notSent(error), true);
        return;
    }
    if (!deliver(m_composerConnection->currentData().toInt(), *wire))
        return;
    ++m_sendCounter;
    m_composer->addToHistory(draft);
}

bool ListeningPage::saveSessionAs(const QString &path, QString *error)
{
    std::vector<SessionEvent> events = m_model->heldEvents();
    for (SessionEvent &e : events) {
        // The log keeps no heads: the handshake each connection's Open had goes back in.
        if (e.kind == EventKind::Open && m_opens.contains(e.connection))
            e = m_opens.value(e.connection);
    }
    SessionFile::Header head;
    head.url = sessionUrl();
    const MessageStore &store = m_model->store();
    head.startedUs = store.isEmpty() ? nowUs() : store.record(0).timestampUs;
    head.pins = m_model->pinnedRows();
    if (!SessionFile::write(path, SessionFile::redacted(head), SessionFile::redacted(events), error))
        return false;
    showStatus(tr("Saved %1 events to %2").arg(events.size()).arg(QFileInfo(path).fileName()), false);
    return true;
}

} // namespace wsi
