#include "core/analytics/clv/FitSupport.h"

#include "core/model/VectorState.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <nlopt.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace storelens::core::analytics::clv {

namespace {

// Log-parameters beyond +-30 (factors of 1e13) mean a degenerate fit, not a store.
constexpr double kLogParameterBound = 30.0;
// markParametersAtLimits: the step (a hundredfold) and the change of the per-customer objective below which
// the fit is as good there.
constexpr double kLimitStep = 4.605170185988091; // ln 100
constexpr double kLimitTolerance = 1e-4;
// The gradient (per customer, by log-parameter) below which a fit has converged.
constexpr double kGradientTolerance = 1e-5;
// Restarts of L-BFGS after a failed line search (minimiseLogObjective).
constexpr int kRestarts = 3;

struct Context
{
    const LogObjective *objective = nullptr;
    const std::function<bool()> *cancelled = nullptr;
    nlopt_opt opt = nullptr;
    bool stopped = false;
    int evaluations = 0;
    std::vector<double> x;
    std::vector<double> gradient;
};

double nloptCallback(unsigned n, const double *x, double *gradient, void *data)
{
    auto *context = static_cast<Context *>(data);
    if (context->stopped || (*context->cancelled && (*context->cancelled)())) {
        // NLopt returns NLOPT_FORCED_STOP once this callback returns; the value is not used.
        context->stopped = true;
        nlopt_force_stop(context->opt);
        return HUGE_VAL;
    }
    ++context->evaluations;
    // Each evaluation is a pass of SSE arithmetic over every customer (see VectorState.h).
    clearUpperVectorState();
    context->x.assign(x, x + n);
    const double value = (*context->objective)(context->x, context->gradient);
    if (gradient)
        std::copy(context->gradient.begin(), context->gradient.end(), gradient);
    return std::isfinite(value) ? value : HUGE_VAL;
}

QString stopReason(nlopt_result result)
{
    switch (result) {
    case NLOPT_SUCCESS:
        return QStringLiteral("success");
    case NLOPT_STOPVAL_REACHED:
        return QStringLiteral("stop value reached");
    case NLOPT_FTOL_REACHED:
        return QStringLiteral("relative or absolute tolerance on the objective reached");
    case NLOPT_XTOL_REACHED:
        return QStringLiteral("relative or absolute tolerance on the parameters reached");
    case NLOPT_MAXEVAL_REACHED:
        return QStringLiteral("maximum number of evaluations reached");
    case NLOPT_MAXTIME_REACHED:
        return QStringLiteral("maximum time reached");
    case NLOPT_FAILURE:
        return QStringLiteral("generic failure");
    case NLOPT_INVALID_ARGS:
        return QStringLiteral("invalid arguments");
    case NLOPT_OUT_OF_MEMORY:
        return QStringLiteral("out of memory");
    case NLOPT_ROUNDOFF_LIMITED:
        return QStringLiteral("roundoff limited");
    case NLOPT_FORCED_STOP:
        return QStringLiteral("forced stop");
    default:
        return QStringLiteral("unknown status %1").arg(int(result));
    }
}

// Runs NLopt's L-BFGS from logParameters (the result on exit) for at most `evaluations` evaluations.
nlopt_result runLbfgs(Context &context, std::vector<double> &logParameters, int evaluations)
{
    const auto n = unsigned(logParameters.size());
    std::unique_ptr<nlopt_opt_s, decltype(&nlopt_destroy)> opt(nlopt_create(NLOPT_LD_LBFGS, n),
                                                               &nlopt_destroy);
    if (!opt)
        return NLOPT_OUT_OF_MEMORY;
    context.opt = opt.get();
    nlopt_set_min_objective(opt.get(), &nloptCallback, &context);
    const std::vector<double> lower(n, -kLogParameterBound);
    const std::vector<double> upper(n, kLogParameterBound);
    nlopt_set_lower_bounds(opt.get(), lower.data());
    nlopt_set_upper_bounds(opt.get(), upper.data());
    nlopt_set_ftol_rel(opt.get(), 1e-14);
    nlopt_set_xtol_rel(opt.get(), 1e-11);
    nlopt_set_maxeval(opt.get(), std::max(1, evaluations));
    nlopt_set_vector_storage(opt.get(), 20);
    double minimum = HUGE_VAL;
    const nlopt_result result = nlopt_optimize(opt.get(), logParameters.data(), &minimum);
    context.opt = nullptr;
    return result;
}

// The max-norm of the objective's gradient at logParameters (the point returned, not the last one tried);
// infinite where the objective is not finite.
double gradientNormAt(const LogObjective &objective, const std::vector<double> &logParameters)
{
    std::vector<double> gradient(logParameters.size());
    const double value = objective(logParameters, gradient);
    double norm = std::isfinite(value) ? 0.0 : HUGE_VAL;
    for (double g : gradient)
        norm = std::fmax(norm, std::fabs(g));
    return norm;
}

// L-BFGS's ways of saying that its line search found no better point.
bool lineSearchFailed(nlopt_result result)
{
    return result == NLOPT_FAILURE || result == NLOPT_ROUNDOFF_LIMITED;
}

std::vector<double> thetaOf(const std::vector<double> &logParameters)
{
    std::vector<double> theta(logParameters.size());
    std::transform(logParameters.begin(), logParameters.end(), theta.begin(),
                   [](double l) { return std::exp(l); });
    return theta;
}

// Whether NLopt stopped by itself (on a tolerance or a failed line search), not on the evaluation budget, the
// clock or a cancellation.
bool stoppedOnItsOwn(const FitDiagnostics &d)
{
    const auto result = nlopt_result(d.nloptStatus);
    return !d.cancelled && (result > 0 ? result != NLOPT_MAXEVAL_REACHED && result != NLOPT_MAXTIME_REACHED
                                       : lineSearchFailed(result));
}

// The gradient of `objective` at x over the indexes `free`; empty when the objective is not finite there.
std::vector<double> freeGradient(const LogObjective &objective, const std::vector<double> &x,
                                 const std::vector<size_t> &free, double *value = nullptr)
{
    std::vector<double> gradient(x.size());
    const double v = objective(x, gradient);
    if (value)
        *value = v;
    if (!std::isfinite(v))
        return {};
    std::vector<double> g;
    for (size_t j : free)
        g.push_back(gradient[j]);
    return g;
}

double maxNorm(const std::vector<double> &v)
{
    double norm = v.empty() ? HUGE_VAL : 0.0;
    for (double e : v)
        norm = std::fmax(norm, std::fabs(e));
    return norm;
}

// Solves (H + lambda I) d = -g by Gaussian elimination, raising lambda from 0 until the pivots are positive
// (a descent direction); empty when none is found. `damped` says whether lambda had to be raised.
std::vector<double> dampedNewtonStep(const std::vector<std::vector<double>> &H, const std::vector<double> &g,
                                     bool &damped)
{
    const size_t n = g.size();
    double scale = 1e-12;
    for (size_t i = 0; i < n; ++i)
        scale = std::fmax(scale, std::fabs(H[i][i]));
    for (double lambda = 0.0; lambda<1e6 * scale; lambda = lambda> 0 ? lambda * 10.0 : 1e-10 * scale) {
        std::vector<std::vector<double>> a = H;
        std::vector<double> d(n);
        for (size_t i = 0; i < n; ++i) {
            a[i][i] += lambda;
            d[i] = -g[i];
        }
        bool positive = true;
        for (size_t k = 0; k < n && positive; ++k) {
            positive = a[k][k] > 0;
            for (size_t i = k + 1; i < n && positive; ++i) {
                const double f = a[i][k] / a[k][k];
                for (size_t j = k; j < n; ++j)
                    a[i][j] -= f * a[k][j];
                d[i] -= f * d[k];
            }
        }
        if (!positive)
            continue;
        for (size_t k = n; k-- > 0;) {
            for (size_t j = k + 1; j < n; ++j)
                d[k] -= a[k][j] * d[j];
            d[k] /= a[k][k];
        }
        damped = lambda > 0;
        return d;
    }
    return {};
}

// The Hessian of `objective` over the `free` parameters at x, from differences of the gradient g there
// (symmetrised); empty when the objective is not finite nearby.
std::vector<std::vector<double>> freeHessian(const LogObjective &objective, const std::vector<double> &x,
                                             const std::vector<size_t> &free, const std::vector<double> &g)
{
    constexpr double kDifference = 1e-5;
    std::vector<std::vector<double>> H(free.size(), std::vector<double>(free.size()));
    for (size_t c = 0; c < free.size(); ++c) {
        std::vector<double> moved = x;
        moved[free[c]] += kDifference;
        const std::vector<double> gc = freeGradient(objective, moved, free);
        if (gc.empty())
            return {};
        for (size_t r = 0; r < free.size(); ++r)
            H[r][c] = (gc[r] - g[r]) / kDifference;
    }
    for (size_t r = 0; r < free.size(); ++r) {
        for (size_t c = 0; c < r; ++c)
            H[r][c] = H[c][r] = 0.5 * (H[r][c] + H[c][r]);
    }
    return H;
}

enum class NewtonOutcome { Moved, AtOptimum, Stuck };

// One Newton step on the `free` parameters of x with a backtracking line search. AtOptimum: the Hessian is
// positive definite and the step would lower the objective by less than kNewtonGain per customer, a
// hundredth of what markParametersAtLimits calls as good. Near a limit the objective is too rough for
// L-BFGS's line search (lgamma of parameters near 1e6 carries rounding of 1e-9, the Pareto/NBD's quadrature
// more), so such a fit stops with a gradient of 1e-5 that no step can turn into a measurable gain.
NewtonOutcome newtonStep(const LogObjective &objective, std::vector<double> &x,
                         const std::vector<size_t> &free)
{
    constexpr double kNewtonGain = 1e-6; // per customer: 3e-4 of log-likelihood on 300 customers
    double value = 0.0;
    const std::vector<double> g = freeGradient(objective, x, free, &value);
    const std::vector<std::vector<double>> H =
        g.empty() ? std::vector<std::vector<double>>() : freeHessian(objective, x, free, g);
    bool damped = true;
    const std::vector<double> d = H.empty() ? std::vector<double>() : dampedNewtonStep(H, g, damped);
    if (d.empty())
        return NewtonOutcome::Stuck;
    double gain = 0.0; // -g.d / 2: the quadratic model's decrease
    for (size_t k = 0; k < d.size(); ++k)
        gain -= 0.5 * g[k] * d[k];
    if (!damped && gain < kNewtonGain)
        return NewtonOutcome::AtOptimum;
    for (double t = 1.0; t > 1e-6; t *= 0.5) {
        std::vector<double> next = x;
        for (size_t k = 0; k < free.size(); ++k)
            next[free[k]] = std::clamp(x[free[k]] + t * d[k], -kLogParameterBound, kLogParameterBound);
        std::vector<double> unused(x.size());
        const double v = objective(next, unused);
        if (std::isfinite(v) && v < value) {
            x = std::move(next);
            return NewtonOutcome::Moved;
        }
    }
    return NewtonOutcome::Stuck;
}

// Newton steps on the parameters not at a limit of `d` until their gradient is below kGradientTolerance or a
// step would gain nothing measurable (true), or no step helps (false); x holds the result.
bool polishFreeParameters(const LogObjective &objective, std::vector<double> &x, const FitDiagnostics &d)
{
    constexpr int kNewtonSteps = 20;
    std::vector<size_t> free;
    for (size_t j = 0; j < x.size(); ++j) {
        if (!d.parameterAtLimit(int(j)))
            free.push_back(j);
    }
    if (free.empty())
        return true;
    for (int step = 0; step < kNewtonSteps; ++step) {
        if (maxNorm(freeGradient(objective, x, free)) < kGradientTolerance)
            return true;
        const NewtonOutcome outcome = newtonStep(objective, x, free);
        if (outcome != NewtonOutcome::Moved)
            return outcome == NewtonOutcome::AtOptimum;
    }
    return maxNorm(freeGradient(objective, x, free)) < kGradientTolerance;
}

} // namespace

