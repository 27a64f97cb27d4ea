#include "ComposerWidget.h"

#include "ElidedLabel.h"
#include "SessionActions.h"
#include "compose/JsonText.h"
#include "compose/Placeholders.h"
#include "compose/SnippetStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

namespace wsi {

namespace {
QString placeholderFor(MessageDraft::Format format)
{
    const QString placeholders = ComposerWidget::tr(" Placeholders: ") + Placeholders::names().join(QStringLiteral(" "));
    switch (format) {
    case MessageDraft::Format::Text: return ComposerWidget::tr("Message text. Ctrl+Enter sends; Up/Down recall.") + placeholders;
    case MessageDraft::Format::Json: return ComposerWidget::tr("A JSON value, checked as you type.") + placeholders;
    case MessageDraft::Format::Hex: return ComposerWidget::tr("Bytes in hex: de ad be ef, DEADBEEF or 0xde, 0xad");
    case MessageDraft::Format::Base64: return ComposerWidget::tr("Bytes in base64");
    case MessageDraft::Format::File: return ComposerWidget::tr("Path of a file whose bytes are sent as one binary message");
    case MessageDraft::Format::SocketIoEvent:
        return ComposerWidget::tr("Arguments as JSON, comma-separated like a call: {\"my\": \"data\"}, 2") + placeholders;
    case MessageDraft::Format::GraphQlSubscribe:
        return ComposerWidget::tr("The query: subscription { … }. Sent as graphql-transport-ws's subscribe, its id the send counter; "
                                  "variables (a JSON object) in the field above.");
    }
    return QString();
}
} // namespace

ComposerWidget::ComposerWidget(QWidget *parent)
    : QWidget(parent)
    , m_format(new QComboBox(this))
    , m_event(new QLineEdit(this))
    , m_fileButton(new QPushButton(tr("Choose file…"), this))
    , m_prettyButton(new QPushButton(tr("Pretty"), this))
    , m_compactButton(new QPushButton(tr("Compact"), this))
    , m_status(new ElidedLabel(this))
    , m_snippets(new QComboBox(this))
    , m_saveSnippet(new QToolButton(this))
    , m_deleteSnippet(new QToolButton(this))
    , m_edit(new QPlainTextEdit(this))
    , m_sendButton(new QPushButton(tr("Send"), this))
    , m_sendToTabsButton(new QPushButton(tr("Send to tabs…"), this))
    , m_clearLogButton(new QPushButton(tr("Clear log"), this))
{
    for (MessageDraft::Format format : MessageDraft::formats())
        m_format->addItem(MessageDraft::formatName(format), int(format));
    m_format->setObjectName(QStringLiteral("composerFormatCombo"));
    m_format->setAccessibleName(tr("Message format"));
    m_format->setToolTip(tr("How the text is sent: as text, as checked JSON, as binary bytes, or as a Socket.IO event"));
    m_event->setObjectName(QStringLiteral("socketIoEventEdit"));
    m_event->setPlaceholderText(tr("event name"));
    m_event->setAccessibleName(tr("Socket.IO event name"));
    m_event->setToolTip(tr("The event to emit, as in socket.emit(\"name\", ...)"));
    m_event->setMinimumWidth(m_event->fontMetrics().averageCharWidth() * 20);
    m_fileButton->setObjectName(QStringLiteral("chooseFileButton"));
    m_fileButton->setToolTip(tr("Pick the file whose bytes are sent"));
    m_prettyButton->setObjectName(QStringLiteral("prettyButton"));
    m_prettyButton->setToolTip(tr("Indent the JSON"));
    m_compactButton->setObjectName(QStringLiteral("compactButton"));
    m_compactButton->setToolTip(tr("Put the JSON on one line"));
    m_status->setObjectName(QStringLiteral("composerStatusLabel"));
    // A long Socket.IO preview is cut with "…" (whole in the tooltip): it used to widen the window.
    m_status->setAccessibleName(tr("Message check"));
    m_snippets->setObjectName(QStringLiteral("snippetCombo"));
    m_snippets->setAccessibleName(tr("Saved messages"));
    m_snippets->setToolTip(tr("Saved messages (snippets), shared by every tab and kept across runs"));
    m_snippets->setMinimumContentsLength(14);
    m_saveSnippet->setObjectName(QStringLiteral("saveSnippetButton"));
    m_saveSnippet->setText(tr("Save…"));
    m_saveSnippet->setToolTip(tr("Save this message under a name"));
    m_saveSnippet->setAccessibleName(tr("Save snippet"));
    m_deleteSnippet->setObjectName(QStringLiteral("deleteSnippetButton"));
    m_deleteSnippet->setText(tr("Delete"));
    m_deleteSnippet->setToolTip(tr("Forget the chosen saved message"));
    m_deleteSnippet->setAccessibleName(tr("Delete snippet"));
    m_edit->setObjectName(QStringLiteral("messageEdit"));
    m_edit->setAccessibleName(tr("Message to send"));
    m_edit->setTabChangesFocus(true);
    m_edit->installEventFilter(this);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setToolTip(tr("Send the message (Ctrl+Enter)"));
    m_sendToTabsButton->setObjectName(QStringLiteral("sendToTabsButton"));
    m_sendToTabsButton->setToolTip(tr("Send this message to several open tabs at once (Ctrl+Shift+Enter)"));
    m_clearLogButton->setObjectName(QStringLiteral("clearLogButton"));
    m_clearLogButton->setToolTip(tr("Empty this tab's log (the recording, if any, keeps everything)"));

    auto *tools = new QHBoxLayout;
    tools->setContentsMargins(0, 0, 0, 0);
    tools->addWidget(m_format);
    tools->addWidget(m_event, 1);
    tools->addWidget(m_fileButton);
    tools->addWidget(m_prettyButton);
    tools->addWidget(m_compactButton);
    tools->addWidget(m_status, 2);
    tools->addWidget(m_snippets);
    tools->addWidget(m_saveSnippet);
    tools->addWidget(m_deleteSnippet);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_sendButton);
    buttons->addWidget(m_sendToTabsButton);
    buttons->addWidget(m_clearLogButton);
    buttons->addStretch(1);
    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_edit, 1);
    body->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addLayout(body, 1);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ComposerWidget::onFormatChanged);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &ComposerWidget::refreshStatus);
    connect(m_event, &QLineEdit::textChanged, this, &ComposerWidget::refreshStatus);
    // Name, Enter, arguments, Ctrl+Enter: the order an emit is written in.
    connect(m_event, &QLineEdit::returnPressed, m_edit, [this] { m_edit->setFocus(); });
    connect(m_prettyButton, &QPushButton::clicked, this, [this] { m_edit->setPlainText(JsonText::pretty(m_edit->toPlainText())); });
    connect(m_compactButton, &QPushButton::clicked, this, [this] { m_edit->setPlainText(JsonText::compact(m_edit->toPlainText())); });
    connect(m_fileButton, &QPushButton::clicked, this, &ComposerWidget::chooseFile);
    connect(m_snippets, &QComboBox::activated, this, &ComposerWidget::onSnippetChosen);
    connect(m_saveSnippet, &QToolButton::clicked, this, &ComposerWidget::saveSnippet);
    connect(m_deleteSnippet, &QToolButton::clicked, this, &ComposerWidget::deleteSnippet);
    connect(m_sendButton, &QPushButton::clicked, this, &ComposerWidget::sendRequested);
    connect(m_sendToTabsButton, &QPushButton::clicked, this, &ComposerWidget::sendToTabsRequested);
    connect(m_clearLogButton, &QPushButton::clicked, this, &ComposerWidget::clearLogRequested);
    setSocketIoAvailable(false);
    reloadSnippets();
    onFormatChanged();
}

