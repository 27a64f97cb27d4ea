#pragma once

#include "i18n/Translation.h"
#include "DecodeSettings.h"
#include "Decoded.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <memory>

namespace wsi {

class ProtobufSchema;

// Decodes one binary payload as its settings say: the chosen format, or for Auto what the
// bytes unambiguously are. Compressed payloads are inflated (bounded) and decoded again:
// text, JSON, or whatever Auto recognises inside. Runs only for what is shown or exported.
class PayloadDecoder
{
    WSI_DECLARE_TR_FUNCTIONS(PayloadDecoder)
public:
    PayloadDecoder();
    ~PayloadDecoder();
    Q_DISABLE_COPY_MOVE(PayloadDecoder)

    void setSettings(const DecodeSettings &settings);
    const DecodeSettings &settings() const { return m_settings; }
    // For the detail pane: long protobuf messages print their first fields and elements only,
    // with a note, and no JSON form is made (selecting a 1 MiB message stays quick). Off: all
    // of it, with JSON (the CLI).
    void setForDisplay(bool display) { m_forDisplay = display; }
    static constexpr int DisplayElements = 200;

    // Nothing to say (None, or Auto found no format) gives a Decoded with an empty format.
    Decoded decode(QByteArrayView bytes) const;
    Decoded decodeAs(BinaryFormat format, QByteArrayView bytes) const;

    // The section the detail pane shows above the hex dump; empty when there is nothing to add.
    // At most maxChars characters of decoded text, saying what was left out.
    static QString describe(const Decoded &decoded, qsizetype maxChars);
    // {"format":…,"json":…} or {"format":…,"text":…}, with "notes" or "error": the CLI's "decoded".
    static QJsonObject toJson(const Decoded &decoded);

private:
    Decoded decodeAs(BinaryFormat format, QByteArrayView bytes, int depth) const;
    Decoded decodeAuto(QByteArrayView bytes, int depth) const;
    Decoded inflateAndDecode(BinaryFormat format, QByteArrayView bytes, int depth) const;
    Decoded decodeProtobuf(QByteArrayView bytes) const;
    const ProtobufSchema *schema(QString *error) const;

    DecodeSettings m_settings;
    bool m_forDisplay = false;
    // The .proto, read once and again only when the file changes.
    mutable std::unique_ptr<ProtobufSchema> m_schema;
    mutable QString m_schemaError;
    mutable QString m_schemaPath;
    mutable QDateTime m_schemaModified;
};

} // namespace wsi
