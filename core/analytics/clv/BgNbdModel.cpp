#include "core/analytics/clv/BgNbdModel.h"

#include "core/analytics/clv/FitSupport.h"
#include "core/analytics/clv/SpecialFunctions.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace storelens::core::analytics::clv {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The rows in the form the likelihood loop reads: customers grouped by their distinct x, because every
// Gamma-function term of the likelihood depends on x alone.
struct PreparedData
{
    std::vector<double> distinctX;
    std::vector<double> countOfX; // customers per distinct x
    std::vector<int32_t> xIndex;  // per customer
    std::vector<double> tx;
    std::vector<double> T;
};

PreparedData prepare(const std::vector<RfmSummaryRow> &rows)
{
    PreparedData data;
    data.xIndex.reserve(rows.size());
    data.tx.reserve(rows.size());
    data.T.reserve(rows.size());
    for (const RfmSummaryRow &row : rows)
        data.distinctX.push_back(row.x);
    std::sort(data.distinctX.begin(), data.distinctX.end());
    data.distinctX.erase(std::unique(data.distinctX.begin(), data.distinctX.end()), data.distinctX.end());
    data.countOfX.assign(data.distinctX.size(), 0.0);
    for (const RfmSummaryRow &row : rows) {
        const auto k = int32_t(std::lower_bound(data.distinctX.begin(), data.distinctX.end(), row.x) -
                               data.distinctX.begin());
        data.xIndex.push_back(k);
        data.countOfX[size_t(k)] += 1.0;
        data.tx.push_back(row.tx);
        data.T.push_back(row.T);
    }
    return data;
}

struct Evaluation
{
    double logLikelihood = 0.0;
    double gradient[4] = {0, 0, 0, 0}; // d/dr, d/dalpha, d/da, d/db of the summed log-likelihood
};

// Fader, Hardie & Lee (2005), equation 6, as ln of A1 * A2 * (A3 + delta(x > 0) A4):
//   ln A1 = ln Gamma(r + x) - ln Gamma(r) + r ln alpha
//   ln A2 = ln Gamma(a + b) + ln Gamma(b + x) - ln Gamma(b) - ln Gamma(a + b + x)
//   ln A3 = -(r + x) ln(alpha + T)
//   ln A4 = ln a - ln(b + x - 1) - (r + x) ln(alpha + t_x)
// with ln(A3 + A4) by log-sum-exp. The gradient follows by differentiating each term; w3 and w4 are the
// shares A3 / (A3 + A4) and A4 / (A3 + A4).
// The MBG/NBD (Batislam, Denizel & Filiztekin 2007) lets a customer also drop out right after the first
// purchase: b + x becomes b + x + 1 in A2, and A4 = a / (b + x) (alpha + t_x)^-(r + x) applies for every x,
// so `shift` is 1 for it and 0 for the BG/NBD.
Evaluation evaluate(const BgNbdParameters &p, const PreparedData &data, bool withGradient, bool modified)
{
    const double shift = modified ? 1.0 : 0.0;
    const size_t groups = data.distinctX.size();
    std::vector<double> lnA4Constant(groups);
    std::vector<double> dbA4(groups);
    Evaluation e;
    const double lgr = std::lgamma(p.r);
    const double lgab = std::lgamma(p.a + p.b);
    const double lgb = std::lgamma(p.b);
    const double psiR = withGradient ? digamma(p.r) : 0.0;
    const double psiAb = withGradient ? digamma(p.a + p.b) : 0.0;
    const double psiB = withGradient ? digamma(p.b) : 0.0;
    const double lnA = std::log(p.a);
    for (size_t k = 0; k < groups; ++k) {
        const double x = data.distinctX[k];
        const double n = data.countOfX[k];
        e.logLikelihood += n * (std::lgamma(p.r + x) - lgr + lgab + std::lgamma(p.b + x + shift) - lgb -
                                std::lgamma(p.a + p.b + x + shift));
        const bool canDrop = x > 0 || modified;
        lnA4Constant[k] =
            canDrop ? lnA - std::log(p.b + x - 1.0 + shift) : -std::numeric_limits<double>::infinity();
        dbA4[k] = canDrop ? -1.0 / (p.b + x - 1.0 + shift) : 0.0;
        if (withGradient) {
            e.gradient[0] += n * (digamma(p.r + x) - psiR);
            e.gradient[2] += n * (psiAb - digamma(p.a + p.b + x + shift));
            e.gradient[3] += n * (psiAb + digamma(p.b + x + shift) - psiB - digamma(p.a + p.b + x + shift));
        }
    }
    const double customers = double(data.T.size());
    const double lnAlpha = std::log(p.alpha);
    e.logLikelihood += customers * p.r * lnAlpha;
    e.gradient[0] += customers * lnAlpha;
    e.gradient[1] += customers * p.r / p.alpha;

    double sumLl = 0, gR = 0, gAlpha = 0, gA = 0, gB = 0;
    const size_t count = data.T.size();
    for (size_t i = 0; i < count; ++i) {
        const size_t k = size_t(data.xIndex[i]);
        const double x = data.distinctX[k];
        const double rx = p.r + x;
        const double alphaT = p.alpha + data.T[i];
        const double lnAlphaT = std::log(alphaT);
        const double lnA3 = -rx * lnAlphaT;
        if (x > 0 || modified) {
            const double alphaTx = p.alpha + data.tx[i];
            const double lnAlphaTx = std::log(alphaTx);
            const double lnA4 = lnA4Constant[k] - rx * lnAlphaTx;
            const double e34 = std::exp(-std::fabs(lnA3 - lnA4));
            sumLl += std::fmax(lnA3, lnA4) + std::log1p(e34);
            if (withGradient) {
                const double w4 = lnA4 > lnA3 ? 1.0 / (1.0 + e34) : e34 / (1.0 + e34);
                const double w3 = 1.0 - w4;
                gR -= w3 * lnAlphaT + w4 * lnAlphaTx;
                gAlpha -= rx * (w3 / alphaT + w4 / alphaTx);
                gA += w4;
                gB += w4 * dbA4[k];
            }
        } else {
            sumLl += lnA3;
            if (withGradient) {
                gR -= lnAlphaT;
                gAlpha -= rx / alphaT;
            }
        }
    }
    e.logLikelihood += sumLl;
    e.gradient[0] += gR;
    e.gradient[1] += gAlpha;
    e.gradient[2] += gA / p.a;
    e.gradient[3] += gB;
    return e;
}

