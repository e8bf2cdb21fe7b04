#include "core/analytics/clv/ClvCalculator.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>

namespace storelens::core::analytics::clv {

namespace {

class ClvText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::analytics::clv::ClvCalculator)
};

bool isValidRow(const RfmSummaryRow &row)
{
    return std::isfinite(row.x) && std::isfinite(row.tx) && std::isfinite(row.T) &&
           std::isfinite(row.monetary) && row.x >= 0 && row.tx >= 0 && row.T >= 0 && row.tx <= row.T;
}

} // namespace

ClvStatus ClvCalculator::checkData(const std::vector<RfmSummaryRow> &rows) const
{
    if (!std::all_of(rows.begin(), rows.end(), isValidRow))
        return ClvStatus::InvalidInput;
    if (rows.size() < size_t(std::max(1, m_options.minimumCustomers)))
        return ClvStatus::TooFewCustomers;
    // The history is as long as the oldest customer's age.
    double oldestWeeks = 0;
    for (const RfmSummaryRow &row : rows)
        oldestWeeks = std::max(oldestWeeks, row.T);
    if (std::llround(oldestWeeks * 7.0) < m_options.minimumHistoryDays)
        return ClvStatus::HistoryTooShort;
    const bool anyRepeat = std::any_of(
        rows.begin(), rows.end(), [](const RfmSummaryRow &row) { return row.x > 0 && row.monetary > 0; });
    if (!anyRepeat)
        return ClvStatus::NoRepeatBuyers;
    return ClvStatus::Ok;
}

QString ClvCalculator::statusMessage(ClvStatus status) const
{
    switch (status) {
    case ClvStatus::Ok:
        return {};
    case ClvStatus::TooFewCustomers:
        return ClvText::tr(
                   "Predicted lifetime value needs at least %1 identified customers; the data has fewer, "
                   "so no prediction is shown.")
            .arg(m_options.minimumCustomers);
    case ClvStatus::HistoryTooShort:
        return ClvText::tr(
                   "Predicted lifetime value needs at least %1 days of purchase history; the data covers "
                   "less, so no prediction is shown.")
            .arg(m_options.minimumHistoryDays);
    case ClvStatus::NoRepeatBuyers:
        return ClvText::tr(
            "No customer has bought on more than one day, so repeat behaviour cannot be predicted "
            "and no prediction is shown.");
    case ClvStatus::NotConverged:
        return ClvText::tr(
            "The lifetime value models could not be fitted reliably to this data, so no prediction "
            "is shown.");
    case ClvStatus::InvalidInput:
        return ClvText::tr("The customer summary contains impossible values, so no prediction is shown.");
    }
    return {};
}

double ClvCalculator::customerClv(const BgNbdModel &bgNbd, const GammaGammaModel &gammaGamma,
                                  const RfmSummaryRow &row, double *monthlyPurchases) const
{
    return customerClv(bgNbd, gammaGamma, row, bgNbd.probabilityAlive(row.x, row.tx, row.T),
                       monthlyPurchases);
}

double ClvCalculator::customerClv(const BgNbdModel &bgNbd, const GammaGammaModel &gammaGamma,
                                  const RfmSummaryRow &row, double alive, double *monthlyPurchases) const
{
    const double spend = gammaGamma.conditionalExpectedAverageSpend(row.x, row.monetary);
    const double monthlyFactor = 1.0 / std::pow(1.0 + m_options.annualDiscountRate, 1.0 / 12.0);
    double discount = 1.0;
    double previous = 0.0;
    double clv = 0.0;
    for (int month = 1; month <= m_options.horizonMonths; ++month) {
        const double expected = bgNbd.expectedPurchasesIfAlive(month * weeksPerMonth, row.x, row.T) * alive;
        discount *= monthlyFactor;
        clv += (expected - previous) * spend * discount;
        if (monthlyPurchases)
            monthlyPurchases[month - 1] += expected - previous;
        previous = expected;
    }
    return clv;
}

