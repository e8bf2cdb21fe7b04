#include "core/analytics/clv/ClvExplanation.h"

#include "core/model/EnumKeys.h"
#include "core/model/PercentText.h"
#include "core/model/TextLocale.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>

namespace storelens::core::analytics::clv {

namespace {

class ClvExplanationText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::analytics::clv::ClvExplanation)
};

ParameterExplanation parameter(const char *key, const QString &symbol, double value, const QString &meaning)
{
    return {QLatin1String(key), symbol, value, meaning};
}

} // namespace

std::vector<ParameterExplanation> explainBgNbd(const BgNbdParameters &p, const QLocale &locale)
{
    const double weeklyRate = p.alpha > 0 ? p.r / p.alpha : 0.0;
    const double dropout = p.a + p.b > 0 ? p.a / (p.a + p.b) : 0.0;
    const QString dropoutText = locale.toString(dropout * 100.0, 'f', 1);
    return {
        parameter("r", QStringLiteral("r"), p.r,
                  p.r < 1 ? ClvExplanationText::tr(
                                "Shape of how purchase rates differ between customers: below 1, most "
                                "customers buy rarely and a few buy very often.")
                          : ClvExplanationText::tr(
                                "Shape of how purchase rates differ between customers: 1 or more, most "
                                "customers buy at similar rates.")),
        parameter("alpha", QStringLiteral("\u03b1"), p.alpha,
                  ClvExplanationText::tr(
                      "Scale of the purchase rates, in weeks: while still a customer, the average customer "
                      "buys r \u00f7 \u03b1 = %1 times a week, about %2 times a year.")
                      .arg(locale.toString(weeklyRate, 'f', 3), locale.toString(weeklyRate * 52.0, 'f', 1))),
        parameter("a", QStringLiteral("a"), p.a,
                  keepPercentSignsWithNumbers(
                      ClvExplanationText::tr(
                          "With b, how likely a customer is to stop buying after a purchase: on average "
                          "a \u00f7 (a + b) = %1 % of customers leave after any one purchase.")
                          .arg(dropoutText))),
        parameter("b", QStringLiteral("b"), p.b,
                  ClvExplanationText::tr(
                      "With a, how much that chance of leaving differs between customers: the larger a + b, "
                      "the more alike customers are.")),
    };
}

std::vector<ParameterExplanation> explainGammaGamma(const GammaGammaParameters &p, const QLocale &locale)
{
    const bool hasMean = p.q > 1;
    const double mean = hasMean ? p.p * p.gamma / (p.q - 1.0) : 0.0;
    return {
        parameter("p", QStringLiteral("p"), p.p,
                  ClvExplanationText::tr(
                      "Shape of one customer's spend from purchase to purchase: the larger p, the more "
                      "each customer spends the same amount every time.")),
        parameter("q", QStringLiteral("q"), p.q,
                  ClvExplanationText::tr(
                      "Shape of how average spend differs between customers: the larger q, the more alike "
                      "customers' average spend is (above 1 for the average to exist).")),
        parameter("gamma", QStringLiteral("\u03b3"), p.gamma,
                  hasMean
                      ? ClvExplanationText::tr("Scale of the spend: across customers, a purchase is worth "
                                               "p \u00d7 \u03b3 \u00f7 (q \u2212 1) = %1 on average.")
                            .arg(locale.toString(mean, 'f', 2))
                      : ClvExplanationText::tr(
                            "Scale of the spend; with q at or below 1 the average spend does not "
                            "exist.")),
    };
}

namespace {

std::vector<ParameterExplanation> explainPurchaseModelValues(const PurchaseModelFit &fit,
                                                             const QLocale &locale)
{
    const std::array<double, 4> &v = fit.parameters;
    if (fit.kind != PurchaseModelKind::ParetoNbd) {
        std::vector<ParameterExplanation> rows =
            explainBgNbd(BgNbdParameters{v[0], v[1], v[2], v[3]}, locale);
        if (fit.kind == PurchaseModelKind::MbgNbd) {
            const double dropout = v[2] + v[3] > 0 ? v[2] / (v[2] + v[3]) : 0.0;
            rows[2].meaning = keepPercentSignsWithNumbers(
                ClvExplanationText::tr(
                    "With b, how likely a customer is to stop buying after a purchase, the first one "
                    "included: "
                    "on average a \u00f7 (a + b) = %1 % of customers leave after any one purchase.")
                    .arg(locale.toString(dropout * 100.0, 'f', 1)));
        }
        return rows;
    }
    const double weeklyRate = v[1] > 0 ? v[0] / v[1] : 0.0;
    const double weeksAsCustomer = v[2] > 1 ? v[3] / (v[2] - 1.0) : 0.0;
    return {
        parameter("r", QStringLiteral("r"), v[0],
                  v[0] < 1 ? ClvExplanationText::tr(
                                 "Shape of how purchase rates differ between customers: below 1, most "
                                 "customers buy rarely and a few buy very often.")
                           : ClvExplanationText::tr(
                                 "Shape of how purchase rates differ between customers: 1 or more, most "
                                 "customers buy at similar rates.")),
        parameter("alpha", QStringLiteral("\u03b1"), v[1],
                  ClvExplanationText::tr(
                      "Scale of the purchase rates, in weeks: while still a customer, the average customer "
                      "buys r \u00f7 \u03b1 = %1 times a week, about %2 times a year.")
                      .arg(locale.toString(weeklyRate, 'f', 3), locale.toString(weeklyRate * 52.0, 'f', 1))),
        parameter("s", QStringLiteral("s"), v[2],
                  ClvExplanationText::tr(
                      "Shape of how long customers stay: the smaller s, the more customers differ, a few "
                      "staying for years while many leave soon.")),
        parameter("beta", QStringLiteral("\u03b2"), v[3],
                  v[2] > 1
                      ? ClvExplanationText::tr("Scale of how long customers stay, in weeks: a customer stays "
                                               "\u03b2 \u00f7 (s \u2212 1) = %1 weeks on average.")
                            .arg(locale.toString(weeksAsCustomer, 'f', 0))
                      : ClvExplanationText::tr(
                            "Scale of how long customers stay, in weeks; with s at or below 1 a few "
                            "customers stay so long that the average stay has no limit.")),
    };
}

} // namespace