// ln of the A4 / A3 ratio: ln(a / (b + x - 1 + shift)) + (r + x) ln((alpha + T) / (alpha + t_x)); -inf when
// x = 0 under the BG/NBD.
double logDeadOdds(const BgNbdParameters &p, double x, double tx, double T, bool modified)
{
    if (!(x > 0) && !modified)
        return -std::numeric_limits<double>::infinity();
    const double shift = modified ? 1.0 : 0.0;
    return std::log(p.a / (p.b + x - 1.0 + shift)) + (p.r + x) * std::log((p.alpha + T) / (p.alpha + tx));
}

double aliveFromDeadOdds(double l)
{
    return l > 0 ? std::exp(-l) / (1.0 + std::exp(-l)) : 1.0 / (1.0 + std::exp(l));
}

double logLikelihoodOf(const BgNbdParameters &parameters, const std::vector<RfmSummaryRow> &rows,
                       std::array<double, 4> *gradient, bool modified)
{
    const Evaluation e = evaluate(parameters, prepare(rows), gradient != nullptr, modified);
    if (gradient)
        std::copy(std::begin(e.gradient), std::end(e.gradient), gradient->begin());
    return e.logLikelihood;
}

} // namespace

template<bool Modified>
Result<typename BetaGeometricModel<Modified>::Fit>
BetaGeometricModel<Modified>::fit(const std::vector<RfmSummaryRow> &rows, const FitOptions &options)
{
    if (auto error = checkFitRows(rows))
        return *error;
    const PreparedData data = prepare(rows);
    const LikelihoodFunction likelihood = [&data](const std::vector<double> &theta, bool withGradient) {
        const Evaluation e =
            evaluate(BgNbdParameters{theta[0], theta[1], theta[2], theta[3]}, data, withGradient, Modified);
        return Likelihood{e.logLikelihood, std::vector<double>(std::begin(e.gradient), std::end(e.gradient))};
    };
    // Start at r = a = b = 1 and alpha = the mean age, which puts the mean purchase rate r / alpha on the
    // scale of the data whatever its time unit. The pairs: (r, alpha) growing together is one purchase rate
    // for every customer, (a, b) one dropout chance.
    const PenalisedFit fitted = fitPenalisedLikelihood(
        likelihood, int(rows.size()), {0.0, logMeanAge(rows), 0.0, 0.0}, options, {{0, 1}, {2, 3}}, true);
    const std::vector<double> &theta = fitted.theta;
    return Fit{BgNbdParameters{theta[0], theta[1], theta[2], theta[3]}, fitted.diagnostics};
}

