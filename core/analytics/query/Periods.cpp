#include "core/analytics/query/Periods.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

#include <boost/date_time/gregorian/gregorian.hpp>

namespace storelens::core::analytics {

namespace {

namespace bg = boost::gregorian;

// Boost and Qt count days the same way from a fixed epoch; converting through year/month/day keeps it plain.
bg::date toBoost(QDate d)
{
    return bg::date(static_cast<unsigned short>(d.year()), static_cast<unsigned short>(d.month()),
                    static_cast<unsigned short>(d.day()));
}

QDate fromBoost(const bg::date &d)
{
    return QDate(int(d.year()), int(d.month()), int(d.day()));
}

class PeriodsText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::analytics::Periods)
};

// `date` moved by a Boost duration; invalid when it or the result is.
template<typename Duration> QDate shifted(QDate date, const Duration &duration)
{
    if (!date.isValid())
        return {};
    try {
        return fromBoost(toBoost(date) + duration);
    } catch (const std::exception &) {
        return {};
    }
}

} // namespace

QDate shiftMonths(QDate date, int months)
{
    return shifted(date, bg::months(months));
}

QDate shiftYears(QDate date, int years)
{
    return shifted(date, bg::years(years));
}

QDate bucketStart(QDate date, Grain grain)
{
    switch (grain) {
    case Grain::Day:
        return date;
    case Grain::Week:
        return date.addDays(1 - date.dayOfWeek()); // Qt: Monday = 1
    case Grain::Month:
        return QDate(date.year(), date.month(), 1);
    case Grain::Quarter:
        return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
    }
    return date;
}

QDate nextBucketStart(QDate start, Grain grain)
{
    switch (grain) {
    case Grain::Day:
        return start.addDays(1);
    case Grain::Week:
        return start.addDays(7);
    case Grain::Month:
        return shiftMonths(start, 1);
    case Grain::Quarter:
        return shiftMonths(start, 3);
    }
    return start.addDays(1);
}

void completeQuery(Query &query, QDate asOf)
{
    if (query.period.from.isValid() && !query.period.to.isValid())
        query.period.to = std::max(asOf, query.period.from);
}

Period defaultPeriod(QDate asOf)
{
    if (!asOf.isValid())
        return {};
    return Period{shiftYears(asOf, -1).addDays(1), asOf};
}

Period previousPeriod(const Period &period)
{
    if (!period.isValid())
        return {};
    const QDate to = period.from.addDays(-1);
    return Period{to.addDays(1 - period.days()), to};
}

Period previousCalendarPeriod(const Period &period, Grain grain)
{
    if (!period.isValid() || grain == Grain::Day)
        return {};
    const QDate end = bucketStart(period.from, grain).addDays(-1);
    return Period{bucketStart(end, grain), end};
}

Period previousWholeCalendarPeriod(const Period &period)
{
    if (!period.isValid())
        return {};
    for (Grain grain : {Grain::Quarter, Grain::Month}) {
        const QDate start = bucketStart(period.from, grain);
        const QDate next = grain == Grain::Quarter ? start.addMonths(3) : start.addMonths(1);
        if (period.from == start && period.to == next.addDays(-1))
            return previousCalendarPeriod(period, grain);
    }
    return {};
}

Period samePeriodLastYear(const Period &period)
{
    if (!period.isValid())
        return {};
    return Period{shiftYears(period.from, -1), shiftYears(period.to, -1)};
}

std::optional<Period> comparisonPeriod(const Period &period, Comparison comparison)
{
    if (!period.isValid())
        return std::nullopt;
    switch (comparison) {
    case Comparison::PreviousPeriod:
        return previousPeriod(period);
    case Comparison::SamePeriodLastYear:
        return samePeriodLastYear(period);
    case Comparison::None:
        break;
    }
    return std::nullopt;
}

Period yearEndingAt(QDate to)
{
    return defaultPeriod(to);
}

Period lookBackWindow(const Period &period, int activityWindowDays)
{
    return Period{period.from.addDays(-activityWindowDays), period.from.addDays(-1)};
}

namespace {

// A range that lies wholly before the first day with data: "0 of its 365 days" would read as a window.
QString noDataMessage(DataCoverageWarning::Kind kind)
{
    switch (kind) {
    case DataCoverageWarning::Kind::Period:
        return PeriodsText::tr("The period lies before the first day with data.");
    case DataCoverageWarning::Kind::ComparisonPeriod:
        return PeriodsText::tr("The comparison period lies before the first day with data.");
    case DataCoverageWarning::Kind::RetentionWindow:
        return PeriodsText::tr("The retention look-back window lies before the first day with data, so "
                               "retention and churn have no customers at the start to rest on.");
    case DataCoverageWarning::Kind::ComparisonRetentionWindow:
    case DataCoverageWarning::Kind::Source:
        break;
    }
    return PeriodsText::tr(
        "The comparison period's retention look-back window lies before the first day "
        "with data, so its retention and churn have no customers at the start to rest on.");
}

} // namespace

