// libFuzzer target over everything that reads untrusted files: the session
// reader and the HAR importer, and writing back what they read.
#include "record/HarFile.h"
#include "record/SessionFile.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const wsi::SessionFile::Contents session = wsi::SessionFile::parse(input, QStringLiteral("fuzz.jsonl"));
    if (session.ok()) {
        // What was read must write and read back to the same number of events.
        const QByteArray again = wsi::SessionFile::serialize(session.header, session.events);
        const wsi::SessionFile::Contents reread = wsi::SessionFile::parse(again, QStringLiteral("again.jsonl"));
        if (reread.events.size() != session.events.size())
            __builtin_trap();
    }
    const wsi::SessionFile::Contents har = wsi::HarFile::parse(input, QStringLiteral("fuzz.har"));
    if (har.ok())
        (void)wsi::HarFile::serialize(har.header, har.events);
    return 0;
}
