#include "core/analytics/snapshot/SourceSpans.h"

#include "core/analytics/snapshot/Snapshot.h"

#include <algorithm>

namespace storelens::core::analytics {

int SourceSpans::holding() const
{
    return int(std::count(holdsOrders.begin(), holdsOrders.end(), uint8_t(1)));
}

SourceSpans computeSourceSpans(const Snapshot &s)
{
    const size_t sources = size_t(s.sources.size());
    SourceSpans out;
    out.holdsOrders.assign(sources, 0);
    out.lastDay.assign(sources, SourceSpans::kNoDay);
    if (s.orderSource.empty()) {
        if (s.lineCount() > 0 && sources == 1) {
            out.holdsOrders[0] = 1;
            out.lastDay[0] = s.day.back();
        }
        return out;
    }
    size_t open = 0;
    for (const int32_t source : s.orderSource) {
        if (source >= 0 && size_t(source) < sources && !out.holdsOrders[size_t(source)]) {
            out.holdsOrders[size_t(source)] = 1;
            ++open;
        }
    }
    for (size_t i = s.lineCount(); i-- > 0 && open > 0;) {
        const auto order = size_t(s.order[i]);
        const int32_t source = order < s.orderSource.size() ? s.orderSource[order] : -1;
        if (source < 0 || size_t(source) >= sources || out.lastDay[size_t(source)] != SourceSpans::kNoDay)
            continue;
        out.lastDay[size_t(source)] = s.day[i];
        --open;
    }
    return out;
}

SourceSpansPtr sourceSpans(const Snapshot &snapshot)
{
    return snapshot.derived.sourceSpans().get(snapshot);
}

SourceSpansPtr SourceSpansCache::get(const Snapshot &snapshot)
{
    std::lock_guard<std::mutex> lock(m_mutex); // the walk is short: a second caller waits for it
    if (!m_spans)
        m_spans = std::make_shared<const SourceSpans>(computeSourceSpans(snapshot));
    return m_spans;
}

void SourceSpansCache::clear()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_spans.reset();
}

} // namespace storelens::core::analytics
