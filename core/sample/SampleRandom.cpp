#include "core/sample/SampleRandom.h"

#include <algorithm>
#include <cmath>

namespace storelens::core {

qint64 SampleRandom::between(qint64 lo, qint64 hi)
{
    if (hi <= lo)
        return lo;
    const unsigned __int128 range = static_cast<unsigned __int128>(hi - lo) + 1;
    return lo + static_cast<qint64>((static_cast<unsigned __int128>(m_engine()) * range) >> 64);
}

double SampleRandom::normal(double mean, double sd)
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return mean + sd * m_spareNormal;
    }
    double u1 = uniform();
    while (u1 <= 0.0)
        u1 = uniform();
    const double u2 = uniform();
    const double radius = std::sqrt(-2.0 * std::log(u1));
    const double angle = 2.0 * M_PI * u2;
    m_spareNormal = radius * std::sin(angle);
    m_hasSpare = true;
    return mean + sd * radius * std::cos(angle);
}

double SampleRandom::exponential(double rate)
{
    return -std::log(1.0 - uniform()) / rate;
}

double SampleRandom::gamma(double shape, double scale)
{
    if (shape < 1.0) {
        // Boost a shape below one: G(a) = G(a + 1) × U^(1/a).
        double u = uniform();
        while (u <= 0.0)
            u = uniform();
        return gamma(shape + 1.0, scale) * std::pow(u, 1.0 / shape);
    }
    const double d = shape - 1.0 / 3.0;
    const double c = 1.0 / std::sqrt(9.0 * d);
    for (;;) {
        double x = 0.0;
        double v = 0.0;
        do {
            x = normal(0.0, 1.0);
            v = 1.0 + c * x;
        } while (v <= 0.0);
        v = v * v * v;
        const double u = uniform();
        if (u < 1.0 - 0.0331 * x * x * x * x)
            return d * v * scale;
        if (u > 0.0 && std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v)))
            return d * v * scale;
    }
}

double SampleRandom::beta(double a, double b)
{
    const double x = gamma(a, 1.0);
    const double y = gamma(b, 1.0);
    return x / (x + y);
}

qint64 SampleRandom::poisson(double mean)
{
    if (mean <= 0.0)
        return 0;
    if (mean > 30.0)
        return std::max<qint64>(0, std::llround(normal(mean, std::sqrt(mean))));
    const double limit = std::exp(-mean);
    qint64 k = 0;
    double product = uniform();
    while (product > limit) {
        ++k;
        product *= uniform();
    }
    return k;
}

int SampleRandom::pick(const std::vector<double> &cumulative)
{
    const double target = uniform() * cumulative.back();
    const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), target);
    return int(std::min<std::ptrdiff_t>(it - cumulative.begin(), std::ptrdiff_t(cumulative.size()) - 1));
}

} // namespace storelens::core
