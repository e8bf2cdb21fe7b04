#pragma once

#include "core/import/ImportProfile.h"

#include <QStringList>

// Squarespace Commerce's orders CSV (Commerce › Orders › Download CSV), recognised by its columns
// (MappingSuggester's last step). Its columns follow Shopify's orders export, so the two are told apart by
// the columns only Squarespace writes.
namespace storelens::core {

bool isSquarespaceOrdersExport(const QStringList &header);
QString squarespaceSourceName(); // "Squarespace"

namespace exportstyles {

void suggestSquarespaceOrders(const QStringList &header, ImportProfile &profile);

} // namespace exportstyles

} // namespace storelens::core
