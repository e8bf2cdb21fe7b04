#pragma once

#include <QString>

#include <vector>

// The geometry of a waterfall chart, free of Qt Charts so the screen (WaterfallChart) and the PDF report
// (ReportWaterfallBlock) draw the same bars.
namespace storelens::ui {

struct WaterfallStep
{
    QString label;
    double value = 0;   // a total: the value; a part: its effect (signed)
    bool total = false; // the start and end bars stand on zero
    double from = 0;    // where the bar starts: 0 for a total, the running sum before a part
    double to = 0;      // where it ends: the value, or the running sum after the part
};

// The start total, one step per effect (each from the running sum), and the end total. The parts add up to
// end − start when the effects do (METRICS.md section 9).
std::vector<WaterfallStep> waterfallSteps(const QString &startLabel, double start,
                                          const std::vector<std::pair<QString, double>> &effects,
                                          const QString &endLabel, double end);

// The value range a waterfall is drawn over. When every bar lies well above zero and the parts are small
// against the totals, the axis starts near the lowest running sum (the totals are then drawn cut, which the
// caller says), so the parts stay visible; otherwise it includes zero. `cut` tells which.
void waterfallRange(const std::vector<WaterfallStep> &steps, double *low, double *high, bool *cut);

} // namespace storelens::ui
