#pragma once

#include "core/analytics/clv/BgNbdModel.h"
#include "core/analytics/clv/GammaGammaModel.h"
#include "core/model/Result.h"

#include <optional>
#include <vector>

namespace storelens::core::analytics::clv {

struct ClvOptions
{
    int horizonMonths = 12;
    double annualDiscountRate = 0.10; // compounded monthly: monthly rate = (1 + annual)^(1/12) - 1
    FitOptions bgNbd;
    FitOptions gammaGamma;
    int minimumCustomers = 200;
    int minimumHistoryDays = 90;
};

// Why there is no prediction (METRICS.md section 8: thin data or a failed fit shows nothing rather than a
// guess).
enum class ClvStatus { Ok, TooFewCustomers, HistoryTooShort, NoRepeatBuyers, NotConverged, InvalidInput };

struct CustomerClv
{
    QString customerId;
    double probabilityAlive = 0;
    double expectedPurchases4Weeks = 0;
    double expectedPurchases13Weeks = 0;
    double expectedPurchases52Weeks = 0;
    double expectedAverageSpend = 0;
    double predictedClv = 0;
    std::optional<double> medianWeeksToNextPurchase; // see BgNbdModel::medianWeeksToNextPurchase
};

struct ClvResult
{
    BgNbdFit bgNbd;
    GammaGammaFit gammaGamma;
    std::vector<CustomerClv> customers; // same order as the input rows
    // Summed over the customers: expected purchases in month m = 1..horizonMonths after the end of the
    // calibration period (months of ClvCalculator::weeksPerMonth weeks), index m - 1.
    std::vector<double> expectedPurchasesByMonth;
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

    // Fits both models and predicts every customer (in parallel on the global thread pool for large inputs).
    // An Error (ErrorCode::TooLittleData for thin data,
    // ErrorCode::InvalidValue for a fit that did not converge or unusable input) carries a translated
    // message; status, when given, receives the ClvStatus.
    Result<ClvResult> compute(const std::vector<RfmSummaryRow> &rows, ClvStatus *status = nullptr) const;

    // CLV of one customer: sum over months m = 1..H of
    // (E[Y(m M) | x, t_x, T] - E[Y((m - 1) M) | x, t_x, T]) * expected spend / (1 + monthly rate)^m,
    // with M = weeksPerMonth.
    // `monthlyPurchases`, when given, receives (adds) the expected purchases of each month.
    double customerClv(const BgNbdModel &bgNbd, const GammaGammaModel &gammaGamma, const RfmSummaryRow &row,
                       double *monthlyPurchases = nullptr) const;
    // The same with P(alive) of the row already at hand.
    double customerClv(const BgNbdModel &bgNbd, const GammaGammaModel &gammaGamma, const RfmSummaryRow &row,
                       double alive, double *monthlyPurchases) const;

    // The translated sentence for a status, with this calculator's thresholds (empty for Ok).
    QString statusMessage(ClvStatus status) const;

private:
    ClvOptions m_options;
};

} // namespace storelens::core::analytics::clv
