#include "core/session/AnalysisResults.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace storelens::core::session {

using namespace analytics;

namespace {

class AnalysisResultsText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::session::SegmentsResult)
};

// 1, 2, 2.5 or 5 times a power of ten, at least `raw`.
double niceStep(double raw)
{
    if (!(raw > 0))
        return 1.0;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (factor * power >= raw)
            return factor * power;
    }
    return 10.0 * power;
}

} // namespace

Grain chartGrain(qint64 periodDays)
{
    if (periodDays <= 45)
        return Grain::Day;
    if (periodDays <= 180)
        return Grain::Week;
    return Grain::Month;
}

QStringList CohortsResult::customerIds(int cohort, int age) const
{
    QStringList ids;
    if (!snapshot)
        return ids;
    const std::vector<int32_t> customers = matrix.customersInCell(*snapshot, lineMask.get(), cohort, age);
    ids.reserve(qsizetype(customers.size()));
    for (int32_t c : customers)
        ids.append(snapshot->customers.externalId(size_t(c)));
    return ids;
}

std::vector<uint8_t> SegmentsResult::members(const SegmentKey &key) const
{
    if (!base || !key.isValid())
        return {};
    switch (key.kind) {
    case SegmentKind::Rfm:
        return size_t(key.index) < rfm.size() ? rfmSegmentMembers(*base, key.index) : std::vector<uint8_t>();
    case SegmentKind::Lifecycle:
        return key.index < kLifecycleStageCount ? lifecycleMembers(*base, LifecycleStage(key.index))
                                                : std::vector<uint8_t>();
    case SegmentKind::ValueTier:
        return key.index < kValueTierCount ? valueTierMembers(*base, ValueTier(key.index))
                                           : std::vector<uint8_t>();
    case SegmentKind::Saved:
        return size_t(key.index) < savedMembers.size() ? savedMembers[size_t(key.index)]
                                                       : std::vector<uint8_t>();
    case SegmentKind::RfmCell: {
        if (key.index >= 25)
            return {};
        const int r = key.index / 5 + 1;
        const int fm = key.index % 5 + 1;
        std::vector<uint8_t> flags(base->size(), 0);
        for (size_t row = 0; row < flags.size(); ++row)
            flags[row] = base->rfm.r[row] == r && base->rfm.fm[row] == fm;
        return flags;
    }
    }
    return {};
}

SegmentSummary SegmentsResult::summary(const SegmentKey &key) const
{
    const auto pick = [&key](const std::vector<SegmentSummary> &list) {
        return size_t(key.index) < list.size() ? list[size_t(key.index)] : SegmentSummary();
    };
    switch (key.kind) {
    case SegmentKind::Rfm:
        return pick(rfm);
    case SegmentKind::Lifecycle:
        return pick(lifecycle);
    case SegmentKind::ValueTier:
        return pick(tiers);
    case SegmentKind::Saved:
        return pick(saved);
    case SegmentKind::RfmCell:
        break;
    }
    return base ? summarizeSegment(*base, members(key), title(key)) : SegmentSummary();
}

QString SegmentsResult::title(const SegmentKey &key) const
{
    if (key.kind == SegmentKind::RfmCell && base && key.isValid()) {
        const int r = key.index / 5 + 1;
        const int fm = key.index % 5 + 1;
        return AnalysisResultsText::tr("%1 (R %2, FM %3)").arg(base->grid.name(r, fm)).arg(r).arg(fm);
    }
    if (key.kind == SegmentKind::Saved)
        return key.name;
    return summary(key).name;
}

QStringList SegmentsResult::customerIds(const SegmentKey &key) const
{
    QStringList ids;
    const std::vector<uint8_t> flags = members(key);
    for (size_t row = 0; row < flags.size(); ++row) {
        if (flags[row])
            ids.append(snapshot->customers.externalId(size_t(base->metrics.population[row])));
    }
    return ids;
}

Result<std::vector<uint8_t>> SegmentsResult::rowsByName(const QString &name) const
{
    return segmentRowsByName(savedSegments, *base, *snapshot, mask(), name);
}

std::vector<SegmentKey> SegmentsResult::allKeys() const
{
    std::vector<SegmentKey> keys;
    for (size_t i = 0; i < rfm.size(); ++i)
        keys.push_back({SegmentKind::Rfm, int(i), QString()});
    for (size_t i = 0; i < lifecycle.size(); ++i)
        keys.push_back({SegmentKind::Lifecycle, int(i), QString()});
    for (size_t i = 0; i < tiers.size(); ++i)
        keys.push_back({SegmentKind::ValueTier, int(i), QString()});
    for (size_t i = 0; i < savedSegments.size(); ++i)
        keys.push_back({SegmentKind::Saved, int(i), savedSegments[i].name});
    return keys;
}

ClvHistogram clvHistogram(const std::vector<clv::CustomerClv> &customers)
{
    ClvHistogram h;
    // No spend model: no CLV to count (every one NaN).
    if (customers.empty() || std::isnan(customers.front().predictedClv))
        return h;
    std::vector<double> values;
    values.reserve(customers.size());
    for (const clv::CustomerClv &c : customers)
        values.push_back(c.predictedClv);
    const auto p99 = values.begin() + std::ptrdiff_t((values.size() - 1) * 99 / 100);
    std::nth_element(values.begin(), p99, values.end());
    const double step = niceStep(*p99 / 10.0);
    const int bins = std::max(1, int(std::ceil(*p99 / step))) + 1;
    for (int i = 0; i < bins; ++i)
        h.edges.push_back(i * step);
    h.counts.assign(size_t(bins), 0);
    for (const clv::CustomerClv &c : customers) {
        const int bin = c.predictedClv > 0 ? std::min(bins - 1, int(c.predictedClv / step)) : 0;
        ++h.counts[size_t(bin)];
    }
    return h;
}

} // namespace storelens::core::session
