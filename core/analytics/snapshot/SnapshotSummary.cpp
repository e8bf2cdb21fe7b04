#include "core/analytics/snapshot/SnapshotSummary.h"

#include <algorithm>

namespace storelens::core::analytics {

WorkspaceSummary summarizeSnapshot(const Snapshot &s)
{
    WorkspaceSummary summary;
    summary.revision = s.revision;
    summary.orderLines = qint64(s.lineCount());
    summary.customers = qint64(s.customers.size());
    summary.products = s.skus.size();
    summary.stores = s.stores.size();
    summary.channels = s.channels.size();
    summary.inventoryRows = qint64(s.inventory.size());
    summary.trafficRows = qint64(s.traffic.size());
    summary.staffingRows = qint64(s.staffing.size());
    summary.marketingRows = qint64(s.marketing.size());
    if (s.isEmpty())
        return summary;
    summary.firstDate = s.firstDate();
    summary.lastDate = s.asOfDate();
    // An order is (source, order id), one order index each; the loader interns one only from one of its
    // lines.
    summary.orderIds = qint64(s.orderIds.size());
    summary.sources = 0;
    std::vector<uint8_t> sourceSeen(size_t(s.sources.size()) + 1, 0);
    for (qsizetype i = 0; i < s.orderIds.size(); ++i) {
        const size_t source = size_t(i) < s.orderSource.size() ? size_t(s.orderSource[size_t(i)]) : 0;
        summary.sources += sourceSeen[source] == 0;
        sourceSeen[source] = 1;
    }
    std::vector<uint8_t> orderSold(size_t(s.orderIds.size()), 0);
    std::vector<uint8_t> customerSeen(s.customers.size(), 0); // 1: on a line, 2: on a sale line
    qint64 gross = 0;
    qint64 discounts = 0;
    qint64 returns = 0;
    qint64 net = 0;
    for (size_t i = 0; i < s.lineCount(); ++i) {
        const int32_t customer = s.customer[i];
        if (customer < 0)
            ++summary.guestLines;
        else if (customerSeen[size_t(customer)] == 0) {
            ++summary.customersInOrders;
            customerSeen[size_t(customer)] = 1;
        }
        if (s.quantity[i] > 0) {
            const auto order = size_t(s.order[i]);
            summary.orders += orderSold[order] == 0;
            orderSold[order] = 1;
            if (customer >= 0) {
                summary.buyingCustomers += customerSeen[size_t(customer)] < 2;
                customerSeen[size_t(customer)] = 2;
            }
        }
        // A line without a price has no amount: it counts, but adds nothing to the sums (as SQL's NULL).
        const bool unpriced = s.isUnpriced(i);
        summary.unpricedLines += unpriced ? 1 : 0;
        const qint64 amount = unpriced ? 0 : s.gross[i] - s.discount[i];
        net += amount;
        if (s.quantity[i] > 0) {
            gross += s.gross[i];
            discounts += s.discount[i];
        } else if (s.quantity[i] < 0) {
            ++summary.returnLines;
            returns -= amount;
        }
    }
    summary.customersWithoutOrders = std::max<qint64>(0, summary.customers - summary.customersInOrders);
    summary.grossSales = Money::fromUnits(gross);
    summary.discounts = Money::fromUnits(discounts);
    summary.returns = Money::fromUnits(returns);
    summary.netSales = Money::fromUnits(net);
    return summary;
}

} // namespace storelens::core::analytics