std::vector<ParameterExplanation> explainPurchaseModel(const PurchaseModelFit &fit, const QLocale &locale)
{
    std::vector<ParameterExplanation> rows = explainPurchaseModelValues(fit, locale);
    // At the limit without dropout the dropout parameters describe nothing (trial 16: "the smaller s, ...
    // many leave soon" beside s = 0.0000115, where nobody leaves).
    if (findsNoDropout(fit)) {
        for (size_t j : {size_t(2), size_t(3)})
            rows[j].meaning = ClvExplanationText::tr(
                "Part of how long customers stay, at its limit here: the fit finds no customer leaving, so "
                "the value only marks where the fit stopped.");
    }
    return rows;
}

QString describeFit(const FitDiagnostics &d, const QLocale &locale, const QStringList &symbols)
{
    const QString ll = locale.toString(d.logLikelihood, 'f', 2);
    if (d.converged && d.atLimit()) {
        QStringList names;
        for (int j = 0; j < 32; ++j) {
            if (d.parameterAtLimit(j))
                names << (j < symbols.size() ? symbols.at(j) : locale.toString(j + 1));
        }
        return ClvExplanationText::tr(
                   "Converged at a limit after %1 evaluations on %2 customers: %3 ran to the bound of the "
                   "allowed range (a value there marks where the fit stopped, not an estimate); "
                   "log-likelihood %4.")
            .arg(locale.toString(d.evaluations), locale.toString(d.customers),
                 locale.language() == QLocale().language() ? textList(names)
                                                           : locale.createSeparatedList(names),
                 ll);
    }
    if (d.converged)
        return ClvExplanationText::tr("Converged after %1 evaluations on %2 customers; log-likelihood %3.")
            .arg(locale.toString(d.evaluations), locale.toString(d.customers), ll);
    return ClvExplanationText::tr(
               "Did not converge after %1 evaluations on %2 customers (%3); log-likelihood %4.")
        .arg(locale.toString(d.evaluations), locale.toString(d.customers), d.stopReason, ll);
}

QString describeFit(const PurchaseModelFit &fit, const QLocale &locale)
{
    return describeFit(fit.diagnostics, locale, purchaseModelSymbols(fit.kind));
}

QString describeFit(const GammaGammaFit &fit, const QLocale &locale)
{
    return describeFit(fit.diagnostics, locale, gammaGammaSymbols());
}

QStringList purchaseModelSymbols(PurchaseModelKind kind)
{
    if (kind == PurchaseModelKind::ParetoNbd)
        return {QStringLiteral("r"), QStringLiteral("\u03b1"), QStringLiteral("s"), QStringLiteral("\u03b2")};
    return {QStringLiteral("r"), QStringLiteral("\u03b1"), QStringLiteral("a"), QStringLiteral("b")};
}

QStringList gammaGammaSymbols()
{
    return {QStringLiteral("p"), QStringLiteral("q"), QStringLiteral("\u03b3")};
}

bool findsNoDropout(const PurchaseModelFit &fit)
{
    // Parameter 2 (a, s) is the dropout distribution's shape, 3 (b, beta) its scale, in all three models.
    const FitDiagnostics &d = fit.diagnostics;
    return d.converged && (((d.towardsZero >> 2) & 1u) != 0 || ((d.towardsInfinity >> 3) & 1u) != 0);
}

QString formatParameterValue(double value, const QLocale &locale)
{
    if (!std::isfinite(value))
        return locale.toString(value);
    constexpr int kSignificant = 4;
    const int magnitude = value == 0 ? kSignificant : int(std::floor(std::log10(std::fabs(value))));
    const int decimals = std::clamp(kSignificant - 1 - magnitude, 2, 20);
    return locale.toString(value, 'f', decimals);
}

namespace {

// In the order of ClvStatus.
constexpr const char *kClvStatusKeys[] = {"ok",
                                          "too_few_customers",
                                          "history_too_short",
                                          "no_repeat_buyers",
                                          "not_converged",
                                          "invalid_input",
                                          "spend_not_converged",
                                          "spend_too_varied"};
static_assert(std::size(kClvStatusKeys) == size_t(ClvStatus::SpendTooVaried) + 1, "one key per status");

} // namespace

QString clvStatusKey(ClvStatus status)
{
    return enumKey(kClvStatusKeys, status);
}

} // namespace storelens::core::analytics::clv
