#include "ui/common/Formatting.h"

namespace storelens::ui {

QString formatMoney(core::Money value, const QLocale &locale)
{
    // Rounded to cents exactly (half away from zero) before the double conversion, so no binary fraction
    // decides.
    return locale.toString(double(value.roundedCents()) / 100.0, 'f', 2);
}

QString formatCount(qint64 value, const QLocale &locale)
{
    return locale.toString(value);
}

QString formatDate(QDate date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    // The locale's short format, but with the full year: "12/1/2010", "01.12.2010".
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(date, format);
}

} // namespace storelens::ui
