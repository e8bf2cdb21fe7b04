#include "core/analytics/clv/ClvCalculator.h"

#include "core/model/VectorState.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <limits>

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

const PurchaseModelFit *ClvResult::fitOf(PurchaseModelKind kind) const
{
    for (const PurchaseModelFit &f : purchaseModels) {
        if (f.kind == kind)
            return &f;
    }
    return nullptr;
}

PurchaseModel ClvResult::purchaseModel() const
{
    const PurchaseModelFit *f = fitOf(model);
    return f ? PurchaseModel(*f) : PurchaseModel();
}

double ClvCalculator::customerClv(const PurchaseModel &model, const GammaGammaModel &gammaGamma,
                                  const RfmSummaryRow &row, double *monthlyPurchases) const
{
    return customerClv(model, gammaGamma, row, model.probabilityAlive(row.x, row.tx, row.T),
                       monthlyPurchases);
}

double ClvCalculator::customerClv(const PurchaseModel &model, const GammaGammaModel &gammaGamma,
                                  const RfmSummaryRow &row, double alive, double *monthlyPurchases) const
{
    const double spend = gammaGamma.conditionalExpectedAverageSpend(row.x, row.monetary);
    const double monthlyFactor = 1.0 / std::pow(1.0 + m_options.annualDiscountRate, 1.0 / 12.0);
    double discount = 1.0;
    double previous = 0.0;
    double clv = 0.0;
    for (int month = 1; month <= m_options.horizonMonths; ++month) {
        const double expected = model.expectedPurchasesIfAlive(month * weeksPerMonth, row.x, row.T) * alive;
        discount *= monthlyFactor;
        clv += (expected - previous) * spend * discount;
        if (monthlyPurchases)
            monthlyPurchases[month - 1] += expected - previous;
        previous = expected;
    }
    return clv;
}

void ClvCalculator::addMonthlyPurchases(const PurchaseModel &model, const RfmSummaryRow &row, double alive,
                                        double *monthlyPurchases) const
{
    double previous = 0.0;
    for (int month = 1; month <= m_options.horizonMonths; ++month) {
        const double expected = model.expectedPurchasesIfAlive(month * weeksPerMonth, row.x, row.T) * alive;
        monthlyPurchases[month - 1] += expected - previous;
        previous = expected;
    }
}

Result<ClvResult> ClvCalculator::compute(const std::vector<RfmSummaryRow> &rows, ClvStatus *status,
                                         const std::function<bool()> &cancelled) const
{
    Result<ClvResult> result = fit(rows, {m_options.model}, status, cancelled);
    if (!result)
        return result;
    const ClvStatus predicted = predict(result.value(), rows, m_options.model, cancelled);
    if (cancelled && cancelled())
        return Error(ErrorCode::Cancelled, ClvText::tr("The lifetime value computation was cancelled."));
    if (status)
        *status = predicted;
    if (predicted != ClvStatus::Ok)
        return Error(ErrorCode::NotConverged, statusMessage(predicted, ClvDataFacts::of(rows)));
    return result;
}

Result<ClvResult> ClvCalculator::fit(const std::vector<RfmSummaryRow> &rows,
                                     const std::vector<PurchaseModelKind> &models, ClvStatus *status,
                                     const std::function<bool()> &cancelled) const
{
    return fitModels(rows, models, true, status, cancelled);
}

Result<ClvResult> ClvCalculator::fitListed(const std::vector<RfmSummaryRow> &rows,
                                           const std::vector<PurchaseModelKind> &models,
                                           const std::function<bool()> &cancelled) const
{
    return fitModels(rows, models, false, nullptr, cancelled);
}

