#include "ProtobufSchema.h"

#include "ProtobufRaw.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <google/protobuf/arena.h>
#include <google/protobuf/compiler/importer.h>
#include <google/protobuf/dynamic_message.h>
#include <google/protobuf/text_format.h>
#include <google/protobuf/util/json_util.h>

namespace wsi {

namespace pb = google::protobuf;

namespace {

class ErrorCollector final : public pb::compiler::MultiFileErrorCollector
{
public:
    void AddError(const std::string &file, int line, int column, const std::string &message) override
    {
        // The compiler counts lines and columns from 0; editors and people from 1.
        const QString name = QString::fromStdString(file);
        const QString text = QString::fromStdString(message);
        messages << (line < 0 ? QStringLiteral("%1: %2").arg(name, text)
                              : QStringLiteral("%1:%2:%3: %4").arg(name).arg(line + 1).arg(column + 1).arg(text));
    }
    QStringList messages;
};

// Leaves at most maxElements elements in every repeated field, nested ones too; counts what went.
void trimRepeated(pb::Message *message, int maxElements, int depth, qint64 *removed)
{
    if (depth > 100)
        return;
    const pb::Reflection *reflection = message->GetReflection();
    std::vector<const pb::FieldDescriptor *> fields;
    reflection->ListFields(*message, &fields);
    for (const pb::FieldDescriptor *field : fields) {
        const bool isMessage = field->cpp_type() == pb::FieldDescriptor::CPPTYPE_MESSAGE;
        if (field->is_repeated()) {
            for (int n = reflection->FieldSize(*message, field); n > maxElements; --n) {
                reflection->RemoveLast(message, field);
                ++*removed;
            }
            if (isMessage && !field->is_map()) {
                for (int i = 0; i < reflection->FieldSize(*message, field); ++i)
                    trimRepeated(reflection->MutableRepeatedMessage(message, field, i), maxElements, depth + 1, removed);
            }
        } else if (isMessage) {
            trimRepeated(reflection->MutableMessage(message, field), maxElements, depth + 1, removed);
        }
    }
}

void addTypes(const pb::Descriptor *type, QStringList *names)
{
    *names << QString::fromStdString(type->full_name());
    for (int i = 0; i < type->nested_type_count(); ++i)
        addTypes(type->nested_type(i), names);
}

} // namespace

struct ProtobufSchema::Impl
{
    pb::compiler::DiskSourceTree tree;
    ErrorCollector errors;
    std::unique_ptr<pb::compiler::Importer> importer;
    const pb::FileDescriptor *file = nullptr;
    // After the importer: destroyed first, as its prototypes point into the importer's pool.
    std::unique_ptr<pb::DynamicMessageFactory> factory;
};

ProtobufSchema::ProtobufSchema() = default;
ProtobufSchema::~ProtobufSchema() = default;

bool ProtobufSchema::isLoaded() const
{
    return m_impl && m_impl->file;
}

bool ProtobufSchema::load(const QString &path, QString *error)
{
    m_impl = std::make_unique<Impl>();
    m_path = path;
    const QFileInfo info(path);
    if (!info.isFile()) {
        *error = tr("%1: no such file").arg(path);
        m_impl.reset();
        return false;
    }
    m_impl->tree.MapPath("", QDir::toNativeSeparators(info.absolutePath()).toStdString());
    m_impl->tree.MapPath("", "/usr/include"); // google/protobuf/timestamp.proto and the other well-known types
    m_impl->importer = std::make_unique<pb::compiler::Importer>(&m_impl->tree, &m_impl->errors);
    m_impl->file = m_impl->importer->Import(info.fileName().toStdString());
    if (!m_impl->file) {
        *error = m_impl->errors.messages.isEmpty() ? tr("%1: the protobuf compiler could not read it").arg(path)
                                                   : m_impl->errors.messages.join(u'\n');
        m_impl.reset();
        return false;
    }
    m_impl->factory = std::make_unique<pb::DynamicMessageFactory>(m_impl->importer->pool());
    return true;
}

QStringList ProtobufSchema::messageTypes() const
{
    QStringList names;
    if (!isLoaded())
        return names;
    for (int i = 0; i < m_impl->file->message_type_count(); ++i)
        addTypes(m_impl->file->message_type(i), &names);
    return names;
}

Decoded ProtobufSchema::decode(QByteArrayView bytes, const QString &messageType, int maxElements) const
{
    const QString format = tr("protobuf (%1)").arg(messageType);
    if (!isLoaded())
        return Decoded::failure(format, tr("no .proto file is loaded"));
    const pb::Descriptor *type = m_impl->importer->pool()->FindMessageTypeByName(messageType.toStdString());
    if (!type) {
        // "Ticker" for "demo.Ticker": taken when one type of the file has that name.
        const QStringList names = messageTypes();
        QStringList matches;
        for (const QString &name : names) {
            if (name.endsWith(u'.' + messageType))
                matches << name;
        }
        if (matches.size() == 1)
            type = m_impl->importer->pool()->FindMessageTypeByName(matches.first().toStdString());
        if (!type)
            return Decoded::failure(format, messageType.isEmpty()
                ? tr("no message type is chosen (%1 has: %2)").arg(QFileInfo(m_path).fileName(), names.join(QStringLiteral(", ")))
                : tr("the message type %1 is not in %2 (it has: %3)").arg(messageType, QFileInfo(m_path).fileName(),
                                                                         names.join(QStringLiteral(", "))));
    }
    Decoded d;
    d.format = tr("protobuf (%1)").arg(QString::fromStdString(type->full_name()));
    if (bytes.size() > std::numeric_limits<int>::max() / 2)
        return Decoded::failure(d.format, tr("the payload is too large for protobuf"));
    // On an arena: a message of 100,000 small submessages is allocated and freed in blocks.
    pb::Arena arena;
    pb::Message *message = m_impl->factory->GetPrototype(type)->New(&arena);
    if (!message->ParsePartialFromArray(bytes.data(), int(bytes.size()))) {
        const QString where = ProtobufRaw::wireError(bytes);
        return Decoded::failure(d.format, tr("the bytes are not a %1: %2").arg(QString::fromStdString(type->full_name()),
                                                                             where.isEmpty() ? tr("a field does not match its type in the schema") : where));
    }
    if (!message->IsInitialized())
        d.notes << tr("required fields missing: %1").arg(QString::fromStdString(message->InitializationErrorString()));
    if (!message->GetReflection()->GetUnknownFields(*message).empty())
        d.notes << tr("some fields are not in the schema (or not of its type); they are shown by number");
    if (maxElements > 0) {
        qint64 removed = 0;
        trimRepeated(message, maxElements, 0, &removed);
        if (removed > 0)
            d.notes << tr("repeated fields show their first %1 elements here (%2 more not shown)").arg(maxElements).arg(removed);
    }
    std::string text;
    pb::TextFormat::PrintToString(*message, &text);
    d.text = QString::fromStdString(text).trimmed();
    if (d.text.isEmpty())
        d.text = tr("(every field has its default value)");
    if (maxElements > 0)
        return d;
    std::string json;
    pb::util::JsonPrintOptions options;
    options.preserve_proto_field_names = true;
    if (pb::util::MessageToJsonString(*message, &json, options).ok())
        d.json = QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
    return d;
}

} // namespace wsi
