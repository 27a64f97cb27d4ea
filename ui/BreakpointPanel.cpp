#include "BreakpointPanel.h"

#include "compose/JsonText.h"
#include "compose/MessageDraft.h"
#include "log/MessageLogModel.h"
#include "session/CloseCode.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wsi {

namespace {
enum class EditFormat { Text, Json, Hex };

QString kindName(quint8 opcode)
{
    switch (opcode) {
    case 0x1: return BreakpointPanel::tr("text");
    case 0x2: return BreakpointPanel::tr("binary");
    case 0x8: return BreakpointPanel::tr("close");
    case 0x9: return BreakpointPanel::tr("ping");
    case 0xA: return BreakpointPanel::tr("pong");
    }
    return QString::number(opcode);
}

// What a held item shows: a close as "CODE reason", other payloads as text when they are UTF-8.
QString readable(const HeldMessage &h, qsizetype limit = -1)
{
    if (h.opcode == 0x8)
        return CloseCode::frameText(h.payload);
    const QByteArray bytes = limit < 0 ? h.payload : h.payload.left(limit);
    if (h.isText() || (h.isControl() && QByteArrayView(h.payload).isValidUtf8()))
        return QString::fromUtf8(bytes);
    return QString::fromLatin1(bytes.toHex(' '));
}
} // namespace

