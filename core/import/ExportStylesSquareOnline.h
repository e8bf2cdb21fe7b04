#pragma once

#include "core/import/ExportStyles.h"
#include "core/import/ImportProfile.h"

#include <QStringList>

// Square's orders export (Square Dashboard › Orders › Export, the orders of a Square Online shop): one row
// per item, the order's own fields repeated on every row. Recognised by its columns (MappingSuggester's last
// step).
namespace storelens::core {

bool isSquareOnlineOrdersExport(const QStringList &header);
QString squareOnlineSourceName(); // "Square Online"

namespace exportstyles {

void suggestSquareOnlineOrders(const QStringList &header, ImportProfile &profile);
// What the export cannot give: a price without the tax where its prices hold it, and the amount of a
// coupon the import could not work out from the order's Order Subtotal (WixCoupons.h).
QList<StyleNote> squareOnlineNotes(const ImportProfile &profile);

} // namespace exportstyles

} // namespace storelens::core
