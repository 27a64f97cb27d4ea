#pragma once

#include "CheckRunner.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace wsi {

// JUnit XML as GitLab, Jenkins and GitHub's test reporters read it: one <testsuite> per check
// file, one <testcase> per check, a failed check's <failure> with the step, expected and got.
struct JUnitReport
{
    struct FileResult
    {
        QString path;
        QList<CheckResult> checks;
    };
    static QByteArray toXml(const QList<FileResult> &files);
};

} // namespace wsi
