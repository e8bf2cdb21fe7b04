#include "core/store/WorkspaceSummary.h"

#include "core/store/Schema.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace storelens::core {

namespace {

// The gross amount as stored (exact; NULL when the export had no prices, which adds nothing to the totals).
const char kGross[] = "COALESCE(gross, 0)";

} // namespace

Result<WorkspaceSummary> WorkspaceSummary::read(const QString &workspacePath)
{
    Connection connection(workspacePath, Connection::Access::ReadOnly);
    if (!connection.isOpen())
        return connection.error();
    QSqlDatabase &db = connection.db();
    WorkspaceSummary s;
    s.path = workspacePath;
    s.revision = workspaceRevision(db);

    const QString gross = QLatin1String(kGross);
    const QString lines =
        QStringLiteral("SELECT COUNT(*), 0, SUM(quantity < 0), SUM(customer_id IS NULL),"
                       " COUNT(DISTINCT CASE WHEN quantity > 0 THEN customer_id END), MIN(day), MAX(day),"
                       " COALESCE(SUM(CASE WHEN quantity > 0 THEN %1 ELSE 0 END), 0),"
                       " COALESCE(SUM(CASE WHEN quantity > 0 THEN discount ELSE 0 END), 0),"
                       " COALESCE(SUM(CASE WHEN quantity < 0 THEN %1 - discount ELSE 0 END), 0),"
                       " COALESCE(SUM(%1 - discount), 0), COALESCE(SUM(gross IS NULL), 0),"
                       " COUNT(DISTINCT customer_id) FROM order_lines")
            .arg(gross);
    QSqlQuery q(db);
    if (!q.exec(lines) || !q.next())
        return Error(ErrorCode::Database,
                     QCoreApplication::translate("storelens::core::WorkspaceSummary",
                                                 "The workspace could not be read: %1")
                         .arg(q.lastError().text()),
                     workspacePath);
    s.orderLines = q.value(0).toLongLong();
    s.orders = q.value(1).toLongLong();
    s.returnLines = q.value(2).toLongLong();
    s.guestLines = q.value(3).toLongLong();
    s.buyingCustomers = q.value(4).toLongLong();
    if (s.orderLines > 0) {
        s.firstDate = QDate::fromJulianDay(q.value(5).toLongLong());
        s.lastDate = QDate::fromJulianDay(q.value(6).toLongLong());
    }
    // SQLite's SUM over integers is exact (it reports an overflow rather than rounding).
    s.grossSales = Money::fromUnits(q.value(7).toLongLong());
    s.discounts = Money::fromUnits(q.value(8).toLongLong());
    s.returns = Money::fromUnits(-q.value(9).toLongLong());
    s.netSales = Money::fromUnits(q.value(10).toLongLong());
    s.unpricedLines = q.value(11).toLongLong();
    s.customersInOrders = q.value(12).toLongLong();

    // Orders are (source, order id); an order with only return lines is not an order (METRICS.md section 2).
    const std::pair<qint64 *, const char *> orderCounts[] = {
        {&s.orders, "SELECT COUNT(*) FROM (SELECT DISTINCT source_id, order_id FROM order_lines"
                    " WHERE quantity > 0)"},
        {&s.orderIds, "SELECT COUNT(*) FROM (SELECT DISTINCT source_id, order_id FROM order_lines)"},
        {&s.sources, "SELECT COUNT(DISTINCT source_id) FROM order_lines"}};
    for (const auto &[slot, sql] : orderCounts) {
        if (!q.exec(QLatin1String(sql)) || !q.next())
            return Error(ErrorCode::Database,
                         QCoreApplication::translate("storelens::core::WorkspaceSummary",
                                                     "The workspace could not be read: %1")
                             .arg(q.lastError().text()),
                         workspacePath);
        *slot = q.value(0).toLongLong();
    }

    const std::pair<qint64 *, const char *> counts[] = {
        {&s.customers, "customers"},     {&s.products, "products WHERE non_merchandise = 0"},
        {&s.stores, "stores"},           {&s.channels, "channels"},
        {&s.inventoryRows, "inventory"}, {&s.trafficRows, "traffic"},
        {&s.staffingRows, "staffing"},   {&s.marketingRows, "marketing_spend"}};
    for (const auto &[slot, table] : counts) {
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) && q.next())
            *slot = q.value(0).toLongLong();
    }
    // Every customer_id of a line references a customers row, so the rest are named by no order.
    s.customersWithoutOrders = std::max<qint64>(0, s.customers - s.customersInOrders);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        s.schemaVersion = q.value(0).toInt();
    return s;
}

} // namespace storelens::core
