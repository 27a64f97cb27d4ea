#include "JsonTreePane.h"

#include "JsonHighlighter.h"
#include "Theme.h"
#include "log/JsonTreeModel.h"
#include "log/PlainText.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace wsi {

namespace {
// Matching rows get a marked background that keeps the text's contrast.
class MatchDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(JsonTreeModel::MatchRole).toBool()) {
            option->backgroundBrush = Theme::matchTint(option->palette);
            option->font.setBold(true);
        }
    }
};

QToolButton *toolButton(const QString &text, const QString &tip, const char *name, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setObjectName(QString::fromLatin1(name));
    button->setAutoRaise(true);
    return button;
}
} // namespace

JsonTreePane::JsonTreePane(QWidget *parent)
    : QWidget(parent)
    , m_model(new JsonTreeModel(this))
    , m_search(new QLineEdit(this))
    , m_previous(toolButton(QStringLiteral("↑"), tr("Previous match (Shift+Enter)"), "jsonPreviousButton", this))
    , m_next(toolButton(QStringLiteral("↓"), tr("Next match (Enter)"), "jsonNextButton", this))
    , m_status(new QLabel(this))
    , m_textButton(toolButton(tr("&Text"), tr("Show the message as indented, coloured JSON text instead of the tree (Alt+T)"), "jsonTextButton", this))
    , m_stack(new QStackedWidget(this))
    , m_tree(new QTreeView(m_stack))
    , m_textView(new QPlainTextEdit(m_stack))
    , m_highlighter(new JsonHighlighter(m_textView->document()))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *searchRow = new QHBoxLayout;
    m_search->setObjectName(QStringLiteral("jsonSearchEdit"));
    m_search->setPlaceholderText(tr("Search in this message"));
    m_search->setAccessibleName(tr("Search in this message"));
    m_search->setClearButtonEnabled(true);
    // The tree's own open and closed marks, so Copy path keeps its words in a narrow pane.
    auto *expand = toolButton(QStringLiteral("⊞"), tr("Expand all: open every node (the first %1 in a large message)").arg(ExpandAllLimit),
                              "jsonExpandAllButton", this);
    expand->setAccessibleName(tr("Expand all"));
    auto *collapse = toolButton(QStringLiteral("⊟"), tr("Collapse: close every node"), "jsonCollapseAllButton", this);
    collapse->setAccessibleName(tr("Collapse"));
    auto *copyPathButton = toolButton(tr("Copy path"), tr("Copy the selected node's path, $.items[3].id, as replay's --ignore takes it (Ctrl+Shift+C)"),
                                      "jsonCopyPathButton", this);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_previous);
    searchRow->addWidget(m_next);
    // Tree or text: beside the search, which serves both (the button row is full in a narrow pane).
    m_textButton->setCheckable(true);
    searchRow->addWidget(m_textButton);
    layout->addLayout(searchRow);
    // The pane is narrow beside the log: the buttons get a row of their own.
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(expand);
    buttonRow->addWidget(collapse);
    buttonRow->addWidget(copyPathButton);
    buttonRow->addStretch(1);
    layout->addLayout(buttonRow);
    m_status->setObjectName(QStringLiteral("jsonStatus"));
    m_status->setTextFormat(Qt::PlainText);
    // The pane is narrow: a long note wraps rather than being cut.
    m_status->setWordWrap(true);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_status);
    m_tree->setObjectName(QStringLiteral("jsonTree"));
    m_tree->setAccessibleName(tr("Message as a JSON tree"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new MatchDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setIndentation(m_tree->fontMetrics().horizontalAdvance(QLatin1Char('m')));
    m_tree->setColumnWidth(JsonTreeModel::KeyColumn, m_tree->fontMetrics().horizontalAdvance(QLatin1Char('m')) * 9);
    // Deep keys stay readable: the Key column follows what is open, up to 60 % of the pane.
    m_fitKeys.setSingleShot(true);
    m_fitKeys.setInterval(0);
    connect(&m_fitKeys, &QTimer::timeout, this, [this] {
        m_tree->resizeColumnToContents(JsonTreeModel::KeyColumn);
        m_tree->setColumnWidth(JsonTreeModel::KeyColumn, qMin(m_tree->columnWidth(JsonTreeModel::KeyColumn), m_tree->viewport()->width() * 3 / 5));
    });
    connect(m_tree, &QTreeView::expanded, &m_fitKeys, qOverload<>(&QTimer::start));
    connect(m_tree, &QTreeView::collapsed, &m_fitKeys, qOverload<>(&QTimer::start));
    m_textView->setObjectName(QStringLiteral("jsonTextView"));
    m_textView->setAccessibleName(tr("Message as JSON text"));
    m_textView->setReadOnly(true);
    m_textView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_textView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_textView);
    layout->addWidget(m_stack, 1);
    connect(m_textButton, &QToolButton::toggled, this, &JsonTreePane::setTextShown);

    auto *copyValueAction = new QAction(tr("Copy &value"), this);
    copyValueAction->setObjectName(QStringLiteral("jsonCopyValueAction"));
    copyValueAction->setShortcut(QKeySequence::Copy);
    copyValueAction->setShortcutContext(Qt::WidgetShortcut);
    auto *copyPathAction = new QAction(tr("Copy &path (for replay --ignore)"), this);
    copyPathAction->setObjectName(QStringLiteral("jsonCopyPathAction"));
    copyPathAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyPathAction->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(copyValueAction);
    m_tree->addAction(copyPathAction);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(copyValueAction, &QAction::triggered, this, &JsonTreePane::copyValue);
    connect(copyPathAction, &QAction::triggered, this, &JsonTreePane::copyPath);

    connect(expand, &QToolButton::clicked, this, &JsonTreePane::expandAll);
    connect(copyPathButton, &QToolButton::clicked, this, &JsonTreePane::copyPath);
    connect(collapse, &QToolButton::clicked, m_tree, &QTreeView::collapseAll);
    connect(m_next, &QToolButton::clicked, this, &JsonTreePane::findNext);
    connect(m_previous, &QToolButton::clicked, this, &JsonTreePane::findPrevious);
    connect(m_search, &QLineEdit::textChanged, this, &JsonTreePane::onSearchChanged);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (QApplication::keyboardModifiers() & Qt::ShiftModifier)
            findPrevious();
        else
            findNext();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_textStale = true;
        if (isTextShown())
            refreshText();
    });
    connect(m_model, &JsonTreeModel::loaded, this, [this] {
        m_note.clear();
        openFirstLevels();
        onSearchChanged();
    });
    connect(m_model, &JsonTreeModel::failed, this, [this](const QString &error) {
        m_note = tr("Not JSON: %1").arg(error);
        showStatus();
    });
    showNothing(QString());
}

