#pragma once

#include "log/MessageLogModel.h"
#include "log/SessionFilterScan.h"

#include <QTimer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
QT_END_NAMESPACE

namespace wsi {

class BigSessionModel;
class MessageDetailTabs;

// The log of a session file too big to hold (SessionViewWindow's, past the big-file size): the
// same filter bar, table and detail pane as LogPane, over a BigSessionModel that reads rows from
// the file as they are shown. The filter reads the whole file again on a thread
// (SessionFilterScan): matches appear as they are found, the bar says how far it got. What needs
// every row in memory (folds, pins, the timeline, comparing rows) is not offered here, and says so.
class BigSessionPane final : public QWidget
{
    Q_OBJECT
public:
    explicit BigSessionPane(BigSessionModel *model, QWidget *parent = nullptr);
    ~BigSessionPane() override;

    BigSessionModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QLabel *filterStatus() const { return m_filterStatus; }
    MessageDetailTabs *detailTabs() const { return m_detailTabs; }
    QSplitter *splitter() const { return m_splitter; }
    // The filter's scan has read the whole file (or no filter is set).
    bool isFilterComplete() const { return m_filterComplete; }
    // The file row the detail pane shows; -1 when none.
    int shownFileRow() const { return m_shownFileRow; }
    // Why a feature of the log is not offered here, for its tooltip.
    static QString notHereReason();

private:
    void applyFilter();
    void refreshStatus();
    void showCurrentRow(const QModelIndex &current);

    BigSessionModel *m_model;
    SessionFilterScan m_scan;
    QLineEdit *m_filterEdit;
    QComboBox *m_kindCombo;
    QComboBox *m_directionCombo;
    QCheckBox *m_foldCheck;
    QCheckBox *m_timelineCheck;
    QLabel *m_filterStatus;
    QSplitter *m_splitter;
    QTableView *m_view;
    MessageDetailTabs *m_detailTabs;
    MessageLogModel m_selected; // the selected row alone, for the detail pane
    QTimer m_filterDelay;
    bool m_filterComplete = true;
    QString m_filterError;
    qint64 m_rowsChecked = 0;
    int m_shownFileRow = -1;
    int m_chosenFileRow = -1; // the row the user chose last, kept through filters
};

} // namespace wsi
