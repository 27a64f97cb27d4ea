#include "LogPane.h"

#include "CompareDialog.h"
#include "MessageDetailTabs.h"
#include "TimelineStrip.h"
#include "LogItemDelegate.h"
#include "log/LogFilterModel.h"
#include "log/MessageLogModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace wsi {

namespace {
// The digits the # column is made for: at least a fold's "20–113".
int numberDigits(qint64 largest)
{
    return qMax(5, int(QString::number(largest).size()));
}

// In bold (close and error rows are), with a digit's room each side for the cell's margins.
int numberColumnWidth(const QTableView *view, qint64 largest)
{
    QFont bold = view->font();
    bold.setBold(true);
    return QFontMetrics(bold).horizontalAdvance(QString(numberDigits(largest) + 2, QLatin1Char('0')));
}
} // namespace

LogPane::LogPane(QWidget *parent)
    : QWidget(parent)
    , m_filter(new LogFilterModel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_kindCombo(new QComboBox(this))
    , m_directionCombo(new QComboBox(this))
    , m_connectionCombo(new QComboBox(this))
    , m_followCheck(new QCheckBox(tr("Follow"), this))
    , m_foldCheck(new QCheckBox(tr("Fold &keep-alive"), this))
    , m_filterStatus(new QLabel(this))
    , m_droppedStatus(new QLabel(this))
    , m_copyMessageAction(new QAction(tr("&Copy message"), this))
    , m_copyRowsAction(new QAction(tr("Copy &rows"), this))
    , m_resendAction(new QAction(tr("&Resend"), this))
    , m_pinAction(new QAction(tr("&Pin / unpin"), this))
    , m_nextPinAction(new QAction(tr("&Next pin"), this))
    , m_previousPinAction(new QAction(tr("Pre&vious pin"), this))
    , m_compareAction(new QAction(tr("Co&mpare the two rows"), this))
    , m_timeline(new TimelineStrip(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_view(new QTableView(m_splitter))
    , m_detailTabs(new MessageDetailTabs(m_splitter))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter: text, or /regular expression/  (Ctrl+F)"));
    m_filterEdit->setAccessibleName(tr("Filter"));
    m_filterEdit->setClearButtonEnabled(true);
    setUpFilterChoices(m_kindCombo, m_directionCombo);
    m_connectionCombo->setObjectName(QStringLiteral("connectionFilterCombo"));
    m_connectionCombo->setAccessibleName(tr("Connection filter"));
    m_connectionCombo->setToolTip(tr("Show every client connection's rows, or only one connection's"));
    m_connectionCombo->addItem(tr("All connections"), 0);
    m_connectionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_connectionCombo->hide(); // a server's log only (setConnections); its page places it
    m_followCheck->setObjectName(QStringLiteral("followCheck"));
    m_followCheck->setChecked(true);
    m_followCheck->setToolTip(tr("Scroll to new rows while at the bottom; uncheck to read undisturbed"));
    m_foldCheck->setObjectName(QStringLiteral("foldKeepAliveCheck"));
    m_foldCheck->setToolTip(tr("Show each run of pings, pongs and heartbeats as one row with their count and round trips"));
    m_filterStatus->setObjectName(QStringLiteral("filterStatus"));
    m_filterStatus->setTextFormat(Qt::PlainText);
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(m_kindCombo);
    filterRow->addWidget(m_directionCombo);
    filterRow->addWidget(m_followCheck);
    filterRow->addWidget(m_foldCheck);
    filterRow->addWidget(m_filterStatus);
    m_droppedStatus->setObjectName(QStringLiteral("droppedStatus"));
    m_droppedStatus->setTextFormat(Qt::PlainText);
    m_droppedStatus->hide();
    filterRow->addWidget(m_droppedStatus);
    layout->addLayout(filterRow);
    layout->addWidget(m_timeline);
    layout->addWidget(m_splitter, 1);

    setUpLogView(m_view);

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
    m_pinAction->setObjectName(QStringLiteral("pinAction"));
    m_pinAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_pinAction->setToolTip(tr("Pin the selected rows to come back to them (saved with Save session as…)"));
    m_nextPinAction->setObjectName(QStringLiteral("nextPinAction"));
    m_nextPinAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_previousPinAction->setObjectName(QStringLiteral("previousPinAction"));
    m_previousPinAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_compareAction->setObjectName(QStringLiteral("compareAction"));
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_compareAction->setToolTip(tr("Select two rows, then compare them side by side (JSON by path, key order ignored)"));
    m_compareAction->setEnabled(false);
    for (QAction *action : {m_copyMessageAction, m_copyRowsAction, m_resendAction, m_pinAction, m_nextPinAction, m_previousPinAction,
                            m_compareAction}) {
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
    connect(m_pinAction, &QAction::triggered, this, &LogPane::togglePins);
    connect(m_nextPinAction, &QAction::triggered, this, [this] { jumpToPin(true); });
    connect(m_previousPinAction, &QAction::triggered, this, [this] { jumpToPin(false); });
    connect(m_compareAction, &QAction::triggered, this, &LogPane::compareSelected);
    connect(m_timeline, &TimelineStrip::jumpRequested, this, [this](qint64 timestampUs) {
        if (m_model && m_model->rowCount() > 0)
            selectSourceRow(m_model->rowAtTime(timestampUs));
    });
    // The rows on screen, marked on the timeline: looked up after scrolling settles.
    m_spanDelay.setSingleShot(true);
    m_spanDelay.setInterval(100);
    connect(&m_spanDelay, &QTimer::timeout, this, &LogPane::refreshVisibleSpan);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, &m_spanDelay, qOverload<>(&QTimer::start));

    connect(m_detailTabs, &MessageDetailTabs::decodeSettingsChanged, this, &LogPane::decodeSettingsChanged);
    setUpSplitAndFind(m_splitter, m_filterEdit);

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
    connect(m_connectionCombo, &QComboBox::currentIndexChanged, this, &LogPane::applyFilter);
    connect(m_foldCheck, &QCheckBox::toggled, this, &LogPane::applyFilter);
}

QTabWidget *LogPane::detailTabs() const
{
    return m_detailTabs;
}

DecodeBar *LogPane::decodeBar() const
{
    return m_detailTabs->decodeBar();
}

JsonTreePane *LogPane::jsonTree() const
{
    return m_detailTabs->jsonTree();
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
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_compareAction->setEnabled(m_view->selectionModel()->selectedRows().size() == 2);
    });
    m_viewConnections.push_back(connect(model, &QAbstractItemModel::rowsInserted, &m_spanDelay, qOverload<>(&QTimer::start)));
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
    m_detailTabs->setModel(model);
    m_timeline->setModel(model);
    connect(model, &MessageLogModel::rowsDropped, this, &LogPane::refreshDroppedStatus);
    connect(model, &QAbstractItemModel::modelReset, this, &LogPane::refreshDroppedStatus);
    connect(model, &QAbstractItemModel::rowsInserted, this, &LogPane::fitNumberColumn);
    refreshDroppedStatus();
    // Without a filter the view shows the log model itself: a flood then costs no proxy work.
    showModel(model);
    const qint64 largest = model->rowCount() > 0 ? model->eventNumber(model->rowCount() - 1) : 0;
    sizeColumns(m_view, largest);
    m_numberDigits = numberDigits(largest);
}

