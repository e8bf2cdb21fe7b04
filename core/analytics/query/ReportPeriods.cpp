#include "core/analytics/query/ReportPeriods.h"

#include "core/analytics/query/Periods.h"
#include "core/model/EnumKeys.h"

namespace storelens::core::analytics {

namespace {

Grain grainOf(ReportTemplate t)
{
    switch (t) {
    case ReportTemplate::Weekly:
        return Grain::Week;
    case ReportTemplate::Monthly:
        return Grain::Month;
    case ReportTemplate::Quarterly:
        return Grain::Quarter;
    }
    return Grain::Month;
}

constexpr const char *kTemplateKeys[] = {"weekly", "monthly", "quarterly"};

} // namespace

QString reportTemplateKey(ReportTemplate t)
{
    return enumKey(kTemplateKeys, t);
}

std::optional<ReportTemplate> reportTemplateFromKey(const QString &key)
{
    return enumFromKey<ReportTemplate>(kTemplateKeys, key);
}

std::optional<ReportPeriods> reportPeriods(ReportTemplate t, QDate asOf)
{
    if (!asOf.isValid())
        return std::nullopt;
    const Grain grain = grainOf(t);
    const QDate current = bucketStart(asOf, grain);
    const bool asOfEndsBucket = nextBucketStart(current, grain) == asOf.addDays(1);
    const QDate end = asOfEndsBucket ? asOf : current.addDays(-1);
    ReportPeriods periods;
    periods.kind = t;
    periods.period = Period{bucketStart(end, grain), end};
    periods.previous = previousCalendarPeriod(periods.period, grain);
    if (t == ReportTemplate::Weekly)
        periods.lastYear = Period{periods.period.from.addDays(-364), periods.period.to.addDays(-364)};
    else
        periods.lastYear = Period{shiftYears(periods.period.from, -1), shiftYears(periods.period.to, -1)};
    return periods;
}

} // namespace storelens::core::analytics
