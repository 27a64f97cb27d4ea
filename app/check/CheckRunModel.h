#pragma once

#include "CheckPlan.h"
#include "CheckRunner.h"

#include <QAbstractTableModel>
#include <QList>

namespace wsi {

class CheckSequence;

// A check file's steps as rows (every check's, in order), each Pending until it runs, then
// Running, Passed or Failed (a failed step's expected and got kept), Skipped after a failure.
// Fed by a CheckSequence; the window colours rows by StatusRole.
class CheckRunModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Status { Pending, Running, Passed, Failed, Skipped };
    enum Column { CheckColumn, NumberColumn, StepColumn, ResultColumn, TimeColumn, ColumnCount };
    static constexpr int StatusRole = Qt::UserRole + 1;
    static constexpr int ExpectedRole = Qt::UserRole + 2;
    static constexpr int GotRole = Qt::UserRole + 3;

    explicit CheckRunModel(QObject *parent = nullptr);

    void setPlan(const CheckPlan &plan);
    void follow(CheckSequence *sequence);
    int rowOf(int check, int step) const;
    Status status(int row) const { return m_rows.at(row).status; }
    int passedCount() const;
    int failedCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int check = 0;
        int step = 0;
        QString checkName;
        QString description;
        Status status = Status::Pending;
        QString expected;
        QString got;
        qint64 ms = -1;
    };
    void setStarted(int check, int step);
    void setFinished(int check, const StepResult &result);
    void skipRest(int check);
    void changed(int row);

    QList<Row> m_rows;
};

} // namespace wsi
