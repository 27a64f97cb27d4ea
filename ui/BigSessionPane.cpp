#include "BigSessionPane.h"

#include "LogPane.h"
#include "MessageDetailTabs.h"
#include "log/BigSessionModel.h"
#include "prefs/Preferences.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace wsi {

BigSessionPane::BigSessionPane(BigSessionModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filterEdit(new QLineEdit(this))
    , m_kindCombo(new QComboBox(this))
    , m_directionCombo(new QComboBox(this))
    , m_foldCheck(new QCheckBox(LogPane::tr("Fold &keep-alive"), this))
    , m_timelineCheck(new QCheckBox(tr("Timeline"), this))
    , m_filterStatus(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_view(new QTableView(m_splitter))
    , m_detailTabs(new MessageDetailTabs(m_splitter))
{
    setObjectName(QStringLiteral("bigSessionPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter: text, or /regular expression/ — the whole file is read again  (Ctrl+F)"));
    m_filterEdit->setAccessibleName(LogPane::tr("Filter"));
    m_filterEdit->setClearButtonEnabled(true);
    LogPane::setUpFilterChoices(m_kindCombo, m_directionCombo);
    for (QCheckBox *notHere : {m_foldCheck, m_timelineCheck}) {
        notHere->setEnabled(false);
        notHere->setToolTip(notHereReason());
    }
    m_foldCheck->setObjectName(QStringLiteral("foldKeepAliveCheck"));
    m_timelineCheck->setObjectName(QStringLiteral("timelineCheck"));
    m_filterStatus->setObjectName(QStringLiteral("filterStatus"));
    m_filterStatus->setTextFormat(Qt::PlainText);
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(m_kindCombo);
    filterRow->addWidget(m_directionCombo);
    filterRow->addWidget(m_foldCheck);
    filterRow->addWidget(m_timelineCheck);
    layout->addLayout(filterRow);
    layout->addWidget(m_filterStatus);
    layout->addWidget(m_splitter, 1);

    LogPane::setUpLogView(m_view);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setModel(m_model);
    LogPane::sizeColumns(m_view, m_model->sessionIndex().rowCount());
    // Pins and comparing need rows kept in memory: shown, but not offered.
    auto *pin = new QAction(tr("Pin / unpin (not for a file this big)"), m_view);
    auto *compare = new QAction(tr("Compare two rows (not for a file this big)"), m_view);
    for (QAction *action : {pin, compare}) {
        action->setEnabled(false);
        action->setToolTip(notHereReason());
        m_view->addAction(action);
    }
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BigSessionPane::showCurrentRow);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showCurrentRow(QModelIndex()); });

    m_detailTabs->setModel(&m_selected);
    connect(m_detailTabs, &MessageDetailTabs::decodeSettingsChanged, this, [this](const DecodeSettings &settings) {
        DecodeSettings applied = settings;
        applied.maxOutputBytes = m_model->decodeSettings().maxOutputBytes;
        m_model->setDecodeSettings(applied);
    });
    LogPane::setUpSplitAndFind(m_splitter, m_filterEdit);
    // Each filter reads the whole file: it starts once the user pauses typing a while longer.
    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(600);
    connect(&m_filterDelay, &QTimer::timeout, this, &BigSessionPane::applyFilter);
    connect(m_filterEdit, &QLineEdit::textChanged, &m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterEdit, &QLineEdit::returnPressed, this, &BigSessionPane::applyFilter);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &BigSessionPane::applyFilter);
    connect(m_directionCombo, &QComboBox::currentIndexChanged, this, &BigSessionPane::applyFilter);

    connect(&m_scan, &SessionFilterScan::matchesFound, this, [this](const std::vector<int> &fileRows) {
        m_model->addMatches(fileRows);
        // The row chosen before the filter, once found, is chosen again.
        if (!m_view->currentIndex().isValid() && m_chosenFileRow >= 0
            && std::binary_search(fileRows.begin(), fileRows.end(), m_chosenFileRow)) {
            const QModelIndex row = m_model->index(m_model->shownRow(m_chosenFileRow), MessageLogModel::DataColumn);
            m_view->setCurrentIndex(row);
            m_view->scrollTo(row, QAbstractItemView::PositionAtCenter);
        }
    });
    connect(&m_scan, &SessionFilterScan::progress, this, [this](qint64 checked) {
        m_rowsChecked = checked;
        refreshStatus();
    });
    connect(&m_scan, &SessionFilterScan::finished, this, [this](bool complete, const QString &error) {
        m_filterComplete = complete;
        m_filterError = error;
        refreshStatus();
    });
    refreshStatus();
}

