#include "LogPane.h"

#include "DecodeBar.h"
#include "LogItemDelegate.h"
#include "log/LogFilterModel.h"
#include "log/MessageLogModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace wsi {

LogPane::LogPane(QWidget *parent)
    : QWidget(parent)
    , m_filter(new LogFilterModel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_kindCombo(new QComboBox(this))
    , m_directionCombo(new QComboBox(this))
    , m_followCheck(new QCheckBox(tr("Follow"), this))
    , m_filterStatus(new QLabel(this))
    , m_droppedStatus(new QLabel(this))
    , m_copyMessageAction(new QAction(tr("&Copy message"), this))
    , m_copyRowsAction(new QAction(tr("Copy &rows"), this))
    , m_resendAction(new QAction(tr("&Resend"), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_view(new QTableView(m_splitter))
    , m_detailTabs(new QTabWidget(m_splitter))
    , m_messagePage(new QWidget(m_detailTabs))
    , m_decodeBar(new DecodeBar(m_messagePage))
    , m_detailView(new QPlainTextEdit(m_messagePage))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter: text, or /regular expression/  (Ctrl+F)"));
    m_filterEdit->setAccessibleName(tr("Filter"));
    m_filterEdit->setClearButtonEnabled(true);
    m_kindCombo->setObjectName(QStringLiteral("kindFilterCombo"));
    m_kindCombo->addItems({tr("All kinds"), tr("Messages"), tr("Text"),
                           tr("Binary"), tr("Events"), tr("All but pings"), tr("Control frames")});
    m_kindCombo->setItemData(int(LogFilterModel::KindFilter::NoPings),
                             tr("Hides ping and pong frames, heartbeat messages and Engine.IO pings and pongs"), Qt::ToolTipRole);
    m_kindCombo->setItemData(int(LogFilterModel::KindFilter::Control),
                             tr("Only the protocol's control frames: pings, pongs and closes, both ways"), Qt::ToolTipRole);
    m_kindCombo->setAccessibleName(tr("Kind filter"));
    m_directionCombo->setObjectName(QStringLiteral("directionFilterCombo"));
    m_directionCombo->addItems({tr("Both ways"), tr("↓ In"), tr("↑ Out")});
    m_directionCombo->setAccessibleName(tr("Direction filter"));
    m_followCheck->setObjectName(QStringLiteral("followCheck"));
    m_followCheck->setChecked(true);
    m_followCheck->setToolTip(tr("Scroll to new rows while at the bottom; uncheck to read undisturbed"));
    m_filterStatus->setObjectName(QStringLiteral("filterStatus"));
    m_filterStatus->setTextFormat(Qt::PlainText);
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(m_kindCombo);
    filterRow->addWidget(m_directionCombo);
    filterRow->addWidget(m_followCheck);
    filterRow->addWidget(m_filterStatus);
    m_droppedStatus->setObjectName(QStringLiteral("droppedStatus"));
    m_droppedStatus->setTextFormat(Qt::PlainText);
    m_droppedStatus->hide();
    filterRow->addWidget(m_droppedStatus);
    layout->addLayout(filterRow);
    layout->addWidget(m_splitter, 1);

    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setAccessibleName(tr("Message log"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setItemDelegate(new LogItemDelegate(m_view));
    m_view->verticalHeader()->hide();
    // Fixed row heights let the view skip measuring rows: millions stay smooth.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setTextElideMode(Qt::ElideRight);

    // Right-click on the log, or the keys while it has focus.
    m_copyMessageAction->setObjectName(QStringLiteral("copyMessageAction"));
    m_copyMessageAction->setShortcut(QKeySequence::Copy);
    m_copyMessageAction->setToolTip(tr("Copy the selected messages' whole payloads (binary as hex)"));
    m_copyRowsAction->setObjectName(QStringLiteral("copyRowsAction"));
    m_copyRowsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyRowsAction->setToolTip(tr("Copy the selected rows as the table shows them, tab-separated"));
    m_resendAction->setObjectName(QStringLiteral("resendAction"));
    m_resendAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_resendAction->setToolTip(tr("Send the selected messages again, in order, on this connection"));
    m_resendAction->setVisible(false);
    for (QAction *action : {m_copyMessageAction, m_copyRowsAction, m_resendAction}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(action);
    }
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_copyMessageAction, &QAction::triggered, this, [this] {
        if (const std::vector<int> rows = selectedRows(); !rows.empty())
            QApplication::clipboard()->setText(messagesText(rows));
    });
    connect(m_copyRowsAction, &QAction::triggered, this, [this] {
        if (const std::vector<int> rows = selectedRows(); !rows.empty())
            QApplication::clipboard()->setText(rowsText(rows));
    });
    connect(m_resendAction, &QAction::triggered, this, [this] { emit resendRequested(selectedRows()); });

    m_detailView->setObjectName(QStringLiteral("detailView"));
    m_detailView->setAccessibleName(tr("Selected message"));
    m_detailView->setReadOnly(true);
    m_detailView->setPlaceholderText(tr("Select a row to see the whole message"));
    // Hex dumps and pretty JSON line up only in a fixed-width font.
    m_detailView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detailTabs->setObjectName(QStringLiteral("detailTabs"));
    auto *messageLayout = new QVBoxLayout(m_messagePage);
    messageLayout->setContentsMargins(0, 0, 0, 0);
    messageLayout->setSpacing(2);
    messageLayout->addWidget(m_decodeBar);
    messageLayout->addWidget(m_detailView, 1);
    m_detailTabs->addTab(m_messagePage, tr("Message"));
    connect(m_decodeBar, &DecodeBar::settingsChanged, this, [this](const DecodeSettings &settings) {
        if (m_model) {
            DecodeSettings applied = settings;
            applied.maxOutputBytes = m_model->decodeSettings().maxOutputBytes;
            m_model->setDecodeSettings(applied);
        }
        showCurrentDetail();
        emit decodeSettingsChanged(settings);
    });
    m_splitter->setChildrenCollapsible(false);
    // The table (its Data column) takes most of a wider window, the detail pane the rest.
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WindowShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });

    // Typing restarts a short timer; the filter runs once the user pauses.
    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(250);
    connect(&m_filterDelay, &QTimer::timeout, this, &LogPane::applyFilter);
    connect(m_filterEdit, &QLineEdit::textChanged, &m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterEdit, &QLineEdit::returnPressed, this, &LogPane::applyFilter);
    connect(m_filter, &LogFilterModel::progress, this, [this] {
        if (m_filterStatus->text() != m_filter->errorString() || m_filter->errorString().isEmpty())
            refreshFilterStatus();
    });
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &LogPane::applyFilter);
    connect(m_directionCombo, &QComboBox::currentIndexChanged, this, &LogPane::applyFilter);
}

