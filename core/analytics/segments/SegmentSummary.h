#pragma once

#include "core/analytics/customers/CustomerBase.h"
#include "core/analytics/snapshot/Snapshot.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace storelens::core::analytics {

// The figures of one segment (METRICS.md section 7). Shares are fractions of the population (every identified
// customer with a sale line within the filters) and of its net sales.
struct SegmentSummary
{
    QString name;
    int64_t size = 0;
    double shareOfCustomers = 0;             // size ÷ population
    std::optional<double> shareOfNetSales;   // segment net sales ÷ population net sales; none when that is 0
    int64_t netSales = 0;                    // ten-thousandths, returns included
    std::optional<int64_t> aovUnits;         // Σ (G − D) of sale lines ÷ Σ orders, ten-thousandths
    std::optional<double> frequency;         // Σ orders ÷ size
    std::optional<double> medianRecencyDays; // the middle value, or the mean of the two middle values
    // Members whose lines have no prices (CustomerMetrics::moneyUnknown): not in netSales or AOV. When every
    // member is one of them, net sales, their share and AOV are unknown ("no prices imported").
    int64_t membersWithoutPrices = 0;
    bool moneyUnknown() const { return size > 0 && membersWithoutPrices == size; }
};

// `members`: one flag per population row of `base`.
SegmentSummary summarizeSegment(const CustomerBase &base, const std::vector<uint8_t> &members,
                                const QString &name);
// One summary per RFM segment name of the grid, in SegmentGrid::segmentNames() order.
std::vector<SegmentSummary> summarizeRfmSegments(const CustomerBase &base);
// One summary per lifecycle stage (New, Lapsed, At risk, Active) / value tier (High, Medium, Low).
std::vector<SegmentSummary> summarizeLifecycle(const CustomerBase &base);
std::vector<SegmentSummary> summarizeValueTiers(const CustomerBase &base);

// Population-row flags of an RFM segment name / lifecycle stage / value tier.
std::vector<uint8_t> rfmSegmentMembers(const CustomerBase &base, int segmentIndex);
std::vector<uint8_t> lifecycleMembers(const CustomerBase &base, LifecycleStage stage);
std::vector<uint8_t> valueTierMembers(const CustomerBase &base, ValueTier tier);

// One line of a segment's member list.
struct MemberRow
{
    int32_t customer = -1; // snapshot customer index
    QString customerId;
    QString name;
    QString email;
    QString country;
    QDate firstPurchase;
    QDate lastPurchase;
    int32_t orders = 0;
    int64_t netSales = 0;            // ten-thousandths
    std::optional<int64_t> aovUnits; // none without orders, or when moneyUnknown
    bool moneyUnknown = false;       // none of the customer's lines has a price: net sales are unknown, not 0
    int32_t recencyDays = 0;
    int r = 0;
    int f = 0;
    int m = 0;
    QString segment;
    LifecycleStage lifecycle = LifecycleStage::Active;
    ValueTier tier = ValueTier::Low;
    std::optional<bool> consentEmail;
};

// Members in population order (ascending customer index).
std::vector<MemberRow> segmentMembers(const CustomerBase &base, const Snapshot &snapshot,
                                      const std::vector<uint8_t> &members);

} // namespace storelens::core::analytics
