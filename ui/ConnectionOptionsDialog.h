#pragma once

#include "session/SessionOptions.h"

#include <QDialog>

#include <memory>

QT_BEGIN_NAMESPACE
namespace Ui {
class ConnectionOptionsDialog;
}
QT_END_NAMESPACE

namespace wsi {

// Edits everything about a connection but its URL: headers, subprotocols,
// Origin, timeouts, heartbeat, reconnect, on-connect messages.
class ConnectionOptionsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionOptionsDialog(QWidget *parent = nullptr);
    ~ConnectionOptionsDialog() override;

    void setOptions(const SessionOptions &options);
    SessionOptions options() const;

private:
    void updateEnabledFields();

    std::unique_ptr<Ui::ConnectionOptionsDialog> m_ui;
    SessionOptions m_base;
};

} // namespace wsi
