#pragma once

#include <QModelIndex>
#include <QTimer>
#include <QWidget>

#include <vector>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSplitter;
class QTabWidget;
class QTableView;
QT_END_NAMESPACE

namespace wsi {

class LogFilterModel;
class MessageLogModel;

// The message log as a person reads it: filter bar, the table, and the detail
// pane for the selected row. Used by the live window and by a session opened
// from disk, so both browse the same way.
class LogPane final : public QWidget
{
    Q_OBJECT
public:
    explicit LogPane(QWidget *parent = nullptr);

    void setModel(MessageLogModel *model);
    MessageLogModel *model() const { return m_model; }
    LogFilterModel *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QTabWidget *detailTabs() const { return m_detailTabs; }
    QSplitter *splitter() const { return m_splitter; }

    // Source rows the user selected, in order; empty when none.
    std::vector<int> selectedRows() const;
    // Source rows the filter shows, in order.
    std::vector<int> visibleRows() const;
    // The model the view shows: the log itself, or the filter while one is set.
    QAbstractItemModel *shownModel() const;
    QModelIndex toSource(const QModelIndex &shownIndex) const;
    QModelIndex toShown(const QModelIndex &sourceIndex) const;

private:
    void applyFilter();
    void refreshFilterStatus();
    void showModel(QAbstractItemModel *model);
    void onCurrentRowChanged(const QModelIndex &current);

    MessageLogModel *m_model = nullptr;
    LogFilterModel *m_filter;
    QLineEdit *m_filterEdit;
    QComboBox *m_kindCombo;
    QComboBox *m_directionCombo;
    QCheckBox *m_followCheck;
    QLabel *m_filterStatus;
    QSplitter *m_splitter;
    QTableView *m_view;
    QTabWidget *m_detailTabs;
    QPlainTextEdit *m_detailView;
    QTimer m_filterDelay;
    bool m_atBottom = true;
};

} // namespace wsi
