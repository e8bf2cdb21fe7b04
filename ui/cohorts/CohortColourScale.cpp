#include "ui/cohorts/CohortColourScale.h"

#include <QPalette>

#include <algorithm>
#include <cmath>
#include <optional>

namespace storelens::ui {

using namespace core::analytics;

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    const auto channel = [t](int x, int y) { return int(std::lround(x + (y - x) * t)); };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()), channel(a.blue(), b.blue()));
}

double linear(int channel)
{
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

} // namespace

CohortColourScale::CohortColourScale(double maximum, const QPalette &palette)
    : m_maximum(std::max(0.0, maximum))
{
    const QColor base = palette.color(QPalette::Base);
    m_high = isDark(palette) ? QColor(94, 170, 240) : QColor(21, 87, 166);
    m_low = mix(base, m_high, 0.06);
}

CohortColourScale CohortColourScale::forMatrix(const CohortMatrix &matrix, CohortMetric metric,
                                               const QPalette &palette)
{
    const int firstAge = metric == CohortMetric::CumulativeRevenue || matrix.ageCount() < 2 ? 0 : 1;
    double maximum = 0;
    double overall = 0;
    std::optional<double> lowest;
    for (int c = 0; c < int(matrix.cohorts().size()); ++c) {
        for (int age = 0; age < matrix.ageCount(); ++age) {
            const auto v = matrix.value(metric, c, age);
            if (!v)
                continue;
            overall = std::max(overall, *v);
            lowest = std::min(lowest.value_or(*v), *v);
            if (age >= firstAge)
                maximum = std::max(maximum, *v);
        }
    }
    if (maximum <= 0)
        maximum = overall;
    CohortColourScale scale(maximum, palette);
    scale.m_hasValuesAbove = overall > maximum;
    scale.m_hasSpread = lowest && *lowest < overall;
    return scale;
}

double CohortColourScale::position(double value) const
{
    if (m_maximum <= 0 || !(value > 0))
        return 0;
    return std::min(1.0, value / m_maximum);
}

QColor CohortColourScale::colour(double value) const
{
    return colourAt(position(value));
}

QColor CohortColourScale::colourAt(double position) const
{
    return mix(m_low, m_high, std::clamp(position, 0.0, 1.0));
}

QColor CohortColourScale::textColourOn(const QColor &background)
{
    const double luminance = 0.2126 * linear(background.red()) + 0.7152 * linear(background.green()) +
                             0.0722 * linear(background.blue());
    // The WCAG contrast against black beats the one against white above this luminance.
    return luminance > 0.179 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace storelens::ui
