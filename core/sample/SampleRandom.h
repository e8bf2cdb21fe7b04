#pragma once

#include <QtGlobal>

#include <random>
#include <vector>

namespace storelens::core {

// The sample generator's random numbers. Only the raw std::mt19937_64 output is used: the standard defines it
// exactly, while std::*_distribution may differ between standard libraries, so every distribution is built
// here from uniform draws and a seed gives the same store everywhere.
class SampleRandom
{
public:
    explicit SampleRandom(quint64 seed)
        : m_engine(seed)
    {
    }

    // Uniform in [0, 1), 53 random bits.
    double uniform() { return double(m_engine() >> 11) * (1.0 / 9007199254740992.0); }
    // Uniform in [lo, hi], both included.
    qint64 between(qint64 lo, qint64 hi);
    bool chance(double probability) { return uniform() < probability; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // Box–Muller.
    double normal(double mean, double sd);
    double exponential(double rate);
    // Marsaglia–Tsang; shape > 0, mean = shape × scale.
    double gamma(double shape, double scale);
    double beta(double a, double b);
    // Knuth's product method for small means, a rounded normal approximation above 30.
    qint64 poisson(double mean);
    // Index i drawn with probability (cumulative[i] - cumulative[i - 1]) / cumulative.back().
    int pick(const std::vector<double> &cumulative);

private:
    std::mt19937_64 m_engine;
    double m_spareNormal = 0.0;
    bool m_hasSpare = false;
};

} // namespace storelens::core
