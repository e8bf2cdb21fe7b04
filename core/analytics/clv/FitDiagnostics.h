#pragma once

#include <QString>

#include <functional>

namespace storelens::core::analytics::clv {

// Options shared by the maximum-likelihood fits.
struct FitOptions
{
    // L2 penalty, as in the `lifetimes` package: the optimiser minimises
    // -(log-likelihood / customers) + penalty * (sum of the squared parameters). 0: plain maximum likelihood.
    double penalty = 0.0;
    int maxEvaluations = 2000;
    // Asked before every evaluation of the objective; once it returns true the optimiser is force-stopped
    // (NLopt's nlopt_force_stop) and the fit reports diagnostics.cancelled. Empty: never cancelled.
    std::function<bool()> cancelled;
};

// How a fit ended, for logs and for the "no prediction" guard.
struct FitDiagnostics
{
    bool converged = false;
    bool cancelled = false;     // stopped because FitOptions::cancelled asked to (never converged then)
    int nloptStatus = 0;        // the nlopt_result code
    QString stopReason;         // NLopt's reason in plain English (technical; not shown to users)
    int evaluations = 0;        // objective + gradient evaluations
    double logLikelihood = 0.0; // unpenalised, summed over customers, at the returned parameters
    double gradientNorm =
        0.0;              // max-norm of d(mean log-likelihood)/d(log parameter) at the returned parameters
    double seconds = 0.0; // wall time of the fit
    int customers = 0;    // customers the fit used
    // The parameters whose best value lies at a limit of their range, found once a fit converged (bit j for
    // parameter j): moving the parameter a hundredfold further towards 0 (towardsZero) or towards infinity
    // (towardsInfinity), alone or with its partner of the same distribution, leaves the fit as good. The
    // value is then where the optimiser stopped on its way to the limit, not an estimate (trial 16: a
    // Pareto/NBD fit with s = 0.0000115 and beta = 317,373 on a history that shows no dropout).
    unsigned towardsZero = 0;
    unsigned towardsInfinity = 0;
    bool atLimit() const { return (towardsZero | towardsInfinity) != 0; }
    bool parameterAtLimit(int j) const { return (((towardsZero | towardsInfinity) >> j) & 1u) != 0; }
};

// A fitted model: its parameters and how the fit went (diagnostics.logLikelihood is the fit's
// log-likelihood).
template<typename Parameters> struct ModelFit
{
    Parameters parameters;
    FitDiagnostics diagnostics;
};

} // namespace storelens::core::analytics::clv
