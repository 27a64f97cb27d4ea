#include "MessageDetailTabs.h"

#include "DecodeBar.h"
#include "i18n/Translation.h"
#include "JsonTreePane.h"
#include "log/JsonTreeModel.h"
#include "log/MessageLogModel.h"

#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace wsi {

namespace {
// These words were the log pane's before the detail pane was a class of its own: they keep its
// translation context (and so their translations).
struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::LogPane)
};
} // namespace

MessageDetailTabs::MessageDetailTabs(QWidget *parent)
    : QTabWidget(parent)
    , m_messagePage(new QWidget(this))
    , m_decodeBar(new DecodeBar(m_messagePage))
    , m_detailView(new QPlainTextEdit(m_messagePage))
    , m_treePane(new JsonTreePane(this))
{
    setObjectName(QStringLiteral("detailTabs"));
    m_detailView->setObjectName(QStringLiteral("detailView"));
    m_detailView->setAccessibleName(Tr::tr("Selected message"));
    m_detailView->setReadOnly(true);
    m_detailView->setPlaceholderText(Tr::tr("Select a row to see the whole message"));
    // Hex dumps and pretty JSON line up only in a fixed-width font.
    m_detailView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *messageLayout = new QVBoxLayout(m_messagePage);
    messageLayout->setContentsMargins(0, 0, 0, 0);
    messageLayout->setSpacing(2);
    messageLayout->addWidget(m_decodeBar);
    messageLayout->addWidget(m_detailView, 1);
    addTab(m_messagePage, Tr::tr("Message"));
    // Its rows of buttons must not widen the detail pane: the log's Data column has that room.
    m_treePane->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 12);
    addTab(m_treePane, Tr::tr("Tree"));
    setTabToolTip(1, Tr::tr("The selected message as a JSON tree: search it, copy a value or its path"));
    connect(m_decodeBar, &DecodeBar::settingsChanged, this, [this](const DecodeSettings &settings) {
        if (m_model) {
            DecodeSettings applied = settings;
            applied.maxOutputBytes = m_model->decodeSettings().maxOutputBytes;
            m_model->setDecodeSettings(applied);
        }
        refresh();
        emit decodeSettingsChanged(settings);
    });
}

void MessageDetailTabs::setModel(MessageLogModel *model)
{
    m_model = model;
    m_row = -1;
    m_decodeBar->setSettings(model->decodeSettings());
}

void MessageDetailTabs::setDecodeSettings(const DecodeSettings &settings)
{
    m_decodeBar->setSettings(settings);
    if (m_model)
        m_model->setDecodeSettings(settings);
    refresh();
}

void MessageDetailTabs::showRow(int row)
{
    if (!m_model || row >= m_model->rowCount())
        row = -1;
    m_row = row;
    // A hex dump's row is offset, hex and ASCII on one line: wrapped, the ASCII column fell
    // onto the next line. Text wraps at the pane's width.
    const auto kind = row >= 0 ? EventKind(m_model->index(row, 0).data(MessageLogModel::KindRole).toInt()) : EventKind::Text;
    const bool dump = kind == EventKind::Binary || kind == EventKind::Ping || kind == EventKind::Pong;
    m_detailView->setLineWrapMode(dump ? QPlainTextEdit::NoWrap : QPlainTextEdit::WidgetWidth);
    m_detailView->setPlainText(row >= 0 ? m_model->detailText(row) : QString());
    showTree(row);
}

void MessageDetailTabs::showTree(int row)
{
    // The same message again (a decode setting changed, the selection moved within a fold's
    // row) keeps its tree, opened nodes and search; a 5 MiB one is not parsed twice.
    const qint64 event = row >= 0 ? m_model->eventNumber(row) : 0;
    if (row >= 0 && event == m_treeEvent && m_treePane->model()->hasDocument())
        return;
    m_treeEvent = event;
    if (row < 0) {
        m_treePane->showNothing(QString());
        return;
    }
    const MessageLogModel::TreeSource source = m_model->treeSource(row);
    if (!source.text.isEmpty())
        m_treePane->showJsonText(source.text);
    else if (!source.value.isUndefined())
        m_treePane->showValue(source.value);
    else
        m_treePane->showNothing(Tr::tr("Row %1 has no JSON to show as a tree").arg(event));
}

} // namespace wsi
