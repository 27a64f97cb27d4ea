#include "CheckRunPage.h"

#include "check/CheckPlan.h"
#include "check/CheckRunModel.h"
#include "check/CheckSequence.h"

#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QPalette>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace wsi {

namespace {
// Rows coloured by their status: green passed, red failed, a pale yellow while running.
class StatusColours final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::BackgroundRole && role != Qt::ForegroundRole)
            return QIdentityProxyModel::data(index, role);
        const auto status = CheckRunModel::Status(QIdentityProxyModel::data(index, CheckRunModel::StatusRole).toInt());
        if (role == Qt::ForegroundRole) // dark text on the pale rows, whatever the theme
            return status == CheckRunModel::Status::Skipped ? QVariant(QColor(Qt::gray))
                   : status == CheckRunModel::Status::Pending ? QVariant()
                                                              : QVariant(QColor(Qt::black));
        switch (status) {
        case CheckRunModel::Status::Passed: return QColor(0xd4, 0xf4, 0xd4);
        case CheckRunModel::Status::Failed: return QColor(0xf8, 0xcc, 0xcc);
        case CheckRunModel::Status::Running: return QColor(0xfa, 0xf0, 0xc8);
        default: return QVariant();
        }
    }
};

QPlainTextEdit *readOnlyText(const QString &name, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(name);
    edit->setReadOnly(true);
    edit->setPlaceholderText(placeholder);
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    return edit;
}
} // namespace

CheckRunPage::CheckRunPage(const CheckPlan &plan, const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_sequence(new CheckSequence(this))
    , m_model(new CheckRunModel(this))
    , m_table(new QTableView)
    , m_summary(new QLabel)
    , m_expected(readOnlyText(QStringLiteral("expectedView"), tr("Expected (select a failed step)")))
    , m_got(readOnlyText(QStringLiteral("gotView"), tr("Got")))
    , m_name(name)
{
    setObjectName(QStringLiteral("checkRunPage"));
    m_model->setPlan(plan);
    m_model->follow(m_sequence);
    auto *colours = new StatusColours(this);
    colours->setSourceModel(m_model);

    m_summary->setObjectName(QStringLiteral("checkSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_table->setObjectName(QStringLiteral("checkSteps"));
    m_table->setModel(colours);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(CheckRunModel::StepColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CheckRunModel::CheckColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(CheckRunModel::CheckColumn, 200); // the step text needs the room at 1024 px
    m_table->setColumnWidth(CheckRunModel::NumberColumn, 36);
    m_table->setColumnWidth(CheckRunModel::ResultColumn, 80);
    m_table->setColumnWidth(CheckRunModel::TimeColumn, 80);

    auto *sideBySide = new QSplitter(Qt::Horizontal);
    auto *expectedBox = new QWidget;
    auto *expectedLayout = new QVBoxLayout(expectedBox);
    expectedLayout->setContentsMargins(0, 0, 0, 0);
    expectedLayout->addWidget(new QLabel(tr("Expected")));
    expectedLayout->addWidget(m_expected);
    auto *gotBox = new QWidget;
    auto *gotLayout = new QVBoxLayout(gotBox);
    gotLayout->setContentsMargins(0, 0, 0, 0);
    gotLayout->addWidget(new QLabel(tr("Got")));
    gotLayout->addWidget(m_got);
    sideBySide->addWidget(expectedBox);
    sideBySide->addWidget(gotBox);

    auto *vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(m_table);
    vertical->addWidget(sideBySide);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(vertical, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showRow(current.row()); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CheckRunPage::refreshSummary);
    connect(m_sequence, &CheckSequence::stepFinished, this, [this](int check, const StepResult &result) {
        // The first failure's expected and got show without a click (not selected: its row stays red).
        if (!result.passed && m_model->failedCount() == 1 && !m_table->currentIndex().isValid())
            showRow(m_model->rowOf(check, result.index));
    });
    connect(m_sequence, &CheckSequence::finished, this, [this] {
        m_done = true;
        refreshSummary();
        emit finished();
    });
    refreshSummary();
    m_sequence->start(plan);
}

CheckRunPage::~CheckRunPage() = default;

bool CheckRunPage::isRunning() const
{
    return !m_done;
}

void CheckRunPage::showRow(int row)
{
    if (row < 0) {
        m_expected->clear();
        m_got->clear();
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_expected->setPlainText(index.data(CheckRunModel::ExpectedRole).toString());
    m_got->setPlainText(index.data(CheckRunModel::GotRole).toString());
}

void CheckRunPage::refreshSummary()
{
    const int failed = m_model->failedCount();
    const int passed = m_model->passedCount();
    setWindowTitle((!m_done ? QStringLiteral("… ") : failed ? QStringLiteral("✗ ") : QStringLiteral("✓ ")) + m_name);
    m_summary->setText(m_done ? (failed ? tr("Finished: %1 steps passed, %2 failed").arg(passed).arg(failed)
                                        : tr("Finished: all %1 steps passed").arg(passed))
                              : tr("Running… %1 steps passed, %2 failed").arg(passed).arg(failed));
    const int row = m_table->currentIndex().row();
    if (row >= 0)
        showRow(row);
}

} // namespace wsi
