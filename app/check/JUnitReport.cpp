#include "JUnitReport.h"

#include <QFileInfo>
#include <QXmlStreamWriter>

namespace wsi {

namespace {
QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 3);
}
} // namespace

QByteArray JUnitReport::toXml(const QList<FileResult> &files)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.setAutoFormatting(true);
    writer.writeStartDocument();
    int tests = 0, failures = 0;
    qint64 totalMs = 0;
    for (const FileResult &file : files)
        for (const CheckResult &check : file.checks) {
            ++tests;
            failures += check.passed ? 0 : 1;
            totalMs += check.elapsedMs;
        }
    writer.writeStartElement(QStringLiteral("testsuites"));
    writer.writeAttribute(QStringLiteral("name"), QStringLiteral("wsinspector checks"));
    writer.writeAttribute(QStringLiteral("tests"), QString::number(tests));
    writer.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    writer.writeAttribute(QStringLiteral("time"), seconds(totalMs));
    for (const FileResult &file : files) {
        int fileFailures = 0;
        qint64 fileMs = 0;
        for (const CheckResult &check : file.checks) {
            fileFailures += check.passed ? 0 : 1;
            fileMs += check.elapsedMs;
        }
        writer.writeStartElement(QStringLiteral("testsuite"));
        writer.writeAttribute(QStringLiteral("name"), file.path);
        writer.writeAttribute(QStringLiteral("tests"), QString::number(file.checks.size()));
        writer.writeAttribute(QStringLiteral("failures"), QString::number(fileFailures));
        writer.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
        writer.writeAttribute(QStringLiteral("time"), seconds(fileMs));
        const QString className = QFileInfo(file.path).completeBaseName();
        for (const CheckResult &check : file.checks) {
            writer.writeStartElement(QStringLiteral("testcase"));
            writer.writeAttribute(QStringLiteral("classname"), className);
            writer.writeAttribute(QStringLiteral("name"), check.name);
            writer.writeAttribute(QStringLiteral("time"), seconds(check.elapsedMs));
            if (!check.passed) {
                writer.writeStartElement(QStringLiteral("failure"));
                writer.writeAttribute(QStringLiteral("message"), check.failureMessage());
                QString body;
                for (const StepResult &step : check.steps) {
                    body += QStringLiteral("%1 step %2: %3\n").arg(step.passed ? QStringLiteral("pass") : QStringLiteral("FAIL")).arg(step.index + 1).arg(step.description);
                    if (!step.passed)
                        body += QStringLiteral("  expected: %1\n  got:      %2\n").arg(step.expected, step.got);
                }
                if (!check.error.isEmpty())
                    body += check.error + u'\n';
                writer.writeCharacters(body);
                writer.writeEndElement();
            }
            writer.writeEndElement();
        }
        writer.writeEndElement();
    }
    writer.writeEndElement();
    writer.writeEndDocument();
    return xml;
}

} // namespace wsi