std::optional<Error> checkSummaryRows(const std::vector<RfmSummaryRow> &rows)
{
    for (size_t i = 0; i < rows.size(); ++i) {
        const RfmSummaryRow &row = rows[i];
        const bool ok = std::isfinite(row.x) && std::isfinite(row.tx) && std::isfinite(row.T) && row.x >= 0 &&
                        row.tx >= 0 && row.T >= 0 && row.tx <= row.T && (row.x > 0 || row.tx == 0);
        if (!ok)
            return Error(
                ErrorCode::InvalidValue,
                QCoreApplication::translate("storelens::core::analytics::clv::BgNbdModel",
                                            "Customer %1 has an impossible purchase history (x = %2, "
                                            "t_x = %3, T = %4).")
                    .arg(row.customerId.isEmpty() ? QString::number(i + 1) : row.customerId)
                    .arg(row.x)
                    .arg(row.tx)
                    .arg(row.T));
    }
    return std::nullopt;
}

std::optional<Error> checkFitRows(const std::vector<RfmSummaryRow> &rows)
{
    if (rows.empty())
        return Error(ErrorCode::TooLittleData,
                     QCoreApplication::translate("storelens::core::analytics::clv::BgNbdModel",
                                                 "There are no customers to fit the purchase model on."));
    return checkSummaryRows(rows);
}