void JsonTreePane::showJsonText(const QByteArray &text)
{
    m_note = tr("Reading %1…").arg(PlainText::humanSize(text.size()));
    m_model->load(text);
    showStatus();
}

void JsonTreePane::showValue(const QJsonValue &value)
{
    m_note.clear();
    m_model->setDocument(value);
    openFirstLevels();
    onSearchChanged();
}

void JsonTreePane::showNothing(const QString &why)
{
    m_model->clear();
    m_note = why.isEmpty() ? tr("Select a JSON message to see it as a tree") : why;
    m_match = -1;
    showStatus();
}

void JsonTreePane::setTextShown(bool shown)
{
    m_textButton->setChecked(shown);
    m_stack->setCurrentWidget(shown ? static_cast<QWidget *>(m_textView) : m_tree);
    if (shown && m_textStale)
        refreshText();
    showStatus();
}

bool JsonTreePane::isTextShown() const
{
    return m_stack->currentWidget() == m_textView;
}

void JsonTreePane::refreshText()
{
    // Filled when seen: a message read while the tree is shown costs the text nothing.
    m_textStale = false;
    m_textView->setPlainText(m_model->indentedText());
}

void JsonTreePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        m_highlighter->setPalette(palette());
    QWidget::changeEvent(event);
}