BigSessionPane::~BigSessionPane() = default;

QString BigSessionPane::notHereReason()
{
    return tr("Not for a file over %1 MiB: its rows are read from the file as they are shown, not kept in memory "
              "(the size is the setting log/bigFileMiB)")
        .arg(Preferences::bigFileMiB());
}

void BigSessionPane::applyFilter()
{
    m_filterDelay.stop();
    SessionFilterScan::Query query;
    query.text = m_filterEdit->text();
    query.kind = LogFilterModel::KindFilter(m_kindCombo->currentIndex());
    query.direction = LogFilterModel::DirectionFilter(m_directionCombo->currentIndex());
    m_scan.stop();
    m_filterError.clear();
    m_rowsChecked = 0;
    if (query.text.isEmpty() && query.kind == LogFilterModel::KindFilter::All && query.direction == LogFilterModel::DirectionFilter::All) {
        m_filterComplete = true;
        if (!m_model->showsAll()) {
            // Back to every row: the row the detail pane shows stays selected, where it is in the file.
            const int selected = m_chosenFileRow;
            m_model->showAll();
            if (selected >= 0) {
                const QModelIndex row = m_model->index(selected, MessageLogModel::DataColumn);
                m_view->setCurrentIndex(row);
                m_view->scrollTo(row, QAbstractItemView::PositionAtCenter);
            }
        }
        refreshStatus();
        return;
    }
    QString error;
    m_model->showMatchesOnly();
    m_filterComplete = false;
    if (!m_scan.start(m_model->sessionIndex(), query, &error)) {
        m_filterComplete = true;
        m_filterError = error;
    }
    refreshStatus();
}

void BigSessionPane::refreshStatus()
{
    const qint64 total = m_model->sessionIndex().rowCount();
    const QLocale locale;
    QString text;
    if (m_model->showsAll())
        text = tr("%1 rows, read from the file as they are shown").arg(locale.toString(total));
    else if (m_filterComplete)
        text = tr("%1 of %2 rows match").arg(locale.toString(m_model->rowCount()), locale.toString(total));
    else
        text = tr("%1 of %2 rows match so far (reading the file, %3 %)")
                   .arg(locale.toString(m_model->rowCount()), locale.toString(total))
                   .arg(total > 0 ? m_rowsChecked * 100 / total : 0);
    if (!m_filterError.isEmpty())
        text += QStringLiteral(" — ") + m_filterError;
    m_filterStatus->setText(text);
}

void BigSessionPane::showCurrentRow(const QModelIndex &current)
{
    m_selected.clear();
    m_shownFileRow = -1;
    int rowInPage = 0;
    const int fileRow = current.isValid() ? m_model->fileRow(current.row()) : -1;
    if (const MessageLogModel *page = fileRow >= 0 ? m_model->page(fileRow, &rowInPage) : nullptr) {
        m_selected.setDecodeSettings(m_model->decodeSettings());
        m_selected.setEventsBefore(fileRow);
        m_selected.append(page->eventAt(rowInPage));
        m_selected.flush();
        m_shownFileRow = fileRow;
        m_chosenFileRow = fileRow;
    }
    m_detailTabs->showRow(m_shownFileRow >= 0 ? 0 : -1);
}

} // namespace wsi
