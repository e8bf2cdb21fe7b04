#include "core/analytics/kpi/PeriodSentence.h"

#include "core/model/DateText.h"

#include <QCoreApplication>

namespace storelens::core::analytics {

namespace {

struct PeriodSentenceText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::analytics::PeriodSentence)
};

} // namespace

QString shortDateFormat(const QLocale &locale)
{
    return core::shortDateFormat(locale);
}

QString dateText(QDate date, const QLocale &locale)
{
    return shortDateText(date, locale);
}

QString periodRangeText(const Period &period, const QLocale &locale)
{
    if (period.from == period.to)
        return dateText(period.from, locale);
    return PeriodSentenceText::tr("%1 – %2").arg(dateText(period.from, locale), dateText(period.to, locale));
}

QString periodSentence(const KpiReport &report, const QLocale &locale)
{
    const QString range = periodRangeText(report.period, locale);
    const QString figures = report.requestedPeriod.isValid()
                                ? PeriodSentenceText::tr("Figures for %1 (the period to date)").arg(range)
                                : PeriodSentenceText::tr("Figures for %1").arg(range);
    const Period &cmp = report.comparisonPeriod;
    // All time: every day with data, so nothing before it to compare with.
    const bool allTime = report.period.from == report.firstDataDay && report.period.to == report.asOf;
    if (allTime && (report.comparisonKind == Comparison::None || !cmp.isValid()))
        return PeriodSentenceText::tr("Figures for all your data, %1, with no comparison: there is no "
                                      "earlier data to compare with.")
            .arg(range);
    if (report.comparisonKind == Comparison::None || !cmp.isValid())
        return PeriodSentenceText::tr("%1, with no comparison.").arg(figures);
    const bool lastYear = report.comparisonKind == Comparison::SamePeriodLastYear;
    if (!report.comparable) {
        return (lastYear
                    ? PeriodSentenceText::tr("%1; the same days a year earlier (%2) hold too little data "
                                             "to compare with, so no changes are shown.")
                    : PeriodSentenceText::tr("%1; the period before (%2) holds too little data to compare "
                                             "with, so no changes are shown."))
            .arg(figures, periodRangeText(cmp, locale));
    }
    return (lastYear ? PeriodSentenceText::tr("%1, compared with the same days a year earlier (%2).")
                     : PeriodSentenceText::tr("%1, compared with the period just before (%2)."))
        .arg(figures, periodRangeText(cmp, locale));
}

} // namespace storelens::core::analytics
