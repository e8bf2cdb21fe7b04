#pragma once

#include "core/analytics/clv/PurchaseModelBase.h"

namespace storelens::core::analytics::clv {

// BG/NBD parameters (Fader, Hardie & Lee 2005): purchase rate lambda ~ Gamma(r, alpha), dropout probability
// after each purchase p ~ Beta(a, b). Weekly time unit.
struct BgNbdParameters
{
    double r = 0;
    double alpha = 0;
    double a = 0;
    double b = 0;
};

// The BG/NBD (Modified false) and the MBG/NBD (Modified true; Batislam, Denizel & Filiztekin 2007): the
// MBG/NBD is the BG/NBD with one change, a customer can also drop out right after the first purchase, so a
// one-time buyer is no longer certainly alive and becomes less likely alive the longer ago they bought. Same
// parameters (r, alpha, a, b) and the same interface.
template<bool Modified>
class BetaGeometricModel : public PurchaseModelBase<BetaGeometricModel<Modified>, BgNbdParameters>
{
    using Base = PurchaseModelBase<BetaGeometricModel<Modified>, BgNbdParameters>;

public:
    using Base::Base;
    using typename Base::Fit;

    // Maximum-likelihood fit. An Error only for unusable input (no rows, negative or inconsistent values);
    // a fit that did not converge (or was cancelled) is returned with diagnostics.converged == false.
    static Result<Fit> fit(const std::vector<RfmSummaryRow> &rows, const FitOptions &options = {});

    // Summed log-likelihood of the rows under these parameters; `gradient`, when given, receives its
    // derivatives with respect to r, alpha, a, b.
    static double logLikelihood(const BgNbdParameters &parameters, const std::vector<RfmSummaryRow> &rows,
                                std::array<double, 4> *gradient = nullptr);

    // P(alive at T | x, t_x, T); under the MBG/NBD 1 / (1 + a / (b + x) ((alpha + T) / (alpha + t_x))^(r +
    // x)), for x = 0 too.
    double probabilityAlive(double x, double tx, double T) const;
    // E[Y(t) | x, t_x, T] divided by P(alive at T | x, t_x, T): the expectation for a customer known to be
    // alive (it does not depend on t_x). NaN if the series fails to converge.
    double expectedPurchasesIfAlive(double t, double x, double T) const;
    // E[X(t)]: expected purchases of a new customer in their first t weeks (after the first purchase).
    double expectedPurchases(double t) const;
    // "Expected date of next purchase", defined as the median waiting time: the t (weeks after T) at which
    // P(at least one purchase in (T, T + t] | x, t_x, T) = 1/2. This probability is
    // P(alive) * (1 - ((alpha + T) / (alpha + T + t))^(r + x)) (given alive, lambda ~ Gamma(r + x, alpha +
    // T)), so t has a closed form. Empty when P(alive) <= 1/2: the customer is more likely gone than not, and
    // no date is more likely than "never".
    std::optional<double> medianWeeksToNextPurchase(double x, double tx, double T) const;
};

using BgNbdModel = BetaGeometricModel<false>;
using MbgNbdModel = BetaGeometricModel<true>;
using BgNbdFit = ModelFit<BgNbdParameters>;
using MbgNbdFit = ModelFit<BgNbdParameters>;

extern template class BetaGeometricModel<false>;
extern template class BetaGeometricModel<true>;

} // namespace storelens::core::analytics::clv
