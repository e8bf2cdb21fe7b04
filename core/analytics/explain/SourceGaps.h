#pragma once

#include "core/analytics/explain/Explain.h"
#include "core/analytics/kpi/SourceEnds.h"

#include <vector>

// The sources whose data end early in the periods an explanation compares (Explanation::sourceEnds): internal
// to explain/.
namespace storelens::core::analytics::explain::detail {

// `asked`, plus Dimension::Source when `ends` is not empty: the sentence names each such source's part.
std::vector<Dimension> withSourceDimension(const std::vector<Dimension> &asked,
                                           const std::vector<SourceEnd> &ends);

// The sources of `ends` (kpi/SourceEnds.h) that count in the explanation, a member of `bySource` (the
// contributions by source): each with its member's change; empty when none does.
std::vector<SourceGap> sourceGaps(const std::vector<SourceEnd> &ends, const DimensionContributions &bySource);

// The verdict while a source's data is missing from the periods compared: untested and without colour.
Verdict sourceGapVerdict();

} // namespace storelens::core::analytics::explain::detail
