#pragma once

#include "core/analytics/explain/Explain.h"

#include <vector>

// The large orders behind a change of net sales (issue 18; Explanation::largeOrders): internal to explain/.
namespace storelens::core::analytics::explain::detail {

// The orders of the filtered lines of both periods that by the thresholds of Explain.h (kLargeOrderFactor,
// kLargeOrderShare, kMaxLargeOrders) make up a large part of `change` (currency units), largest first;
// empty when none does. False when cancelled.
bool findLargeOrders(const Snapshot &snapshot, const ResolvedFilter &filter, const Period &comparison,
                     const Period &period, double change, const CancelCheck &cancelled,
                     std::vector<LargeOrder> *out);

} // namespace storelens::core::analytics::explain::detail
