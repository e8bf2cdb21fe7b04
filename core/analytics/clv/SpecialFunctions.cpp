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

namespace storelens::core::analytics::clv {

namespace {

constexpr int kGaussNodes = 32;
constexpr double kPi = 3.14159265358979323846;

struct GaussLegendre
{
    int n = 0;
    double node[kGaussNodes];
    double weight[kGaussNodes];
    double logWeight[kGaussNodes]; // ln weight: the quadrature sums in logs
};

// Nodes and weights on [-1, 1] by Newton's method on the Legendre polynomial (Numerical Recipes' gauleg).
GaussLegendre makeGaussLegendre(int n)
{
    GaussLegendre g{};
    g.n = n;
    for (int i = 0; i < (n + 1) / 2; ++i) {
        double z = std::cos(kPi * (i + 0.75) / (n + 0.5));
        double derivative = 1.0;
        for (int iteration = 0; iteration < 100; ++iteration) {
            double p1 = 1.0;
            double p2 = 0.0;
            for (int j = 0; j < n; ++j) {
                const double p3 = p2;
                p2 = p1;
                p1 = ((2.0 * j + 1.0) * z * p2 - j * p3) / (j + 1.0);
            }
            derivative = n * (z * p1 - p2) / (z * z - 1.0);
            const double previous = z;
            z = previous - p1 / derivative;
            if (std::fabs(z - previous) < 1e-15)
                break;
        }
        g.node[i] = -z;
        g.node[n - 1 - i] = z;
        g.weight[i] = 2.0 / ((1.0 - z * z) * derivative * derivative);
        g.weight[n - 1 - i] = g.weight[i];
        g.logWeight[i] = std::log(g.weight[i]);
        g.logWeight[n - 1 - i] = g.logWeight[i];
    }
    return g;
}

// 32 points integrate exp(w) over a range of w of 60 to 1e-16; 16 points suffice up to a range of 16
// (the error bound (range / 4)^(2n) / (2n)! is then below 1e-16 too), which is the common case.
const GaussLegendre &gaussLegendre(double range)
{
    static const GaussLegendre wide = makeGaussLegendre(32);
    static const GaussLegendre narrow = makeGaussLegendre(16);
    return range <= 16.0 ? narrow : wide;
}

} // namespace

PowerProductIntegral powerProductIntegral(double a, double p, double b, double q, double t0, double t1)
{
    PowerProductIntegral result;
    if (!(t1 > t0)) {
        result.logValue = -std::numeric_limits<double>::infinity();
        result.meanLogA = std::log(a + t0);
        result.meanInverseA = 1.0 / (a + t0);
        result.meanLogB = std::log(b + t0);
        result.meanInverseB = 1.0 / (b + t0);
        return result;
    }
    // c: the smaller base with its exponent pc; d: the larger with pd. The integrand is
    // (c + tau)^-(pc + pd) ((c + tau) / (d + tau))^pd, and the ratio is at most 1.
    const bool aIsSmaller = a <= b;
    const double c = aIsSmaller ? a : b;
    const double d = aIsSmaller ? b : a;
    const double pd = aIsSmaller ? q : p;
    const double k = p + q - 1.0;
    const double logC0 = std::log(c + t0);
    const double span = std::isfinite(t1) ? k * (std::log(c + t1) - logC0) : HUGE_VAL;
    const double lowest = -std::fmin(span, 60.0);
    const double half = -lowest / 2.0;
    const GaussLegendre &g = gaussLegendre(-lowest);
    // Per node one exp and one log1p (the integral is evaluated for every customer group at every step of a
    // fit): ln(weight * half) is ln weight + ln half, the latter added once at the end, and 1 / (d + tau) is
    // 1 / (c + tau) / (1 + (d - c) / (c + tau)).
    double terms[kGaussNodes]; // ln of node i's share without ln half
    double logC[kGaussNodes];
    double inverseC[kGaussNodes]; // 1 / (c + tau), kept for the means below
    double logD[kGaussNodes];
    double inverseD[kGaussNodes];
    double largest = -HUGE_VAL;
    for (int i = 0; i < g.n; ++i) {
        // w in [lowest, 0]; c + tau = (c + t0) exp(-w / k).
        const double w = half * (g.node[i] - 1.0);
        logC[i] = logC0 - w / k;
        inverseC[i] = std::exp(-logC[i]);
        const double excess = (d - c) * inverseC[i]; // (d + tau) / (c + tau) - 1
        const double logRatio = std::log1p(excess);  // ln((d + tau) / (c + tau))
        logD[i] = logC[i] + logRatio;
        inverseD[i] = inverseC[i] / (1.0 + excess);
        terms[i] = -pd * logRatio + w + g.logWeight[i];
        largest = std::fmax(largest, terms[i]);
    }
    double sum = 0.0;
    double meanLogC = 0.0;
    double meanInverseC = 0.0;
    double meanLogD = 0.0;
    double meanInverseD = 0.0;
    for (int i = 0; i < g.n; ++i) {
        const double share = std::exp(terms[i] - largest);
        sum += share;
        meanLogC += share * logC[i];
        meanInverseC += share * inverseC[i];
        meanLogD += share * logD[i];
        meanInverseD += share * inverseD[i];
    }
    // I = (c + t0)^-k / k * integral of exp(w) h(w) dw.
    result.logValue = -k * logC0 - std::log(k) + std::log(half) + largest + std::log(sum);
    result.meanLogA = (aIsSmaller ? meanLogC : meanLogD) / sum;
    result.meanInverseA = (aIsSmaller ? meanInverseC : meanInverseD) / sum;
    result.meanLogB = (aIsSmaller ? meanLogD : meanLogC) / sum;
    result.meanInverseB = (aIsSmaller ? meanInverseD : meanInverseC) / sum;
    return result;
}

} // namespace storelens::core::analytics::clv
