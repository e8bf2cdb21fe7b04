#include "core/analytics/clv/WorkspaceClv.h"

#include "core/analytics/clv/ClvExplanation.h"
#include "core/analytics/customers/CustomerBase.h"
#include "core/analytics/kpi/PeriodSentence.h"
#include "core/analytics/segments/RuleSegment.h"
#include "core/model/VectorState.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

namespace storelens::core::analytics::clv {

namespace {

class WorkspaceClvText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::analytics::clv::WorkspaceClv)
};

constexpr int kHoldoutGroups = 8; // x = 0 .. 6 and "7 or more"
constexpr double kDaysPerMonth = ClvCalculator::weeksPerMonth * 7.0;

bool sameFitOptions(const FitOptions &a, const FitOptions &b)
{
    return a.penalty == b.penalty && a.maxEvaluations == b.maxEvaluations;
}

Error cancelledError()
{
    return Error(ErrorCode::Cancelled, WorkspaceClvText::tr("The lifetime value computation was cancelled."));
}

// Runs body(begin, end) over [0, n) in chunks on the global thread pool.
template<typename Body> void parallelChunks(size_t n, const Body &body)
{
    constexpr size_t kChunk = 4096;
    std::vector<std::pair<size_t, size_t>> chunks;
    for (size_t begin = 0; begin < n; begin += kChunk)
        chunks.emplace_back(begin, std::min(n, begin + kChunk));
    const auto run = [&body](const std::pair<size_t, size_t> &chunk) {
        clearUpperVectorState(); // a pool thread may carry a library's AVX state (VectorState.h)
        body(chunk.first, chunk.second);
    };
    if (chunks.size() > 1)
        QtConcurrent::blockingMap(chunks, run);
    else
        std::for_each(chunks.begin(), chunks.end(), run);
}

// Distinct sale days per (selected, identified) customer in [fromDay, toDay], in customer index order.
std::vector<int32_t> purchaseDays(const Snapshot &s, const std::vector<uint8_t> *mask, int32_t fromDay,
                                  int32_t toDay)
{
    std::vector<int32_t> count(s.customers.size(), 0);
    std::vector<int32_t> lastDay(s.customers.size(), std::numeric_limits<int32_t>::min());
    const size_t lo = firstLineOnOrAfter(s, fromDay);
    const size_t hi = firstLineOnOrAfter(s, int64_t(toDay) + 1);
    for (size_t i = lo; i < hi; ++i) {
        const int32_t c = s.customer[i];
        if (c < 0 || s.quantity[i] <= 0 || (mask && (*mask)[i] == 0))
            continue;
        if (lastDay[size_t(c)] != s.day[i]) {
            lastDay[size_t(c)] = s.day[i];
            ++count[size_t(c)];
        }
    }
    return count;
}

void computeHoldout(const Snapshot &s, const std::vector<uint8_t> *mask, WorkspaceClv &clv)
{
    ClvHoldout h;
    h.from = clv.calibrationEnd.addDays(1);
    h.to = clv.asOf;
    h.weeks = double(h.from.daysTo(h.to) + 1) / 7.0;
    const std::vector<int32_t> actual =
        purchaseDays(s, mask, int32_t(h.from.toJulianDay()), int32_t(h.to.toJulianDay()));
    const PurchaseModel model = clv.result.purchaseModel();
    std::vector<double> expected(clv.summary.size());
    parallelChunks(clv.summary.size(), [&](size_t begin, size_t end) {
        for (size_t i = begin; i < end; ++i) {
            const RfmSummaryRow &row = clv.summary[i];
            expected[i] = model.conditionalExpectedPurchases(h.weeks, row.x, row.tx, row.T);
        }
    });
    h.groups.resize(kHoldoutGroups);
    for (int g = 0; g < kHoldoutGroups; ++g) {
        h.groups[size_t(g)].repeatPurchases = g;
        h.groups[size_t(g)].orMore = g == kHoldoutGroups - 1;
    }
    for (size_t i = 0; i < clv.summary.size(); ++i) {
        const int g = std::min(kHoldoutGroups - 1, int(clv.summary[i].x));
        HoldoutGroup &group = h.groups[size_t(g)];
        const double a = actual[size_t(clv.customerIndex[i])];
        ++group.customers;
        group.actualMean += a;
        group.expectedMean += expected[i];
        h.actualTotal += a;
        h.expectedTotal += expected[i];
    }
    for (HoldoutGroup &group : h.groups) {
        if (group.customers > 0) {
            group.actualMean /= group.customers;
            group.expectedMean /= group.customers;
        }
    }
    clv.holdout.push_back(std::move(h));
}

