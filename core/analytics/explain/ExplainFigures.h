#pragma once

#include "core/analytics/explain/Explain.h"

#include <array>
#include <cstdint>
#include <vector>

// The figures an explanation is computed from (internal to explain/): one pass over a period's filtered
// lines gives additive tallies in total, per day and per member of each dimension, so every part of a change
// is a difference of whole numbers. Not part of the public API.
namespace storelens::core::analytics::explain::detail {

// Every additive figure, in the snapshot's units (money ten-thousandths, quantities thousandths).
enum Field : int {
    Net,            // Σ line amount (line)
    Sales,          // G − D of sale lines (line)
    Gross,          // G (line)
    Discounts,      // D (line)
    Returns,        // R (line)
    Units,          // Σ quantity of sale lines (line)
    Cogs,           // Σ known line costs (line)
    Margin,         // line amount − known line cost (line)
    GrossWithCost,  // G of sale lines with a known cost (line)
    GuestSales,     // G − D of guest sale lines (line)
    Orders,         // orders, under the member of their first sale line
    OrderSales,     // G − D of every sale line of those orders, under the same member
    OrderUnits,     // units of those orders, under the same member
    TrafficOrders,  // orders with a sale line on a store and day with traffic, under that line's member
    Visitors,       // visitors, under their store (other dimensions: none)
    Buying,         // identified customers with a sale line, under the member of their first one
    Returning,      // of those, not new in the period
    IdentifiedOrds, // orders of identified customers, under the customer's member
    Repeat,         // customers with two or more orders, under the customer's member
    New,            // customers whose first sale line (all time) is in the period, same member
    Start,          // S: customers at the start (window), under the member of their last sale line to the end
    End,            // E: customers at the end (window)
    Kept,           // in S and in E
    Churned,        // in S, not in E
    Reactivated,    // in E, neither in S nor new in the period
    Retained,       // E − N per customer (in E: +1, new in the period: −1)
    kFieldCount
};
static_assert(kFieldCount <= 32, "Needs::tracked holds one bit per field");
using Tally = std::array<int64_t, kFieldCount>;

// What a KPI needs scanned beyond the line sums.
struct Needs
{
    bool orderOwners = false; // OrderSales, OrderUnits
    bool customers = false;   // Buying, IdentifiedOrds, Repeat, New
    bool window = false;      // Start … Retained (also New)
    bool traffic = false;     // TrafficOrders, Visitors
    // The fields kept per day and per member (bit 1 << Field): the KPI's numerator and denominator. Every
    // field is summed in total.
    uint32_t tracked = 0;
};

struct Figures
{
    Tally total{};
    std::vector<Tally> daily;                // by day of the period
    std::vector<std::vector<Tally>> members; // by Dimension, by member slot (empty when not asked for)
    bool anyCost = false;
    bool traffic = false;
};

// The member slots of a dimension: slot 0 is "none" (no store, guests, …); for Dimension::Segment slot 0 is
// guests, 1 "in no saved segment", then one slot per combination of saved segments met in `segmentSlot`.
struct SegmentSlots
{
    std::vector<int32_t> slotOfCustomer; // by customer index
    QStringList names;                   // by slot
};
SegmentSlots segmentSlots(const SegmentMembers *members, size_t customerCount);

int32_t memberCount(const Snapshot &s, Dimension d, const SegmentSlots &segments);
QString memberName(const Snapshot &s, Dimension d, int32_t slot, const SegmentSlots &segments);

struct ScanInput
{
    const Snapshot &snapshot;
    const ResolvedFilter &filter;
    const KpiCustomerFacts &facts;
    const SegmentSlots &segments;
    const std::vector<Dimension> &dimensions;
    int windowDays = 365;
    Needs needs;
};
// One period; false when cancelled.
bool scanFigures(const ScanInput &in, const Period &period, const CancelCheck &cancelled, Figures *out);

} // namespace storelens::core::analytics::explain::detail
