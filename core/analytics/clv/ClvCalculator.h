#pragma once

#include "core/analytics/clv/BgNbdModel.h"
#include "core/analytics/clv/GammaGammaModel.h"
#include "core/analytics/clv/PurchaseModel.h"
#include "core/model/Result.h"

#include <QDate>

#include <functional>
#include <optional>
#include <vector>

namespace storelens::core::analytics::clv {

struct ClvOptions
{
    int horizonMonths = 12;
    double annualDiscountRate = 0.10; // compounded monthly: monthly rate = (1 + annual)^(1/12) - 1
    PurchaseModelKind model = PurchaseModelKind::BgNbd; // the purchase model the predictions use
    FitOptions bgNbd; // the fit options of every purchase model (BG/NBD, Pareto/NBD, MBG/NBD)
    FitOptions gammaGamma;
    int minimumCustomers = 200;
    int minimumHistoryDays = 90;
};

// Why there is no prediction (METRICS.md section 8: thin data or a failed fit shows nothing rather than a
// guess). NotConverged: no purchase model found a fit; SpendNotConverged: the Gamma-Gamma fit did not
// converge; SpendTooVaried: it did, with q <= 1, so the mean spend does not exist.
enum class ClvStatus {
    Ok,
    TooFewCustomers,
    HistoryTooShort,
    NoRepeatBuyers,
    NotConverged,
    InvalidInput,
    SpendNotConverged,
    SpendTooVaried
};

// What the customer summary holds, for the sentence of a refusal (ClvCalculator::statusMessage): each refusal
// names what failed on which data and what would help.
struct ClvDataFacts
{
    qsizetype customers = -1; // identified customers; -1: not known
    int historyDays = -1;     // the oldest customer's days from the first purchase to the end of the data
    qsizetype repeatCustomers = -1; // customers with a repeat purchase day and a positive spend on them
    double lowestSpend = 0;         // their mean spend per repeat purchase day, lowest and highest
    double highestSpend = 0;
    QString highestSpender; // the customer id of the highest
    // Where the customers were drawn from, for what would help: a filter left some out; a cut-off date
    // (the check against reality) counts only those who had bought by then.
    bool filtered = false;
    QDate cutOff;

    static ClvDataFacts of(const std::vector<RfmSummaryRow> &rows);
};

struct CustomerClv
{
    QString customerId;
    double probabilityAlive = 0;
    double expectedPurchases4Weeks = 0;
    double expectedPurchases13Weeks = 0;
    double expectedPurchases52Weeks = 0;
    double expectedAverageSpend = 0;
    double predictedClv = 0;
    std::optional<double> medianWeeksToNextPurchase; // weeks after the calibration end (see BgNbdModel)
    // The expected date of the next purchase, counted from the as-of date and never before the day after it;
    // invalid when the customer is more likely gone than not. Filled by computeWorkspaceClv (after a holdout
    // split from the customer's purchases up to the as-of date).
    QDate nextPurchase;
};

struct ClvResult
{
    BgNbdFit bgNbd; // always fitted, whichever model is in use
    // The purchase models fitted (BG/NBD first, then those asked for), and the one the customers' figures
    // use.
    std::vector<PurchaseModelFit> purchaseModels;
    PurchaseModelKind model = PurchaseModelKind::BgNbd;
    GammaGammaFit gammaGamma;
    // Ok, or why the spend model gave no average spend (SpendNotConverged, SpendTooVaried): the purchase
    // model's figures (probability alive, expected purchases, next purchase) still stand, as they do not
    // depend on spend, while every customer's expectedAverageSpend and predictedClv are NaN.
    ClvStatus spendStatus = ClvStatus::Ok;
    bool hasSpend() const { return spendStatus == ClvStatus::Ok; }
    std::vector<CustomerClv> customers; // same order as the input rows
    // Summed over the customers: expected purchases in month m = 1..horizonMonths after the end of the
    // calibration period (months of ClvCalculator::weeksPerMonth weeks), index m - 1.
    std::vector<double> expectedPurchasesByMonth;

