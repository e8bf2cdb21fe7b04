#include "core/analytics/clv/WorkspaceClv.h"

#include "core/analytics/customers/CustomerBase.h"
#include "core/analytics/segments/RuleSegment.h"

#include <QCoreApplication>
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
    const auto run = [&body](const std::pair<size_t, size_t> &chunk) { body(chunk.first, chunk.second); };
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
    const BgNbdModel model(clv.result.bgNbd.parameters);
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
    const BgNbdModel model(clv.result.bgNbd.parameters);
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

} // namespace

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
    const auto fail = [&](ClvStatus status) {
        clv.status = status;
        clv.message = calculator.statusMessage(status);
        clv.summary.clear();
        clv.customerIndex.clear();
        return clv;
    };
    if (s.isEmpty())
        return fail(ClvStatus::TooFewCustomers);

    Result<std::vector<RfmSummaryRow>> rows =
        RfmSummaryBuilder::build(s, int32_t(clv.calibrationEnd.toJulianDay()), mask);
    if (!rows)
        return fail(ClvStatus::InvalidInput);
    clv.summary = std::move(rows.value());
    // Rows follow the customer index order: match them to the indexes.
    clv.rowOfCustomer.assign(s.customers.size(), -1);
    clv.customerIndex.reserve(clv.summary.size());
    size_t customer = 0;
    for (size_t row = 0; row < clv.summary.size(); ++row) {
        while (s.customers[customer].externalId != clv.summary[row].customerId)
            ++customer;
        clv.customerIndex.push_back(int32_t(customer));
        clv.rowOfCustomer[customer] = int32_t(row);
        clv.rowOfId.insert(clv.summary[row].customerId, int32_t(row));
    }
    if (cancelled && cancelled())
        return cancelledError();

    ClvStatus status = ClvStatus::Ok;
    Result<ClvResult> result = calculator.compute(clv.summary, &status);
    if (!result) {
        clv.rowOfCustomer.clear();
        clv.rowOfId.clear();
        return fail(status);
    }
    clv.result = std::move(result.value());
    if (cancelled && cancelled())
        return cancelledError();
    if (clv.calibrationEnd < clv.asOf)
        computeHoldout(s, mask, clv);
    computeTracking(s, mask, clv);
    if (cancelled && cancelled())
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
           a.minimumHistoryDays == b.minimumHistoryDays && lineMask == o.lineMask;
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
