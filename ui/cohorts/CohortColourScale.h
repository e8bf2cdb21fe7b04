#pragma once

#include "core/analytics/cohorts/Cohorts.h"

#include <QColor>

class QPalette;

namespace storelens::ui {

// The heatmap's colour ramp for one result and metric: values from 0 to the largest value map from a tint of
// the palette's base colour to a strong blue (lighter in a dark palette, so it stands out there too). Built
// once per result, metric or palette change; painting only reads the cached colours.
class CohortColourScale
{
public:
    CohortColourScale() = default;
    CohortColourScale(double maximum, const QPalette &palette);

    // The scale of a matrix for a metric. Age 0 is left out of the maximum for every metric but cumulative
    // revenue (it is 100 % retention by definition and the first purchase otherwise, and would wash out every
    // later age); values above the maximum get the strongest colour. When every later age is 0 (nobody came
    // back yet), age 0 is in the maximum after all: a ramp from 0 to 0 would label nothing.
    static CohortColourScale forMatrix(const core::analytics::CohortMatrix &matrix,
                                       core::analytics::CohortMetric metric, const QPalette &palette);

    double maximum() const { return m_maximum; }
    // Whether some cell (an age 0 cell) lies above the maximum and so gets the strongest colour too.
    bool hasValuesAbove() const { return m_hasValuesAbove; }
    // Whether the cells differ at all: false when every cell holds one value (all 0 %, one cohort of one
    // period), and the colours then say nothing a ramp could label.
    bool hasSpread() const { return m_hasSpread; }
    // Where a value sits on the ramp, 0 … 1 (clamped; negative values and an all-zero matrix give 0).
    double position(double value) const;
    QColor colour(double value) const;
    QColor colourAt(double position) const;
    const QColor &low() const { return m_low; }
    const QColor &high() const { return m_high; }

    // Black or white, whichever reads better on `background`.
    static QColor textColourOn(const QColor &background);

private:
    double m_maximum = 0;
    bool m_hasValuesAbove = false;
    bool m_hasSpread = false;
    QColor m_low = QColor(245, 248, 252);
    QColor m_high = QColor(21, 87, 166);
};

} // namespace storelens::ui
