#include "cli/CliFormat.h"

#include "core/analytics/kpi/PeriodSentence.h"
#include "core/model/PercentText.h"

namespace storelens::cli {

QString cliCount(qint64 value, const QLocale &locale)
{
    return locale.toString(value);
}

QString cliNumber(double value, int places, const QLocale &locale)
{
    return core::fixedText(value, places, locale);
}

QString cliPercent(double fraction, int places, const QLocale &locale)
{
    return core::fixedText(fraction * 100.0, places, locale) + QStringLiteral(" %");
}

QString cliMoney(core::Money value, const QString &currency, const QLocale &locale)
{
    // Rounded to cents exactly (half away from zero) before the double conversion, as the screens do.
    return cliMoneyAmount(double(value.roundedCents()) / 100.0, currency, locale);
}

QString cliMoneyAmount(double value, const QString &currency, const QLocale &locale)
{
    const QString number = core::fixedText(value, 2, locale);
    return currency.isEmpty() ? number : QStringLiteral("%1 %2").arg(number, currency);
}

QString cliDate(QDate date, const QLocale &locale)
{
    return core::analytics::dateText(date, locale);
}

} // namespace storelens::cli
