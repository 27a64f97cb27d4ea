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
    // For a tab whose connection is up or reconnecting: says what applies at once and what
    // from the next connect.
    void setLiveConnection(bool live);

private:
    void updateEnabledFields();

    std::unique_ptr<Ui::ConnectionOptionsDialog> m_ui;
    SessionOptions m_base;
};

} // namespace wsi
