#pragma once

#include "core/analytics/customers/CustomerMetrics.h"

#include <future>
#include <memory>
#include <mutex>
#include <vector>

namespace storelens::core::analytics {

// What one pass over a filter's lines knows per customer, all time: CustomerMetrics, and the channel of each
// customer's first sale line (the KPI customer facts read it with the first sale day and the net sales).
struct CustomerTotals
{
    CustomerMetrics metrics;
    std::vector<int32_t> firstSaleChannel; // by customer index; -1 when no sale line
};
using CustomerTotalsPtr = std::shared_ptr<const CustomerTotals>;

// The pass itself. `lineMask` selects the filtered lines (nullptr: all lines).
CustomerTotals computeCustomerTotals(const Snapshot &snapshot, const std::vector<uint8_t> *lineMask);

// The totals of `snapshot`'s lines that `lineMask` selects (nullptr: all), computed on the snapshot's first
// request for that mask and kept with the snapshot (SnapshotDerived): a refresh on a loaded snapshot does not
// read every line again for them, and the KPI report and the customer base of one refresh share one pass.
CustomerTotalsPtr customerTotals(const Snapshot &snapshot, const std::vector<uint8_t> *lineMask);

// The totals kept with one snapshot: those of all lines and of the few masks asked for last. Thread-safe:
// a thread that asks for totals another thread is computing waits for them.
class CustomerTotalsCache
{
public:
    CustomerTotalsPtr get(const Snapshot &snapshot, const std::vector<uint8_t> *lineMask);
    void clear();

private:
    struct Entry
    {
        bool allLines = true;
        std::vector<uint8_t> mask; // when !allLines
        std::shared_future<CustomerTotalsPtr> totals;
    };
    static bool matches(const Entry &entry, const std::vector<uint8_t> *lineMask);
    std::shared_ptr<Entry> find(const std::vector<uint8_t> *lineMask);

    std::mutex m_mutex;
    std::vector<std::shared_ptr<Entry>> m_entries; // the one asked for last at the back
};

} // namespace storelens::core::analytics
