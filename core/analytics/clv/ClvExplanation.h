#pragma once

#include "core/analytics/clv/ClvCalculator.h"

#include <QLocale>
#include <QString>

#include <vector>

namespace storelens::core::analytics::clv {

// One fitted parameter with its meaning in plain language, for the Predictions view and `storelens clv`.
struct ParameterExplanation
{
    QString key;    // stable: "r", "alpha", "a", "b", "p", "q", "gamma"
    QString symbol; // as printed: "r", "α", "a", "b", "p", "q", "γ"
    double value = 0;
    QString meaning; // one translated sentence, numbers formatted with the locale
};

// The four BG/NBD parameters, then the three Gamma-Gamma ones.
std::vector<ParameterExplanation> explainBgNbd(const BgNbdParameters &parameters, const QLocale &locale);
std::vector<ParameterExplanation> explainGammaGamma(const GammaGammaParameters &parameters,
                                                    const QLocale &locale);

// The four parameters of any purchase model fit (the BG/NBD's as explainBgNbd; the MBG/NBD's the same with
// the chance of leaving counted from the first purchase on; the Pareto/NBD's r, alpha, s, beta).
std::vector<ParameterExplanation> explainPurchaseModel(const PurchaseModelFit &fit, const QLocale &locale);

// "Converged after 43 evaluations; log-likelihood −9,582.43." or why it did not converge.
QString describeFit(const FitDiagnostics &diagnostics, const QLocale &locale);

// Stable keys of ClvStatus for JSON and tests: "ok", "too_few_customers", "history_too_short",
// "no_repeat_buyers", "not_converged", "invalid_input".
QString clvStatusKey(ClvStatus status);

} // namespace storelens::core::analytics::clv