void computeTracking(const Snapshot &s, const std::vector<uint8_t> *mask, WorkspaceClv &clv)
{
    const auto endDay = int32_t(clv.calibrationEnd.toJulianDay());
    const auto asOfDay = int32_t(clv.asOf.toJulianDay());
    // First purchase day of each calibration customer, from T (whole days).
    std::vector<int32_t> firstDay(clv.summary.size());
    int32_t earliest = endDay;
    for (size_t i = 0; i < clv.summary.size(); ++i) {
        firstDay[i] = endDay - int32_t(std::lround(clv.summary[i].T * 7.0));
        earliest = std::min(earliest, firstDay[i]);
    }
    // Month boundaries in days relative to the calibration end: month k covers (b[k], b[k + 1]].
    const int historyMonths = std::max(1, int(std::ceil(double(endDay - earliest) / kDaysPerMonth)));
    const int forecastMonths = int(clv.result.expectedPurchasesByMonth.size());
    std::vector<int32_t> bound; // offsets from endDay
    for (int k = -historyMonths; k <= forecastMonths; ++k)
        bound.push_back(int32_t(std::lround(k * kDaysPerMonth)));
    const auto monthOf = [&bound](int32_t offset) {
        // The month whose (b[k], b[k + 1]] holds offset; -1 when outside.
        const auto it = std::lower_bound(bound.begin(), bound.end(), offset);
        if (it == bound.begin() || it == bound.end())
            return -1;
        return int(it - bound.begin()) - 1;
    };
    const auto monthCount = bound.size() - 1;
    clv.tracking.resize(monthCount);
    for (size_t k = 0; k < monthCount; ++k) {
        ClvTrackingMonth &m = clv.tracking[k];
        m.from = clv.calibrationEnd.addDays(bound[k] + 1);
        m.to = clv.calibrationEnd.addDays(bound[k + 1]);
        m.forecast = int(k) >= historyMonths;
        m.hasActual = m.to <= clv.asOf;
    }

    // Actual repeat purchase days of the calibration customers.
    std::vector<int32_t> lastDay(s.customers.size(), std::numeric_limits<int32_t>::min());
    const size_t lo = firstLineOnOrAfter(s, earliest);
    const size_t hi = firstLineOnOrAfter(s, int64_t(asOfDay) + 1);
    for (size_t i = lo; i < hi; ++i) {
        const int32_t c = s.customer[i];
        if (c < 0 || s.quantity[i] <= 0 || (mask && (*mask)[i] == 0))
            continue;
        const int32_t row = clv.rowOfCustomer[size_t(c)];
        if (row < 0 || s.day[i] <= firstDay[size_t(row)] || lastDay[size_t(c)] == s.day[i])
            continue;
        lastDay[size_t(c)] = s.day[i];
        const int k = monthOf(s.day[i] - endDay);
        if (k >= 0)
            clv.tracking[size_t(k)].actual += 1.0;
    }

    // Expected before the calibration end: E[X(t)] of each customer since their first day, grouped by day.
    const PurchaseModel model = clv.result.purchaseModel();
    const auto span = size_t(endDay - earliest + 1);
    std::vector<double> joined(span, 0.0);
    for (int32_t f : firstDay)
        joined[size_t(f - earliest)] += 1.0;
    std::vector<double> cumulative(span, 0.0); // E[X(d / 7)], d = 0 .. span - 1
    for (size_t d = 1; d < span; ++d)
        cumulative[d] = model.expectedPurchases(double(d) / 7.0);
    // Only the days on which customers joined (at most one per customer), not every calendar day: months ×
    // joining days, whatever the span of the data.
    std::vector<std::pair<int32_t, double>> joinDays;
    for (size_t d = 0; d < span; ++d) {
        if (joined[d] != 0)
            joinDays.emplace_back(earliest + int32_t(d), joined[d]);
    }
    for (int k = 0; k < historyMonths; ++k) {
        const int32_t from = endDay + bound[size_t(k)];
        const int32_t to = endDay + bound[size_t(k) + 1];
        double expected = 0;
        for (const auto &[f, n] : joinDays) {
            if (f >= to)
                break;
            const double before = from > f ? cumulative[size_t(from - f)] : 0.0;
            expected += n * (cumulative[size_t(to - f)] - before);
        }
        clv.tracking[size_t(k)].expected = expected;
    }
    for (int m = 0; m < forecastMonths; ++m)
        clv.tracking[size_t(historyMonths + m)].expected = clv.result.expectedPurchasesByMonth[size_t(m)];
}

