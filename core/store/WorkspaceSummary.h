#pragma once

#include "core/model/Money.h"
#include "core/model/Result.h"

#include <QDate>
#include <QString>

namespace storelens::core {

// What a workspace holds, at a glance (`storelens info`, the main window's summary).
struct WorkspaceSummary
{
    QString path;
    int schemaVersion = 0;
    qint64 revision = 0;
    qint64 orderLines = 0;
    // Orders as METRICS.md section 2 counts them over all days: distinct (source, order id) with at least one
    // sale line. orderIds also counts the orders that hold only returns.
    qint64 orders = 0;
    qint64 orderIds = 0;
    qint64 sources = 0;     // sources with order lines
    qint64 returnLines = 0; // lines with negative quantity
    qint64 guestLines = 0;  // lines without a customer id
    // Customers three ways (a customers export whose ids match no order adds records no order names, and one
    // total read as "customers" counted them twice): every record of the customers table; those that some
    // order line names (a sale or a return); and the records no order line names.
    qint64 customers = 0;              // rows of the customers table
    qint64 customersInOrders = 0;      // distinct customers on an order line (sale or return)
    qint64 customersWithoutOrders = 0; // customers - customersInOrders
    qint64 buyingCustomers = 0; // identified customers with at least one sale line (METRICS.md section 3)
    qint64 products = 0;        // products not marked "not a product" (fees, the refunds' "Unspecified")
    qint64 stores = 0;
    qint64 channels = 0;
    qint64 inventoryRows = 0;
    qint64 trafficRows = 0;
    qint64 staffingRows = 0;
    qint64 marketingRows = 0;
    QDate firstDate; // first and last day with any order line (the last is the as-of date)
    QDate lastDate;
    Money grossSales;         // Σ gross amount over sale lines, exact as imported (METRICS.md section 2)
    Money discounts;          // Σ discount over sale lines
    Money returns;            // −Σ line amount over return lines
    Money netSales;           // Σ line amount over all lines
    qint64 unpricedLines = 0; // lines with an unknown amount (imported without prices): not in the sums above

    bool isEmpty() const { return orderLines == 0; }
    static Result<WorkspaceSummary> read(const QString &workspacePath);
};

} // namespace storelens::core