Result<ClvResult> ClvCalculator::fitModels(const std::vector<RfmSummaryRow> &rows,
                                           const std::vector<PurchaseModelKind> &models, bool alwaysBgNbd,
                                           ClvStatus *status, const std::function<bool()> &cancelled) const
{
    auto fail = [this, status, &rows](ClvStatus s) {
        if (status)
            *status = s;
        const ErrorCode code = s == ClvStatus::NotConverged || s == ClvStatus::SpendNotConverged ||
                                       s == ClvStatus::SpendTooVaried
                                   ? ErrorCode::NotConverged
                               : s == ClvStatus::InvalidInput ? ErrorCode::InvalidValue
                                                              : ErrorCode::TooLittleData;
        return Error(code, statusMessage(s, ClvDataFacts::of(rows)));
    };
    const auto cancelledError = [] {
        return Error(ErrorCode::Cancelled, ClvText::tr("The lifetime value computation was cancelled."));
    };
    const ClvStatus dataStatus = checkData(rows);
    if (dataStatus != ClvStatus::Ok)
        return fail(dataStatus);

    FitOptions purchaseOptions = m_options.bgNbd;
    purchaseOptions.cancelled = cancelled;
    ClvResult result;
    for (PurchaseModelKind kind : kPurchaseModelKinds) {
        const bool listed = std::find(models.begin(), models.end(), kind) != models.end();
        if (!listed && !(alwaysBgNbd && kind == PurchaseModelKind::BgNbd))
            continue;
        Result<PurchaseModelFit> fitted = PurchaseModel::fit(kind, rows, purchaseOptions);
        if (!fitted)
            return fail(ClvStatus::InvalidInput);
        if (fitted->diagnostics.cancelled)
            return cancelledError();
        result.purchaseModels.push_back(fitted.value());
    }
    if (const PurchaseModelFit *bg = result.fitOf(PurchaseModelKind::BgNbd)) {
        result.bgNbd.parameters = {bg->parameters[0], bg->parameters[1], bg->parameters[2],
                                   bg->parameters[3]};
        result.bgNbd.diagnostics = bg->diagnostics;
    }

    FitOptions spendOptions = m_options.gammaGamma;
    spendOptions.cancelled = cancelled;
    Result<GammaGammaFit> gammaGammaFit = GammaGammaModel::fit(rows, spendOptions);
    if (!gammaGammaFit)
        return fail(ClvStatus::NoRepeatBuyers);
    if (gammaGammaFit->diagnostics.cancelled)
        return cancelledError();
    result.gammaGamma = gammaGammaFit.value();
    // A spend fit that did not converge, or one with q <= 1 (the mean spend does not exist), gives no spend:
    // the purchase predictions stand without it (spendStatus).
    if (!gammaGammaFit->diagnostics.converged)
        result.spendStatus = ClvStatus::SpendNotConverged;
    else if (!(gammaGammaFit->parameters.q > 1.0))
        result.spendStatus = ClvStatus::SpendTooVaried;
    if (status)
        *status = ClvStatus::Ok;
    return result;
}

ClvStatus ClvCalculator::predict(ClvResult &result, const std::vector<RfmSummaryRow> &rows,
                                 PurchaseModelKind kind, const std::function<bool()> &cancelled) const
{
    result.model = kind;
    result.customers.clear();
    result.expectedPurchasesByMonth.clear();
    const PurchaseModelFit *fitted = result.fitOf(kind);
    if (!fitted || !fitted->diagnostics.converged)
        return ClvStatus::NotConverged;
    const PurchaseModel model(*fitted);
    const GammaGammaModel gammaGamma(result.gammaGamma.parameters);
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
        if (cancelled && cancelled())
            return;
        clearUpperVectorState(); // a pool thread may carry a library's AVX state (VectorState.h)
        for (size_t i = chunk.begin; i < chunk.end; ++i) {
            const RfmSummaryRow &row = rows[i];
            CustomerClv &c = result.customers[i];
            c.customerId = row.customerId;
            const double alive = model.probabilityAlive(row.x, row.tx, row.T);
            c.probabilityAlive = alive;
            c.expectedPurchases4Weeks = model.expectedPurchasesIfAlive(4, row.x, row.T) * alive;
            c.expectedPurchases13Weeks = model.expectedPurchasesIfAlive(13, row.x, row.T) * alive;
            c.expectedPurchases52Weeks = model.expectedPurchasesIfAlive(52, row.x, row.T) * alive;
            if (result.hasSpend()) {
                c.expectedAverageSpend = gammaGamma.conditionalExpectedAverageSpend(row.x, row.monetary);
                c.predictedClv = customerClv(model, gammaGamma, row, alive, chunk.monthly.data());
            } else {
                c.expectedAverageSpend = std::numeric_limits<double>::quiet_NaN();
                c.predictedClv = std::numeric_limits<double>::quiet_NaN();
                addMonthlyPurchases(model, row, alive, chunk.monthly.data());
            }
            c.medianWeeksToNextPurchase = model.medianWeeksToNextPurchase(row.x, row.tx, row.T);
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
    // A fit at a limit can leave a model's series without a number (trial 20: an MBG/NBD fit with a = 15,000
    // and b = 650,000); such a fit predicts nothing rather than "nan".
    const bool finite =
        std::all_of(result.customers.begin(), result.customers.end(), [](const CustomerClv &c) {
            return std::isfinite(c.probabilityAlive) && std::isfinite(c.expectedPurchases52Weeks);
        });
    if (!finite) {
        result.customers.clear();
        result.expectedPurchasesByMonth.clear();
        return ClvStatus::NotConverged;
    }
    return ClvStatus::Ok;
}

} // namespace storelens::core::analytics::clv
