#pragma once

#include "core/analytics/clv/PurchaseModelBase.h"

namespace storelens::core::analytics::clv {

// Pareto/NBD parameters (Schmittlein, Morrison & Colombo 1987): while alive a customer buys at rate
// lambda ~ Gamma(r, alpha) and stays alive for an exponential time of rate mu ~ Gamma(s, beta), so a customer
// can drop out at any moment, also one who never bought again. Weekly time unit.
struct ParetoNbdParameters
{
    double r = 0;
    double alpha = 0;
    double s = 0;
    double beta = 0;
};

using ParetoNbdFit = ModelFit<ParetoNbdParameters>;

class ParetoNbdModel : public PurchaseModelBase<ParetoNbdModel, ParetoNbdParameters>
{
public:
    using PurchaseModelBase::PurchaseModelBase;

    // Maximum-likelihood fit (analytic gradient, NLopt L-BFGS). An Error only for unusable input; a fit that
    // did not converge (or was cancelled) is returned with diagnostics.converged == false.
    static Result<ParetoNbdFit> fit(const std::vector<RfmSummaryRow> &rows, const FitOptions &options = {});

    // Summed log-likelihood of the rows; `gradient`, when given, receives its derivatives with respect to
    // r, alpha, s, beta (for the tests that check them against finite differences).
    static double logLikelihood(const ParetoNbdParameters &parameters, const std::vector<RfmSummaryRow> &rows,
                                std::array<double, 4> *gradient = nullptr);

    // P(alive at T | x, t_x, T).
    double probabilityAlive(double x, double tx, double T) const;
    // E[Y(t) | alive at T, x, T] = (r + x) (beta + T) / ((alpha + T) (s - 1)) (1 - ((beta + T) / (beta + T +
    // t))^(s - 1)); multiply by probabilityAlive() for the conditional expectation.
    double expectedPurchasesIfAlive(double t, double x, double T) const;
    // E[X(t)] of a new customer.
    double expectedPurchases(double t) const;
    // The t (weeks after T) at which P(at least one purchase in (T, T + t] | x, t_x, T) = 1/2; empty when
    // that probability never reaches 1/2 (the customer is more likely gone than buying again).
    std::optional<double> medianWeeksToNextPurchase(double x, double tx, double T) const;
};

} // namespace storelens::core::analytics::clv
