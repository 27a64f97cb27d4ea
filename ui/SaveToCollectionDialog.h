#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLineEdit;
QT_END_NAMESPACE

namespace wsi {

// "Save to collection…": which open collection file, which folder (new or not), what name.
class SaveToCollectionDialog final : public QDialog
{
    Q_OBJECT
public:
    SaveToCollectionDialog(const QStringList &files, const QString &suggestedName, QWidget *parent = nullptr);
    int file() const;
    QString folder() const;
    QString name() const;

private:
    QComboBox *m_file;
    QLineEdit *m_folder;
    QLineEdit *m_name;
};

} // namespace wsi
