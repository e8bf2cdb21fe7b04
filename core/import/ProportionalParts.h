#pragma once

#include <QtGlobal>

#include <algorithm>
#include <utility>
#include <vector>

namespace storelens::core {

// Splits `total` (ten-thousandths, ≥ 0) over `weights` (≥ 0) in proportion, equally when they are all 0:
// each part is the floor of its share, and the units left go to the largest remainders (the earlier on a
// tie), so the parts sum to the total exactly (METRICS.md section 1: order-level money spread to the cent).
// `remainders` is scratch, kept by callers that split once per order.
inline void proportionalParts(qint64 total, const std::vector<qint64> &weights, std::vector<qint64> &parts,
                              std::vector<std::pair<qint64, size_t>> &remainders)
{
    __int128 sum = 0;
    for (const qint64 w : weights)
        sum += w;
    const bool equal = sum == 0;
    if (equal)
        sum = __int128(weights.size());
    parts.assign(weights.size(), 0);
    remainders.clear();
    qint64 given = 0;
    for (size_t i = 0; i < weights.size(); ++i) {
        const __int128 part = __int128(total) * (equal ? 1 : weights[i]);
        parts[i] = qint64(part / sum);
        given += parts[i];
        remainders.emplace_back(qint64(part % sum), i);
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (size_t k = 0; given < total && k < remainders.size(); ++k, ++given)
        ++parts[remainders[k].second];
}

inline std::vector<qint64> proportionalParts(qint64 total, const std::vector<qint64> &weights)
{
    std::vector<qint64> parts;
    std::vector<std::pair<qint64, size_t>> remainders;
    proportionalParts(total, weights, parts, remainders);
    return parts;
}

} // namespace storelens::core
