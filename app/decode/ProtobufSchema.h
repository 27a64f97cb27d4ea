#pragma once

#include "i18n/Translation.h"
#include "Decoded.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace wsi {

// A .proto file the user points at, read by libprotobuf's own compiler (Importer over a
// DiskSourceTree: the file's folder, then /usr/include for google/protobuf/*.proto), and
// messages of one of its types decoded with DynamicMessage to text format and JSON.
class ProtobufSchema
{
    WSI_DECLARE_TR_FUNCTIONS(ProtobufSchema)
public:
    ProtobufSchema();
    ~ProtobufSchema();
    Q_DISABLE_COPY_MOVE(ProtobufSchema)

    // False with *error holding the compiler's messages ("file.proto:3:5: Expected ...").
    bool load(const QString &path, QString *error);
    bool isLoaded() const;
    QString path() const { return m_path; }
    // The message types the file defines, nested ones too, by full name ("demo.Ticker.Level").
    QStringList messageTypes() const;
    // Decodes bytes as messageType (a full name, or a name unique in the file). maxElements > 0:
    // repeated fields print only their first maxElements elements (the detail pane), and no JSON
    // form is made; 0: everything, with JSON (the CLI).
    Decoded decode(QByteArrayView bytes, const QString &messageType, int maxElements = 0) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    QString m_path;
};

} // namespace wsi
