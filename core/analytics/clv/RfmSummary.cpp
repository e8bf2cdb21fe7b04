#include "core/analytics/clv/RfmSummary.h"

#include "core/analytics/snapshot/Snapshot.h"

#include <QCoreApplication>

#include <algorithm>

namespace storelens::core::analytics::clv {

namespace {

struct DayLine
{
    int32_t day;
    int64_t amountUnits;
    bool sale;
    bool priced;
};

constexpr double kDaysPerWeek = 7.0;
constexpr double kUnitsPerMoney = 10000.0; // Money::Scale

// build() over lines of which `unpriced` (empty: none) marks those imported without a price (METRICS.md
// section 1): they make purchase days (x, t_x, T) but their amounts are unknown, so the monetary value is the
// mean net sales over the repeat days with a priced line (0, left out of Gamma-Gamma, when there is none).
Result<std::vector<RfmSummaryRow>> summarise(const std::vector<PurchaseLine> &lines,
                                             const std::vector<uint8_t> &unpriced,
                                             const QStringList &customerIds, int32_t calibrationEndDay);

} // namespace

Result<std::vector<RfmSummaryRow>> RfmSummaryBuilder::build(const std::vector<PurchaseLine> &lines,
                                                            const QStringList &customerIds,
                                                            int32_t calibrationEndDay)
{
    return summarise(lines, {}, customerIds, calibrationEndDay);
}

namespace {

Result<std::vector<RfmSummaryRow>> summarise(const std::vector<PurchaseLine> &lines,
                                             const std::vector<uint8_t> &unpriced,
                                             const QStringList &customerIds, int32_t calibrationEndDay)
{
    const auto customerCount = size_t(customerIds.size());
    // Bucket the lines by customer (a counting sort: one pass to count, one to place), then sort each
    // customer's few lines by day.
    std::vector<size_t> start(customerCount + 1, 0);
    for (const PurchaseLine &line : lines) {
        if (line.customer < 0 || line.julianDay > calibrationEndDay)
            continue;
        if (size_t(line.customer) >= customerCount)
            return Error(
                ErrorCode::InvalidValue,
                QCoreApplication::translate("storelens::core::analytics::clv::RfmSummaryBuilder",
                                            "An order line refers to customer number %1, but only %2 "
                                            "customers are known.")
                    .arg(line.customer)
                    .arg(customerCount));
        ++start[size_t(line.customer) + 1];
    }
    for (size_t c = 0; c < customerCount; ++c)
        start[c + 1] += start[c];
    std::vector<DayLine> bucketed(start[customerCount]);
    std::vector<size_t> next(start.begin(), start.end() - 1);
    for (size_t i = 0; i < lines.size(); ++i) {
        const PurchaseLine &line = lines[i];
        if (line.customer < 0 || line.julianDay > calibrationEndDay)
            continue;
        const bool priced = unpriced.empty() || unpriced[i] == 0;
        bucketed[next[size_t(line.customer)]++] = {line.julianDay, line.amountUnits, line.sale, priced};
    }

    std::vector<RfmSummaryRow> rows;
    rows.reserve(customerCount);
    for (size_t c = 0; c < customerCount; ++c) {
        const auto first = bucketed.begin() + std::ptrdiff_t(start[c]);
        const auto last = bucketed.begin() + std::ptrdiff_t(start[c + 1]);
        if (first == last)
            continue;
        std::sort(first, last, [](const DayLine &l, const DayLine &r) { return l.day < r.day; });

        int32_t firstPurchaseDay = 0;
        int32_t lastPurchaseDay = 0;
        int64_t purchaseDays = 0;
        int64_t repeatNetUnits = 0;
        int64_t pricedRepeatDays = 0;
        for (auto it = first; it != last;) {
            const int32_t day = it->day;
            int64_t net = 0;
            bool sale = false;
            bool priced = false;
            for (; it != last && it->day == day; ++it) {
                net += it->priced ? it->amountUnits : 0;
                sale = sale || it->sale;
                priced = priced || it->priced;
            }
            if (!sale)
                continue;
            if (purchaseDays == 0) {
                firstPurchaseDay = day;
            } else if (priced) {
                repeatNetUnits += net;
                ++pricedRepeatDays;
            }
            lastPurchaseDay = day;
            ++purchaseDays;
        }
        if (purchaseDays == 0)
            continue;
        RfmSummaryRow row;
        row.customerId = customerIds.at(qsizetype(c));
        row.x = double(purchaseDays - 1);
        row.tx = double(lastPurchaseDay - firstPurchaseDay) / kDaysPerWeek;
        row.T = double(calibrationEndDay - firstPurchaseDay) / kDaysPerWeek;
        row.monetary =
            pricedRepeatDays > 0 ? double(repeatNetUnits) / kUnitsPerMoney / double(pricedRepeatDays) : 0.0;
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace

Result<std::vector<RfmSummaryRow>> RfmSummaryBuilder::build(const Snapshot &snapshot,
                                                            int32_t calibrationEndDay,
                                                            const std::vector<uint8_t> *lineMask)
{
    std::vector<PurchaseLine> lines;
    std::vector<uint8_t> unpriced; // parallel to `lines`; empty when every line has a price
    lines.reserve(snapshot.lineCount());
    for (size_t i = 0; i < snapshot.lineCount(); ++i) {
        if (snapshot.customer[i] < 0 || (lineMask && (*lineMask)[i] == 0))
            continue;
        lines.push_back({snapshot.customer[i], snapshot.day[i], snapshot.gross[i] - snapshot.discount[i],
                         snapshot.quantity[i] > 0});
        if (!snapshot.unpriced.empty())
            unpriced.push_back(snapshot.isUnpriced(i) ? 1 : 0);
    }
    QStringList ids;
    ids.reserve(qsizetype(snapshot.customers.size()));
    for (size_t c = 0; c < snapshot.customers.size(); ++c)
        ids.append(snapshot.customers.externalId(c));
    return summarise(lines, unpriced, ids, calibrationEndDay);
}

} // namespace storelens::core::analytics::clv