double logMeanAge(const std::vector<RfmSummaryRow> &rows)
{
    double meanT = 0;
    for (const RfmSummaryRow &row : rows)
        meanT += row.T;
    meanT /= double(rows.size());
    return std::log(std::fmax(meanT, 1e-6));
}

PenalisedFit fitPenalisedLikelihood(const LikelihoodFunction &likelihood, int customers,
                                    std::vector<double> logStart, const FitOptions &options,
                                    const std::vector<ParameterPair> &pairs, bool finishAtLimits)
{
    const double n = double(customers);
    const double penalty = options.penalty;
    const LogObjective objective = [&](const std::vector<double> &logParameters,
                                       std::vector<double> &gradient) {
        const std::vector<double> theta = thetaOf(logParameters);
        const Likelihood l = likelihood(theta, true);
        double value = -l.value / n;
        for (size_t j = 0; j < theta.size(); ++j) {
            value += penalty * theta[j] * theta[j];
            gradient[j] = -l.gradient[j] * theta[j] / n + 2.0 * penalty * theta[j] * theta[j];
        }
        return value;
    };
    PenalisedFit fit;
    FitDiagnostics &d = fit.diagnostics;
    minimiseLogObjective(objective, logStart, options, d, kGradientTolerance, finishAtLimits);
    fit.theta = thetaOf(logStart);
    d.logLikelihood = likelihood(fit.theta, false).value;
    d.customers = customers;
    if (!d.converged && !(finishAtLimits && stoppedOnItsOwn(d)))
        return fit;
    const auto value = [&](const std::vector<double> &logParameters) {
        const std::vector<double> theta = thetaOf(logParameters);
        double v = -likelihood(theta, false).value / n;
        for (double t : theta)
            v += penalty * t * t;
        return v;
    };
    markParametersAtLimits(value, logStart, pairs, d);
    // A fit on its way to a limit, or one whose line search failed in a flat valley, is finished by Newton
    // steps on the parameters not at a limit; it has converged once their gradient vanishes, whatever
    // gradient the way to the limit still has (trial 20: whether L-BFGS passed the gradient test on such fits
    // turned on one customer less; FitDiagnostics::towardsZero).
    if (!d.converged && polishFreeParameters(objective, logStart, d)) {
        d.converged = true;
        fit.theta = thetaOf(logStart);
        d.logLikelihood = likelihood(fit.theta, false).value;
        d.gradientNorm = gradientNormAt(objective, logStart);
        markParametersAtLimits(value, logStart, pairs, d);
    }
    if (!d.converged)
        d.towardsZero = d.towardsInfinity = 0;
    return fit;
}

