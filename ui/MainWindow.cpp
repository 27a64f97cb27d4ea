#include "MainWindow.h"

#include "LogItemDelegate.h"
#include "log/MessageLogModel.h"
#include "log/PlainText.h"
#include "ui_MainWindow.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
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
    , m_defaultUrl(defaultUrl)
{
    m_ui->setupUi(this);

    // Network text must never become markup, wherever it lands.
    m_stateLabel->setTextFormat(Qt::PlainText);
    m_countersLabel->setTextFormat(Qt::PlainText);
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_countersLabel->setObjectName(QStringLiteral("countersLabel"));
    m_stateLabel->setAccessibleName(QStringLiteral("Connection state"));
    statusBar()->addWidget(m_stateLabel);
    statusBar()->addPermanentWidget(m_countersLabel);

    QTableView *view = m_ui->logView;
    view->setModel(m_model);
    view->setItemDelegate(new LogItemDelegate(view));
    view->verticalHeader()->hide();
    // Fixed row heights let the view skip measuring rows: millions stay smooth.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const int digit = view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    view->setColumnWidth(MessageLogModel::NumberColumn, digit * 7);
    view->setColumnWidth(MessageLogModel::TimeColumn, digit * 17);
    view->setColumnWidth(MessageLogModel::DirectionColumn, digit * 7);
    view->setColumnWidth(MessageLogModel::KindColumn, digit * 8);
    view->setColumnWidth(MessageLogModel::SizeColumn, digit * 8);
    view->setTextElideMode(Qt::ElideRight);
    m_ui->mainSplitter->setStretchFactor(0, 5);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->logSplitter->setStretchFactor(0, 3);
    m_ui->logSplitter->setStretchFactor(1, 2);
    m_ui->mainSplitter->setSizes({520, 110});

    connect(m_ui->openButton, &QPushButton::clicked, this, &MainWindow::onOpenClicked);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &MainWindow::onCloseClicked);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &MainWindow::onSendClicked);
    connect(m_ui->clearLogButton, &QPushButton::clicked, m_model, &MessageLogModel::clear);
    connect(m_ui->openAction, &QAction::triggered, this, &MainWindow::onOpenClicked);
    connect(m_ui->closeAction, &QAction::triggered, this, &MainWindow::onCloseClicked);
    connect(m_ui->sendAction, &QAction::triggered, this, &MainWindow::onSendClicked);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->urlCombo->lineEdit(), &QLineEdit::returnPressed, this, &MainWindow::onOpenClicked);

    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, m_ui->messageEdit);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, &MainWindow::onSendClicked);
    }

    connect(&m_session, &Session::eventOccurred, this, &MainWindow::onSessionEvent);
    connect(&m_session, &Session::stateChanged, this, &MainWindow::onStateChanged);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onCurrentRowChanged);

    // Follow the newest row only while the user is already at the bottom.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *bar = m_ui->logView->verticalScrollBar();
        m_followTail = bar->value() >= bar->maximum() - 2;
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_followTail)
            m_ui->logView->scrollToBottom();
    });

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

void MainWindow::openUrl(const QString &url)
{
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
    SessionOptions options;
    options.url = url.isEmpty() ? QUrl(text) : url;
    if (m_session.open(options)) {
        rememberUrl(url.toString());
        m_ui->urlCombo->setEditText(url.toString());
        setWindowTitle(QStringLiteral("%1 — WebSocket Inspector").arg(PlainText::escape(url.toString(), PlainText::Newlines::Escape, 200)));
    } else {
        statusBar()->showMessage(m_session.lastError(), 10000);
    }
}

void MainWindow::onCloseClicked()
{
    m_session.close(1000, QString());
}

void MainWindow::onSendClicked()
{
    if (m_session.state() != Session::State::Open)
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
    m_ui->closeButton->setEnabled(state == Session::State::Connecting || open);
    m_ui->closeAction->setEnabled(state == Session::State::Connecting || open);
    m_ui->sendButton->setEnabled(open);
    m_ui->sendAction->setEnabled(open);

    static const int readyState[] = {3, 0, 1, 2, 3}; // the browser's numbers, Idle shown as CLOSED's 3
    QString text = Session::stateName(state);
    if (state != Session::State::Idle)
        text += QStringLiteral(" (readyState %1)").arg(readyState[int(state)]);
    m_stateLabel->setText(text);
    if (state == Session::State::Connecting)
        updateHandshakeView();
    refreshCounters();
}

void MainWindow::onCurrentRowChanged(const QModelIndex &current)
{
    m_ui->detailView->setPlainText(current.isValid() ? m_model->detailText(current.row()) : QString());
}

void MainWindow::refreshCounters()
{
    const Session::Counters &c = m_session.counters();
    m_countersLabel->setText(QStringLiteral("↑ %1 msgs, %2   ↓ %3 msgs, %4   log %5 rows")
                                 .arg(c.messagesOut)
                                 .arg(PlainText::humanSize(qint64(c.bytesOut)))
                                 .arg(c.messagesIn)
                                 .arg(PlainText::humanSize(qint64(c.bytesIn)))
                                 .arg(m_model->store().size()));
}

void MainWindow::updateHandshakeView()
{
    const Session::Handshake &handshake = m_session.handshake();
    QString text = QStringLiteral("Request\n\n") + handshake.requestLines.join(u'\n') + QStringLiteral("\n\nResponse\n\n");
    if (handshake.httpStatus == 101) {
        text += QStringLiteral("HTTP/1.1 101 Switching Protocols\n");
        text += QStringLiteral("Sec-WebSocket-Protocol: %1\n")
                    .arg(handshake.negotiatedSubprotocol.isEmpty() ? QStringLiteral("(none negotiated)")
                                                                    : handshake.negotiatedSubprotocol);
    } else if (handshake.httpStatus != 0) {
        text += QStringLiteral("HTTP %1 (rejected)\n").arg(handshake.httpStatus);
    } else if (m_session.state() == Session::State::Connecting) {
        text += QStringLiteral("(waiting)\n");
    } else {
        text += QStringLiteral("(none: %1)\n").arg(m_session.lastError());
    }
    m_ui->handshakeView->setPlainText(PlainText::escape(text, PlainText::Newlines::Keep));
}

} // namespace wsi
