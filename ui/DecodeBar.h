#pragma once

#include "decode/DecodeSettings.h"

#include <QList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
QT_END_NAMESPACE

namespace wsi {

// The rows above the Message tab: Protocol, "Binary as" (decode binary messages as) and, for protobuf, the .proto file and
// the message type. It only edits DecodeSettings; the log model decodes.
class DecodeBar final : public QWidget
{
    Q_OBJECT
public:
    explicit DecodeBar(QWidget *parent = nullptr);

    // Shows settings without emitting settingsChanged.
    void setSettings(const DecodeSettings &settings);
    DecodeSettings settings() const { return m_settings; }
    // The subprotocol the server accepted: the Protocol row's Auto says what it picked.
    void setSubprotocol(const QString &subprotocol);

signals:
    void settingsChanged(const wsi::DecodeSettings &settings);

private:
    void onFormatChosen();
    void onProtoFileEdited();
    void onTypeChosen();
    void browseForProto();
    // Reads the .proto to list its message types, or to say why it cannot be read.
    void refreshSchema();
    void refreshVisibility();

    DecodeSettings m_settings;
    QComboBox *m_protocolCombo;
    QComboBox *m_formatCombo;
    QList<QWidget *> m_protoWidgets; // the schema's rows, shown for protobuf
    QLineEdit *m_protoEdit;
    QToolButton *m_browseButton;
    QComboBox *m_typeCombo;
    QLabel *m_schemaStatus;
};

} // namespace wsi
