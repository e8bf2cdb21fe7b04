#include "core/analytics/clv/GammaGammaModel.h"

#include "core/analytics/clv/FitSupport.h"
#include "core/analytics/clv/SpecialFunctions.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace storelens::core::analytics::clv {

namespace {

// The repeat customers, grouped by distinct x (the Gamma-function terms depend on x alone).
struct PreparedData
{
    std::vector<double> distinctX;
    std::vector<double> countOfX;
    std::vector<int32_t> xIndex;
    std::vector<double> xZbar; // x * zbar per customer
    double sumXLogXZbar = 0;   // sum of x (ln zbar + ln x)
    double sumLogZbar = 0;
};

bool isRepeatCustomer(const RfmSummaryRow &row)
{
    return std::isfinite(row.x) && std::isfinite(row.monetary) && row.x > 0 && row.monetary > 0;
}

PreparedData prepare(const std::vector<RfmSummaryRow> &rows)
{
    PreparedData data;
    for (const RfmSummaryRow &row : rows) {
        if (isRepeatCustomer(row))
            data.distinctX.push_back(row.x);
    }
    data.xIndex.reserve(data.distinctX.size());
    data.xZbar.reserve(data.distinctX.size());
    std::sort(data.distinctX.begin(), data.distinctX.end());
    data.distinctX.erase(std::unique(data.distinctX.begin(), data.distinctX.end()), data.distinctX.end());
    data.countOfX.assign(data.distinctX.size(), 0.0);
    for (const RfmSummaryRow &row : rows) {
        if (!isRepeatCustomer(row))
            continue;
        const auto k = int32_t(std::lower_bound(data.distinctX.begin(), data.distinctX.end(), row.x) -
                               data.distinctX.begin());
        data.xIndex.push_back(k);
        data.countOfX[size_t(k)] += 1.0;
        data.xZbar.push_back(row.x * row.monetary);
        const double logZbar = std::log(row.monetary);
        data.sumLogZbar += logZbar;
        data.sumXLogXZbar += row.x * (logZbar + std::log(row.x));
    }
    return data;
}

struct Evaluation
{
    double logLikelihood = 0.0;
    double gradient[3] = {0, 0, 0}; // d/dp, d/dq, d/dgamma
};

// The density of a customer's mean spend zbar over x transactions (Fader, Hardie & Lee 2005, "RFM and CLV",
// the form the `lifetimes` package uses):
//   ln Gamma(p x + q) - ln Gamma(p x) - ln Gamma(q) + q ln gamma + (p x - 1) ln zbar + p x ln x
//   - (p x + q) ln(gamma + x zbar).
Evaluation evaluate(const GammaGammaParameters &g, const PreparedData &data, bool withGradient)
{
    Evaluation e;
    const double lgq = std::lgamma(g.q);
    const double psiQ = withGradient ? digamma(g.q) : 0.0;
    const double lnGamma = std::log(g.gamma);
    for (size_t k = 0; k < data.distinctX.size(); ++k) {
        const double x = data.distinctX[k];
        const double n = data.countOfX[k];
        const double px = g.p * x;
        e.logLikelihood += n * (std::lgamma(px + g.q) - std::lgamma(px) - lgq + g.q * lnGamma);
        if (withGradient) {
            const double psiPxQ = digamma(px + g.q);
            e.gradient[0] += n * x * (psiPxQ - digamma(px));
            e.gradient[1] += n * (psiPxQ - psiQ + lnGamma);
            e.gradient[2] += n * g.q / g.gamma;
        }
    }
    e.logLikelihood += g.p * data.sumXLogXZbar - data.sumLogZbar;
    e.gradient[0] += data.sumXLogXZbar;

    double sumLl = 0, gP = 0, gQ = 0, gGamma = 0;
    const size_t count = data.xZbar.size();
    for (size_t i = 0; i < count; ++i) {
        const double x = data.distinctX[size_t(data.xIndex[i])];
        const double denominator = g.gamma + data.xZbar[i];
        const double lnDenominator = std::log(denominator);
        const double pxq = g.p * x + g.q;
        sumLl -= pxq * lnDenominator;
        if (withGradient) {
            gP -= x * lnDenominator;
            gQ -= lnDenominator;
            gGamma -= pxq / denominator;
        }
    }
    e.logLikelihood += sumLl;
    e.gradient[0] += gP;
    e.gradient[1] += gQ;
    e.gradient[2] += gGamma;
    return e;
}

} // namespace

Result<GammaGammaFit> GammaGammaModel::fit(const std::vector<RfmSummaryRow> &rows, const FitOptions &options)
{
    const PreparedData data = prepare(rows);
    const double customers = double(data.xZbar.size());
    if (data.xZbar.empty())
        return Error(
            ErrorCode::TooLittleData,
            QCoreApplication::translate("storelens::core::analytics::clv::GammaGammaModel",
                                        "No customer has bought again with a positive amount, so the "
                                        "spend model cannot be fitted."));
    const LikelihoodFunction likelihood = [&data](const std::vector<double> &theta, bool withGradient) {
        const Evaluation e = evaluate(GammaGammaParameters{theta[0], theta[1], theta[2]}, data, withGradient);
        return Likelihood{e.logLikelihood, std::vector<double>(std::begin(e.gradient), std::end(e.gradient))};
    };

    // Start at p = q = 1 and gamma = the mean spend, the scale of the money unit.
    double meanSpend = 0;
    for (size_t i = 0; i < data.xZbar.size(); ++i)
        meanSpend += data.xZbar[i] / data.distinctX[size_t(data.xIndex[i])];
    meanSpend /= customers;

    // The pair: (q, gamma) growing together is one average spend for every customer.
    const PenalisedFit fitted = fitPenalisedLikelihood(likelihood, int(data.xZbar.size()),
                                                       {0.0, 0.0, std::log(meanSpend)}, options, {{1, 2}});
    const std::vector<double> &theta = fitted.theta;
    return GammaGammaFit{GammaGammaParameters{theta[0], theta[1], theta[2]}, fitted.diagnostics};
}

double GammaGammaModel::logLikelihood(const GammaGammaParameters &parameters,
                                      const std::vector<RfmSummaryRow> &rows)
{
    return evaluate(parameters, prepare(rows), false).logLikelihood;
}

double GammaGammaModel::conditionalExpectedAverageSpend(double x, double monetary) const
{
    const GammaGammaParameters &g = m_parameters;
    if (!(g.q > 1.0))
        return std::numeric_limits<double>::quiet_NaN();
    // A customer the model was not fitted on (no repeat purchase, or none with a positive amount) gets the
    // population mean, the x = 0 case of the formula.
    const bool informative = x > 0 && monetary > 0;
    const double xx = informative ? x : 0.0;
    const double xz = informative ? x * monetary : 0.0;
    return g.p * (g.gamma + xz) / (g.p * xx + g.q - 1.0);
}

} // namespace storelens::core::analytics::clv
