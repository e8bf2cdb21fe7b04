#pragma once

#include "core/analytics/query/Query.h"

#include <QDate>
#include <QString>

namespace storelens::ui {

// The date ranges the filter bar offers, relative to the workspace's as-of date (METRICS.md section 1:
// "today" is the as-of date, not the computer's clock).
enum class DateRangePreset {
    Last7Days,
    Last30Days,
    Last90Days,
    ThisMonth,
    LastMonth,
    ThisQuarter,
    LastQuarter,
    ThisYear,
    YearToDate,
    Last12Months,
    Custom,
};
constexpr int kDateRangePresetCount = int(DateRangePreset::Custom) + 1;

// Stable key for settings ("last_30_days"), and back; `fallback` for an unknown key.
QString dateRangePresetKey(DateRangePreset preset);
DateRangePreset dateRangePresetFromKey(const QString &key, DateRangePreset fallback);
// Translated name for the picker ("Last 30 days").
QString dateRangePresetLabel(DateRangePreset preset);

// The period of `preset` for the as-of date. "This month / quarter / year" run from their first day to the
// as-of date; "last month / quarter" are the whole calendar period before; "this year" is the calendar year
// holding the as-of date up to its end (the days after the as-of date have no data yet), "year to date" up to
// the as-of date. Invalid for Custom or an invalid as-of date.
core::analytics::Period resolveDateRangePreset(DateRangePreset preset, QDate asOf);

} // namespace storelens::ui