void LogPane::fitNumberColumn()
{
    // Once a batch (not a row), and a width set only when the column is made for fewer digits
    // (at 100,000 rows, then 1,000,000): a column the user narrowed stays so until then.
    const qint64 largest = m_model->eventNumber(m_model->rowCount() - 1);
    const int digits = numberDigits(largest);
    if (digits <= m_numberDigits)
        return;
    m_numberDigits = digits;
    const int wanted = numberColumnWidth(m_view, largest);
    if (m_view->columnWidth(MessageLogModel::NumberColumn) < wanted)
        m_view->setColumnWidth(MessageLogModel::NumberColumn, wanted);
}

void LogPane::setUpFilterChoices(QComboBox *kind, QComboBox *direction)
{
    kind->setObjectName(QStringLiteral("kindFilterCombo"));
    kind->addItems({tr("All kinds"), tr("Messages"), tr("Text"),
                    tr("Binary"), tr("Events"), tr("All but pings"), tr("Control frames")});
    kind->setItemData(int(LogFilterModel::KindFilter::NoPings),
                      tr("Hides ping and pong frames, heartbeat messages and Engine.IO pings and pongs"), Qt::ToolTipRole);
    kind->setItemData(int(LogFilterModel::KindFilter::Control),
                      tr("Only the protocol's control frames: pings, pongs and closes, both ways"), Qt::ToolTipRole);
    kind->setAccessibleName(tr("Kind filter"));
    direction->setObjectName(QStringLiteral("directionFilterCombo"));
    direction->addItems({tr("Both ways"), tr("↓ In"), tr("↑ Out")});
    direction->setAccessibleName(tr("Direction filter"));
}

