#include "Translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QThread>
#include <QTranslator>

namespace wsi::Translation {

namespace {
thread_local int t_sourceTextDepth = 0;

bool sourceTextOnly()
{
    if (t_sourceTextDepth > 0)
        return true;
    const QCoreApplication *app = QCoreApplication::instance();
    return app && QThread::currentThread() != app->thread();
}
} // namespace

SourceText::SourceText()
{
    ++t_sourceTextDepth;
}

SourceText::~SourceText()
{
    --t_sourceTextDepth;
}

QString translate(const char *context, const char *sourceText, const char *disambiguation, int n)
{
    if (!sourceTextOnly())
        return QCoreApplication::translate(context, sourceText, disambiguation, n);
    QString text = QString::fromUtf8(sourceText);
    if (n >= 0)
        text.replace(QStringLiteral("%n"), QString::number(n));
    return text;
}

QString resolve(const QString &choice)
{
    if (choice == englishChoice())
        return QString();
    if (choice == chineseChoice())
        return chineseChoice();
    // "system": the first language the user named that we have (English is the source).
    const QStringList languages = QLocale::system().uiLanguages();
    for (const QString &language : languages) {
        const QString name = language.toLower().replace(u'_', u'-');
        if (name.startsWith(QStringLiteral("en")) || name == QStringLiteral("c"))
            return QString();
        // Traditional Chinese (Taiwan, Hong Kong, Macau, Hant) is not Simplified Chinese.
        if (name == QStringLiteral("zh") || name.startsWith(QStringLiteral("zh-cn")) || name.startsWith(QStringLiteral("zh-sg"))
            || name.startsWith(QStringLiteral("zh-hans")))
            return chineseChoice();
    }
    return QString();
}

QString install(QCoreApplication *app, const QString &choice)
{
    const QString language = resolve(choice);
    if (language.isEmpty())
        return QString();
    auto *ours = new QTranslator(app);
    if (!ours->load(QStringLiteral(":/i18n/wsinspector_%1.qm").arg(language))) {
        delete ours;
        return QString();
    }
    // Qt's own first, ours last: the translator installed last is asked first.
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QCoreApplication::installTranslator(ours);
    return language;
}

} // namespace wsi::Translation
