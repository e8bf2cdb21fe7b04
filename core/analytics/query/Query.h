#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace storelens::core::analytics {

enum class Comparison { PreviousPeriod, SamePeriodLastYear, None };
enum class Grain { Day, Week, Month, Quarter };

// A closed range of calendar days [from, to] (METRICS.md section 1).
struct Period
{
    QDate from;
    QDate to;
    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    qint64 days() const { return isValid() ? from.daysTo(to) + 1 : 0; }
    bool contains(QDate d) const { return d >= from && d <= to; }
};

// Filters select order lines before anything is computed (METRICS.md section 1). An empty list means "all".
// Values are the names shown to the user (store names, channel names, country names, category names).
struct Filter
{
    QStringList stores;
    QStringList channels;
    QStringList countries;
    QStringList categories;
    QString segment; // a saved segment's name; empty: none
    bool isEmpty() const
    {
        return stores.isEmpty() && channels.isEmpty() && countries.isEmpty() && categories.isEmpty() &&
               segment.isEmpty();
    }
};

// What the user asked for: everything a view or a CLI command needs to compute its figures.
struct Query
{
    Period period; // invalid: the default period, the 12 months ending at the as-of date
    Comparison comparison = Comparison::PreviousPeriod;
    // Set: compare with exactly this period instead of the one `comparison`'s rule gives (the monthly
    // report's "previous month" is the calendar month, not the same number of days before). Ignored with
    // None.
    Period comparisonPeriod;
    Filter filter;
    Grain cohortGrain = Grain::Month;
    int activityWindowDays = 365; // the retention window W (METRICS.md section 3)
};

} // namespace storelens::core::analytics