// Snapshot customer index of each summary row (rows follow the customer index order).
std::vector<int32_t> customerIndexes(const Snapshot &s, const std::vector<RfmSummaryRow> &rows)
{
    std::vector<int32_t> indexes;
    indexes.reserve(rows.size());
    size_t customer = 0;
    for (const RfmSummaryRow &row : rows) {
        while (s.customers.externalId(customer) != row.customerId)
            ++customer;
        indexes.push_back(int32_t(customer));
    }
    return indexes;
}

constexpr int kTestWeeks = 13; // the test window when no holdout was asked for

// The models of `fitted` (fitted on `rows`, the purchases up to `split`) against the actual repeat purchases
// of those customers from the day after `split` to the as-of date.
void testModels(const Snapshot &s, const std::vector<uint8_t> *mask, const std::vector<RfmSummaryRow> &rows,
                const ClvResult &fitted, const std::vector<PurchaseModelKind> &kinds, const QDate &split,
                ClvModelChoice &choice, const CancelCheck &cancelled)
{
    choice.tested = true;
    choice.testFrom = split.addDays(1);
    choice.testTo = s.asOfDate();
    choice.testWeeks = double(choice.testFrom.daysTo(choice.testTo) + 1) / 7.0;
    choice.customers = int(rows.size());
    const std::vector<int32_t> actual =
        purchaseDays(s, mask, int32_t(choice.testFrom.toJulianDay()), int32_t(choice.testTo.toJulianDay()));
    choice.actualRepeatPurchases = 0;
    for (int32_t index : customerIndexes(s, rows))
        choice.actualRepeatPurchases += actual[size_t(index)];
    choice.candidates.clear();
    for (const PurchaseModelFit &f : fitted.purchaseModels) {
        if (std::find(kinds.begin(), kinds.end(), f.kind) == kinds.end())
            continue;
        ClvModelCandidate c;
        c.kind = f.kind;
        c.converged = f.diagnostics.converged;
        c.logLikelihood = f.diagnostics.logLikelihood;
        if (c.converged) {
            const PurchaseModel model(f);
            std::vector<double> expected(rows.size());
            parallelChunks(rows.size(), [&](size_t begin, size_t end) {
                if (cancelled && cancelled())
                    return;
                for (size_t i = begin; i < end; ++i)
                    expected[i] = model.conditionalExpectedPurchases(choice.testWeeks, rows[i].x, rows[i].tx,
                                                                     rows[i].T);
            });
            for (double e : expected)
                c.expectedRepeatPurchases += e;
            // Figures that are no number (a fit at a limit the model's series cannot follow) are no fit.
            c.converged = std::isfinite(c.expectedRepeatPurchases);
        }
        choice.candidates.push_back(c);
    }
}

// Of `kinds`, the tested and converged model with the lowest holdout error (ties: the earlier); empty when
// untested or none converged.
std::optional<PurchaseModelKind> bestModel(const ClvModelChoice &choice,
                                           const std::vector<PurchaseModelKind> &kinds)
{
    std::optional<PurchaseModelKind> best;
    double bestError = HUGE_VAL;
    for (PurchaseModelKind kind : kinds) {
        const double error = choice.holdoutError(kind);
        if (std::isfinite(error) && error < bestError) {
            bestError = error;
            best = kind;
        }
    }
    return best;
}

