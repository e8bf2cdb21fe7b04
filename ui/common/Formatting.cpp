#include "ui/common/Formatting.h"

#include "core/analytics/kpi/PeriodSentence.h"
#include "core/store/Currency.h"

#include <cmath>

namespace storelens::ui {

namespace {

// The GUI thread sets it; worker threads only read the screen's formatting through the views.
QString &currentCurrency()
{
    static QString code;
    return code;
}

// Negative money the same way in every language: the minus sign before the amount ("−€6.20", "−6,20 €").
// QLocale::toCurrencyString writes accounting parentheses in some locales ("(6,20 €)" in French, "(€6.20)" in
// US English) and a minus in others. The sign is the typographic minus that changes are written with
// (core::withSign): trial 20 read "-£1,045.37" beside "−£181.20". Copies for spreadsheets turn it back into
// a hyphen (TableActions). A value that rounds to zero has no sign.
QString signedCurrency(double amount, const QString &code, const QLocale &locale, int decimals)
{
    const QString magnitude = core::formatCurrency(std::fabs(amount), code, locale, decimals);
    if (!(amount < 0) || magnitude == core::formatCurrency(0.0, code, locale, decimals))
        return magnitude;
    return QChar(0x2212) + magnitude;
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
    return signedCurrency(double(value.roundedCents()) / 100.0, code, locale, 2);
}

QString formatMoneyAmount(double amount, const QLocale &locale, int decimals)
{
    return signedCurrency(amount, currentCurrency(), locale, decimals);
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

QString formatQuantityMilli(qint64 milli, const QLocale &locale)
{
    const int decimals = milli % 1000 == 0 ? 0 : milli % 100 == 0 ? 1 : milli % 10 == 0 ? 2 : 3;
    const qint64 magnitude = milli < 0 ? -milli : milli;
    const QString text = decimals == 0 ? locale.toString(magnitude / 1000)
                                       : locale.toString(double(magnitude) / 1000.0, 'f', decimals);
    // A returned quantity with the minus sign money has beside it ("−3" and "−£202.02", not "-3").
    return milli < 0 ? QChar(0x2212) + text : text;
}

QString formatDate(QDate date, const QLocale &locale)
{
    return core::analytics::dateText(date, locale);
}

QString keepSignsWithAmounts(QString text)
{
    for (qsizetype i = text.size() - 2; i >= 0; --i) {
        const QChar c = text.at(i);
        if ((c == QLatin1Char('+') || c == QChar(0x2212)) && !text.at(i + 1).isSpace() &&
            text.at(i + 1) != QChar(0x2060))
            text.insert(i + 1, QChar(0x2060));
    }
    return text;
}

} // namespace storelens::ui
