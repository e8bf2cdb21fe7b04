#pragma once

#include <QByteArray>
#include <QString>

// Till exports whose dates alone may not tell the date order (trial 23it).
namespace storelens::test {

// A till's export of August: 1,200 lines dated 1 to 12 August, so the first 1,000 rows (the preview) cannot
// tell day/month from month/day, then one dated 20/08/2026 that tells day first. Each line is 1 × 2.50 of
// A-1; `separator` between the columns Receipt, Date, SKU, Qty, Price and `decimal` in the price.
inline QByteArray augustTillDayFirst(char separator, char decimal)
{
    const QString row = QStringLiteral("R%1;%2/08/2026;A-1;1;%3\n");
    const QString price = QStringLiteral("2") + QLatin1Char(decimal) + QStringLiteral("50");
    QByteArray out = QByteArray("Receipt;Date;SKU;Qty;Price\n").replace(';', separator);
    for (int i = 0; i <= 1200; ++i) {
        const int day = i == 1200 ? 20 : 1 + i % 12;
        out += row.arg(i).arg(day, 2, 10, QLatin1Char('0')).arg(price).toUtf8().replace(';', separator);
    }
    return out;
}

// The same till's next export, dated 1 to 5 December: 5 lines of 1 × 2.50, no day above 12.
inline QByteArray decemberTill(char separator, char decimal)
{
    QByteArray out = QByteArray("Receipt;Date;SKU;Qty;Price\n").replace(';', separator);
    for (int day = 1; day <= 5; ++day)
        out += QStringLiteral("D%1;0%1/12/2026;A-1;1;%2\n")
                   .arg(day)
                   .arg(QStringLiteral("2") + QLatin1Char(decimal) + QStringLiteral("50"))
                   .toUtf8()
                   .replace(';', separator);
    return out;
}

} // namespace storelens::test
