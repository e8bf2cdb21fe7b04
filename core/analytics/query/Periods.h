#pragma once

#include "core/analytics/query/Query.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace storelens::core::analytics {

// Calendar arithmetic of METRICS.md section 1, with Boost.Date_Time: month and year shifts map the last day
// of a month to the last day of the target month; weeks start on Monday.
QDate shiftMonths(QDate date, int months);
QDate shiftYears(QDate date, int years);

// The first day of the week (Monday), month or quarter holding `date`; the day itself for Grain::Day.
QDate bucketStart(QDate date, Grain grain);
// The first day of the bucket after the one starting at `start`.
QDate nextBucketStart(QDate start, Grain grain);

// A query whose period has a first day but no last day (`--from` without `--to`) ends at the as-of date, or
// on its first day when that is later. Other queries are left as they are.
void completeQuery(Query &query, QDate asOf);

// The 12 months ending at the as-of date: [as-of − 1 year + 1 day, as-of].
Period defaultPeriod(QDate asOf);
// The period of the same length ending the day before period.from.
Period previousPeriod(const Period &period);
// The whole calendar week, month or quarter (`grain`) before the one `period` starts in: how the "last month"
// and "last quarter" presets and the report templates compare (October 1–31 before November, not the 30 days
// before). Invalid for an invalid period or Grain::Day.
Period previousCalendarPeriod(const Period &period, Grain grain);
// A period that is a whole calendar quarter or month compares with the quarter or month before (November
// 1–30 with October 1–31, as the monthly report does; trials 16 and 17 found +56.7 % on screen against 2–31
// October and +52.9 % in the PDF); invalid for any other period: the same length before applies.
Period previousWholeCalendarPeriod(const Period &period);
// Both ends shifted back one year.
Period samePeriodLastYear(const Period &period);
// The comparison period for `comparison`; nullopt for Comparison::None or an invalid period.
std::optional<Period> comparisonPeriod(const Period &period, Comparison comparison);
// The year ending at period.to: [to − 1 year + 1 day, to] (the churn year of the simple predictive CLV).
Period yearEndingAt(QDate to);
// The look-back window of retention and churn for `period` (METRICS.md section 1): the `activityWindowDays`
// days before period.from, [from − window, from − 1].
Period lookBackWindow(const Period &period, int activityWindowDays);

// Why a result rests on part of its range (METRICS.md section 1): a range that starts before the first day
// with data (before filters). Kind::Source: what a source's export cannot give
// (core/session/SourceWarnings.h), with no range.
struct DataCoverageWarning
{
    enum class Kind { Period, ComparisonPeriod, RetentionWindow, ComparisonRetentionWindow, Source };
    Kind kind = Kind::Period;
    Period range;            // the range that starts too early
    qint64 daysWithData = 0; // calendar days of `range` on or after the first day with data
    QString message;         // a translated sentence for the screen, report and CLI
};

// A warning when range.from is before firstDataDay; nullopt otherwise (also when firstDataDay is invalid).
std::optional<DataCoverageWarning> coverageWarning(DataCoverageWarning::Kind kind, const Period &range,
                                                   QDate firstDataDay);

// The coverage rule (METRICS.md section 1): the share of a range's days on or after the first day with data
// and on or before the as-of date; 0 for an invalid range or when there is no data.
double periodCoverage(const Period &range, QDate firstDataDay, QDate asOf);
// A comparison (or a look-back window) whose coverage is below this is not comparable.
constexpr double kComparableCoverage = 0.9;
// Why a comparison with `comparisonPeriod` is not comparable, in words ("The year before holds only 9 of its
// 365 days of data, so no change is shown."); nullopt when it is comparable or there is no comparison.
std::optional<QString> notComparableReason(const Period &comparisonPeriod, Comparison kind,
                                           QDate firstDataDay, QDate asOf);
// The same for a look-back window of retention and churn (`comparison`: the comparison period's window).
std::optional<QString> lookBackNotComparableReason(const Period &lookBack, bool comparison,
                                                   QDate firstDataDay, QDate asOf);

// Parses YYYY-MM-DD strictly; an invalid QDate on failure.
QDate parseIsoDate(const QString &text);

} // namespace storelens::core::analytics
