#pragma once

#include "core/analytics/clv/FitDiagnostics.h"
#include "core/analytics/clv/RfmSummary.h"
#include "core/model/Result.h"

#include <vector>

namespace storelens::core::analytics::clv {

// Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV"): a transaction's value ~ Gamma(p, nu),
// nu ~ Gamma(q, gamma) across customers.
struct GammaGammaParameters
{
    double p = 0;
    double q = 0;
    double gamma = 0;
};

using GammaGammaFit = ModelFit<GammaGammaParameters>;

class GammaGammaModel
{
public:
    GammaGammaModel() = default;
    explicit GammaGammaModel(const GammaGammaParameters &parameters)
        : m_parameters(parameters)
    {
    }

    // Fit on the repeat customers among the rows (x > 0 and monetary > 0; the others are skipped).
    // An Error when no row qualifies; non-convergence is reported in diagnostics.
    static Result<GammaGammaFit> fit(const std::vector<RfmSummaryRow> &rows, const FitOptions &options = {});
    static double logLikelihood(const GammaGammaParameters &parameters,
                                const std::vector<RfmSummaryRow> &rows);

    const GammaGammaParameters &parameters() const { return m_parameters; }

    // E[Z | x, zbar] = p (gamma + x zbar) / (p x + q - 1); for x = 0 the population mean p gamma / (q - 1).
    // Rows without a positive repeat spend (x = 0 or monetary <= 0) get that population mean.
    // NaN when q <= 1 (the mean spend does not exist).
    double conditionalExpectedAverageSpend(double x, double monetary) const;

private:
    GammaGammaParameters m_parameters;
};

} // namespace storelens::core::analytics::clv
