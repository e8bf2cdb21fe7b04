#pragma once

#include "core/analytics/clv/ClvCalculator.h"

#include <QLocale>
#include <QString>
#include <QStringList>

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
// the chance of leaving counted from the first purchase on; the Pareto/NBD's r, alpha, s, beta). A fit that
// finds no dropout (findsNoDropout) has its dropout parameters explained as being at that limit.
std::vector<ParameterExplanation> explainPurchaseModel(const PurchaseModelFit &fit, const QLocale &locale);

// "Converged after 43 evaluations; log-likelihood −9,582.43." or why it did not converge; for a fit with
// parameters at a limit (FitDiagnostics::atLimit) "Converged at a limit after …: s and β ran to the bound of
// the allowed range …", naming them by `symbols` (by parameter index).
QString describeFit(const FitDiagnostics &diagnostics, const QLocale &locale,
                    const QStringList &symbols = {});
QString describeFit(const PurchaseModelFit &fit, const QLocale &locale);
QString describeFit(const GammaGammaFit &fit, const QLocale &locale);

// The parameters as printed: "r", "α", "a", "b" (BG/NBD, MBG/NBD) or "r", "α", "s", "β" (Pareto/NBD); "p",
// "q", "γ" (Gamma-Gamma).
QStringList purchaseModelSymbols(PurchaseModelKind kind);
QStringList gammaGammaSymbols();

// Whether the fit found no dropout at all: its dropout parameters ran to the limit in which no customer ever
// stops buying (a or s towards 0, b or beta towards infinity), so every customer is probably still a
// customer whatever the gap since their last purchase (trial 16).
bool findsNoDropout(const PurchaseModelFit &fit);

// A fitted parameter for a manager's eyes: fixed notation (never "3,174E+05"), four significant digits and at
// least two decimals, grouped as the locale does: "317,372.95", "1.082", "0.8061", "0.00001152".
QString formatParameterValue(double value, const QLocale &locale);

// Stable keys of ClvStatus for JSON and tests: "ok", "too_few_customers", "history_too_short",
// "no_repeat_buyers", "not_converged", "invalid_input".
QString clvStatusKey(ClvStatus status);

} // namespace storelens::core::analytics::clv
