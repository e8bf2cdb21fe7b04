#include "ui/common/Formatting.h"

#include "core/analytics/kpi/PeriodSentence.h"
#include "core/store/Currency.h"

namespace storelens::ui {

namespace {

// The GUI thread sets it; worker threads only read the screen's formatting through the views.
QString &currentCurrency()
{
    static QString code;
    return code;
}

} // namespace

QString formatMoney(core::Money value, const QLocale &locale)
{
    return formatMoneyWithCurrency(value, currentCurrency(), locale);
}

QString formatMoneyWithCurrency(core::Money value, const QString &code, const QLocale &locale)
{
    // Rounded to cents exactly (half away from zero) before the double conversion, so no binary fraction
    // decides.
    return core::formatCurrency(double(value.roundedCents()) / 100.0, code, locale);
}

QString formatMoneyAmount(double amount, const QLocale &locale, int decimals)
{
    return core::formatCurrency(amount, currentCurrency(), locale, decimals);
}

void setDisplayCurrency(const QString &code)
{
    currentCurrency() = code;
}

QString displayCurrency()
{
    return currentCurrency();
}

QString displayCurrencySymbol(const QLocale &locale)
{
    return core::currencySymbol(currentCurrency(), locale);
}

QString formatCount(qint64 value, const QLocale &locale)
{
    return locale.toString(value);
}

QString formatDate(QDate date, const QLocale &locale)
{
    return core::analytics::dateText(date, locale);
}

} // namespace storelens::ui