std::optional<DataCoverageWarning> coverageWarning(DataCoverageWarning::Kind kind, const Period &range,
                                                   QDate firstDataDay)
{
    if (!range.isValid() || !firstDataDay.isValid() || range.from >= firstDataDay)
        return std::nullopt;
    DataCoverageWarning w;
    w.kind = kind;
    w.range = range;
    w.daysWithData = firstDataDay > range.to ? 0 : firstDataDay.daysTo(range.to) + 1;
    const QString days = QString::number(w.daysWithData);
    const QString total = QString::number(range.days());
    if (w.daysWithData == 0) {
        w.message = noDataMessage(kind);
        return w;
    }
    switch (kind) {
    case DataCoverageWarning::Kind::Period:
        w.message = PeriodsText::tr("The period holds only %1 of its %2 days of data.").arg(days, total);
        break;
    case DataCoverageWarning::Kind::ComparisonPeriod:
        w.message =
            PeriodsText::tr("The comparison period holds only %1 of its %2 days of data.").arg(days, total);
        break;
    case DataCoverageWarning::Kind::RetentionWindow:
        // Why retention reads 100 % and churn 0 % on a young shop (trial 24c): nobody can be lost yet.
        w.message = PeriodsText::tr("A customer counts as lost after %2 days without buying, but the data "
                                    "before this period covers only %1 days: retention and churn rest on "
                                    "part of that window and cannot yet tell who was lost.")
                        .arg(days, total);
        break;
    case DataCoverageWarning::Kind::ComparisonRetentionWindow:
        w.message = PeriodsText::tr("The data before the comparison period covers only %1 of the %2 days "
                                    "a customer may go without buying: its retention and churn rest on "
                                    "part of that window.")
                        .arg(days, total);
        break;
    case DataCoverageWarning::Kind::Source:
        break;
    }
    return w;
}

namespace {

qint64 daysWithData(const Period &range, QDate firstDataDay, QDate asOf)
{
    if (!range.isValid() || !firstDataDay.isValid() || !asOf.isValid())
        return 0;
    const QDate from = std::max(range.from, firstDataDay);
    const QDate to = std::min(range.to, asOf);
    return from > to ? 0 : from.daysTo(to) + 1;
}

} // namespace

double periodCoverage(const Period &range, QDate firstDataDay, QDate asOf)
{
    const qint64 total = range.days();
    return total == 0 ? 0.0 : double(daysWithData(range, firstDataDay, asOf)) / double(total);
}

std::optional<QString> notComparableReason(const Period &comparisonPeriod, Comparison kind,
                                           QDate firstDataDay, QDate asOf)
{
    if (kind == Comparison::None || !comparisonPeriod.isValid() ||
        periodCoverage(comparisonPeriod, firstDataDay, asOf) >= kComparableCoverage)
        return std::nullopt;
    const qint64 withData = daysWithData(comparisonPeriod, firstDataDay, asOf);
    const QString days = QString::number(withData);
    const QString total = QString::number(comparisonPeriod.days());
    if (withData == 0)
        return kind == Comparison::SamePeriodLastYear
                   ? PeriodsText::tr("The same period a year earlier has no data, so no change is shown.")
                   : PeriodsText::tr("The previous period has no data, so no change is shown.");
    if (kind == Comparison::SamePeriodLastYear)
        return PeriodsText::tr("The same period a year earlier holds only %1 of its %2 days of data, so no "
                               "change is shown.")
            .arg(days, total);
    return PeriodsText::tr("The previous period holds only %1 of its %2 days of data, so no change is shown.")
        .arg(days, total);
}

std::optional<QString> lookBackNotComparableReason(const Period &lookBack, bool comparison,
                                                   QDate firstDataDay, QDate asOf)
{
    if (!lookBack.isValid() || periodCoverage(lookBack, firstDataDay, asOf) >= kComparableCoverage)
        return std::nullopt;
    const qint64 withData = daysWithData(lookBack, firstDataDay, asOf);
    const QString days = QString::number(withData);
    const QString total = QString::number(lookBack.days());
    if (withData == 0)
        return comparison ? PeriodsText::tr("The comparison period's look-back window lies before the first "
                                            "day with data, so no change is shown.")
                          : PeriodsText::tr("The look-back window lies before the first day with data, so "
                                            "this figure is not judged good or bad.");
    if (comparison)
        return PeriodsText::tr(
                   "The comparison period's look-back window holds only %1 of its %2 days of data, "
                   "so no change is shown.")
            .arg(days, total);
    return PeriodsText::tr(
               "The look-back window holds only %1 of its %2 days of data, so this figure rests on "
               "part of a window and is not judged good or bad.")
        .arg(days, total);
}

QDate parseIsoDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!pattern.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace storelens::core::analytics
