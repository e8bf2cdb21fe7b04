// The WorkspaceSession's "Why?" analysis (METRICS.md section 9).
#include "core/session/WorkspaceSession.h"

#include "core/analytics/explain/Explain.h"
#include "core/analytics/kpi/KpiEngine.h"
#include "core/analytics/segments/SegmentStore.h"

#include <algorithm>

namespace storelens::core::session {

using namespace analytics;

Result<std::shared_ptr<const explain::Explanation>>
WorkspaceSession::explain(const Query &query, KpiId kpi, const std::vector<explain::Dimension> &dimensions,
                          const TaskControl &control)
{
    Result<ResolvedQueryPtr> resolved = resolve(query, control.stage(0, 50));
    if (!resolved)
        return resolved.error();
    return explain(resolved.value(), kpi, dimensions, control);
}

Result<std::shared_ptr<const explain::Explanation>>
WorkspaceSession::explain(const ResolvedQueryPtr &resolved, KpiId kpi,
                          const std::vector<explain::Dimension> &dimensions, const TaskControl &control)
{
    Result<std::vector<std::shared_ptr<const explain::Explanation>>> each =
        explainEach(resolved, {kpi}, dimensions, control);
    if (!each)
        return each.error();
    return each.value().front();
}

Result<std::vector<std::shared_ptr<const explain::Explanation>>>
WorkspaceSession::explainEach(const ResolvedQueryPtr &resolved, const std::vector<KpiId> &kpis,
                              const std::vector<explain::Dimension> &dimensions, const TaskControl &control)
{
    return explainEach(resolved, kpis, dimensions, explain::Depth::Full, control);
}

Result<std::vector<std::shared_ptr<const explain::Explanation>>>
WorkspaceSession::explainEach(const ResolvedQueryPtr &resolved, const std::vector<KpiId> &kpis,
                              const std::vector<explain::Dimension> &dimensions, explain::Depth depth,
                              const TaskControl &control)
{
    const ResolvedQuery &q = *resolved;
    const CancelCheck stop = control.cancelCheck();
    const KpiCustomerFacts facts = buildKpiCustomerFacts(q.data(), *q.filter);
    // The KPI report fixes the periods (partial periods cut like for like) and the coverage rule, so the
    // explained change is the one the tile shows.
    const Result<KpiReport> report = computeKpiReport(q.snapshot, q.query, *q.filter, stop, &facts);
    if (!report)
        return report.error();
    control.progress(70);
    // Saved segments as a dimension: each segment's members among the resolved lines, evaluated as the
    // segment filter evaluates them.
    // The workspace's settings: its currency (money in the sentence as on the tiles) and saved segments.
    const Result<WorkspaceSettingsPtr> current = settings();
    if (!current)
        return current.error();
    explain::SegmentMembers segments;
    if (std::find(dimensions.begin(), dimensions.end(), explain::Dimension::Segment) != dimensions.end()) {
        const auto base = customerBase(q, control);
        if (!base)
            return base.error();
        for (const SavedSegment &saved : current.value()->segments) {
            auto allow = segmentAllowList(*base.value(), q.data(), q.mask(), saved.rule);
            if (!allow)
                return allow.error();
            segments.names << saved.name;
            segments.members.push_back(std::move(allow).value());
        }
    }
    std::vector<std::shared_ptr<const explain::Explanation>> explanations;
    explanations.reserve(kpis.size());
    for (const KpiId kpi : kpis) {
        Result<explain::Explanation> e =
            explain::explainKpi(q.data(), *q.filter, facts, report.value(), kpi, dimensions, stop, &segments,
                                current.value()->currency, depth);
        if (!e)
            return e.error();
        explanations.push_back(std::make_shared<const explain::Explanation>(std::move(e).value()));
        control.progress(70 + int(30 * explanations.size() / kpis.size()));
    }
    return explanations;
}

} // namespace storelens::core::session
