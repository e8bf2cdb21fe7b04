#include "core/analytics/segments/PercentileCuts.h"

#include <algorithm>

namespace storelens::core::analytics::percentile {

namespace {

constexpr size_t kBucketBits = 16; // at most 65,536 buckets of value ranges

// The values in buckets of equal width above the smallest value, counted: a value in bucket b has
// `below[b]` values in the buckets before it, so its twice rank lies in [2 below[b] + 1, 2 below[b + 1] − 1].
struct Histogram
{
    int64_t lo = 0;
    unsigned shift = 0;
    std::vector<int64_t> below; // buckets + 1 entries, prefix sums
    std::vector<int64_t> smallest;

    size_t bucketOf(int64_t v) const { return size_t((uint64_t(v) - uint64_t(lo)) >> shift); }
};

Histogram histogram(const int64_t *values, size_t n)
{
    Histogram h;
    const auto [lo, hi] = std::minmax_element(values, values + n);
    h.lo = *lo;
    // The span as unsigned: hi − lo overflows int64_t for values of both signs far apart.
    const uint64_t span = uint64_t(*hi) - uint64_t(*lo);
    while ((span >> h.shift) >= (uint64_t(1) << kBucketBits))
        ++h.shift;
    const size_t buckets = size_t(span >> h.shift) + 1;
    h.below.assign(buckets + 1, 0);
    h.smallest.assign(buckets, *hi);
    for (size_t i = 0; i < n; ++i) {
        const size_t b = h.bucketOf(values[i]);
        ++h.below[b + 1];
        h.smallest[b] = std::min(h.smallest[b], values[i]);
    }
    for (size_t b = 1; b <= buckets; ++b)
        h.below[b] += h.below[b - 1];
    return h;
}

// The cut of `condition` in bucket `b`, whose values (any order) are `members`: the first distinct value
// whose twice rank meets it.
Cut cutInBucket(const Histogram &h, size_t b, std::vector<int64_t> members, const RankAtLeast &condition)
{
    std::sort(members.begin(), members.end());
    size_t begin = 0;
    while (begin < members.size()) {
        size_t end = begin + 1;
        while (end < members.size() && members[end] == members[begin])
            ++end;
        const int64_t twice = 2 * (h.below[b] + int64_t(begin)) + int64_t(end - begin);
        if (condition.metBy(twice))
            return Cut{true, members[begin]};
        begin = end;
    }
    return Cut{};
}

} // namespace

std::vector<Cut> cuts(const int64_t *values, size_t n, const std::vector<RankAtLeast> &conditions)
{
    std::vector<Cut> result(conditions.size());
    if (n == 0)
        return result;
    const Histogram h = histogram(values, n);
    const size_t buckets = h.smallest.size();
    if (h.shift == 0) { // one distinct value per bucket: its twice rank is exact
        for (size_t k = 0; k < conditions.size(); ++k) {
            for (size_t b = 0; b < buckets && !result[k].any; ++b) {
                if (h.below[b + 1] > h.below[b] && conditions[k].metBy(h.below[b] + h.below[b + 1]))
                    result[k] = Cut{true, h.smallest[b]};
            }
        }
        return result;
    }
    // Per condition, the first non-empty bucket whose highest possible twice rank meets it: no value before
    // it does. If none of its values does, the smallest value of the next non-empty bucket is the cut (its
    // twice rank is above that highest possible one).
    constexpr size_t kNone = SIZE_MAX;
    std::vector<size_t> candidate(conditions.size(), kNone);
    for (size_t k = 0; k < conditions.size(); ++k) {
        for (size_t b = 0; b < buckets; ++b) {
            if (h.below[b + 1] > h.below[b] && conditions[k].metBy(2 * h.below[b + 1] - 1)) {
                candidate[k] = b;
                break;
            }
        }
    }
    // The values of the candidate buckets, in one more pass.
    std::vector<size_t> wanted;
    for (const size_t b : candidate) {
        if (b != kNone && std::find(wanted.begin(), wanted.end(), b) == wanted.end())
            wanted.push_back(b);
    }
    std::vector<std::vector<int64_t>> members(wanted.size());
    for (size_t w = 0; w < wanted.size(); ++w)
        members[w].reserve(size_t(h.below[wanted[w] + 1] - h.below[wanted[w]]));
    if (!wanted.empty()) {
        for (size_t i = 0; i < n; ++i) {
            const size_t b = h.bucketOf(values[i]);
            for (size_t w = 0; w < wanted.size(); ++w) {
                if (b == wanted[w])
                    members[w].push_back(values[i]);
            }
        }
    }
    for (size_t k = 0; k < conditions.size(); ++k) {
        const size_t b = candidate[k];
        if (b == kNone)
            continue;
        const size_t w = size_t(std::find(wanted.begin(), wanted.end(), b) - wanted.begin());
        result[k] = cutInBucket(h, b, members[w], conditions[k]);
        for (size_t next = b + 1; !result[k].any && next < buckets; ++next) {
            if (h.below[next + 1] > h.below[next])
                result[k] = Cut{true, h.smallest[next]};
        }
    }
    return result;
}

} // namespace storelens::core::analytics::percentile
