#include "core/analytics/clv/ParetoNbdModel.h"

#include "core/analytics/clv/FitSupport.h"
#include "core/analytics/clv/SpecialFunctions.h"
#include "core/model/VectorState.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <tuple>

namespace storelens::core::analytics::clv {

namespace {

// The rows grouped by identical (x, t_x, T): every term of the likelihood depends on these alone, and store
// data repeats them often (one-time buyers of the same day).
struct PreparedData
{
    std::vector<double> x;
    std::vector<double> tx;
    std::vector<double> T;
    std::vector<double> count;
};

PreparedData prepare(const std::vector<RfmSummaryRow> &rows)
{
    std::map<std::tuple<double, double, double>, double> groups;
    for (const RfmSummaryRow &row : rows)
        groups[{row.x, row.tx, row.T}] += 1.0;
    PreparedData data;
    for (const auto &[key, n] : groups) {
        data.x.push_back(std::get<0>(key));
        data.tx.push_back(std::get<1>(key));
        data.T.push_back(std::get<2>(key));
        data.count.push_back(n);
    }
    return data;
}

// One customer's likelihood as in Fader & Hardie's note on the Pareto/NBD (2005), with the hypergeometric
// term written as the integral over the moment of dropping out between t_x and T:
//   L = Gamma(r + x) alpha^r beta^s / Gamma(r) * [ (alpha + T)^-(r + x) (beta + T)^-s
//       + s * integral_{t_x}^{T} (alpha + tau)^-(r + x) (beta + tau)^-(s + 1) dtau ].
// The first term is "still alive at T", the second "dropped out at tau"; their shares are P(alive) and
// 1 - P(alive). The logs of both terms are combined by log-sum-exp.
struct CustomerTerms
{
    double logAlive = 0;   // ln of the first bracket term
    double logDropout = 0; // ln of the second (with the factor s)
    PowerProductIntegral integral;
};

CustomerTerms customerTerms(const ParetoNbdParameters &p, double x, double tx, double T)
{
    CustomerTerms t;
    t.logAlive = -(p.r + x) * std::log(p.alpha + T) - p.s * std::log(p.beta + T);
    t.integral = powerProductIntegral(p.alpha, p.r + x, p.beta, p.s + 1.0, tx, T);
    t.logDropout = std::log(p.s) + t.integral.logValue;
    return t;
}

struct Evaluation
{
    double logLikelihood = 0.0;
    std::array<double, 4> gradient{}; // d/dr, d/dalpha, d/ds, d/dbeta
};

// The groups [begin, end) of the likelihood and its gradient.
Evaluation evaluateRange(const ParetoNbdParameters &p, const PreparedData &data, bool withGradient,
                         size_t begin, size_t end)
{
    Evaluation e;
    clearUpperVectorState(); // a pool thread may carry a library's AVX state (VectorState.h)
    const double lgr = std::lgamma(p.r);
    const double psiR = withGradient ? digamma(p.r) : 0.0;
    const double lnAlpha = std::log(p.alpha);
    const double lnBeta = std::log(p.beta);
    for (size_t i = begin; i < end; ++i) {
        const double x = data.x[i];
        const double n = data.count[i];
        const CustomerTerms t = customerTerms(p, x, data.tx[i], data.T[i]);
        const double high = std::fmax(t.logAlive, t.logDropout);
        const double aliveShare = std::exp(t.logAlive - high);
        const double dropoutShare = std::exp(t.logDropout - high);
        const double total = aliveShare + dropoutShare;
        e.logLikelihood +=
            n * (std::lgamma(p.r + x) - lgr + p.r * lnAlpha + p.s * lnBeta + high + std::log(total));
        if (!withGradient)
            continue;
        const double w1 = aliveShare / total;
        const double w2 = dropoutShare / total;
        const double alphaT = p.alpha + data.T[i];
        const double betaT = p.beta + data.T[i];
        const PowerProductIntegral &I = t.integral;
        // d ln(first term) and d ln(second term) per parameter, weighted by their shares.
        const double dR = w1 * -std::log(alphaT) + w2 * -I.meanLogA;
        const double dAlpha = -(p.r + x) * (w1 / alphaT + w2 * I.meanInverseA);
        const double dS = w1 * -std::log(betaT) + w2 * (1.0 / p.s - I.meanLogB);
        const double dBeta = w1 * -p.s / betaT + w2 * -(p.s + 1.0) * I.meanInverseB;
        e.gradient[0] += n * (digamma(p.r + x) - psiR + lnAlpha + dR);
        e.gradient[1] += n * (p.r / p.alpha + dAlpha);
        e.gradient[2] += n * (lnBeta + dS);
        e.gradient[3] += n * (p.s / p.beta + dBeta);
    }
    return e;
}

// Each group costs a 32-point quadrature, so large inputs are split into chunks on the global thread pool
// (summed in chunk order: the same result on every run).
Evaluation evaluate(const ParetoNbdParameters &p, const PreparedData &data, bool withGradient)
{
    constexpr size_t kChunk = 8192;
    const size_t n = data.x.size();
    if (n <= kChunk)
        return evaluateRange(p, data, withGradient, 0, n);
    std::vector<std::pair<size_t, size_t>> chunks;
    for (size_t begin = 0; begin < n; begin += kChunk)
        chunks.emplace_back(begin, std::min(n, begin + kChunk));
    std::vector<Evaluation> parts(chunks.size());
    QtConcurrent::blockingMap(chunks, [&](const std::pair<size_t, size_t> &chunk) {
        parts[size_t(&chunk - chunks.data())] =
            evaluateRange(p, data, withGradient, chunk.first, chunk.second);
    });
    Evaluation e;
    for (const Evaluation &part : parts) {
        e.logLikelihood += part.logLikelihood;
        for (size_t j = 0; j < 4; ++j)
            e.gradient[j] += part.gradient[j];
    }
    return e;
}

// [1 - (b / (b + t))^(s - 1)] / (s - 1) * b: the expected lifetime within t of a customer whose dropout rate
// is Gamma(s, b), i.e. E[(1 - exp(-mu t)) / mu]; its limit at s = 1 is b ln((b + t) / b).
double expectedLifetimeWithin(double s, double b, double t)
{
    const double logRatio = std::log1p(t / b); // ln((b + t) / b)
    if (std::fabs(s - 1.0) < 1e-9)
        return b * logRatio;
    return b * -std::expm1(-(s - 1.0) * logRatio) / (s - 1.0);
}

} // namespace

Result<ParetoNbdFit> ParetoNbdModel::fit(const std::vector<RfmSummaryRow> &rows, const FitOptions &options)
{
    if (auto error = checkFitRows(rows))
        return *error;
    const PreparedData data = prepare(rows);
    const LikelihoodFunction likelihood = [&data](const std::vector<double> &theta, bool withGradient) {
        const Evaluation e =
            evaluate(ParetoNbdParameters{theta[0], theta[1], theta[2], theta[3]}, data, withGradient);
        return Likelihood{e.logLikelihood, std::vector<double>(e.gradient.begin(), e.gradient.end())};
    };
    // Start at r = s = 1 and alpha = beta = the mean age: purchase and dropout rates on the data's scale. The
    // pairs: (r, alpha) growing together is one purchase rate for every customer, (s, beta) one dropout rate.
    const double logScale = logMeanAge(rows);
    const PenalisedFit fitted = fitPenalisedLikelihood(
        likelihood, int(rows.size()), {0.0, logScale, 0.0, logScale}, options, {{0, 1}, {2, 3}}, true);
    const std::vector<double> &theta = fitted.theta;
    return ParetoNbdFit{ParetoNbdParameters{theta[0], theta[1], theta[2], theta[3]}, fitted.diagnostics};
}

double ParetoNbdModel::logLikelihood(const ParetoNbdParameters &parameters,
                                     const std::vector<RfmSummaryRow> &rows, std::array<double, 4> *gradient)
{
    const Evaluation e = evaluate(parameters, prepare(rows), gradient != nullptr);
    if (gradient)
        *gradient = e.gradient;
    return e.logLikelihood;
}

double ParetoNbdModel::probabilityAlive(double x, double tx, double T) const
{
    const CustomerTerms t = customerTerms(m_parameters, x, tx, T);
    // Share of the "alive at T" term: 1 / (1 + exp(logDropout - logAlive)).
    const double l = t.logDropout - t.logAlive;
    return l > 0 ? std::exp(-l) / (1.0 + std::exp(-l)) : 1.0 / (1.0 + std::exp(l));
}

double ParetoNbdModel::expectedPurchasesIfAlive(double t, double x, double T) const
{
    if (!(t > 0))
        return 0.0;
    const ParetoNbdParameters &p = m_parameters;
    // E[lambda] E[(1 - exp(-mu t)) / mu] with lambda ~ Gamma(r + x, alpha + T), mu ~ Gamma(s, beta + T).
    return (p.r + x) / (p.alpha + T) * expectedLifetimeWithin(p.s, p.beta + T, t);
}

double ParetoNbdModel::expectedPurchases(double t) const
{
    return expectedPurchasesIfAlive(t, 0.0, 0.0);
}

std::optional<double> ParetoNbdModel::medianWeeksToNextPurchase(double x, double tx, double T) const
{
    const double alive = probabilityAlive(x, tx, T);
    if (!(alive > 0.5))
        return std::nullopt;
    // Given alive at T, P(a purchase in (T, T + t]) = integral_0^t E[lambda exp(-(lambda + mu) tau)] dtau
    //   = (r + x) a^(r + x) b^s integral_0^t (a + tau)^-(r + x + 1) (b + tau)^-s dtau,
    // a = alpha + T, b = beta + T. It grows with t; solve P(alive) * it = 1/2 by bisection on ln t.
    const ParetoNbdParameters &p = m_parameters;
    const double a = p.alpha + T;
    const double b = p.beta + T;
    const double logFactor = std::log(p.r + x) + (p.r + x) * std::log(a) + p.s * std::log(b);
    const double target = 0.5 / alive;
    const auto reached = [&](double t) {
        const PowerProductIntegral I = powerProductIntegral(a, p.r + x + 1.0, b, p.s, 0.0, t);
        return std::exp(logFactor + I.logValue) >= target;
    };
    if (!reached(std::numeric_limits<double>::infinity()))
        return std::nullopt;
    double low = std::log(1e-6);
    double high = std::log(1.0);
    while (!reached(std::exp(high))) {
        low = high;
        high += std::log(4.0);
        if (high > std::log(1e7))
            return std::nullopt;
    }
    // 18 halvings of ln t from a bracket at most 14 wide: t to 5e-5 relative, well below a day.
    for (int i = 0; i < 18; ++i) {
        const double middle = 0.5 * (low + high);
        (reached(std::exp(middle)) ? high : low) = middle;
    }
    return std::exp(0.5 * (low + high));
}

} // namespace storelens::core::analytics::clv
