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
    AllTime,
    Custom,
};
constexpr int kDateRangePresetCount = int(DateRangePreset::Custom) + 1;

// Stable key for settings ("last_30_days"), and back; `fallback` for an unknown key.
QString dateRangePresetKey(DateRangePreset preset);
DateRangePreset dateRangePresetFromKey(const QString &key, DateRangePreset fallback);
// Translated name for the picker ("Last 30 days").
QString dateRangePresetLabel(DateRangePreset preset);
// The label with the calendar period it covers counted from `asOf`, the last day with data: "Last complete
// month (October 2026)", "This quarter (Q4 2026)", "This year (2026)"; the plain label for the others or an
// invalid `asOf`. Trials 24nl, 24fr and 24b: on 6 December, with data up to 30 November, "Last month" was
// read as November, and showed October.
QString dateRangePresetLabel(DateRangePreset preset, QDate asOf);

// The period of `preset` for the as-of date. "This month / quarter / year" are the whole calendar period
// holding the as-of date (the days after it have no data yet): the engine computes them to date and compares
// them like for like (month to date against the same days of the month before, METRICS.md
// section 1, "Partial periods"); "last month / quarter" are the whole calendar period before; "year to
// date" runs to the as-of date. "All time" runs from the first day with data (`firstDay`) to the as-of date;
// it has nothing before it to compare with. Invalid for Custom, an invalid as-of date, or All time without a
// first day.
core::analytics::Period resolveDateRangePreset(DateRangePreset preset, QDate asOf, QDate firstDay = {});

} // namespace storelens::ui
