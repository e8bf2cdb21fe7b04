#include "core/analytics/explain/ExplainMath.h"

#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>

#include <cmath>
#include <numeric>

namespace storelens::core::analytics::explain {

double logMean(double a, double b)
{
    if (a == b)
        return a;
    return (a - b) / (std::log(a) - std::log(b));
}

std::vector<double> lmdiEffects(const std::vector<double> &before, const std::vector<double> &after)
{
    if (before.size() != after.size() || before.empty())
        return {};
    double v0 = 1;
    double v1 = 1;
    for (size_t i = 0; i < before.size(); ++i) {
        if (!(before[i] > 0) || !(after[i] > 0))
            return {};
        v0 *= before[i];
        v1 *= after[i];
    }
    const double weight = logMean(v1, v0);
    std::vector<double> effects;
    effects.reserve(before.size());
    for (size_t i = 0; i < before.size(); ++i)
        effects.push_back(weight * std::log(after[i] / before[i]));
    return effects;
}

MixRate mixRate(const RatioMember &m)
{
    const double rate0 = m.weight0 == 0 ? m.rate1 : m.rate0;
    MixRate out;
    out.mix = (m.weight1 - m.weight0) * rate0;
    out.rate = m.weight1 == 0 ? 0.0 : m.weight1 * (m.rate1 - rate0);
    return out;
}

Interval wilsonInterval(double successes, double trials, double z)
{
    if (trials <= 0)
        return {};
    const double p = successes / trials;
    const double z2 = z * z;
    const double centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
    const double half = z / (1 + z2 / trials) * std::sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials));
    return {centre - half, centre + half};
}

std::optional<ProportionTest> twoProportionTest(double s0, double n0, double s1, double n1)
{
    if (n0 <= 0 || n1 <= 0)
        return std::nullopt;
    const double pooled = (s0 + s1) / (n0 + n1);
    const double se = std::sqrt(pooled * (1 - pooled) * (1 / n0 + 1 / n1));
    if (!(se > 0))
        return std::nullopt;
    ProportionTest out;
    out.z = (s1 / n1 - s0 / n0) / se;
    const boost::math::normal standard;
    out.pValue = 2 * boost::math::cdf(boost::math::complement(standard, std::fabs(out.z)));
    return out;
}

namespace {

void meanAndVariance(const std::vector<double> &x, double *mean, double *variance)
{
    const double n = double(x.size());
    *mean = std::accumulate(x.begin(), x.end(), 0.0) / n;
    double ss = 0;
    for (double v : x)
        ss += (v - *mean) * (v - *mean);
    *variance = ss / (n - 1);
}

} // namespace

std::optional<WelchTest> welchTest(const std::vector<double> &a, const std::vector<double> &b)
{
    if (a.size() < 2 || b.size() < 2)
        return std::nullopt;
    double meanA = 0;
    double varA = 0;
    double meanB = 0;
    double varB = 0;
    meanAndVariance(a, &meanA, &varA);
    meanAndVariance(b, &meanB, &varB);
    const double qa = varA / double(a.size());
    const double qb = varB / double(b.size());
    const double se2 = qa + qb;
    if (!(se2 > 0))
        return std::nullopt;
    WelchTest out;
    out.meanDifference = meanB - meanA;
    out.t = out.meanDifference / std::sqrt(se2);
    out.degreesOfFreedom = se2 * se2 / (qa * qa / double(a.size() - 1) + qb * qb / double(b.size() - 1));
    const boost::math::students_t dist(out.degreesOfFreedom);
    out.pValue = 2 * boost::math::cdf(boost::math::complement(dist, std::fabs(out.t)));
    const double q = boost::math::quantile(boost::math::complement(dist, 0.025));
    out.difference = {out.meanDifference - q * std::sqrt(se2), out.meanDifference + q * std::sqrt(se2)};
    return out;
}

} // namespace storelens::core::analytics::explain
