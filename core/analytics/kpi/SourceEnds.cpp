#include "core/analytics/kpi/SourceEnds.h"

#include "core/analytics/snapshot/SourceSpans.h"

#include <algorithm>

namespace storelens::core::analytics {

std::vector<SourceEnd> sourcesEndingEarly(const Snapshot &snapshot, const KpiReport &report)
{
    std::vector<SourceEnd> out;
    if (snapshot.sources.size() < 2 || snapshot.orderSource.empty() || !report.asOf.isValid() ||
        !report.period.isValid())
        return out;
    const SourceSpansPtr spans = sourceSpans(snapshot);
    const qint64 asOf = report.asOf.toJulianDay();
    const qint64 periodEnd = report.period.to.toJulianDay();
    const QDate firstCounted = report.comparisonPeriod.isValid()
                                   ? std::min(report.period.from, report.comparisonPeriod.from)
                                   : report.period.from;
    for (size_t i = 0; i < spans->lastDay.size(); ++i) {
        const int32_t last = spans->lastDay[i];
        if (last == SourceSpans::kNoDay || asOf - last < kSourceQuietDays ||
            periodEnd - last < kSourceQuietDays)
            continue;
        const QDate end = QDate::fromJulianDay(last);
        if (end < firstCounted)
            continue;
        out.push_back({int32_t(i), snapshot.sources.at(qsizetype(i)), end});
    }
    return out;
}

} // namespace storelens::core::analytics
