#pragma once

#include <QModelIndex>
#include <QTimer>
#include <QWidget>

#include <vector>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QAction;
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

class DecodeBar;
class JsonTreePane;
class MessageDetailTabs;
class TimelineStrip;
class LogFilterModel;
class MessageLogModel;
struct DecodeSettings;

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
    QTabWidget *detailTabs() const;
    QSplitter *splitter() const { return m_splitter; }
    DecodeBar *decodeBar() const;
    JsonTreePane *jsonTree() const;

    // How binary messages are decoded in the Message tab; shown in its bar without emitting.
    void setDecodeSettings(const DecodeSettings &settings);

    // Source rows the user selected, in order; empty when none.
    std::vector<int> selectedRows() const;
    // Source rows the filter shows, in order.
    std::vector<int> visibleRows() const;
    // The model the view shows: the log itself, or the filter while one is set.
    QAbstractItemModel *shownModel() const;
    QModelIndex toSource(const QModelIndex &shownIndex) const;
    QModelIndex toShown(const QModelIndex &sourceIndex) const;

    // What Copy puts on the clipboard for these rows: each message's whole payload
    // (binary as hex), other events as their log text, one per line.
    QString messagesText(const std::vector<int> &rows) const;
    // The rows as the table shows them, tab-separated, for a spreadsheet or a bug report.
    QString rowsText(const std::vector<int> &rows) const;
    // A server's log (many client connections): a choice "All connections" / "#N only" that
    // filters the log, offering these connections (the chosen one stays chosen). The page that
    // shows the log places the combo (the filter row is full at 1024 px).
    void setConnections(const QList<int> &connections);
    QComboBox *connectionCombo() const { return m_connectionCombo; }
    // Offers "Resend" on the log (off by default: a session opened from disk cannot send).
    void setResendAvailable(bool available);
    QAction *copyMessageAction() const { return m_copyMessageAction; }
    QAction *copyRowsAction() const { return m_copyRowsAction; }
    QAction *resendAction() const { return m_resendAction; }
    QAction *pinAction() const { return m_pinAction; }
    QAction *compareAction() const { return m_compareAction; }
    TimelineStrip *timeline() const { return m_timeline; }
    // Selects and shows a log row (false when the filter hides it).
    bool selectSourceRow(int row);
    // Pins the selected rows, or unpins them when all are pinned already.
    void togglePins();
    // Selects the next (or previous) pinned row after the current one, wrapping around.
    bool jumpToPin(bool forward);
    // Opens the side-by-side comparison of the two selected rows.
    void compareSelected();

    // What the log's filter bar and table are, for another pane that shows a log (a big file's).
    static void setUpFilterChoices(QComboBox *kind, QComboBox *direction);
    static void setUpLogView(QTableView *view);
    // The table beside the detail pane, and Ctrl+F to the filter.
    static void setUpSplitAndFind(QSplitter *splitter, QLineEdit *filterEdit);
    // Column widths: narrow columns as their contents allow, the # column for numbers up to
    // largest (drawn bold on a close or error row).
    static void sizeColumns(QTableView *view, qint64 largest);

signals:
    // The selected log rows, in order, the user asked to send again.
    void resendRequested(const std::vector<int> &rows);
    // The user chose another way to decode binary messages in the Message tab.
    void decodeSettingsChanged(const wsi::DecodeSettings &settings);

private:
    void applyFilter();
    void refreshFilterStatus();
    void showModel(QAbstractItemModel *model);
    void onCurrentRowChanged(const QModelIndex &current);
    void refreshDroppedStatus();
    void refreshVisibleSpan();
    void fitNumberColumn(); // wider as the rows' numbers gain a digit

    MessageLogModel *m_model = nullptr;
    int m_numberDigits = 0; // of the largest number the # column was sized for
    LogFilterModel *m_filter;
    QLineEdit *m_filterEdit;
    QComboBox *m_kindCombo;
    QComboBox *m_directionCombo;
    QComboBox *m_connectionCombo;
    QCheckBox *m_followCheck;
    QCheckBox *m_foldCheck;
    QLabel *m_filterStatus;
    QLabel *m_droppedStatus;
    QAction *m_copyMessageAction;
    QAction *m_copyRowsAction;
    QAction *m_resendAction;
    QAction *m_pinAction;
    QAction *m_nextPinAction;
    QAction *m_previousPinAction;
    QAction *m_compareAction;
    TimelineStrip *m_timeline;
    QTimer m_spanDelay;
    QSplitter *m_splitter;
    QTableView *m_view;
    MessageDetailTabs *m_detailTabs;
    QTimer m_filterDelay;
    bool m_atBottom = true;
    int m_scrollBeforeRemoval = 0;
    bool m_followingBeforeRemoval = false;
    std::vector<QMetaObject::Connection> m_viewConnections;
};

} // namespace wsi
