#include "core/analytics/explain/SourceGaps.h"

#include <QCoreApplication>

#include <algorithm>

namespace storelens::core::analytics::explain::detail {

namespace {

class SourceGapsText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::analytics::explain)
};

} // namespace

std::vector<Dimension> withSourceDimension(const std::vector<Dimension> &asked,
                                           const std::vector<SourceEnd> &ends)
{
    std::vector<Dimension> out = asked;
    if (!ends.empty() && std::find(out.begin(), out.end(), Dimension::Source) == out.end())
        out.push_back(Dimension::Source);
    return out;
}

std::vector<SourceGap> sourceGaps(const std::vector<SourceEnd> &ends, const DimensionContributions &bySource)
{
    std::vector<SourceGap> out;
    for (const SourceEnd &end : ends) {
        const auto member = std::find_if(bySource.members.begin(), bySource.members.end(),
                                         [&end](const Contribution &c) { return c.member == end.name; });
        if (member != bySource.members.end())
            out.push_back({end.name, end.lastDay, member->change});
    }
    return out;
}

Verdict sourceGapVerdict()
{
    Verdict v;
    v.withinNormalVariation = true; // untested: no good/bad colour
    v.sourceEndsEarly = true;
    v.sentence = SourceGapsText::tr("Not comparable: a source's data ends early, so the change is not judged "
                                    "against normal variation.");
    return v;
}

} // namespace storelens::core::analytics::explain::detail
