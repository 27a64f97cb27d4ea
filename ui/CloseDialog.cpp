#include "CloseDialog.h"

#include "session/CloseCode.h"
#include "ui_CloseDialog.h"

#include <QPushButton>

namespace wsi {

CloseDialog::CloseDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CloseDialog>())
{
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->codeSpin, &QSpinBox::valueChanged, this, &CloseDialog::updateMeaning);
    updateMeaning();
}

CloseDialog::~CloseDialog() = default;

int CloseDialog::code() const
{
    return m_ui->codeSpin->value();
}

QString CloseDialog::reason() const
{
    return m_ui->reasonEdit->text();
}

void CloseDialog::updateMeaning()
{
    const int code = m_ui->codeSpin->value();
    const bool sendable = CloseCode::isValidToSend(code);
    m_ui->meaningLabel->setText(tr("%1: %2", "close code and name: its meaning").arg(CloseCode::describe(code), CloseCode::meaning(code)) +
                                (sendable ? QString() : tr(" — this code may not be sent")));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(sendable);
}

} // namespace wsi
