#pragma once

#include "CheckFile.h"
#include "session/SessionEvent.h"

#include <QUrl>

#include <vector>

namespace wsi {

// "Save as check": a recorded session (or some of its rows) as a check file that does it again
// — connect, each message sent as it was, each reply expected as it came (JSON as a JSON
// subset of the whole reply, text exactly), the close — for the user to loosen afterwards.
struct CheckFromSession
{
    static CheckFile build(const QUrl &url, const std::vector<SessionEvent> &events, const QString &name);
};

} // namespace wsi