void LogPane::setUpSplitAndFind(QSplitter *splitter, QLineEdit *filterEdit)
{
    splitter->setChildrenCollapsible(false);
    // The table (its Data column) takes most of a wider window, the detail pane the rest.
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);

    auto *find = new QShortcut(QKeySequence::Find, filterEdit->parentWidget());
    find->setContext(Qt::WindowShortcut);
    connect(find, &QShortcut::activated, filterEdit, [filterEdit] {
        filterEdit->setFocus(Qt::ShortcutFocusReason);
        filterEdit->selectAll();
    });
}

void LogPane::setUpLogView(QTableView *view)
{
    view->setObjectName(QStringLiteral("logView"));
    view->setAccessibleName(tr("Message log"));
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->setShowGrid(false);
    view->setItemDelegate(new LogItemDelegate(view));
    view->verticalHeader()->hide();
    // Fixed row heights let the view skip measuring rows: millions stay smooth.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setTextElideMode(Qt::ElideRight);
}

void LogPane::sizeColumns(QTableView *view, qint64 largest)
{
    const int digit = view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    // As narrow as their contents allow: the rest of the width is the Data column's.
    view->setColumnWidth(MessageLogModel::NumberColumn, numberColumnWidth(view, largest));
    view->setColumnWidth(MessageLogModel::TimeColumn, digit * 16);
    view->setColumnWidth(MessageLogModel::DirectionColumn, digit * 6);
    view->setColumnWidth(MessageLogModel::KindColumn, digit * 13);
    view->setColumnWidth(MessageLogModel::SizeColumn, digit * 7);
}

void LogPane::setConnections(const QList<int> &connections)
{
    const QSignalBlocker quiet(m_connectionCombo); // the choice is put back as it was: no refiltering
    const int chosen = m_connectionCombo->currentData().toInt();
    while (m_connectionCombo->count() > 1)
        m_connectionCombo->removeItem(1);
    for (const int connection : connections)
        m_connectionCombo->addItem(tr("#%1 only").arg(connection), connection);
    const int keep = m_connectionCombo->findData(chosen);
    m_connectionCombo->setCurrentIndex(keep >= 0 ? keep : 0);
    m_connectionCombo->show();
    if (keep < 0 && chosen != 0)
        applyFilter(); // the chosen connection is gone from the list: all rows again
}

void LogPane::applyFilter()
{
    m_filterDelay.stop();
    const bool ok = m_filter->setText(m_filterEdit->text());
    m_filter->setKindFilter(LogFilterModel::KindFilter(m_kindCombo->currentIndex()));
    m_filter->setDirectionFilter(LogFilterModel::DirectionFilter(m_directionCombo->currentIndex()));
    m_filter->setConnectionFilter(m_connectionCombo->currentData().toInt());
    m_filter->setFoldKeepAlive(m_foldCheck->isChecked());
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
    m_detailTabs->setDecodeSettings(settings);
}

