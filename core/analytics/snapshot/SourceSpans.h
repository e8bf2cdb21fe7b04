#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

namespace storelens::core::analytics {

struct Snapshot;

// What one walk over a snapshot's orders and lines knows of each source (METRICS.md section 1, "Sources"),
// by index into Snapshot::sources: whether it holds an order, and the last day with one of its lines. The
// source notes and the source-end warnings of every refresh and "Why?" read it; it is kept with the snapshot
// (SnapshotDerived), so a refresh on a loaded snapshot does not walk the orders again.
struct SourceSpans
{
    static constexpr int32_t kNoDay = INT32_MIN;
    std::vector<uint8_t> holdsOrders; // 1: the source holds at least one order
    std::vector<int32_t> lastDay;     // Julian day of its last line; kNoDay when it holds none
    int holding() const;              // how many sources hold orders
};
using SourceSpansPtr = std::shared_ptr<const SourceSpans>;

// The walk itself: the orders' sources once, then the lines back from the last until every source holding
// orders has been met (the lines are sorted by day). A snapshot without Snapshot::orderSource has one source:
// it holds the orders when it is the only one named and there are lines.
SourceSpans computeSourceSpans(const Snapshot &snapshot);

// The spans of `snapshot`, computed on its first request and kept with it. Thread-safe.
SourceSpansPtr sourceSpans(const Snapshot &snapshot);

class SourceSpansCache
{
public:
    SourceSpansPtr get(const Snapshot &snapshot);
    void clear();

private:
    std::mutex m_mutex;
    SourceSpansPtr m_spans;
};

} // namespace storelens::core::analytics