void markParametersAtLimits(const std::function<double(const std::vector<double> &)> &objective,
                            const std::vector<double> &logTheta, const std::vector<ParameterPair> &pairs,
                            FitDiagnostics &diagnostics)
{
    const double base = objective(logTheta);
    const auto asGood = [&](std::initializer_list<int> moved, double step) {
        std::vector<double> at = logTheta;
        for (int j : moved)
            at[size_t(j)] = std::clamp(at[size_t(j)] + step, -kLogParameterBound, kLogParameterBound);
        const double value = objective(at);
        return std::isfinite(value) && value <= base + kLimitTolerance;
    };
    diagnostics.towardsZero = 0;
    diagnostics.towardsInfinity = 0;
    for (int j = 0; j < int(logTheta.size()); ++j) {
        if (asGood({j}, -kLimitStep))
            diagnostics.towardsZero |= 1u << j;
        if (asGood({j}, kLimitStep))
            diagnostics.towardsInfinity |= 1u << j;
    }
    for (const auto &[shape, scale] : pairs) {
        if (asGood({shape, scale}, kLimitStep))
            diagnostics.towardsInfinity |= (1u << shape) | (1u << scale);
    }
}

void minimiseLogObjective(const LogObjective &objective, std::vector<double> &logParameters,
                          const FitOptions &options, FitDiagnostics &diagnostics, double gradientTolerance,
                          bool finishLineSearches)
{
    QElapsedTimer timer;
    timer.start();
    Context context;
    context.objective = &objective;
    context.cancelled = &options.cancelled;
    context.gradient.resize(logParameters.size());
    const int budget = std::max(1, options.maxEvaluations);
    nlopt_result result = runLbfgs(context, logParameters, budget);
    // Not evaluated again once cancelled: the caller asked for no further work.
    const auto normAtResult = [&] {
        return context.stopped ? 0.0 : gradientNormAt(objective, logParameters);
    };
    double norm = normAtResult();
    // A run that ends on a failed line search restarts from where it stopped, with a fresh curvature memory
    // (trial 20: runs to the no-dropout limit stopped there at a gradient of 1.1e-5 or 3.5e-6 per customer,
    // and whether they did turned on one customer more or less).
    for (int restart = 0;
         finishLineSearches && restart < kRestarts && !context.stopped && lineSearchFailed(result) &&
         !(norm < gradientTolerance) && context.evaluations < budget;
         ++restart) {
        result = runLbfgs(context, logParameters, budget - context.evaluations);
        norm = normAtResult();
    }
    diagnostics.nloptStatus = int(result);
    diagnostics.stopReason = stopReason(result);
    diagnostics.evaluations = context.evaluations;
    diagnostics.cancelled = context.stopped;
    diagnostics.gradientNorm = norm;
    // Converged: the gradient is below the tolerance at a point where NLopt stopped on its own. With
    // finishLineSearches a failed line search counts, like a roundoff-limited stop: L-BFGS reports one when
    // no step improves the objective any more, which at a vanishing gradient is the optimum met to machine
    // precision.
    const bool stopped = finishLineSearches
                             ? stoppedOnItsOwn(diagnostics)
                             : !context.stopped && (result > 0 ? result != NLOPT_MAXEVAL_REACHED &&
                                                                     result != NLOPT_MAXTIME_REACHED
                                                               : result == NLOPT_ROUNDOFF_LIMITED);
    diagnostics.converged = stopped && std::isfinite(norm) && norm < gradientTolerance;
    diagnostics.seconds = double(timer.nsecsElapsed()) / 1e9;
}

} // namespace storelens::core::analytics::clv