QAbstractItemModel *LogPane::shownModel() const
{
    return m_view->model();
}

void LogPane::showModel(QAbstractItemModel *model)
{
    if (m_view->model() == model)
        return;
    // Only what was connected here for the view: the filter's progress stays connected
    // (disconnecting everything left the row count stuck at "checking, 0 %").
    for (const QMetaObject::Connection &connection : m_viewConnections)
        disconnect(connection);
    m_viewConnections.clear();
    m_view->setModel(model);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LogPane::onCurrentRowChanged);
    // Follow the newest row only while the user is at the bottom and has not paused it.
    m_viewConnections.push_back(connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *bar = m_view->verticalScrollBar();
        m_atBottom = bar->value() >= bar->maximum() - 2;
    }));
    m_viewConnections.push_back(connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_atBottom && m_followCheck->isChecked())
            m_view->scrollToBottom();
    }));
    // A new model (a filter set or cleared) starts at its first row: with Follow on, go back
    // to the newest, or the view would stay at row 1 while rows arrive.
    if (m_followCheck->isChecked()) {
        m_view->scrollToBottom();
        m_atBottom = true;
    }
    // Old rows leaving the top (the row limit) must not move what a reader is looking at.
    // A reader following the newest rows stays with them.
    m_viewConnections.push_back(connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] {
        const QScrollBar *bar = m_view->verticalScrollBar();
        m_scrollBeforeRemoval = bar->value();
        m_followingBeforeRemoval = m_followCheck->isChecked() && bar->value() >= bar->maximum() - 2;
    }));
    m_viewConnections.push_back(connect(model, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &, int first, int last) {
        if (first != 0)
            return;
        if (m_followingBeforeRemoval) {
            m_view->scrollToBottom();
            m_atBottom = true;
            return;
        }
        const int removed = last - first + 1;
        const int step = m_view->verticalScrollMode() == QAbstractItemView::ScrollPerItem
                             ? 1 : m_view->verticalHeader()->defaultSectionSize();
        m_view->verticalScrollBar()->setValue(qMax(0, m_scrollBeforeRemoval - removed * step));
    }));
}

void LogPane::setResendAvailable(bool available)
{
    m_resendAction->setVisible(available);
}

QString LogPane::messagesText(const std::vector<int> &rows) const
{
    QStringList parts;
    for (int row : rows) {
        const SessionEvent event = m_model->eventAt(row);
        if (event.kind == EventKind::Text)
            parts << QString::fromUtf8(event.payload);
        else if (event.kind == EventKind::Binary)
            parts << QString::fromLatin1(event.payload.toHex(' '));
        else
            parts << m_model->summaryText(row);
    }
    return parts.join(u'\n');
}

QString LogPane::rowsText(const std::vector<int> &rows) const
{
    QString text;
    for (int row : rows) {
        for (int column = 0; column < MessageLogModel::ColumnCount; ++column) {
            if (column > 0)
                text += u'\t';
            text += m_model->index(row, column).data().toString();
        }
        text += u'\n';
    }
    return text;
}