template<bool Modified>
double BetaGeometricModel<Modified>::logLikelihood(const BgNbdParameters &parameters,
                                                   const std::vector<RfmSummaryRow> &rows,
                                                   std::array<double, 4> *gradient)
{
    return logLikelihoodOf(parameters, rows, gradient, Modified);
}

template<bool Modified>
double BetaGeometricModel<Modified>::probabilityAlive(double x, double tx, double T) const
{
    return aliveFromDeadOdds(logDeadOdds(this->m_parameters, x, tx, T, Modified));
}

// BG/NBD: E[Y(t) | x, t_x, T] (Fader, Hardie & Lee 2005, equation 10) is
//   (a + b + x - 1) / (a - 1) * [1 - ((alpha + T) / (alpha + T + t))^(r + x) 2F1(r + x, b + x; a + b + x - 1;
//   z)] / (1 + delta(x > 0) a / (b + x - 1) ((alpha + T) / (alpha + t_x))^(r + x)),  z = t / (alpha + T + t),
// whose denominator is 1 / P(alive). Euler's transformation 2F1(A, B; C; z) = (1 - z)^(C - A - B) 2F1(C - A,
// C - B; C; z) turns the bracket into 1 - (1 - z)^(a - 1) 2F1(a + b - 1 - r, a - 1; a + b + x - 1; z): the
// upper parameters no longer grow with x (no huge intermediate terms for frequent buyers) and the factor
// (a - 1) cancels analytically (bgNbdBracket).
// MBG/NBD: given alive at T, the customer is a BG/NBD customer whose dropout has a Beta(a, b + 1) prior: the
// first purchase was survived too. So E[Y(t) | alive] is the BG/NBD one with b + 1 (Batislam et al. 2007,
// equation 14 against Fader et al. 2005, equation 10).
template<bool Modified>
double BetaGeometricModel<Modified>::expectedPurchasesIfAlive(double t, double x, double T) const
{
    const BgNbdParameters &p = this->m_parameters;
    if constexpr (Modified) {
        return BgNbdModel(BgNbdParameters{p.r, p.alpha, p.a, p.b + 1.0}).expectedPurchasesIfAlive(t, x, T);
    } else {
        if (!(t > 0))
            return 0.0;
        const double z = t / (p.alpha + T + t);
        return (p.a + p.b + x - 1.0) * bgNbdBracket(p.a + p.b - 1.0 - p.r, p.a, p.a + p.b + x - 1.0, z);
    }
}

// BG/NBD: E[X(t)] (equation 9) is the conditional expectation of a customer with x = t_x = T = 0. MBG/NBD: a
// new customer is alive after the first purchase with probability b / (a + b), which the conditional
// expectation at x = t_x = T = 0 holds.
template<bool Modified> double BetaGeometricModel<Modified>::expectedPurchases(double t) const
{
    if constexpr (Modified) {
        return this->conditionalExpectedPurchases(t, 0.0, 0.0, 0.0);
    } else {
        if (!(t > 0))
            return 0.0;
        const BgNbdParameters &p = this->m_parameters;
        const double z = t / (p.alpha + t);
        return (p.a + p.b - 1.0) * bgNbdBracket(p.a + p.b - 1.0 - p.r, p.a, p.a + p.b - 1.0, z);
    }
}

// While alive the MBG/NBD customer buys as under the BG/NBD: the same closed form.
template<bool Modified>
std::optional<double> BetaGeometricModel<Modified>::medianWeeksToNextPurchase(double x, double tx,
                                                                              double T) const
{
    const double alive = probabilityAlive(x, tx, T);
    if (!(alive > 0.5))
        return std::nullopt;
    // P(alive) (1 - ((alpha + T) / (alpha + T + t))^(r + x)) = 1/2
    //   <=> t = (alpha + T) ((1 - 1 / (2 P(alive)))^(-1 / (r + x)) - 1).
    const BgNbdParameters &p = this->m_parameters;
    const double t = (p.alpha + T) * std::expm1(-std::log1p(-0.5 / alive) / (p.r + x));
    if (!std::isfinite(t))
        return std::nullopt;
    return t;
}

template class BetaGeometricModel<false>;
template class BetaGeometricModel<true>;

} // namespace storelens::core::analytics::clv
