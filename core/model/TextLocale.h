#pragma once

#include <QLocale>
#include <QStringList>

namespace storelens::core {

// The locale of the words StoreLens writes: the default locale when its language has a translation, else
// English in the default locale's territory. Numbers, money and dates follow the default locale; a list
// joined inside a sentence ("Order date and Unit price") follows the sentence's language. Trial 23it: on an
// Italian desktop the texts fall back to English, and "Still to choose: Order date e Unit price" mixed both.
QLocale textLocale();
// Set once the translations are installed (ui::installTranslators()): whether the default locale's language
// has StoreLens's translation. Until then (tests, and English), textLocale() is the default locale.
void setTextsTranslated(bool translated);

// `locale` for month and day names, which are words: with the texts' language when `locale` is the default
// locale and its language has no translation ("Aug 26", not "ago 26", in English screens on an Italian
// desktop: trial 23b), else `locale` itself.
QLocale namesLocale(const QLocale &locale = QLocale());

// The items joined as a list in the texts' language ("A, B and C").
QString textList(const QStringList &items);

} // namespace storelens::core
