#include "core/model/TextLocale.h"

#include <atomic>

namespace storelens::core {

namespace {

std::atomic_bool textsTranslated{true};

} // namespace

QLocale textLocale()
{
    const QLocale locale;
    if (textsTranslated.load() || locale.language() == QLocale::English || locale.language() == QLocale::C)
        return locale;
    return QLocale(QLocale::English, locale.territory());
}

void setTextsTranslated(bool translated)
{
    textsTranslated.store(translated);
}

QLocale namesLocale(const QLocale &locale)
{
    return locale == QLocale() ? textLocale() : locale;
}

QString textList(const QStringList &items)
{
    return textLocale().createSeparatedList(items);
}

} // namespace storelens::core
