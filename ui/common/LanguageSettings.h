#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace storelens::ui {

// The language StoreLens speaks: the system's, or one the user chose in Preferences (stored in QSettings
// under "ui/language"). It applies from the next start, to the windows, the numbers and dates (the default
// QLocale) and the PDF report, from the GUI and from `storelens report` alike.
struct LanguageChoice
{
    QString code; // "" for the system's language, else "en", "de", "fr", "es"
    QString name; // the language's name in itself ("Deutsch"); "System" translated
};

QList<LanguageChoice> languageChoices();
QString languageSetting(); // "" when the system's language applies
void setLanguageSetting(const QString &code);
// The locale of a choice: the system's for "", else the language with the system's country when it speaks
// that language (de_AT stays de_AT), else the language's main country.
QLocale localeForLanguage(const QString &code);

// Makes the chosen locale the default QLocale and installs StoreLens' translation (compiled in under
// :/i18n by the application) and Qt's own for it (qtbase_<lang>.qm from QLibraryInfo's translations folder,
// Debian's qt6-translations-l10n). English needs no translation file, only core::installEnglishPlurals().
void installTranslators(QCoreApplication &app);
// Whether StoreLens ships the locale's language (English, German, French, Spanish).
bool hasTranslation(const QLocale &locale);
// The same for a locale: one StoreLens has no translation for (Italian) keeps its numbers, money and dates,
// but its texts, Qt's own buttons and dialogs and the lists inside sentences are English
// (core::textLocale()).
void installTranslatorsFor(QCoreApplication &app, const QLocale &locale);

} // namespace storelens::ui
