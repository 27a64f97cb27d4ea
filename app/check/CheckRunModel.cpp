#include "CheckRunModel.h"

#include "CheckSequence.h"
#include "i18n/Translation.h"

namespace wsi {

namespace {
struct Tr
{
    WSI_DECLARE_TR_FUNCTIONS(wsi::CheckRunModel)
};
} // namespace

CheckRunModel::CheckRunModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CheckRunModel::setPlan(const CheckPlan &plan)
{
    beginResetModel();
    m_rows.clear();
    for (int c = 0; c < plan.file.checks.size(); ++c) {
        const Check &check = plan.file.checks.at(c);
        for (int s = 0; s < check.steps.size(); ++s) {
            Row row;
            row.check = c;
            row.step = s;
            row.checkName = check.name;
            row.description = check.steps.at(s).describe(plan.variables);
            m_rows.append(row);
        }
    }
    endResetModel();
}

void CheckRunModel::follow(CheckSequence *sequence)
{
    connect(sequence, &CheckSequence::stepStarted, this, &CheckRunModel::setStarted);
    connect(sequence, &CheckSequence::stepFinished, this, &CheckRunModel::setFinished);
    connect(sequence, &CheckSequence::checkFinished, this, [this](int check, const CheckResult &) { skipRest(check); });
}

int CheckRunModel::rowOf(int check, int step) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).check == check && m_rows.at(i).step == step)
            return i;
    return -1;
}

int CheckRunModel::passedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.status == Status::Passed; }));
}

int CheckRunModel::failedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.status == Status::Failed; }));
}

void CheckRunModel::setStarted(int check, int step)
{
    const int row = rowOf(check, step);
    if (row < 0)
        return;
    m_rows[row].status = Status::Running;
    changed(row);
}

void CheckRunModel::setFinished(int check, const StepResult &result)
{
    const int row = rowOf(check, result.index);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    r.status = result.passed ? Status::Passed : Status::Failed;
    r.description = result.description; // captured values filled in now
    r.expected = result.expected;
    r.got = result.got;
    r.ms = result.elapsedMs;
    changed(row);
}

void CheckRunModel::skipRest(int check)
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).check == check && m_rows.at(i).status == Status::Pending) {
            m_rows[i].status = Status::Skipped;
            changed(i);
        }
}

void CheckRunModel::changed(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int CheckRunModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CheckRunModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CheckRunModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case StatusRole: return int(row.status);
    case ExpectedRole: return row.expected;
    case GotRole: return row.got;
    case Qt::ToolTipRole:
        return row.status == Status::Failed ? Tr::tr("Expected: %1\nGot: %2").arg(row.expected, row.got) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case CheckColumn: return row.step == 0 ? row.checkName : QString();
        case NumberColumn: return row.step + 1;
        case StepColumn: return row.description;
        case ResultColumn:
            switch (row.status) {
            case Status::Pending: return QString();
            case Status::Running: return Tr::tr("running…");
            case Status::Passed: return Tr::tr("pass");
            case Status::Failed: return Tr::tr("FAIL");
            case Status::Skipped: return Tr::tr("skipped");
            }
            return QVariant();
        case TimeColumn: return row.ms < 0 ? QString() : Tr::tr("%1 ms").arg(row.ms);
        }
        return QVariant();
    default: return QVariant();
    }
}

QVariant CheckRunModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case CheckColumn: return Tr::tr("Check");
    case NumberColumn: return Tr::tr("#");
    case StepColumn: return Tr::tr("Step");
    case ResultColumn: return Tr::tr("Result");
    case TimeColumn: return Tr::tr("Time");
    }
    return QVariant();
}

} // namespace wsi
