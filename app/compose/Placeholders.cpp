#include "Placeholders.h"

#include <QDateTime>
#include <QUuid>

namespace wsi {

QStringList Placeholders::names()
{
    return {QStringLiteral("{{timestamp}}"), QStringLiteral("{{unixMs}}"), QStringLiteral("{{counter}}"), QStringLiteral("{{uuid}}")};
}

QString Placeholders::expand(const QString &text, quint64 counter)
{
    if (!text.contains(QLatin1String("{{")))
        return text;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    while (true) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), from);
        const qsizetype close = open < 0 ? -1 : text.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0) {
            out += QStringView(text).mid(from);
            return out;
        }
        out += QStringView(text).mid(from, open - from);
        const QStringView name = QStringView(text).mid(open + 2, close - open - 2).trimmed();
        if (name == u"timestamp")
            out += now.toString(Qt::ISODateWithMs);
        else if (name == u"unixMs")
            out += QString::number(now.toMSecsSinceEpoch());
        else if (name == u"counter")
            out += QString::number(counter);
        else if (name == u"uuid")
            out += QUuid::createUuid().toString(QUuid::WithoutBraces);
        else
            out += QStringView(text).mid(open, close + 2 - open);
        from = close + 2;
    }
}

} // namespace wsi
