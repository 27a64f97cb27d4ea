#include "EnvironmentDialog.h"

#include <QCheckBox>
#include <QEvent>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wsi {

namespace {
enum Column { NameColumn, ValueColumn, SecretColumn };
} // namespace

EnvironmentDialog::EnvironmentDialog(const Environment &environment, bool secretsInFile, const Save &save, QWidget *parent)
    : QDialog(parent)
    , m_save(save)
    , m_name(new QLineEdit(environment.name))
    , m_table(new QTableWidget(0, 3))
    , m_secretsInFile(new QCheckBox(tr("Write secret values into the collection file too")))
    , m_problem(new QLabel)
{
    setObjectName(QStringLiteral("environmentDialog"));
    setWindowTitle(tr("Environment"));
    m_name->setObjectName(QStringLiteral("environmentNameEdit"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);

    m_table->setObjectName(QStringLiteral("variablesEditor"));
    m_table->setHorizontalHeaderLabels({tr("Variable"), tr("Value"), tr("Secret")});
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SecretColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(NameColumn, 150);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    for (const Variable &variable : environment.variables)
        addVariable(variable);

    auto *add = new QPushButton(tr("&Add variable"));
    add->setObjectName(QStringLiteral("addVariableButton"));
    auto *remove = new QPushButton(tr("&Remove variable"));
    remove->setObjectName(QStringLiteral("removeVariableButton"));
    connect(add, &QPushButton::clicked, this, [this] { cell(addVariable(), NameColumn)->setFocus(); });
    connect(remove, &QPushButton::clicked, this, &EnvironmentDialog::removeCurrentVariable);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();

    m_secretsInFile->setObjectName(QStringLiteral("secretsInFileBox"));
    m_secretsInFile->setChecked(secretsInFile);
    m_secretsInFile->setToolTip(tr("Off: secret values stay in secrets.json beside the settings, readable by you only, "
                                   "and the collection file can be shared"));
    m_problem->setObjectName(QStringLiteral("environmentProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c00000"));
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_secretsInFile);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(560, 380);
}

int EnvironmentDialog::addVariable(const Variable &variable)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *name = new QLineEdit(variable.name);
    name->setObjectName(QStringLiteral("variableName"));
    name->setFrame(false);
    auto *value = new QLineEdit(variable.value);
    value->setObjectName(QStringLiteral("variableValue"));
    value->setFrame(false);
    auto *secret = new QCheckBox;
    secret->setObjectName(QStringLiteral("variableSecret"));
    secret->setToolTip(tr("A secret: masked here and in the window, kept out of recordings and (unless you say so) of the file"));
    // A secret's value is typed masked and never shown.
    const auto mask = [value](bool on) { value->setEchoMode(on ? QLineEdit::Password : QLineEdit::Normal); };
    connect(secret, &QCheckBox::toggled, value, mask);
    secret->setChecked(variable.secret);
    mask(variable.secret);
    auto *centred = new QWidget;
    auto *centre = new QHBoxLayout(centred);
    centre->setContentsMargins(0, 0, 0, 0);
    centre->addWidget(secret, 0, Qt::AlignCenter);
    m_table->setCellWidget(row, NameColumn, name);
    m_table->setCellWidget(row, ValueColumn, value);
    m_table->setCellWidget(row, SecretColumn, centred);
    // The current row follows the field being typed in, so Remove knows which one is meant.
    for (QWidget *field : {static_cast<QWidget *>(name), static_cast<QWidget *>(value), static_cast<QWidget *>(secret)})
        field->installEventFilter(this);
    return row;
}

QLineEdit *EnvironmentDialog::cell(int row, int column) const
{
    return qobject_cast<QLineEdit *>(m_table->cellWidget(row, column));
}

QCheckBox *EnvironmentDialog::secretBox(int row) const
{
    return m_table->cellWidget(row, SecretColumn)->findChild<QCheckBox *>();
}

bool EnvironmentDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn)
        for (int row = 0; row < m_table->rowCount(); ++row)
            if (watched == cell(row, NameColumn) || watched == cell(row, ValueColumn) || watched == secretBox(row))
                m_table->setCurrentCell(row, NameColumn);
    return QDialog::eventFilter(watched, event);
}

void EnvironmentDialog::removeCurrentVariable()
{
    if (const int row = m_table->currentRow(); row >= 0)
        m_table->removeRow(row);
}

Environment EnvironmentDialog::environment() const
{
    Environment environment;
    environment.name = m_name->text().trimmed();
    for (int row = 0; row < m_table->rowCount(); ++row)
        environment.variables.append({cell(row, NameColumn)->text().trimmed(), cell(row, ValueColumn)->text(), secretBox(row)->isChecked()});
    return environment;
}

bool EnvironmentDialog::secretsInFile() const
{
    return m_secretsInFile->isChecked();
}

void EnvironmentDialog::accept()
{
    const QString problem = m_save ? m_save(environment(), secretsInFile()) : QString();
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace wsi
