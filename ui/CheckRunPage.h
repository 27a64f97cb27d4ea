#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPlainTextEdit;
class QTableView;
QT_END_NAMESPACE

namespace wsi {

class CheckRunModel;
class CheckSequence;
struct CheckPlan;

// One check file running, in a tab of the main window (MainWindow::runCheckFile): its steps as
// rows turning green or red as they pass or fail, a summary line, and for the selected failed
// step what was expected beside what came. Its windowTitle (the tab's text) is the file's name
// after a mark: … running, ✓ all passed, ✗ a step failed.
class CheckRunPage final : public QWidget
{
    Q_OBJECT
public:
    CheckRunPage(const CheckPlan &plan, const QString &name, QWidget *parent = nullptr);
    ~CheckRunPage() override;

    CheckRunModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPlainTextEdit *expectedView() const { return m_expected; }
    QPlainTextEdit *gotView() const { return m_got; }
    QLabel *summary() const { return m_summary; }
    bool isRunning() const;

signals:
    void finished();

private:
    void showRow(int row);
    void refreshSummary();

    CheckSequence *m_sequence;
    CheckRunModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
    QPlainTextEdit *m_expected;
    QPlainTextEdit *m_got;
    QString m_name;
    bool m_done = false;
};

} // namespace wsi