// Of `kinds`, the converged fit with the highest log-likelihood (the models have four parameters each).
std::optional<PurchaseModelKind> bestFit(const ClvResult &result, const std::vector<PurchaseModelKind> &kinds)
{
    std::optional<PurchaseModelKind> best;
    double bestLl = -HUGE_VAL;
    for (PurchaseModelKind kind : kinds) {
        const PurchaseModelFit *f = result.fitOf(kind);
        if (f && f->diagnostics.converged && f->diagnostics.logLikelihood > bestLl) {
            bestLl = f->diagnostics.logLikelihood;
            best = kind;
        }
    }
    return best;
}

QString choiceSentence(const ClvModelChoice &choice)
{
    const QLocale locale;
    const QString name = purchaseModelName(choice.model);
    const ClvModelCandidate *c = choice.candidate(choice.model);
    if (!choice.tested || !c || !c->converged) {
        return choice.basis == ClvModelBasis::Requested
                   ? WorkspaceClvText::tr(
                         "Predictions use the %1 model, as chosen; there is too little history "
                         "before the last %2 weeks to test it.")
                         .arg(name)
                         .arg(kTestWeeks)
                   : WorkspaceClvText::tr("Predictions use the %1 model, the better fit of the two models; "
                                          "there is too little history before the last %2 weeks to test them "
                                          "on those weeks.")
                         .arg(name)
                         .arg(kTestWeeks);
    }
    const QString expected = locale.toString(qint64(std::llround(c->expectedRepeatPurchases)));
    const QString actual = locale.toString(qint64(std::llround(choice.actualRepeatPurchases)));
    const QString from = dateText(choice.testFrom, locale);
    const QString to = dateText(choice.testTo, locale);
    const QString weeks = locale.toString(choice.testWeeks, 'f', 0);
    if (choice.basis == ClvModelBasis::Requested) {
        return choice.lastWeeks
                   ? WorkspaceClvText::tr(
                         "Predictions use the %1 model, as chosen: it predicted %2 repeat purchases in the "
                         "last %3 weeks; there were %4.")
                         .arg(name, expected, weeks, actual)
                   : WorkspaceClvText::tr(
                         "Predictions use the %1 model, as chosen: it predicted %2 repeat purchases from %3 "
                         "to %4; there were %5.")
                         .arg(name, expected, from, to, actual);
    }
    return choice.lastWeeks
               ? WorkspaceClvText::tr(
                     "Predictions use the %1 model, the closer of the two models tested: it predicted %2 "
                     "repeat purchases in the last %3 weeks; there were %4.")
                     .arg(name, expected, weeks, actual)
               : WorkspaceClvText::tr(
                     "Predictions use the %1 model, the closer of the two models tested: it predicted %2 "
                     "repeat purchases from %3 to %4; there were %5.")
                     .arg(name, expected, from, to, actual);
}

// Why every chance of still being a customer is close to 100 % when the model in use found no dropout.
QString aliveNote(const ClvResult &result)
{
    const PurchaseModelFit *fit = result.fitOf(result.model);
    if (!fit || !findsNoDropout(*fit))
        return {};
    return WorkspaceClvText::tr(
        "This purchase history shows no customer leaving for good yet, so every customer's chance of still "
        "being a customer is close to 100 %, however long ago they last bought: a long gap since a purchase "
        "is explained just as well by buying rarely.");
}

// The expected date of each customer's next purchase, counted from the as-of date: from the summary up to
// the as-of date (after a holdout split the calibration summary is older), at least the day after it.
void fillNextPurchases(const Snapshot &s, const std::vector<uint8_t> *mask, WorkspaceClv &clv,
                       const CancelCheck &cancelled)
{
    const PurchaseModel model = clv.result.purchaseModel();
    std::vector<RfmSummaryRow> latest;
    std::vector<int32_t> latestRow; // by snapshot customer index
    if (clv.calibrationEnd < clv.asOf) {
        Result<std::vector<RfmSummaryRow>> rows =
            RfmSummaryBuilder::build(s, int32_t(clv.asOf.toJulianDay()), mask);
        if (rows) {
            latest = std::move(rows.value());
            latestRow.assign(s.customers.size(), -1);
            const std::vector<int32_t> indexes = customerIndexes(s, latest);
            for (size_t i = 0; i < indexes.size(); ++i)
                latestRow[size_t(indexes[i])] = int32_t(i);
        }
    }
    parallelChunks(clv.result.customers.size(), [&](size_t begin, size_t end) {
        if (cancelled && cancelled())
            return;
        for (size_t i = begin; i < end; ++i) {
            CustomerClv &c = clv.result.customers[i];
            std::optional<double> weeks = c.medianWeeksToNextPurchase;
            if (clv.calibrationEnd < clv.asOf) {
                const int32_t row = latestRow.empty() ? -1 : latestRow[size_t(clv.customerIndex[i])];
                weeks = row < 0 ? std::nullopt
                                : model.medianWeeksToNextPurchase(
                                      latest[size_t(row)].x, latest[size_t(row)].tx, latest[size_t(row)].T);
            }
            c.nextPurchase =
                weeks ? clv.asOf.addDays(std::max<qint64>(1, std::llround(*weeks * 7.0))) : QDate();
        }
    });
}

} // namespace

