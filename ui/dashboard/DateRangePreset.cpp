#include "ui/dashboard/DateRangePreset.h"

#include "core/analytics/query/Periods.h"
#include "core/analytics/query/ReportPeriods.h"
#include "core/model/TextLocale.h"

#include <QCoreApplication>

namespace storelens::ui {

namespace {

using core::analytics::Grain;
using core::analytics::Period;

const char *const kKeys[kDateRangePresetCount] = {
    "last_7_days",  "last_30_days", "last_90_days", "this_month",     "last_month", "this_quarter",
    "last_quarter", "this_year",    "year_to_date", "last_12_months", "all_time",   "custom",
};

Period lastDays(QDate asOf, int days)
{
    return Period{asOf.addDays(-(days - 1)), asOf};
}

} // namespace

QString dateRangePresetKey(DateRangePreset preset)
{
    return QString::fromLatin1(kKeys[int(preset)]);
}

DateRangePreset dateRangePresetFromKey(const QString &key, DateRangePreset fallback)
{
    for (int i = 0; i < kDateRangePresetCount; ++i) {
        if (key == QLatin1String(kKeys[i]))
            return DateRangePreset(i);
    }
    return fallback;
}

QString dateRangePresetLabel(DateRangePreset preset)
{
    switch (preset) {
    case DateRangePreset::Last7Days:
        return QCoreApplication::translate("storelens::ui::DateRangePreset", "Last 7 days");
    case DateRangePreset::Last30Days:
        return QCoreApplication::translate("storelens::ui::DateRangePreset", "Last 30 days");
    case DateRangePreset::Last90Days:
        return QCoreApplication::translate("storelens::ui::DateRangePreset", "Last 90 days");
    case DateRangePreset::ThisMonth:
        return QCoreApplication::translate("storelens::ui::DateRangePreset", "This month");
    case DateRangePreset::LastMonth:
        return QCoreApplication::translate("storelens::ui::DateRangePreset", "Last complete month");
    case DateRangePreset::ThisQuarter:
        return QCoreApplication::translate("storelens::ui::DateRangePreset", "This quarter");
    case DateRangePreset::LastQuarter:
        return QCoreApplication::translate("storelens::ui::DateRangePreset", "Last complete quarter");
    case DateRangePreset::ThisYear:
        return QCoreApplication::translate("storelens::ui::DateRangePreset", "This year");
    case DateRangePreset::YearToDate:
        return QCoreApplication::translate("storelens::ui::DateRangePreset", "Year to date");
    case DateRangePreset::Last12Months:
        return QCoreApplication::translate("storelens::ui::DateRangePreset", "Last 12 months");
    case DateRangePreset::AllTime:
        return QCoreApplication::translate("storelens::ui::DateRangePreset", "All time");
    case DateRangePreset::Custom:
        return QCoreApplication::translate("storelens::ui::DateRangePreset", "Custom range");
    }
    return {};
}

QString dateRangePresetLabel(DateRangePreset preset, QDate asOf)
{
    const QString label = dateRangePresetLabel(preset);
    const Period period = resolveDateRangePreset(preset, asOf);
    if (!period.isValid())
        return label;
    const auto withPeriod = [&label](const QString &name) {
        return QCoreApplication::translate("storelens::ui::DateRangePreset", "%1 (%2)",
                                           "a period preset and the calendar period it covers")
            .arg(label, name);
    };
    switch (preset) {
    case DateRangePreset::ThisMonth:
    case DateRangePreset::LastMonth:
        return withPeriod(core::namesLocale().toString(period.from, QStringLiteral("MMMM yyyy")));
    case DateRangePreset::ThisQuarter:
    case DateRangePreset::LastQuarter:
        return withPeriod(QCoreApplication::translate("storelens::ui::DateRangePreset", "Q%1 %2",
                                                      "a calendar quarter and its year")
                              .arg((period.from.month() - 1) / 3 + 1)
                              .arg(period.from.year()));
    case DateRangePreset::ThisYear:
    case DateRangePreset::YearToDate: // trial 24c: "Depuis le début de l'année" did not say which year
        return withPeriod(QString::number(period.from.year()));
    default:
        break;
    }
    return label;
}

Period resolveDateRangePreset(DateRangePreset preset, QDate asOf, QDate firstDay)
{
    if (!asOf.isValid())
        return {};
    const QDate monthStart = core::analytics::bucketStart(asOf, Grain::Month);
    const QDate quarterStart = core::analytics::bucketStart(asOf, Grain::Quarter);
    const QDate yearStart(asOf.year(), 1, 1);
    switch (preset) {
    case DateRangePreset::Last7Days:
        return lastDays(asOf, 7);
    case DateRangePreset::Last30Days:
        return lastDays(asOf, 30);
    case DateRangePreset::Last90Days:
        return lastDays(asOf, 90);
    case DateRangePreset::ThisMonth:
        return Period{monthStart, core::analytics::shiftMonths(monthStart, 1).addDays(-1)};
    // The last complete month and quarter, as the report's monthly and quarterly templates take them: the
    // as-of date's own when the data runs to its last day (trial 24c: "Last month" on data up to 30 November
    // showed October, the monthly report November).
    case DateRangePreset::LastMonth:
        return core::analytics::reportPeriods(core::analytics::ReportTemplate::Monthly, asOf)->period;
    case DateRangePreset::ThisQuarter:
        return Period{quarterStart, core::analytics::shiftMonths(quarterStart, 3).addDays(-1)};
    case DateRangePreset::LastQuarter:
        return core::analytics::reportPeriods(core::analytics::ReportTemplate::Quarterly, asOf)->period;
    case DateRangePreset::ThisYear:
        return Period{yearStart, QDate(asOf.year(), 12, 31)};
    case DateRangePreset::YearToDate:
        return Period{yearStart, asOf};
    case DateRangePreset::Last12Months:
        return core::analytics::defaultPeriod(asOf);
    case DateRangePreset::AllTime:
        return firstDay.isValid() && firstDay <= asOf ? Period{firstDay, asOf} : Period{};
    case DateRangePreset::Custom:
        return {};
    }
    return {};
}

} // namespace storelens::ui