BreakpointPanel::BreakpointPanel(QWidget *parent)
    : QWidget(parent)
    , m_direction(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_match(new QComboBox(this))
    , m_pattern(new QLineEdit(this))
    , m_value(new QLineEdit(this))
    , m_ruleError(new QLabel(this))
    , m_breakpoints(new QListWidget(this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_heldTitle(new QLabel(this))
    , m_heldList(new QListWidget(this))
    , m_format(new QComboBox(this))
    , m_editor(new QPlainTextEdit(this))
    , m_heldStatus(new QLabel(this))
    , m_forward(new QPushButton(tr("&Forward"), this))
    , m_forwardEdited(new QPushButton(tr("Forward &edited"), this))
    , m_drop(new QPushButton(tr("&Drop"), this))
    , m_forwardAll(new QPushButton(tr("Forward &all"), this))
{
    m_direction->setObjectName(QStringLiteral("breakDirectionCombo"));
    m_direction->addItems({tr("Both ways"), tr("To server"), tr("To client")});
    m_kind->setObjectName(QStringLiteral("breakKindCombo"));
    m_kind->addItems({tr("Text"), tr("Binary"), tr("Any message"), tr("Ping"), tr("Pong"), tr("Close")}); // RelayRules::Kind's order
    m_kind->setToolTip(tr("Pings, pongs and closes pass through unless a breakpoint names them. "
                          "A close is matched as its code and reason, e.g. \"1011 upstream boom\"."));
    m_match->setObjectName(QStringLiteral("breakMatchCombo"));
    m_match->addItems({tr("Regex"), tr("Contains"), tr("JSON path equals")});
    m_pattern->setObjectName(QStringLiteral("breakPatternEdit"));
    m_value->setObjectName(QStringLiteral("breakValueEdit"));
    m_value->setPlaceholderText(tr("value (JSON or text; empty: any)"));
    m_ruleError->setObjectName(QStringLiteral("breakErrorLabel"));
    m_ruleError->setTextFormat(Qt::PlainText);
    m_ruleError->setWordWrap(true);
    m_ruleError->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_ruleError->hide();
    auto *add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("addBreakpointButton"));
    m_remove->setObjectName(QStringLiteral("removeBreakpointButton"));
    m_breakpoints->setObjectName(QStringLiteral("breakpointList"));
    m_breakpoints->setMaximumHeight(70);

    auto *ruleBox = new QGroupBox(tr("Hold the messages that match"), this);
    auto *ruleLayout = new QVBoxLayout(ruleBox);
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_direction);
    choices->addWidget(m_kind);
    choices->addWidget(m_match);
    ruleLayout->addLayout(choices);
    auto *patternRow = new QHBoxLayout;
    patternRow->addWidget(m_pattern, 3);
    patternRow->addWidget(m_value, 2);
    patternRow->addWidget(add);
    ruleLayout->addLayout(patternRow);
    ruleLayout->addWidget(m_ruleError);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_breakpoints, 1);
    listRow->addWidget(m_remove, 0, Qt::AlignTop);
    ruleLayout->addLayout(listRow);

    m_heldTitle->setObjectName(QStringLiteral("heldTitle"));
    m_heldList->setObjectName(QStringLiteral("heldList"));
    m_heldList->setMaximumHeight(90);
    m_format->setObjectName(QStringLiteral("heldFormatCombo"));
    m_format->addItems({tr("Text"), tr("JSON"), tr("Hex")});
    m_editor->setObjectName(QStringLiteral("heldEdit"));
    m_editor->setPlaceholderText(tr("The selected held message; change it, then Forward edited"));
    m_editor->setMinimumHeight(80);
    m_heldStatus->setObjectName(QStringLiteral("heldStatusLabel"));
    m_heldStatus->setTextFormat(Qt::PlainText);
    m_heldStatus->setWordWrap(true);
    m_forward->setObjectName(QStringLiteral("forwardButton"));
    m_forwardEdited->setObjectName(QStringLiteral("forwardEditedButton"));
    m_forwardEdited->setToolTip(tr("Sends the editor's content instead: a text message stays text when the bytes are UTF-8; "
                                   "a binary one stays binary"));
    m_drop->setObjectName(QStringLiteral("dropButton"));
    m_forwardAll->setObjectName(QStringLiteral("forwardAllButton"));
    m_forwardAll->setToolTip(tr("Releases every held message of every connection, as they are"));

    auto *heldBox = new QGroupBox(tr("Held messages"), this);
    auto *heldLayout = new QVBoxLayout(heldBox);
    heldLayout->addWidget(m_heldTitle);
    heldLayout->addWidget(m_heldList);
    // The buttons right under the queue: in sight on a small screen, where the editor scrolls.
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_forward, m_forwardEdited, m_drop, m_forwardAll})
        buttons->addWidget(button);
    heldLayout->addLayout(buttons);
    heldLayout->addWidget(m_heldStatus);
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(new QLabel(tr("Edit as"), this));
    formatRow->addWidget(m_format);
    formatRow->addStretch(1);
    heldLayout->addLayout(formatRow);
    heldLayout->addWidget(m_editor, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(ruleBox);
    layout->addWidget(heldBox, 1);

    connect(add, &QPushButton::clicked, this, &BreakpointPanel::addBreakpoint);
    connect(m_pattern, &QLineEdit::returnPressed, this, &BreakpointPanel::addBreakpoint);
    connect(m_value, &QLineEdit::returnPressed, this, &BreakpointPanel::addBreakpoint);
    connect(m_remove, &QPushButton::clicked, this, &BreakpointPanel::removeBreakpoint);
    connect(m_match, &QComboBox::currentIndexChanged, this, &BreakpointPanel::onMatchChanged);
    connect(m_heldList, &QListWidget::currentRowChanged, this, &BreakpointPanel::showHeld);
    connect(m_format, &QComboBox::currentIndexChanged, this, &BreakpointPanel::showPayload);
    connect(m_forward, &QPushButton::clicked, this, [this] { act(&RelayServer::forward); });
    connect(m_drop, &QPushButton::clicked, this, [this] { act(&RelayServer::drop); });
    connect(m_forwardEdited, &QPushButton::clicked, this, &BreakpointPanel::forwardEdited);
    connect(m_forwardAll, &QPushButton::clicked, this, [this] {
        if (m_relay)
            m_relay->forwardAll();
        refreshHeld();
    });
    onMatchChanged();
    refreshHeld();
}

void BreakpointPanel::setRelay(RelayServer *relay)
{
    m_relay = relay;
    if (m_relay)
        m_relay->setRules(m_rules);
    refreshHeld();
}

void BreakpointPanel::onMatchChanged()
{
    const auto match = RelayRules::Match(m_match->currentIndex());
    m_value->setVisible(match == RelayRules::Match::JsonPathEquals);
    m_pattern->setPlaceholderText(match == RelayRules::Match::Regex      ? tr("regular expression (empty: every message)")
                                  : match == RelayRules::Match::Contains ? tr("text the message contains (empty: every message)")
                                                                         : tr("JSON path, e.g. $.type"));
}

