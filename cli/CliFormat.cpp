#include "cli/CliFormat.h"

#include "core/analytics/kpi/PeriodSentence.h"

namespace storelens::cli {

QString cliCount(qint64 value, const QLocale &locale)
{
    return locale.toString(value);
}

QString cliNumber(double value, int places, const QLocale &locale)
{
    return locale.toString(value, 'f', places);
}

QString cliPercent(double fraction, int places, const QLocale &locale)
{
    return locale.toString(fraction * 100.0, 'f', places) + QStringLiteral(" %");
}

QString cliMoney(core::Money value, const QString &currency, const QLocale &locale)
{
    // Rounded to cents exactly (half away from zero) before the double conversion, as the screens do.
    return cliMoneyAmount(double(value.roundedCents()) / 100.0, currency, locale);
}

QString cliMoneyAmount(double value, const QString &currency, const QLocale &locale)
{
    const QString number = locale.toString(value, 'f', 2);
    return currency.isEmpty() ? number : QStringLiteral("%1 %2").arg(number, currency);
}

QString cliDate(QDate date, const QLocale &locale)
{
    return core::analytics::dateText(date, locale);
}

} // namespace storelens::cli
