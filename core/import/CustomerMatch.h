#pragma once

#include "core/model/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace storelens::core {

// How a customers file meets the customers the imported order lines name (trial 12: a PrestaShop customers
// export keyed by id 1…521 beside orders that name "A. Fabre": nothing linked, and nothing said so).
struct CustomerMatch
{
    bool ordersNameCustomers = false; // some order line names a customer: there is something to match
    bool anyOrders = false;   // the workspace holds order lines (guest sales only when none names one)
    qint64 fileCustomers = 0; // the file's distinct customer ids
    qint64 matching = 0;      // of those, the ones an order line names
    QString orderExample;     // a customer id the order lines use
    QString fileExample;      // a customer id of the file that no order line names
};

// One query, after the file's customers are written (inside the import's transaction): which of `fileIds`
// (distinct, as written) an order line names, with an example of each side.
Result<CustomerMatch> matchCustomers(QSqlDatabase &db, const QStringList &fileIds);

// The sentence for the Check page and the CLI (translated); empty when the workspace has no order lines or
// the file has no customers.
QString customerMatchSentence(const CustomerMatch &match);

} // namespace storelens::core