void LogPane::refreshDroppedStatus()
{
    const qint64 dropped = m_model ? m_model->droppedRows() : 0;
    m_droppedStatus->setVisible(dropped > 0);
    if (dropped > 0)
        m_droppedStatus->setText(tr("%1 older rows left the log (limit %2)")
                                     .arg(QLocale().toString(dropped), QLocale().toString(qint64(m_model->rowLimit()))));
}

QModelIndex LogPane::toSource(const QModelIndex &index) const
{
    return m_view->model() == m_filter ? m_filter->mapToSource(index) : index;
}

QModelIndex LogPane::toShown(const QModelIndex &sourceIndex) const
{
    return m_view->model() == m_filter ? m_filter->mapFromSource(sourceIndex) : sourceIndex;
}

void LogPane::setModel(MessageLogModel *model)
{
    if (m_model && m_model != model)
        m_model->disconnect(this);
    m_model = model;
    m_decodeBar->setSettings(model->decodeSettings());
    connect(model, &MessageLogModel::rowsDropped, this, &LogPane::refreshDroppedStatus);
    connect(model, &QAbstractItemModel::modelReset, this, &LogPane::refreshDroppedStatus);
    refreshDroppedStatus();
    // Without a filter the view shows the log model itself: a flood then costs no proxy work.
    showModel(model);
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    // As narrow as their contents allow: the rest of the width is the Data column's.
    m_view->setColumnWidth(MessageLogModel::NumberColumn, digit * 6);
    m_view->setColumnWidth(MessageLogModel::TimeColumn, digit * 16);
    m_view->setColumnWidth(MessageLogModel::DirectionColumn, digit * 6);
    m_view->setColumnWidth(MessageLogModel::KindColumn, digit * 14);
    m_view->setColumnWidth(MessageLogModel::SizeColumn, digit * 7);
}

void LogPane::applyFilter()
{
    m_filterDelay.stop();
    const bool ok = m_filter->setText(m_filterEdit->text());
    m_filter->setKindFilter(LogFilterModel::KindFilter(m_kindCombo->currentIndex()));
    m_filter->setDirectionFilter(LogFilterModel::DirectionFilter(m_directionCombo->currentIndex()));
    if (m_filter->isFiltering()) {
        if (m_filter->sourceModel() != m_model)
            m_filter->setLogModel(m_model);
        showModel(m_filter);
    } else {
        showModel(m_model);
        m_filter->setLogModel(nullptr);
    }
    if (!ok)
        m_filterStatus->setText(m_filter->errorString());
    else
        refreshFilterStatus();
}

void LogPane::refreshFilterStatus()
{
    if (!m_filter->isFiltering()) {
        m_filterStatus->clear();
        return;
    }
    const int total = m_model ? m_model->rowCount() : 0;
    QString text = tr("%1 of %2 rows").arg(m_filter->rowCount()).arg(total);
    if (!m_filter->isComplete() && total > 0)
        text += tr(" (checking, %1 %)").arg(qint64(m_filter->rowsChecked()) * 100 / total);
    m_filterStatus->setText(text);
}

void LogPane::setDecodeSettings(const DecodeSettings &settings)
{
    m_decodeBar->setSettings(settings);
    if (m_model)
        m_model->setDecodeSettings(settings);
    showCurrentDetail();
}

void LogPane::showCurrentDetail()
{
    if (m_view->selectionModel())
        onCurrentRowChanged(m_view->selectionModel()->currentIndex());
}

void LogPane::onCurrentRowChanged(const QModelIndex &current)
{
    const QModelIndex source = toSource(current);
    // A hex dump's row is offset, hex and ASCII on one line: wrapped, the ASCII column fell
    // onto the next line. Text wraps at the pane's width.
    const auto kind = source.isValid() && m_model ? EventKind(source.data(MessageLogModel::KindRole).toInt()) : EventKind::Text;
    const bool dump = kind == EventKind::Binary || kind == EventKind::Ping || kind == EventKind::Pong;
    m_detailView->setLineWrapMode(dump ? QPlainTextEdit::NoWrap : QPlainTextEdit::WidgetWidth);
    m_detailView->setPlainText(source.isValid() && m_model ? m_model->detailText(source.row()) : QString());
}

std::vector<int> LogPane::selectedRows() const
{
    std::vector<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.push_back(toSource(index).row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

std::vector<int> LogPane::visibleRows() const
{
    // All of what the filter will show, not just what it has checked so far.
    if (m_view->model() == m_filter)
        m_filter->finish();
    const QAbstractItemModel *shown = m_view->model();
    std::vector<int> rows;
    rows.reserve(size_t(shown->rowCount()));
    for (int row = 0; row < shown->rowCount(); ++row)
        rows.push_back(toSource(shown->index(row, 0)).row());
    return rows;
}

} // namespace wsi
