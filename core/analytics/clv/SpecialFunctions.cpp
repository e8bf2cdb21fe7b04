#include "core/analytics/clv/SpecialFunctions.h"

#include <cmath>
#include <limits>

namespace storelens::core::analytics::clv {

double digamma(double x)
{
    if (!(x > 0.0) || !std::isfinite(x))
        return std::numeric_limits<double>::quiet_NaN();
    double result = 0.0;
    while (x < 10.0) {
        result -= 1.0 / x;
        x += 1.0;
    }
    // psi(x) ~ ln x - 1/(2x) - sum B_2k / (2k x^2k), Bernoulli numbers B_2 .. B_14.
    const double inv2 = 1.0 / (x * x);
    const double series =
        inv2 * (1.0 / 12.0 -
                inv2 * (1.0 / 120.0 -
                        inv2 * (1.0 / 252.0 -
                                inv2 * (1.0 / 240.0 - inv2 * (1.0 / 132.0 - inv2 * (691.0 / 32760.0 -
                                                                                    inv2 * (1.0 / 12.0)))))));
    return result + std::log(x) - 0.5 / x - series;
}

double bgNbdBracket(double A, double c, double C, double z)
{
    if (!(z >= 0.0 && z < 1.0) || !(c > 0.0) || !(C > 0.0))
        return std::numeric_limits<double>::quiet_NaN();
    if (z == 0.0)
        return 0.0;
    const double log1mz = std::log1p(-z);
    const double cm1 = c - 1.0;
    const double first = cm1 == 0.0 ? -log1mz : -std::expm1(cm1 * log1mz) / cm1;

    constexpr int maxTerms = 1'000'000;
    constexpr double relativeTolerance = 1e-15;
    double term = A * z / C; // n = 1
    double sum = term;
    bool converged = false;
    for (int n = 1; n < maxTerms; ++n) {
        const double ratio = (A + n) * (c + n - 1.0) * z / ((C + n) * (n + 1.0));
        const double next = term * ratio;
        if (next == 0.0) { // A is a non-positive integer: the series ends
            converged = true;
            break;
        }
        // The term ratios tend to z; bounding the rest by a geometric series needs a ratio that later ratios
        // cannot exceed: the larger of the current one and z.
        const double bound = std::fmax(std::fabs(ratio), z);
        if (bound < 1.0 && std::fabs(next) * bound / (1.0 - bound) <= relativeTolerance * std::fabs(sum)) {
            sum += next;
            converged = true;
            break;
        }
        sum += next;
        term = next;
    }
    if (!converged || !std::isfinite(sum))
        return std::numeric_limits<double>::quiet_NaN();
    return first - std::exp(cm1 * log1mz) * sum;
}

} // namespace storelens::core::analytics::clv
