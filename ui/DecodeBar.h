#pragma once

#include "decode/DecodeSettings.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
QT_END_NAMESPACE

namespace wsi {

// The row above the Message tab: "Decode binary as" and, for protobuf, the .proto file and
// the message type. It only edits DecodeSettings; the log model decodes.
class DecodeBar final : public QWidget
{
    Q_OBJECT
public:
    explicit DecodeBar(QWidget *parent = nullptr);

    // Shows settings without emitting settingsChanged.
    void setSettings(const DecodeSettings &settings);
    DecodeSettings settings() const { return m_settings; }

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
    QWidget *m_protoRow;
    QLineEdit *m_protoEdit;
    QToolButton *m_browseButton;
    QComboBox *m_typeCombo;
    QLabel *m_schemaStatus;
};

} // namespace wsi