void LogPane::onCurrentRowChanged(const QModelIndex &current)
{
    const QModelIndex source = toSource(current);
    m_detailTabs->showRow(source.isValid() && m_model ? source.row() : -1);
}

bool LogPane::selectSourceRow(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return false;
    const QModelIndex shown = toShown(m_model->index(row, 0));
    if (!shown.isValid()) {
        m_filterStatus->setText(tr("Row %1 is hidden by the filter").arg(m_model->eventNumber(row)));
        return false;
    }
    m_view->setCurrentIndex(shown);
    m_view->scrollTo(shown, QAbstractItemView::PositionAtCenter);
    return true;
}

void LogPane::togglePins()
{
    const std::vector<int> rows = selectedRows();
    const bool allPinned = std::all_of(rows.begin(), rows.end(), [this](int row) { return m_model->isPinned(row); });
    for (int row : rows)
        m_model->setPinned(row, !allPinned);
}

bool LogPane::jumpToPin(bool forward)
{
    if (!m_model)
        return false;
    const size_t pins = m_model->pinnedRows().size();
    if (pins == 0) {
        m_filterStatus->setText(tr("No pinned rows: Ctrl+B pins the selected ones"));
        return false;
    }
    const QModelIndex current = m_view->currentIndex();
    int row = current.isValid() ? toSource(current).row() : (forward ? -1 : m_model->rowCount());
    // From a folded row, on past the rows folded into it.
    if (forward && current.isValid() && m_view->model() == m_filter)
        row = m_filter->lastSourceRow(current.row());
    // Pins the filter hides are passed over: the next one it shows is where the jump goes.
    for (size_t tried = 0; tried < pins; ++tried) {
        row = m_model->nextPinnedRow(row, forward);
        const QModelIndex shown = toShown(m_model->index(row, 0));
        if (!shown.isValid())
            continue;
        m_view->setCurrentIndex(shown);
        m_view->scrollTo(shown, QAbstractItemView::PositionAtCenter);
        if (shown.data(MessageLogModel::FoldRole).toInt() > 0)
            m_filterStatus->setText(tr("Pinned row %1 is folded into this row (Fold keep-alive)").arg(m_model->eventNumber(row)));
        else
            refreshFilterStatus();
        return true;
    }
    m_filterStatus->setText(tr("The filter hides all %n pinned rows", nullptr, int(pins)));
    return false;
}

void LogPane::compareSelected()
{
    const std::vector<int> rows = selectedRows();
    if (rows.size() != 2 || !m_model)
        return;
    const MessageDiff diff = MessageDiff::compare(m_model->eventAt(rows[0]), m_model->eventAt(rows[1]));
    auto *dialog = new CompareDialog(QStringLiteral("#%1").arg(m_model->eventNumber(rows[0])),
                                     QStringLiteral("#%1").arg(m_model->eventNumber(rows[1])), diff, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void LogPane::refreshVisibleSpan()
{
    const QAbstractItemModel *shown = m_view->model();
    if (!m_model || !shown || shown->rowCount() == 0) {
        m_timeline->setVisibleSpan(0, 0);
        return;
    }
    int first = m_view->rowAt(0), last = m_view->rowAt(m_view->viewport()->height() - 1);
    if (first < 0)
        first = 0;
    if (last < 0)
        last = shown->rowCount() - 1;
    const QModelIndex a = toSource(shown->index(first, 0)), b = toSource(shown->index(last, 0));
    if (!a.isValid() || !b.isValid())
        return;
    // A folded row at the bottom reaches to its run's last row.
    const int lastRow = shown == m_filter ? m_filter->lastSourceRow(last) : b.row();
    m_timeline->setVisibleSpan(m_model->store().record(a.row()).timestampUs, m_model->store().record(lastRow).timestampUs);
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
