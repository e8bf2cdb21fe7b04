#include "core/model/PercentText.h"

#include <algorithm>
#include <cmath>

namespace storelens::core {

namespace {

constexpr QChar kNoBreakSpace(0x00a0);

} // namespace

QString fixedText(double value, int places, const QLocale &locale)
{
    const QString text = locale.toString(value, 'f', places);
    // 0.0 rather than -0.0 or a tiny negative: QLocale writes the sign of either.
    return std::signbit(value) && showsZero(text) ? locale.toString(0.0, 'f', places) : text;
}

bool showsZero(const QString &text)
{
    return std::none_of(text.begin(), text.end(), [](QChar c) { return c.digitValue() > 0; });
}

QString percentText(double fraction, const QLocale &locale, int places)
{
    return fixedText(fraction * 100.0, places, locale) + kNoBreakSpace + QLatin1Char('%');
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
