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
                                    const std::vector<ParameterPair> &pairs)
{
    const auto thetaOf = [](const std::vector<double> &logParameters) {
        std::vector<double> theta(logParameters.size());
        std::transform(logParameters.begin(), logParameters.end(), theta.begin(),
                       [](double l) { return std::exp(l); });
        return theta;
    };
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
    minimiseLogObjective(objective, logStart, options, fit.diagnostics);
    fit.theta = thetaOf(logStart);
    fit.diagnostics.logLikelihood = likelihood(fit.theta, false).value;
    fit.diagnostics.customers = customers;
    if (fit.diagnostics.converged) {
        const auto value = [&](const std::vector<double> &logParameters) {
            const std::vector<double> theta = thetaOf(logParameters);
            double v = -likelihood(theta, false).value / n;
            for (double t : theta)
                v += penalty * t * t;
            return v;
        };
        markParametersAtLimits(value, logStart, pairs, fit.diagnostics);
    }
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
                          const FitOptions &options, FitDiagnostics &diagnostics, double gradientTolerance)
{
    QElapsedTimer timer;
    timer.start();
    const auto n = unsigned(logParameters.size());
    std::unique_ptr<nlopt_opt_s, decltype(&nlopt_destroy)> opt(nlopt_create(NLOPT_LD_LBFGS, n),
                                                               &nlopt_destroy);
    Context context;
    context.objective = &objective;
    context.cancelled = &options.cancelled;
    context.opt = opt.get();
    context.gradient.resize(n);

    nlopt_result result = NLOPT_OUT_OF_MEMORY;
    double minimum = HUGE_VAL;
    if (opt) {
        nlopt_set_min_objective(opt.get(), &nloptCallback, &context);
        const std::vector<double> lower(n, -kLogParameterBound);
        const std::vector<double> upper(n, kLogParameterBound);
        nlopt_set_lower_bounds(opt.get(), lower.data());
        nlopt_set_upper_bounds(opt.get(), upper.data());
        nlopt_set_ftol_rel(opt.get(), 1e-14);
        nlopt_set_xtol_rel(opt.get(), 1e-11);
        nlopt_set_maxeval(opt.get(), std::max(1, options.maxEvaluations));
        nlopt_set_vector_storage(opt.get(), 20);
        result = nlopt_optimize(opt.get(), logParameters.data(), &minimum);
    }

    diagnostics.nloptStatus = int(result);
    diagnostics.stopReason = stopReason(result);
    diagnostics.evaluations = context.evaluations;
    diagnostics.seconds = double(timer.nsecsElapsed()) / 1e9;
    if (context.stopped) {
        diagnostics.cancelled = true;
        diagnostics.converged = false;
        return;
    }

    // The gradient at the returned point, not at the last point tried.
    std::vector<double> gradient(n);
    const double value = objective(logParameters, gradient);
    double norm = 0.0;
    for (double g : gradient)
        norm = std::fmax(norm, std::fabs(g));

    diagnostics.gradientNorm = norm;
    const bool statusOk = result > 0 ? result != NLOPT_MAXEVAL_REACHED && result != NLOPT_MAXTIME_REACHED
                                     : result == NLOPT_ROUNDOFF_LIMITED;
    diagnostics.converged =
        statusOk && std::isfinite(value) && std::isfinite(norm) && norm < gradientTolerance;
    diagnostics.seconds = double(timer.nsecsElapsed()) / 1e9;
}

} // namespace storelens::core::analytics::clv