QString BreakpointPanel::describe(const RelayRules::Rule &rule)
{
    const QString way = rule.toServer && rule.toClient ? tr("both ways") : rule.toServer ? tr("to server") : tr("to client");
    QString kind;
    switch (rule.kind) {
    case RelayRules::Kind::Text: kind = tr("text"); break;
    case RelayRules::Kind::Binary: kind = tr("binary"); break;
    case RelayRules::Kind::Any: kind = tr("any message"); break;
    case RelayRules::Kind::Ping: kind = tr("ping"); break;
    case RelayRules::Kind::Pong: kind = tr("pong"); break;
    case RelayRules::Kind::Close: kind = tr("close"); break;
    }
    QString what;
    switch (rule.match) {
    case RelayRules::Match::Regex:
        what = rule.text.isEmpty() ? tr("every message") : tr("regex %1").arg(rule.text);
        break;
    case RelayRules::Match::Contains:
        what = rule.text.isEmpty() ? tr("every message") : tr("contains \"%1\"").arg(rule.text);
        break;
    case RelayRules::Match::JsonPathEquals:
        what = rule.valueText.trimmed().isEmpty() ? tr("%1 present").arg(rule.text) : tr("%1 = %2").arg(rule.text, rule.valueText);
        break;
    }
    return QStringLiteral("%1 · %2 · %3").arg(way, kind, what);
}

void BreakpointPanel::addBreakpoint()
{
    const int way = m_direction->currentIndex();
    RelayRules::Rule rule;
    QString error;
    if (!RelayRules::breakpoint(way != 2, way != 1, RelayRules::Kind(m_kind->currentIndex()), RelayRules::Match(m_match->currentIndex()),
                                m_pattern->text(), m_value->text(), &rule, &error)) {
        m_ruleError->setText(error); // the fields keep what was typed, to be corrected
        m_ruleError->show();
        return;
    }
    m_ruleError->hide();
    m_rules.append(rule);
    m_breakpoints->addItem(describe(rule));
    m_pattern->clear();
    m_value->clear();
    if (m_relay)
        m_relay->setRules(m_rules);
}

void BreakpointPanel::removeBreakpoint()
{
    const int row = m_breakpoints->currentRow();
    if (row < 0)
        return;
    m_rules.removeAt(row);
    delete m_breakpoints->takeItem(row);
    if (m_relay)
        m_relay->setRules(m_rules);
}

void BreakpointPanel::refreshHeld()
{
    m_held = m_relay ? m_relay->held() : QList<HeldMessage>();
    const QSignalBlocker blocker(m_heldList);
    m_heldList->clear();
    int keep = -1;
    for (int i = 0; i < m_held.size(); ++i) {
        const HeldMessage &h = m_held.at(i);
        QString preview = readable(h, h.isText() ? 200 : 60);
        preview.replace(u'\n', u' ');
        m_heldList->addItem(QStringLiteral("%1 · %2 · %3").arg(MessageLogModel::directionColumnText(h.toServer ? Direction::Outgoing : Direction::Incoming, h.connection), kindName(h.opcode), preview));
        if (h.connection == m_shownConnection && h.toServer == m_shownToServer && h.id == m_shownId)
            keep = i;
    }
    m_heldTitle->setText(m_held.isEmpty() ? tr("Nothing is held. A message a breakpoint matches waits here; "
                                               "later messages of its direction wait behind it.")
                                          : tr("%n message(s) held", nullptr, int(m_held.size())));
    m_heldTitle->setWordWrap(true);
    const bool any = !m_held.isEmpty();
    for (QPushButton *button : {m_forward, m_forwardEdited, m_drop, m_forwardAll})
        button->setEnabled(any);
    m_editor->setEnabled(any);
    m_format->setEnabled(any);
    if (keep >= 0) {
        m_heldList->setCurrentRow(keep); // the editor keeps what the user typed
    } else if (any) {
        m_heldList->setCurrentRow(0);
        showHeld(0);
    } else {
        showHeld(-1);
    }
    emit heldChanged(int(m_held.size()));
}

