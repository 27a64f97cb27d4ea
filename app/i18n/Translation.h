#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// The program's translations: which language, loading it (ours and Qt's own), and the rule
// that keeps files and the wire English.
//
// Core code (no QObject) declares its translation context with
//     namespace { struct Tr { WSI_DECLARE_TR_FUNCTIONS(wsi::Foo) }; }
// and writes Tr::tr("…"). lupdate reads the macro as Q_DECLARE_TR_FUNCTIONS (see the
// -tr-function-alias in CMakeLists.txt). Unlike Qt's, this tr() gives the English source text
// on any thread but the application's main one (the socket thread's facts, the file writer) and
// inside a Translation::SourceText scope: what the session records is always English, so a
// session file or a JSON line is the same in every language.
#define WSI_DECLARE_TR_FUNCTIONS(context)                                                                        \
public:                                                                                                          \
    static QString tr(const char *sourceText, const char *disambiguation = nullptr, int n = -1)                  \
    {                                                                                                            \
        return ::wsi::Translation::translate(#context, sourceText, disambiguation, n);                           \
    }                                                                                                            \
                                                                                                                 \
private:

namespace wsi::Translation {

QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr, int n = -1);

// While one lives on this thread, Tr::tr() above gives the English source text.
class SourceText
{
public:
    SourceText();
    ~SourceText();
    SourceText(const SourceText &) = delete;
    SourceText &operator=(const SourceText &) = delete;
};

// A sentence the session writes into its events: recorded in English, shown in the reader's language.
struct Note
{
    QString recorded;
    QString shown;
};

// Makes the same sentence twice: once in English for the record, once translated.
template <typename Make>
Note note(Make &&make)
{
    Note n;
    {
        SourceText english;
        n.recorded = make();
    }
    n.shown = make();
    return n;
}

// The language choices of View → Language, as stored in the preferences.
inline QString systemChoice() { return QStringLiteral("system"); }
inline QString englishChoice() { return QStringLiteral("en"); }
inline QString chineseChoice() { return QStringLiteral("zh_CN"); }

// The translation a choice means here: "zh_CN", or empty for English (the source language).
// "system" follows QLocale::system().uiLanguages() (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
QString resolve(const QString &choice);

// Loads and installs our translation for the choice and Qt's own (qtbase, for standard
// dialogs and buttons). Returns the language installed, empty for English.
QString install(QCoreApplication *app, const QString &choice);

} // namespace wsi::Translation
