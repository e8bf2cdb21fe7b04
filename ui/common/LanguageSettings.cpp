#include "ui/common/LanguageSettings.h"

#include "core/model/EnglishPlurals.h"
#include "core/model/TextLocale.h"
#include "ui/common/FileDialogDates.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace storelens::ui {

namespace {

const QString LanguageKey = QStringLiteral("ui/language");

class LanguageText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::ui::LanguageSettings)
};

} // namespace

QList<LanguageChoice> languageChoices()
{
    // Each language is named in itself, so it can be found whatever the current one is.
    return {{QString(), LanguageText::tr("System")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("es"), QStringLiteral("Español")}};
}

QString languageSetting()
{
    const QString code = QSettings().value(LanguageKey).toString();
    for (const LanguageChoice &choice : languageChoices()) {
        if (choice.code == code)
            return code;
    }
    return {};
}

void setLanguageSetting(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(LanguageKey);
    else
        settings.setValue(LanguageKey, code);
}

QLocale localeForLanguage(const QString &code)
{
    const QLocale system = QLocale::system();
    if (code.isEmpty())
        return system;
    const QLocale chosen(code);
    if (system.language() == chosen.language())
        return system;
    return chosen;
}

bool hasTranslation(const QLocale &locale)
{
    const QString code = QLocale::languageToCode(locale.language(), QLocale::ISO639Part1);
    for (const LanguageChoice &choice : languageChoices()) {
        if (!choice.code.isEmpty() && choice.code == code)
            return true;
    }
    return false;
}

void installTranslators(QCoreApplication &app)
{
    installTranslatorsFor(app, localeForLanguage(languageSetting()));
}

void installTranslatorsFor(QCoreApplication &app, const QLocale &locale)
{
    QLocale::setDefault(locale);
    core::installEnglishPlurals(); // first: asked last, after the chosen language's translations
    // File dialogs' dates and sizes in the chosen language, not the system's (English on a German desktop).
    if (auto *widgets = qobject_cast<QApplication *>(&app))
        useChosenLocaleInFileDialogs(*widgets);
    // A language StoreLens is not translated into (Italian): English texts, and Qt's own buttons and dialogs
    // in English too rather than "Successivo >" beside "Cancel" (trial 23it).
    const bool shipped = hasTranslation(locale);
    core::setTextsTranslated(shipped);
    if (!shipped || locale.language() == QLocale::English)
        return;
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("storelens"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace storelens::ui