const ClvModelCandidate *ClvModelChoice::candidate(PurchaseModelKind kind) const
{
    for (const ClvModelCandidate &c : candidates) {
        if (c.kind == kind)
            return &c;
    }
    return nullptr;
}

double ClvModelChoice::holdoutError(PurchaseModelKind kind) const
{
    const ClvModelCandidate *c = candidate(kind);
    if (!tested || !c || !c->converged || customers <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    return std::fabs(c->expectedRepeatPurchases - actualRepeatPurchases) / double(customers);
}

Result<WorkspaceClv> fitWorkspaceClv(const Snapshot &s, const WorkspaceClvRequest &request,
                                     const CancelCheck &cancelled)
{
    WorkspaceClv clv;
    const ClvCalculator calculator(request.options);
    clv.asOf = s.asOfDate();
    clv.calibrationEnd = request.calibrationEnd.isValid() && request.calibrationEnd < clv.asOf
                             ? request.calibrationEnd
                             : clv.asOf;
    const std::vector<uint8_t> *mask = request.lineMask.empty() ? nullptr : &request.lineMask;
    const auto facts = [&] {
        ClvDataFacts f = ClvDataFacts::of(clv.summary);
        f.filtered = mask != nullptr;
        if (clv.calibrationEnd < clv.asOf)
            f.cutOff = clv.calibrationEnd;
        return f;
    };
    const auto fail = [&](ClvStatus status) {
        clv.status = status;
        clv.message = calculator.statusMessage(status, facts());
        clv.spendMessage.clear();
        clv.aliveNote.clear();
        clv.summary.clear();
        clv.customerIndex.clear();
        clv.rowOfCustomer.clear();
        clv.rowOfId.clear();
        clv.result = ClvResult();
        return clv;
    };
    const auto stopped = [&cancelled] { return cancelled && cancelled(); };
    if (s.isEmpty())
        return fail(ClvStatus::TooFewCustomers);

    Result<std::vector<RfmSummaryRow>> rows =
        RfmSummaryBuilder::build(s, int32_t(clv.calibrationEnd.toJulianDay()), mask);
    if (!rows)
        return fail(ClvStatus::InvalidInput);
    clv.summary = std::move(rows.value());
    clv.customerIndex = customerIndexes(s, clv.summary);
    clv.rowOfCustomer.assign(s.customers.size(), -1);
    for (size_t row = 0; row < clv.summary.size(); ++row) {
        clv.rowOfCustomer[size_t(clv.customerIndex[row])] = int32_t(row);
        clv.rowOfId.insert(clv.summary[row].customerId, int32_t(row));
    }
    if (stopped())
        return cancelledError();

    // The models that may be used: the one asked for, else the two in which any customer can lapse
    // (METRICS.md section 8: under the BG/NBD every one-time buyer stays certainly alive, so it is only used
    // on request).
    const std::vector<PurchaseModelKind> kinds =
        request.model
            ? std::vector<PurchaseModelKind>{*request.model}
            : std::vector<PurchaseModelKind>{PurchaseModelKind::ParetoNbd, PurchaseModelKind::MbgNbd};
    const auto fitOn = [&](const std::vector<RfmSummaryRow> &rows,
                           const std::vector<PurchaseModelKind> &models,
                           ClvStatus *status) { return calculator.fit(rows, models, status, cancelled); };
    ClvModelChoice &choice = clv.choice;
    choice.basis = request.model ? ClvModelBasis::Requested : ClvModelBasis::Holdout;
    ClvStatus status = ClvStatus::Ok;
    if (clv.calibrationEnd < clv.asOf) {
        // The holdout asked for is the test: the calibration fits are the ones to test and to use.
        Result<ClvResult> fitted = fitOn(clv.summary, kinds, &status);
        if (!fitted)
            return fitted.error().code() == ErrorCode::Cancelled ? Result<WorkspaceClv>(cancelledError())
                                                                 : fail(status);
        clv.result = std::move(fitted.value());
        testModels(s, mask, clv.summary, clv.result, kinds, clv.calibrationEnd, choice, cancelled);
    } else {
        // The test: fits on the purchases before the last 13 weeks, compared with those weeks.
        const QDate split = clv.asOf.addDays(-7 * kTestWeeks);
        Result<std::vector<RfmSummaryRow>> before =
            RfmSummaryBuilder::build(s, int32_t(split.toJulianDay()), mask);
        if (before && calculator.checkData(before.value()) == ClvStatus::Ok) {
            // Only the models compared: the BG/NBD of this fit would be thrown away with it.
            Result<ClvResult> test = calculator.fitListed(before.value(), kinds, cancelled);
            if (!test && test.error().code() == ErrorCode::Cancelled)
                return cancelledError();
            if (test) {
                testModels(s, mask, before.value(), test.value(), kinds, split, choice, cancelled);
                choice.lastWeeks = true;
            }
        }
        if (stopped())
            return cancelledError();
        // The fit used: of the chosen model only, unless the choice falls to the likelihood of the fits.
        const std::optional<PurchaseModelKind> tested = bestModel(choice, kinds);
        Result<ClvResult> fitted =
            fitOn(clv.summary, tested ? std::vector<PurchaseModelKind>{*tested} : kinds, &status);
        if (!fitted)
            return fitted.error().code() == ErrorCode::Cancelled ? Result<WorkspaceClv>(cancelledError())
                                                                 : fail(status);
        clv.result = std::move(fitted.value());
    }
    if (stopped())
        return cancelledError();
    if (!request.model && !choice.tested)
        choice.basis = ClvModelBasis::Likelihood;
    const std::optional<PurchaseModelKind> model = request.model   ? request.model
                                                   : choice.tested ? bestModel(choice, kinds)
                                                                   : bestFit(clv.result, kinds);
    if (!model)
        return fail(ClvStatus::NotConverged);
    choice.model = *model;
    status = calculator.predict(clv.result, clv.summary, *model, cancelled);
    if (stopped())
        return cancelledError();
    if (status != ClvStatus::Ok)
        return fail(status);
    if (!clv.result.hasSpend())
        clv.spendMessage = calculator.statusMessage(clv.result.spendStatus, facts());
    clv.aliveNote = aliveNote(clv.result);
    choice.sentence = choiceSentence(choice);
    if (stopped())
        return cancelledError();
    if (clv.calibrationEnd < clv.asOf)
        computeHoldout(s, mask, clv);
    computeTracking(s, mask, clv);
    fillNextPurchases(s, mask, clv, cancelled);
    if (stopped())
        return cancelledError();
    return clv;
}

namespace {

struct CacheEntry
{
    const Snapshot *snapshot = nullptr;
    qint64 revision = -1;
    size_t lines = 0;
    WorkspaceClvRequest request;
    std::shared_ptr<const WorkspaceClv> value;
};

QMutex &cacheMutex()
{
    static QMutex mutex;
    return mutex;
}

CacheEntry &cacheEntry()
{
    static CacheEntry entry;
    return entry;
}

} // namespace

bool WorkspaceClvRequest::operator==(const WorkspaceClvRequest &o) const
{
    const ClvOptions &a = options;
    const ClvOptions &b = o.options;
    return calibrationEnd == o.calibrationEnd && a.horizonMonths == b.horizonMonths &&
           a.annualDiscountRate == b.annualDiscountRate && sameFitOptions(a.bgNbd, b.bgNbd) &&
           sameFitOptions(a.gammaGamma, b.gammaGamma) && a.minimumCustomers == b.minimumCustomers &&
           a.minimumHistoryDays == b.minimumHistoryDays && lineMask == o.lineMask && model == o.model;
}

const CustomerClv *WorkspaceClv::find(const QString &customerId) const
{
    const auto it = rowOfId.constFind(customerId);
    if (it == rowOfId.constEnd() || size_t(*it) >= result.customers.size())
        return nullptr;
    return &result.customers[size_t(*it)];
}

const CustomerClv *WorkspaceClv::forCustomerIndex(int32_t customer) const
{
    if (customer < 0 || size_t(customer) >= rowOfCustomer.size())
        return nullptr;
    const int32_t row = rowOfCustomer[size_t(customer)];
    return row >= 0 && size_t(row) < result.customers.size() ? &result.customers[size_t(row)] : nullptr;
}

const RfmSummaryRow *WorkspaceClv::summaryOf(int32_t customer) const
{
    if (customer < 0 || size_t(customer) >= rowOfCustomer.size())
        return nullptr;
    const int32_t row = rowOfCustomer[size_t(customer)];
    return row >= 0 && size_t(row) < summary.size() ? &summary[size_t(row)] : nullptr;
}

Result<WorkspaceClv> computeWorkspaceClv(const Snapshot &snapshot, const WorkspaceClvRequest &request,
                                         const CancelCheck &cancelled)
{
    {
        QMutexLocker lock(&cacheMutex());
        const CacheEntry &entry = cacheEntry();
        if (entry.value && entry.snapshot == &snapshot && entry.revision == snapshot.revision &&
            entry.lines == snapshot.lineCount() && entry.request == request)
            return *entry.value;
    }
    Result<WorkspaceClv> clv = fitWorkspaceClv(snapshot, request, cancelled);
    if (clv) {
        QMutexLocker lock(&cacheMutex());
        CacheEntry &entry = cacheEntry();
        entry.snapshot = &snapshot;
        entry.revision = snapshot.revision;
        entry.lines = snapshot.lineCount();
        entry.request = request;
        entry.value = std::make_shared<const WorkspaceClv>(clv.value());
    }
    return clv;
}

void attachClv(CustomerBase &base, const WorkspaceClv &clv)
{
    base.predictedClv.clear();
    base.probabilityAlive.clear();
    if (clv.status != ClvStatus::Ok)
        return;
    const double none = std::numeric_limits<double>::quiet_NaN();
    base.predictedClv.assign(base.size(), none);
    base.probabilityAlive.assign(base.size(), none);
    for (size_t row = 0; row < base.size(); ++row) {
        if (const CustomerClv *c = clv.forCustomerIndex(base.metrics.population[row])) {
            base.predictedClv[row] = c->predictedClv;
            base.probabilityAlive[row] = c->probabilityAlive;
        }
    }
}

bool ruleUsesClv(const SegmentRule &rule)
{
    for (const RuleGroup &group : rule.groups()) {
        for (const RuleCondition &condition : group.conditions) {
            if (condition.field == RuleField::PredictedClv || condition.field == RuleField::ProbabilityAlive)
                return true;
        }
    }
    return false;
}

QString clvConditionsProblem(const SegmentRule &rule, const WorkspaceClv &clv)
{
    if (!ruleUsesClv(rule))
        return {};
    if (clv.status != ClvStatus::Ok)
        return clv.message;
    if (clv.hasSpend())
        return {};
    for (const RuleGroup &group : rule.groups()) {
        for (const RuleCondition &condition : group.conditions) {
            if (condition.field == RuleField::PredictedClv)
                return clv.spendMessage;
        }
    }
    return {};
}

Result<void> attachClvForRule(CustomerBase &base, const Snapshot &snapshot,
                              const std::vector<uint8_t> *lineMask, const SegmentRule &rule,
                              const CancelCheck &cancelled)
{
    if (!ruleUsesClv(rule) || (base.predictedClv.size() == base.size() && base.size() > 0))
        return {};
    WorkspaceClvRequest request;
    if (lineMask)
        request.lineMask = *lineMask;
    const Result<WorkspaceClv> clv = computeWorkspaceClv(snapshot, request, cancelled);
    if (!clv)
        return clv.error();
    attachClv(base, clv.value());
    return {};
}

} // namespace storelens::core::analytics::clv