MessageDraft ComposerWidget::draft() const
{
    MessageDraft draft;
    draft.format = MessageDraft::Format(m_format->currentData().toInt());
    draft.text = m_edit->toPlainText();
    if (draft.format == MessageDraft::Format::SocketIoEvent || draft.format == MessageDraft::Format::GraphQlSubscribe)
        draft.event = m_event->text();
    return draft;
}

void ComposerWidget::setDraft(const MessageDraft &draft)
{
    setFormat(draft.format);
    m_event->setText(draft.event);
    m_edit->setPlainText(draft.text);
    m_edit->moveCursor(QTextCursor::End);
}

void ComposerWidget::setFormat(MessageDraft::Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ComposerWidget::addToHistory(const MessageDraft &draft)
{
    m_history.add(draft);
}

void ComposerWidget::focusInput()
{
    if (draft().format == MessageDraft::Format::SocketIoEvent && m_event->text().isEmpty())
        m_event->setFocus();
    else
        m_edit->setFocus();
}

void ComposerWidget::setSendEnabled(bool enabled)
{
    m_sendButton->setEnabled(enabled);
}

void ComposerWidget::setSendToTabsAvailable(bool available)
{
    m_sendToTabsButton->setVisible(available);
}

void ComposerWidget::setSocketIoAvailable(bool available)
{
    // Offered only on Socket.IO connections: elsewhere "42[...]" means nothing to the server.
    const int index = m_format->findData(int(MessageDraft::Format::SocketIoEvent));
    if (auto *model = qobject_cast<QStandardItemModel *>(m_format->model()); model && index >= 0)
        model->item(index)->setEnabled(available);
    if (available && draft().format == MessageDraft::Format::Text && m_edit->toPlainText().isEmpty())
        setFormat(MessageDraft::Format::SocketIoEvent);
    else if (!available && draft().format == MessageDraft::Format::SocketIoEvent)
        setFormat(MessageDraft::Format::Text);
}

bool ComposerWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QTextCursor cursor = m_edit->textCursor();
        // Like a shell, but only at the edges: inside a multi-line message the arrows move the cursor.
        if (key->key() == Qt::Key_Up && key->modifiers() == Qt::NoModifier && cursor.blockNumber() == 0) {
            if (const auto entry = m_history.previous(draft())) {
                setDraft(*entry);
                return true;
            }
        } else if (key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier
                   && cursor.blockNumber() == m_edit->document()->blockCount() - 1) {
            if (const auto entry = m_history.next()) {
                setDraft(*entry);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ComposerWidget::onFormatChanged()
{
    const auto format = MessageDraft::Format(m_format->currentData().toInt());
    const bool json = format == MessageDraft::Format::Json || format == MessageDraft::Format::SocketIoEvent;
    const bool graphql = format == MessageDraft::Format::GraphQlSubscribe;
    m_event->setVisible(format == MessageDraft::Format::SocketIoEvent || graphql);
    // One field, two uses: the Socket.IO event's name, or a GraphQL subscription's variables.
    m_event->setPlaceholderText(graphql ? tr("variables: {\"n\": 1}") : QStringLiteral("event name"));
    m_event->setAccessibleName(graphql ? tr("GraphQL variables") : QStringLiteral("Socket.IO event name"));
    m_event->setToolTip(graphql ? tr("The subscription's variables as a JSON object (optional)")
                                : QStringLiteral("The event to emit, as in socket.emit(\"name\", ...)"));
    m_fileButton->setVisible(format == MessageDraft::Format::File);
    m_prettyButton->setVisible(json);
    m_compactButton->setVisible(json);
    m_edit->setPlaceholderText(placeholderFor(format));
    m_sendButton->setToolTip(format == MessageDraft::Format::SocketIoEvent ? tr("Emit the event (Ctrl+Enter)")
                             : graphql                                     ? tr("Subscribe (Ctrl+Enter)")
                                                                          : tr("Send the message (Ctrl+Enter)"));
    refreshStatus();
}

void ComposerWidget::refreshStatus()
{
    const MessageDraft current = draft();
    if (current.text.isEmpty() && current.format != MessageDraft::Format::SocketIoEvent) {
        m_status->clear();
        return;
    }
    QString error;
    const auto wire = current.compose(MessageDraft::Context(), &error);
    if (!wire) {
        m_status->setText(QStringLiteral("✗ ") + error);
        return;
    }
    switch (current.format) {
    case MessageDraft::Format::Json: m_status->setText(tr("✓ valid JSON, %1 bytes").arg(wire->payload.size())); break;
    case MessageDraft::Format::SocketIoEvent:
    case MessageDraft::Format::GraphQlSubscribe: m_status->setText(QStringLiteral("✓ %1").arg(QString::fromUtf8(wire->payload.left(2000)))); break;
    case MessageDraft::Format::Text: m_status->setText(tr("%1 bytes").arg(wire->payload.size())); break;
    default: m_status->setText(tr("%1 bytes, binary").arg(wire->payload.size())); break;
    }
}

void ComposerWidget::reloadSnippets()
{
    const QSignalBlocker blocker(m_snippets);
    m_snippets->clear();
    m_snippets->addItem(tr("Snippets…"));
    m_snippets->addItems(SnippetStore::names());
    m_deleteSnippet->setEnabled(m_snippets->count() > 1);
}

void ComposerWidget::onSnippetChosen(int index)
{
    if (index <= 0)
        return;
    if (const auto snippet = SnippetStore::load(m_snippets->itemText(index)))
        setDraft(*snippet);
}

void ComposerWidget::saveSnippet()
{
    bool ok = false;
    const QString current = m_snippets->currentIndex() > 0 ? m_snippets->currentText() : QString();
    const QString name = QInputDialog::getText(this, tr("Save snippet"), tr("Name:"), QLineEdit::Normal, current, &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    SnippetStore::save(name, draft());
    reloadSnippets();
    m_snippets->setCurrentIndex(m_snippets->findText(name));
}

void ComposerWidget::deleteSnippet()
{
    if (m_snippets->currentIndex() <= 0)
        return;
    SnippetStore::remove(m_snippets->currentText());
    reloadSnippets();
}

void ComposerWidget::chooseFile()
{
    const QString path = SessionActions::askOpenPath(this, tr("Send the bytes of"), tr("All files (*)"));
    if (!path.isEmpty())
        m_edit->setPlainText(path);
}

} // namespace wsi
