#include "core/model/PercentText.h"

namespace storelens::core {

namespace {

constexpr QChar kNoBreakSpace(0x00a0);

} // namespace

QString percentText(double fraction, const QLocale &locale, int places)
{
    return locale.toString(fraction * 100.0, 'f', places) + kNoBreakSpace + QLatin1Char('%');
}

QString keepPercentSignsWithNumbers(QString text)
{
    for (qsizetype i = 1; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char(' ') && text.at(i + 1) == QLatin1Char('%') && text.at(i - 1).isDigit())
            text[i] = kNoBreakSpace;
    }
    return text;
}

} // namespace storelens::core
