#pragma once

#include "collection/Variables.h"

#include <QDialog>

#include <functional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLabel;
class QLineEdit;
class QTableWidget;
QT_END_NAMESPACE

namespace wsi {

// Edits one environment of a collection: its name and its variables (add, rename, remove, mark
// secret). A secret's value is typed into a masked field. Where secret values are written is
// the user's choice: secrets.json (the default) or the collection file itself.
class EnvironmentDialog final : public QDialog
{
    Q_OBJECT
public:
    // save: called on OK with what the dialog holds; its error (empty when saved) keeps the
    // dialog open with the message shown, the edits still there.
    using Save = std::function<QString(const Environment &environment, bool secretsInFile)>;
    EnvironmentDialog(const Environment &environment, bool secretsInFile, const Save &save, QWidget *parent = nullptr);

    Environment environment() const;
    bool secretsInFile() const;
    QTableWidget *table() const { return m_table; }
    // Appends a variable row and returns its row.
    int addVariable(const Variable &variable = Variable());
    // Removes the row last typed in (or selected).
    void removeCurrentVariable();

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *cell(int row, int column) const;
    QCheckBox *secretBox(int row) const;

    Save m_save;
    QLineEdit *m_name;
    QTableWidget *m_table;
    QCheckBox *m_secretsInFile;
    QLabel *m_problem;
};

} // namespace wsi