    // The fit of a model, nullptr when it was not fitted.
    const PurchaseModelFit *fitOf(PurchaseModelKind kind) const;
    // The model in use.
    PurchaseModel purchaseModel() const;
};

class ClvCalculator
{
public:
    // A month is 365.2425 / 12 / 7 weeks.
    static constexpr double weeksPerMonth = 365.2425 / 12.0 / 7.0;

    explicit ClvCalculator(const ClvOptions &options = {})
        : m_options(options)
    {
    }

    const ClvOptions &options() const { return m_options; }

    // The data guards alone (customers, history length, repeat buyers), before any fit.
    ClvStatus checkData(const std::vector<RfmSummaryRow> &rows) const;

    // Fits the purchase model of options().model (and the BG/NBD, always) and the Gamma-Gamma model and
    // predicts every customer (in parallel on the global thread pool for large inputs). A spend fit that
    // fails is no error: the result's spendStatus says why, and only spend and CLV are missing.
    // An Error (ErrorCode::TooLittleData for thin data,
    // ErrorCode::InvalidValue for a fit that did not converge or unusable input, ErrorCode::Cancelled when
    // `cancelled` asked to stop, which stops the fit in progress) carries a translated message; status, when
    // given, receives the ClvStatus.
    Result<ClvResult> compute(const std::vector<RfmSummaryRow> &rows, ClvStatus *status = nullptr,
                              const std::function<bool()> &cancelled = {}) const;

    // The fits alone: the BG/NBD, the other `models`, the Gamma-Gamma; customers and months stay empty.
    Result<ClvResult> fit(const std::vector<RfmSummaryRow> &rows,
                          const std::vector<PurchaseModelKind> &models, ClvStatus *status = nullptr,
                          const std::function<bool()> &cancelled = {}) const;
    // The same without the BG/NBD unless `models` names it: for the holdout test, which compares only
    // `models` and discards the fits (result.bgNbd stays empty).
    Result<ClvResult> fitListed(const std::vector<RfmSummaryRow> &rows,
                                const std::vector<PurchaseModelKind> &models,
                                const std::function<bool()> &cancelled = {}) const;
    // Predicts every customer of `rows` with `model` (which `result` must hold, converged) and the
    // Gamma-Gamma fit of `result`; NotConverged when the model's fit is missing or did not converge. Once
    // `cancelled` returns true the remaining chunks of customers are skipped (the caller, which asked for
    // the cancellation, discards the result).
    ClvStatus predict(ClvResult &result, const std::vector<RfmSummaryRow> &rows, PurchaseModelKind model,
                      const std::function<bool()> &cancelled = {}) const;

    // CLV of one customer: sum over months m = 1..H of
    // (E[Y(m M) | x, t_x, T] - E[Y((m - 1) M) | x, t_x, T]) * expected spend / (1 + monthly rate)^m,
    // with M = weeksPerMonth.
    // `monthlyPurchases`, when given, receives (adds) the expected purchases of each month.
    double customerClv(const PurchaseModel &model, const GammaGammaModel &gammaGamma,
                       const RfmSummaryRow &row, double *monthlyPurchases = nullptr) const;
    // The same with P(alive) of the row already at hand.
    double customerClv(const PurchaseModel &model, const GammaGammaModel &gammaGamma,
                       const RfmSummaryRow &row, double alive, double *monthlyPurchases) const;
    // Adds the row's expected purchases in each month of the horizon to monthlyPurchases (no spend needed).
    void addMonthlyPurchases(const PurchaseModel &model, const RfmSummaryRow &row, double alive,
                             double *monthlyPurchases) const;

    // The translated sentences for a status, with this calculator's thresholds (empty for Ok): what failed,
    // on what data as far as `facts` know it ("...; this selection has 52"), and what would help.
    QString statusMessage(ClvStatus status, const ClvDataFacts &facts) const;
    QString statusMessage(ClvStatus status, qsizetype customers = -1) const;

private:
    Result<ClvResult> fitModels(const std::vector<RfmSummaryRow> &rows,
                                const std::vector<PurchaseModelKind> &models, bool alwaysBgNbd,
                                ClvStatus *status, const std::function<bool()> &cancelled) const;

    ClvOptions m_options;
};

} // namespace storelens::core::analytics::clv
