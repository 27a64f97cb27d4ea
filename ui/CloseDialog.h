#pragma once

#include <QDialog>

#include <memory>

QT_BEGIN_NAMESPACE
namespace Ui {
class CloseDialog;
}
QT_END_NAMESPACE

namespace wsi {

// Asks for a close code (with its meaning shown as you pick it) and a reason.
class CloseDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit CloseDialog(QWidget *parent = nullptr);
    ~CloseDialog() override;
    int code() const;
    QString reason() const;

private:
    void updateMeaning();
    std::unique_ptr<Ui::CloseDialog> m_ui;
};

} // namespace wsi
