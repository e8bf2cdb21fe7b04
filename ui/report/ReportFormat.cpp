#include "ui/report/ReportFormat.h"

#include "core/model/Countries.h"
#include "core/model/DisplayNames.h"
#include "core/model/PercentText.h"
#include "ui/common/Formatting.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace storelens::ui {

namespace {

using namespace core::analytics;

class ReportFormatText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::ui::ReportFormat)
};

} // namespace

QString reportNoData()
{
    return QStringLiteral("–");
}

QString formatPercent(double fraction, const QLocale &locale, int places)
{
    return core::keepPercentSignsWithNumbers(
        ReportFormatText::tr("%1 %").arg(core::fixedText(fraction * 100, places, locale)));
}

QString printedMinus(const QString &text)
{
    // A hyphen, at most a short currency prefix ("€", "CHF ": letters only with their space), then digits and
    // separators, then at most a short suffix (" €", " %").
    static const QRegularExpression number(QStringLiteral(
        "^-(?:[^\\d\\s\\p{L}]{1,3}\\s?|\\p{L}{1,3}\\s)?\\d[\\d.,'\\s\\x{00a0}\\x{202f}]*[^\\d]{0,4}$"));
    if (!number.match(text).hasMatch())
        return text;
    return QChar(0x2212) + text.mid(1);
}

QString formatMoneyUnits(int64_t tenThousandths, const QLocale &locale)
{
    return formatMoney(core::Money::fromUnits(tenThousandths), locale);
}

QString formatPeriod(const Period &period, const QLocale &locale)
{
    if (!period.isValid())
        return reportNoData();
    return ReportFormatText::tr("%1 to %2 (%Ln day(s))", nullptr, int(period.days()))
        .arg(formatDate(period.from, locale), formatDate(period.to, locale));
}

QString formatDateRange(const Period &period, const QLocale &locale)
{
    if (!period.isValid())
        return reportNoData();
    return ReportFormatText::tr("%1 to %2")
        .arg(formatDate(period.from, locale), formatDate(period.to, locale));
}

QString formatFilters(const Filter &filter)
{
    if (filter.isEmpty())
        return ReportFormatText::tr("None (all order lines)");
    QStringList parts;
    const QString separator = QStringLiteral(", ");
    if (!filter.stores.isEmpty())
        parts.append(ReportFormatText::tr("Stores: %1")
                         .arg(core::storeChannelDisplayNames(filter.stores).join(separator)));
    if (!filter.channels.isEmpty())
        parts.append(ReportFormatText::tr("Channels: %1")
                         .arg(core::storeChannelDisplayNames(filter.channels).join(separator)));
    if (!filter.countries.isEmpty()) {
        QStringList countries;
        for (const QString &key : filter.countries)
            countries.append(core::countryDisplayName(key));
        parts.append(ReportFormatText::tr("Countries: %1").arg(countries.join(separator)));
    }
    if (!filter.categories.isEmpty())
        parts.append(ReportFormatText::tr("Categories: %1").arg(filter.categories.join(separator)));
    if (!filter.segment.isEmpty())
        parts.append(ReportFormatText::tr("Segment: %1").arg(filter.segment));
    return parts.join(QStringLiteral("; "));
}

} // namespace storelens::ui