void JsonTreePane::openFirstLevels()
{
    // The document and, when it has few, its children: a small message reads at once.
    const QModelIndex root = m_model->index(0, 0);
    m_tree->expand(root);
    const int children = m_model->rowCount(root);
    if (children > 20)
        return;
    for (int row = 0; row < children; ++row) {
        // A child with thousands of elements stays closed: opening it would lay them all out now.
        const QModelIndex child = m_model->index(row, 0, root);
        if (m_model->rowCount(child) <= 200)
            m_tree->expand(child);
    }
}

void JsonTreePane::expandAll()
{
    // Breadth first, so a huge document opens its upper levels rather than one deep corner.
    std::vector<QModelIndex> level{m_model->index(0, 0)};
    int opened = 0;
    while (!level.empty() && opened < ExpandAllLimit) {
        std::vector<QModelIndex> next;
        for (const QModelIndex &index : level) {
            if (opened >= ExpandAllLimit)
                break;
            if (!m_model->hasChildren(index))
                continue;
            m_tree->expand(index);
            ++opened;
            for (int row = 0; row < m_model->rowCount(index); ++row)
                next.push_back(m_model->index(row, 0, index));
        }
        level = std::move(next);
    }
    if (!level.empty()) {
        m_note = tr("Opened the first %1 nodes; open the rest by hand").arg(ExpandAllLimit);
        showStatus();
    }
}

void JsonTreePane::onSearchChanged()
{
    const int count = m_model->setSearch(m_search->text());
    m_match = -1;
    m_previous->setEnabled(count > 0);
    m_next->setEnabled(count > 0);
    if (count > 0)
        goToMatch(0);
    showStatus();
}

void JsonTreePane::goToMatch(int i)
{
    const int count = m_model->matchCount();
    if (count == 0)
        return;
    m_match = (i % count + count) % count;
    const QModelIndex index = m_model->matchIndex(m_match);
    for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
        m_tree->expand(up);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    showStatus();
}

void JsonTreePane::findNext()
{
    if (isTextShown())
        findInText(true);
    else
        goToMatch(m_match + 1);
}

void JsonTreePane::findPrevious()
{
    if (isTextShown())
        findInText(false);
    else
        goToMatch(m_match - 1);
}

void JsonTreePane::findInText(bool forward)
{
    const QString needle = m_search->text();
    if (needle.isEmpty())
        return;
    const QTextDocument::FindFlags flags = forward ? QTextDocument::FindFlags() : QTextDocument::FindBackward;
    if (m_textView->find(needle, flags))
        return;
    // Round the end, as the tree's next/previous do.
    QTextCursor cursor = m_textView->textCursor();
    cursor.movePosition(forward ? QTextCursor::Start : QTextCursor::End);
    m_textView->setTextCursor(cursor);
    m_textView->find(needle, flags);
}

void JsonTreePane::showStatus()
{
    QString text = m_note;
    if (isTextShown() && m_model->indentedTextCut())
        text = text.isEmpty() ? tr("The text shows the first %1; the tree has all of it").arg(PlainText::humanSize(JsonTreeModel::TextLimit))
                              : text;
    if (!m_search->text().isEmpty() && m_model->hasDocument()) {
        const int count = m_model->matchCount();
        const QString matches = count == 0 ? tr("no match") : tr("match %1 of %2").arg(m_match + 1).arg(count);
        text = text.isEmpty() ? matches : text + QStringLiteral(" · ") + matches;
    }
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void JsonTreePane::copyValue()
{
    if (isTextShown()) {
        m_textView->copy();
        return;
    }
    if (const QModelIndex index = m_tree->currentIndex(); index.isValid())
        QApplication::clipboard()->setText(m_model->valueText(index));
}

void JsonTreePane::copyPath()
{
    if (const QModelIndex index = m_tree->currentIndex(); index.isValid())
        QApplication::clipboard()->setText(m_model->path(index));
}

} // namespace wsi
