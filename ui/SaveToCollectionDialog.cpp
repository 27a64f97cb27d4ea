#include "SaveToCollectionDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace wsi {

SaveToCollectionDialog::SaveToCollectionDialog(const QStringList &files, const QString &suggestedName, QWidget *parent)
    : QDialog(parent)
    , m_file(new QComboBox)
    , m_folder(new QLineEdit(tr("Connections")))
    , m_name(new QLineEdit(suggestedName))
{
    setWindowTitle(tr("Save to collection"));
    m_file->setObjectName(QStringLiteral("collectionFileBox"));
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    m_name->setObjectName(QStringLiteral("connectionNameEdit"));
    for (const QString &path : files)
        m_file->addItem(QFileInfo(path).fileName(), path);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Collection:"), m_file);
    form->addRow(tr("&Folder:"), m_folder);
    form->addRow(tr("&Name:"), m_name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto refresh = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty() && !m_folder->text().trimmed().isEmpty());
    };
    connect(m_name, &QLineEdit::textChanged, this, refresh);
    connect(m_folder, &QLineEdit::textChanged, this, refresh);
    refresh();
    setMinimumWidth(420);
}

int SaveToCollectionDialog::file() const
{
    return m_file->currentIndex();
}

QString SaveToCollectionDialog::folder() const
{
    return m_folder->text().trimmed();
}

QString SaveToCollectionDialog::name() const
{
    return m_name->text().trimmed();
}

} // namespace wsi
