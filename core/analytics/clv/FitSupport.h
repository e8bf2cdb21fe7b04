#pragma once

#include "core/analytics/clv/FitDiagnostics.h"
#include "core/analytics/clv/RfmSummary.h"
#include "core/model/Result.h"

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace storelens::core::analytics::clv {

// Objective on log-parameters: returns the value and fills gradient (same size as the parameters).
using LogObjective =
    std::function<double(const std::vector<double> &logParameters, std::vector<double> &gradient)>;

// A model's summed log-likelihood at the parameters theta, with its derivatives with respect to theta when
// asked for (gradient empty otherwise).
struct Likelihood
{
    double value = 0.0;
    std::vector<double> gradient;
};
using LikelihoodFunction = std::function<Likelihood(const std::vector<double> &theta, bool withGradient)>;

// The parameters a penalised fit reached and how it went.
struct PenalisedFit
{
    std::vector<double> theta;
    FitDiagnostics diagnostics;
};

// The error for rows no purchase model can be fitted on: none at all, or the first row checkSummaryRows
// refuses.
std::optional<Error> checkFitRows(const std::vector<RfmSummaryRow> &rows);

// ln of the customers' mean age T (at least 1e-6). A scale parameter started there puts the mean rate on the
// data's time scale, whatever its unit.
double logMeanAge(const std::vector<RfmSummaryRow> &rows);

// A shape parameter and the scale parameter of the same gamma (or beta) distribution, as indexes into theta:
// both growing together towards infinity with their ratio kept is the limit in which every customer is alike
// (r and alpha: one purchase rate for all).
using ParameterPair = std::pair<int, int>;

// Penalised maximum likelihood, as in the `lifetimes` package: minimises
// -log-likelihood / customers + penalty * sum(theta^2) over ln theta (d/d ln theta = theta d/d theta) from
// logStart with minimiseLogObjective. diagnostics.logLikelihood is the unpenalised log-likelihood at the
// result and diagnostics.customers is `customers`. A converged fit is then checked for parameters at a limit
// of their range, and with finishAtLimits (the purchase models; the spend model keeps refusing a fit that
// runs off) so is any fit the optimiser ended by itself: it is checked for parameters at a limit of their
// range (FitDiagnostics::towardsZero, towardsInfinity; markParametersAtLimits), `pairs` naming the parameters
// that are also moved together. One that L-BFGS left short of the gradient test is finished by Newton steps
// on the parameters not at a limit: it has converged (at the limit, if any) when their gradient falls below
// 1e-5 or a further step would gain less than 1e-6 per customer (trial 20: fits on their way to the
// no-dropout limit passed or failed the gradient test by one customer more or less).
PenalisedFit fitPenalisedLikelihood(const LikelihoodFunction &likelihood, int customers,
                                    std::vector<double> logStart, const FitOptions &options,
                                    const std::vector<ParameterPair> &pairs = {},
                                    bool finishAtLimits = false);

// Marks in `diagnostics` the parameters at a limit of their range: those that, moved a hundredfold (ln 100 in
// logTheta, within the optimiser's bounds) towards 0 or infinity alone, or towards infinity together with
// their partner in `pairs`, leave `objective` (the per-customer value the fit minimised) within 1e-4 of its
// value at logTheta. The optimiser stops where the gradient is below 1e-5 per customer, so a parameter on its
// way to a limit moves the objective by at most ln 100 * 1e-5 there, while one with a finite best value moves
// it by orders of magnitude more.
void markParametersAtLimits(const std::function<double(const std::vector<double> &)> &objective,
                            const std::vector<double> &logTheta, const std::vector<ParameterPair> &pairs,
                            FitDiagnostics &diagnostics);

// The error of the first row no purchase model can read (negative or non-finite values, t_x > T, t_x > 0 with
// x = 0), naming the customer; empty when every row is usable.
std::optional<Error> checkSummaryRows(const std::vector<RfmSummaryRow> &rows);

// Minimises a smooth objective of log-parameters with NLopt's LD_LBFGS and fills diagnostics (everything but
// logLikelihood and customers). logParameters holds the start on entry and the result on exit.
//
// Why L-BFGS with analytic gradients: both likelihoods are smooth in the log-parameters and their gradients
// cost one digamma per distinct x plus a few flops per customer, so each iteration is a single pass over the
// data; quasi-Newton steps then reach the optimum in a few dozen passes, where the derivative-free methods
// (BOBYQA, Nelder-Mead) need hundreds of passes and stop on a step size rather than on a vanishing gradient.
// Convergence is judged on the gradient itself: NLopt must have stopped by itself (a success, or a failed
// line search, which L-BFGS reports as roundoff-limited or as a failure when no step improves the objective
// any more; such a run is restarted from where it stopped, up to three times) and the max-norm of the
// gradient with respect to the log-parameters must be below gradientTolerance. When options.cancelled asks to
// stop, NLopt is force-stopped from the objective and diagnostics.cancelled is set (no further evaluation is
// made).
void minimiseLogObjective(const LogObjective &objective, std::vector<double> &logParameters,
                          const FitOptions &options, FitDiagnostics &diagnostics,
                          double gradientTolerance = 1e-5, bool finishLineSearches = false);

} // namespace storelens::core::analytics::clv
