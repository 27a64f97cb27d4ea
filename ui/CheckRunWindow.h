#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTableView;
QT_END_NAMESPACE

namespace wsi {

class CheckRunModel;
class CheckSequence;
struct CheckPlan;

// One check file running: its steps as rows turning green or red as they pass or fail, a
// summary line, and for the selected failed step what was expected beside what came.
class CheckRunPage final : public QWidget
{
    Q_OBJECT
public:
    explicit CheckRunPage(const CheckPlan &plan, QWidget *parent = nullptr);
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
    bool m_done = false;
};

// The checks window: a tab per check file run from the window (File → Run check file…).
class CheckRunWindow final : public QWidget
{
    Q_OBJECT
public:
    explicit CheckRunWindow(QWidget *parent = nullptr);

    // Prepares the file (a bad one, or an unknown variable: said in a dialog, nullptr) and runs it
    // in a new tab. environment: empty for the file's own.
    CheckRunPage *run(const QString &path, const QString &environment = QString());
    CheckRunPage *page(int index) const;
    int pageCount() const;

private:
    QTabWidget *m_tabs;
};

} // namespace wsi
