#include "ui/charts/WaterfallSteps.h"

#include <algorithm>
#include <cmath>

namespace storelens::ui {

std::vector<WaterfallStep> waterfallSteps(const QString &startLabel, double start,
                                          const std::vector<std::pair<QString, double>> &effects,
                                          const QString &endLabel, double end)
{
    std::vector<WaterfallStep> steps;
    steps.push_back({startLabel, start, true, 0, start});
    double running = start;
    for (const auto &[label, effect] : effects) {
        steps.push_back({label, effect, false, running, running + effect});
        running += effect;
    }
    steps.push_back({endLabel, end, true, 0, end});
    return steps;
}

void waterfallRange(const std::vector<WaterfallStep> &steps, double *low, double *high, bool *cut)
{
    double lowest = 0;
    double highest = 0;
    double partsLow = 0;
    bool first = true;
    for (const WaterfallStep &s : steps) {
        const double a = std::min(s.from, s.to);
        const double b = std::max(s.from, s.to);
        if (first) {
            lowest = a;
            highest = b;
            partsLow = s.total ? s.to : a;
            first = false;
        }
        lowest = std::min(lowest, a);
        highest = std::max(highest, b);
        partsLow = std::min(partsLow, s.total ? s.to : a);
    }
    *cut = false;
    *low = std::min(0.0, lowest);
    *high = std::max(0.0, highest);
    // The parts move the running sum within [partsLow, highest]; cut when that band is under half the
    // height of the highest bar and everything is positive.
    if (lowest >= 0 && highest > 0 && highest - partsLow < 0.5 * highest) {
        const double margin = std::max((highest - partsLow) * 0.6, highest * 0.01);
        *low = std::max(0.0, partsLow - margin);
        *cut = *low > 0;
    }
    if (!(*high > *low))
        *high = *low + 1;
}

} // namespace storelens::ui
