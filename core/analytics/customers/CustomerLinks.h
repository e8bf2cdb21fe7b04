#pragma once

#include "core/analytics/snapshot/Snapshot.h"

#include <QString>

namespace storelens::core::analytics {

// Whether the workspace's sales name their customers, before any filter (trial 12b): a web shop's list that
// names customers only as "A. Fabre" is imported as guest sales, and a till names none, so every customer
// page is empty whatever the filters. The customer pages, the segment export and the report then say that
// reason instead of advising to widen the dates or clear a filter, which would change nothing.
struct CustomerLinks
{
    qint64 buyingCustomers = 0; // customers named by at least one sale line
    qint64 customersOnFile = 0; // customers that no order line names (from a customers file)

    bool noneIdentified() const { return buyingCustomers == 0; }
    static CustomerLinks of(const Snapshot &snapshot);
};

// Why there are no customers to show when no sale names one, with what would help; empty when some sale
// names a customer (then an empty page is the filters' doing). Names the customers of a customers file that
// no order names, when there are any.
QString noIdentifiedCustomersReason(const CustomerLinks &links);

// The same for a snapshot: empty when some sale line names a customer (it stops at the first one).
QString noIdentifiedCustomersReason(const Snapshot &snapshot);

} // namespace storelens::core::analytics
