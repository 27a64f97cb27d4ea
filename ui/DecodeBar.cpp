#include "DecodeBar.h"

#include "decode/ProtobufSchema.h"
#include "decode/ProtocolDecoder.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace wsi {

DecodeBar::DecodeBar(QWidget *parent)
    : QWidget(parent)
    , m_protocolCombo(new QComboBox(this))
    , m_formatCombo(new QComboBox(this))
    , m_protoEdit(new QLineEdit(this))
    , m_browseButton(new QToolButton(this))
    , m_typeCombo(new QComboBox(this))
    , m_schemaStatus(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *formatRow = new QGridLayout;
    auto *protocolLabel = new QLabel(tr("&Protocol:"), this);
    protocolLabel->setBuddy(m_protocolCombo);
    m_protocolCombo->setObjectName(QStringLiteral("protocolDecoderCombo"));
    m_protocolCombo->setAccessibleName(tr("Protocol"));
    for (int i = 0; i < ProtocolDecoder::Count; ++i)
        m_protocolCombo->addItem(ProtocolDecoder::label(MessageProtocol(i)), ProtocolDecoder::name(MessageProtocol(i)));
    m_protocolCombo->setToolTip(tr("Reads each message as GraphQL over WebSocket, STOMP, MQTT or JSON-RPC; Auto follows the "
                                   "subprotocol the server accepted. Remembered for this URL"));
    auto *formatLabel = new QLabel(tr("&Binary as:"), this);
    formatLabel->setToolTip(tr("Decode binary messages as"));
    formatLabel->setBuddy(m_formatCombo);
    m_formatCombo->setObjectName(QStringLiteral("decodeFormatCombo"));
    m_formatCombo->setAccessibleName(tr("Decode binary as"));
    for (int i = 0; i < DecodeSettings::FormatCount; ++i)
        m_formatCombo->addItem(DecodeSettings::formatLabel(BinaryFormat(i)), DecodeSettings::formatName(BinaryFormat(i)));
    m_formatCombo->setItemData(int(BinaryFormat::Auto),
                               tr("Decodes what the bytes say unambiguously: a gzip or zlib header, the CBOR self-describe tag"),
                               Qt::ToolTipRole);
    m_formatCombo->setItemData(int(BinaryFormat::Protobuf),
                               tr("Without a .proto: field numbers and values, as protoc --decode_raw shows them"), Qt::ToolTipRole);
    m_formatCombo->setToolTip(tr("How the selected binary message is decoded; remembered for this URL"));
    // A narrow detail pane keeps its width for the log: the combos shrink instead of the table.
    for (QComboBox *combo : {m_protocolCombo, m_formatCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(6);
    }
    formatRow->addWidget(protocolLabel, 0, 0);
    formatRow->addWidget(m_protocolCombo, 0, 1, 1, 2);
    formatRow->addWidget(formatLabel, 1, 0);
    formatRow->addWidget(m_formatCombo, 1, 1, 1, 2);
    formatRow->setColumnStretch(1, 1);
    layout->addLayout(formatRow);

    // One grid for all rows, so the fields line up; the schema's rows show for protobuf only.
    auto *protoLayout = formatRow;
    auto *protoLabel = new QLabel(tr("Sc&hema:"), this);
    protoLabel->setBuddy(m_protoEdit);
    m_protoEdit->setObjectName(QStringLiteral("protoFileEdit"));
    m_protoEdit->setAccessibleName(tr(".proto file"));
    m_protoEdit->setPlaceholderText(tr(".proto file (none: raw fields)"));
    m_protoEdit->setClearButtonEnabled(true);
    m_browseButton->setObjectName(QStringLiteral("protoBrowseButton"));
    m_browseButton->setText(tr("…"));
    m_browseButton->setToolTip(tr("Choose a .proto file"));
    m_browseButton->setAccessibleName(tr("Choose a .proto file"));
    auto *typeLabel = new QLabel(tr("&Type:"), this);
    typeLabel->setBuddy(m_typeCombo);
    m_typeCombo->setObjectName(QStringLiteral("protoTypeCombo"));
    m_typeCombo->setAccessibleName(tr("Message type"));
    m_typeCombo->setEditable(true);
    m_typeCombo->setInsertPolicy(QComboBox::NoInsert);
    m_typeCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_typeCombo->setMinimumContentsLength(8);
    protoLayout->addWidget(protoLabel, 2, 0);
    protoLayout->addWidget(m_protoEdit, 2, 1);
    protoLayout->addWidget(m_browseButton, 2, 2);
    protoLayout->addWidget(typeLabel, 3, 0);
    protoLayout->addWidget(m_typeCombo, 3, 1, 1, 2);
    m_protoWidgets = {protoLabel, m_protoEdit, m_browseButton, typeLabel, m_typeCombo};
    m_schemaStatus->setObjectName(QStringLiteral("schemaStatus"));
    m_schemaStatus->setTextFormat(Qt::PlainText);
    m_schemaStatus->setWordWrap(true);
    m_schemaStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_schemaStatus);

    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, &DecodeBar::onFormatChosen);
    connect(m_protocolCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_settings.protocol = MessageProtocol(index);
        emit settingsChanged(m_settings);
    });
    connect(m_protoEdit, &QLineEdit::editingFinished, this, &DecodeBar::onProtoFileEdited);
    connect(m_browseButton, &QToolButton::clicked, this, &DecodeBar::browseForProto);
    connect(m_typeCombo, &QComboBox::currentTextChanged, this, &DecodeBar::onTypeChosen);
    refreshVisibility();
}