Result<ClvResult> ClvCalculator::compute(const std::vector<RfmSummaryRow> &rows, ClvStatus *status) const
{
    auto fail = [this, status](ClvStatus s) {
        if (status)
            *status = s;
        const ErrorCode code = s == ClvStatus::NotConverged   ? ErrorCode::NotConverged
                               : s == ClvStatus::InvalidInput ? ErrorCode::InvalidValue
                                                              : ErrorCode::TooLittleData;
        return Error(code, statusMessage(s));
    };
    const ClvStatus dataStatus = checkData(rows);
    if (dataStatus != ClvStatus::Ok)
        return fail(dataStatus);

    Result<BgNbdFit> bgNbdFit = BgNbdModel::fit(rows, m_options.bgNbd);
    if (!bgNbdFit)
        return fail(ClvStatus::InvalidInput);
    if (!bgNbdFit->diagnostics.converged)
        return fail(ClvStatus::NotConverged);
    Result<GammaGammaFit> gammaGammaFit = GammaGammaModel::fit(rows, m_options.gammaGamma);
    if (!gammaGammaFit)
        return fail(ClvStatus::NoRepeatBuyers);
    // q <= 1 leaves the mean spend undefined: as unusable as a fit that did not converge.
    if (!gammaGammaFit->diagnostics.converged || !(gammaGammaFit->parameters.q > 1.0))
        return fail(ClvStatus::NotConverged);

    const BgNbdModel bgNbd(bgNbdFit->parameters);
    const GammaGammaModel gammaGamma(gammaGammaFit->parameters);
    ClvResult result;
    result.bgNbd = bgNbdFit.value();
    result.gammaGamma = gammaGammaFit.value();
    result.customers.resize(rows.size());
    const auto horizon = size_t(std::max(0, m_options.horizonMonths));
    result.expectedPurchasesByMonth.assign(horizon, 0.0);

    // Chunks of customers on the thread pool; each chunk sums its own monthly purchases.
    struct Chunk
    {
        size_t begin = 0;
        size_t end = 0;
        std::vector<double> monthly;
    };
    constexpr size_t kChunkSize = 4096;
    std::vector<Chunk> chunks;
    for (size_t begin = 0; begin < rows.size(); begin += kChunkSize)
        chunks.push_back(
            {begin, std::min(rows.size(), begin + kChunkSize), std::vector<double>(horizon, 0.0)});
    const auto predict = [&](Chunk &chunk) {
        for (size_t i = chunk.begin; i < chunk.end; ++i) {
            const RfmSummaryRow &row = rows[i];
            CustomerClv &c = result.customers[i];
            c.customerId = row.customerId;
            const double alive = bgNbd.probabilityAlive(row.x, row.tx, row.T);
            c.probabilityAlive = alive;
            c.expectedPurchases4Weeks = bgNbd.expectedPurchasesIfAlive(4, row.x, row.T) * alive;
            c.expectedPurchases13Weeks = bgNbd.expectedPurchasesIfAlive(13, row.x, row.T) * alive;
            c.expectedPurchases52Weeks = bgNbd.expectedPurchasesIfAlive(52, row.x, row.T) * alive;
            c.expectedAverageSpend = gammaGamma.conditionalExpectedAverageSpend(row.x, row.monetary);
            c.predictedClv = customerClv(bgNbd, gammaGamma, row, alive, chunk.monthly.data());
            c.medianWeeksToNextPurchase = bgNbd.medianWeeksToNextPurchase(row.x, row.tx, row.T);
        }
    };
    if (chunks.size() > 1)
        QtConcurrent::blockingMap(chunks, predict);
    else
        std::for_each(chunks.begin(), chunks.end(), predict);
    for (const Chunk &chunk : chunks) {
        for (size_t m = 0; m < horizon; ++m)
            result.expectedPurchasesByMonth[m] += chunk.monthly[m];
    }
    if (status)
        *status = ClvStatus::Ok;
    return result;
}

} // namespace storelens::core::analytics::clv