void BreakpointPanel::showHeldStatus(const QString &text)
{
    m_heldStatus->setText(text);
    m_heldStatus->setVisible(!text.isEmpty());
}

const HeldMessage *BreakpointPanel::selectedHeld() const
{
    const int row = m_heldList->currentRow();
    return row >= 0 && row < m_held.size() ? &m_held.at(row) : nullptr;
}

void BreakpointPanel::showHeld(int row)
{
    showHeldStatus(QString());
    if (row < 0 || row >= m_held.size()) {
        m_shownConnection = 0;
        m_shownId = 0;
        m_editor->clear();
        return;
    }
    const HeldMessage &h = m_held.at(row);
    m_shownConnection = h.connection;
    m_shownToServer = h.toServer;
    m_shownId = h.id;
    const QSignalBlocker blocker(m_format);
    EditFormat format = EditFormat::Hex;
    if (h.isText())
        format = JsonText::check(QString::fromUtf8(h.payload)).ok ? EditFormat::Json : EditFormat::Text;
    else if (h.opcode == 0x8 || (h.isControl() && QByteArrayView(h.payload).isValidUtf8()))
        format = EditFormat::Text; // a close as "CODE reason"
    m_format->setCurrentIndex(int(format));
    showPayload();
}

void BreakpointPanel::showPayload()
{
    const HeldMessage *h = selectedHeld();
    if (!h)
        return;
    switch (EditFormat(m_format->currentIndex())) {
    case EditFormat::Text: m_editor->setPlainText(h->opcode == 0x8 ? CloseCode::frameText(h->payload) : QString::fromUtf8(h->payload)); break;
    case EditFormat::Json: m_editor->setPlainText(h->opcode == 0x8 ? CloseCode::frameText(h->payload) : JsonText::pretty(QString::fromUtf8(h->payload))); break;
    case EditFormat::Hex: m_editor->setPlainText(QString::fromLatin1(h->payload.toHex(' '))); break;
    }
}

void BreakpointPanel::act(bool (RelayServer::*action)(const HeldMessage &))
{
    const HeldMessage *h = selectedHeld();
    if (!h || !m_relay)
        return;
    if (!((*m_relay).*action)(*h))
        showHeldStatus(tr("That message is no longer held (its connection ended)"));
    refreshHeld();
}

void BreakpointPanel::forwardEdited()
{
    const HeldMessage *h = selectedHeld();
    if (!h || !m_relay)
        return;
    MessageDraft draft;
    const auto format = EditFormat(m_format->currentIndex());
    draft.format = format == EditFormat::Hex ? MessageDraft::Format::Hex : format == EditFormat::Json ? MessageDraft::Format::Json : MessageDraft::Format::Text;
    draft.text = m_editor->toPlainText();
    QByteArray payload;
    if (h->opcode == 0x8 && format != EditFormat::Hex) {
        QString error;
        const std::optional<QByteArray> close = CloseCode::framePayload(draft.text, &error);
        if (!close) {
            showHeldStatus(tr("Not forwarded: %1").arg(error));
            return;
        }
        payload = *close;
    } else if (format == EditFormat::Text) {
        payload = draft.text.toUtf8(); // as typed: no placeholders in an edit
    } else {
        QString error;
        const std::optional<MessageDraft::Wire> wire = draft.compose({}, &error);
        if (!wire) {
            showHeldStatus(tr("Not forwarded: %1").arg(error)); // the editor keeps the text
            return;
        }
        payload = wire->payload;
    }
    if (h->isControl() && payload.size() > 125) {
        showHeldStatus(tr("Not forwarded: a control frame carries at most 125 bytes (this is %1)").arg(payload.size()));
        return;
    }
    const bool text = h->isText() ? QByteArrayView(payload).isValidUtf8() : false;
    if (!m_relay->edit(*h, payload, text))
        showHeldStatus(tr("That message is no longer held (its connection ended)"));
    refreshHeld();
}

} // namespace wsi
