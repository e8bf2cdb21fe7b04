#pragma once

#include "core/import/ExportStyles.h"
#include "core/import/ImportProfile.h"

#include <QByteArrayView>
#include <QStringList>

// Amazon Seller Central's "All Orders" report (Reports › Fulfillment › All Orders; SP-API report type
// GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL): tab-separated, one row per item, the order's own
// fields repeated on every row. Recognised by its columns, whatever the file is called (MappingSuggester's
// last step).
namespace storelens::core {

bool isAmazonAllOrdersReport(const QStringList &header);
QString amazonSourceName(); // "Amazon"

// The report gives a status per order (order-status) and per item (item-status); the profile has one status
// column, order-status. For a profile that reads the report so, the 0-based column of item-status, which
// RecordPipeline reads beside it (amazonLineStatus()); -1 for any other profile.
int amazonItemStatusColumn(const ImportProfile &profile);
// The line's status from its order's and its item's: an order that is Pending (not paid) or Cancelled keeps
// its order-status; in any other order an item whose item-status is Cancelled is a cancelled line (trial 19:
// one item cancelled in a Shipped order stayed a sale). Otherwise the order-status.
QByteArrayView amazonLineStatus(QByteArrayView orderStatus, QByteArrayView itemStatus);

namespace exportstyles {

void suggestAmazonAllOrders(const QStringList &header, ImportProfile &profile);
// What the report cannot give: a buyer (it names none, so its orders are guest sales).
QList<StyleNote> amazonNotes(const ImportProfile &profile);
// The import's sentence of amazonNotes() with the file's count of orders (`orders`), in place in `notes`.
void countAmazonGuestOrders(const ImportProfile &profile, qint64 orders, QStringList &notes);

} // namespace exportstyles

} // namespace storelens::core