void DecodeBar::setSettings(const DecodeSettings &settings)
{
    const QSignalBlocker blockProtocol(m_protocolCombo);
    const QSignalBlocker blockFormat(m_formatCombo);
    const QSignalBlocker blockProto(m_protoEdit);
    const QSignalBlocker blockType(m_typeCombo);
    m_settings = settings;
    m_formatCombo->setCurrentIndex(int(settings.binaryAs));
    m_protocolCombo->setCurrentIndex(int(settings.protocol));
    m_protoEdit->setText(settings.protoFile);
    refreshSchema();
    m_typeCombo->setEditText(settings.protoMessage);
    refreshVisibility();
}

void DecodeBar::setSubprotocol(const QString &subprotocol)
{
    const MessageProtocol picked = ProtocolDecoder::forSubprotocol(subprotocol);
    m_protocolCombo->setItemText(int(MessageProtocol::Auto),
                                 subprotocol.isEmpty() ? ProtocolDecoder::label(MessageProtocol::Auto)
                                 : picked == MessageProtocol::None
                                     ? tr("Auto: none for %1").arg(subprotocol)
                                     : tr("Auto: %1 (%2)").arg(ProtocolDecoder::label(picked), subprotocol));
}

void DecodeBar::onFormatChosen()
{
    m_settings.binaryAs = BinaryFormat(m_formatCombo->currentIndex());
    refreshVisibility();
    if (m_settings.binaryAs == BinaryFormat::Protobuf)
        refreshSchema();
    emit settingsChanged(m_settings);
}

void DecodeBar::onProtoFileEdited()
{
    const QString path = m_protoEdit->text().trimmed();
    if (path == m_settings.protoFile)
        return;
    m_settings.protoFile = path;
    {
        const QSignalBlocker blockType(m_typeCombo);
        refreshSchema();
        // A new file: its first type, unless the one chosen before is in it too.
        if (m_typeCombo->findText(m_settings.protoMessage) < 0 && m_typeCombo->count() > 0)
            m_settings.protoMessage = m_typeCombo->itemText(0);
        m_typeCombo->setEditText(m_settings.protoMessage);
    }
    refreshVisibility();
    emit settingsChanged(m_settings);
}

void DecodeBar::onTypeChosen()
{
    const QString type = m_typeCombo->currentText().trimmed();
    if (type == m_settings.protoMessage)
        return;
    m_settings.protoMessage = type;
    emit settingsChanged(m_settings);
}

void DecodeBar::browseForProto()
{
    const QString start = m_settings.protoFile.isEmpty() ? QString() : QFileInfo(m_settings.protoFile).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a .proto file"), start,
                                                      tr("Protocol Buffers (*.proto);;All files (*)"));
    if (path.isEmpty())
        return;
    m_protoEdit->setText(path);
    onProtoFileEdited();
}

void DecodeBar::refreshSchema()
{
    m_typeCombo->clear();
    m_schemaStatus->clear();
    if (m_settings.binaryAs != BinaryFormat::Protobuf || m_settings.protoFile.isEmpty()) {
        m_schemaStatus->hide();
        return;
    }
    ProtobufSchema schema;
    QString error;
    if (schema.load(m_settings.protoFile, &error)) {
        const QStringList types = schema.messageTypes();
        m_typeCombo->addItems(types);
        m_schemaStatus->setText(tr("Message types in %1: %2").arg(QFileInfo(m_settings.protoFile).fileName()).arg(types.size()));
    } else {
        m_schemaStatus->setText(error);
    }
    m_typeCombo->setEditText(m_settings.protoMessage);
    m_schemaStatus->show();
}

void DecodeBar::refreshVisibility()
{
    const bool protobuf = m_settings.binaryAs == BinaryFormat::Protobuf;
    for (QWidget *widget : std::as_const(m_protoWidgets))
        widget->setVisible(protobuf);
    // A type means something only with a schema.
    m_typeCombo->setEnabled(!m_settings.protoFile.isEmpty());
    m_schemaStatus->setVisible(protobuf && !m_schemaStatus->text().isEmpty());
}

} // namespace wsi
