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
    summary.orders = qint64(s.orderIds.size()); // the loader interns an order id only from one of its lines

    std::vector<uint8_t> customerSeen(s.customers.size(), 0);
    qint64 gross = 0;
    qint64 discounts = 0;
    qint64 returns = 0;
    qint64 net = 0;
    for (size_t i = 0; i < s.lineCount(); ++i) {
        const int32_t customer = s.customer[i];
        if (customer < 0) {
            ++summary.guestLines;
        } else {
            summary.buyingCustomers += customerSeen[size_t(customer)] == 0;
            customerSeen[size_t(customer)] = 1;
        }
        const qint64 amount = s.gross[i] - s.discount[i];
        net += amount;
        if (s.quantity[i] > 0) {
            gross += s.gross[i];
            discounts += s.discount[i];
        } else if (s.quantity[i] < 0) {
            ++summary.returnLines;
            returns -= amount;
        }
    }
    summary.grossSales = Money::fromUnits(gross);
    summary.discounts = Money::fromUnits(discounts);
    summary.returns = Money::fromUnits(returns);
    summary.netSales = Money::fromUnits(net);
    return summary;
}

} // namespace storelens::core::analytics
