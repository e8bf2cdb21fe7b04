#pragma once

#include "core/import/ImportProfile.h"

#include <QByteArrayView>
#include <QStringList>

#include <functional>

// eBay's Seller Hub orders report (Orders › Download, "Orders report"): a line of bare commas, the header,
// another line of commas, then a row per item; an order of several items first has a summary row (its
// shipping and total, no item), and the file ends with a footer ("1000,record(s) downloaded,from … to …",
// "Seller ID : …"). Recognised by its columns (MappingSuggester's last step).
namespace storelens::core {

bool isEbayOrdersReport(const QStringList &header);
QString ebaySourceName(); // "eBay"

// The columns that tell an item's row from an order's summary row and the footer (0-based; all -1 when the
// header is no eBay orders report).
struct EbayColumns
{
    int itemNumber = -1; // eBay's listing number
    int itemTitle = -1;
    int customLabel = -1; // the seller's own SKU
    int saleDate = -1;
};
EbayColumns ebayColumns(const QStringList &header);

// Item: a row of one item (or any row of another file); OrderSummary: the first row of an order of several
// items, with the order's money and no item, which its item rows follow; Footer: a row of eBay's footer, no
// item and no sale date.
enum class EbayRow { Item, OrderSummary, Footer };
EbayRow ebayRow(const EbayColumns &columns, const std::function<QByteArrayView(int column)> &field);

namespace exportstyles {

void suggestEbayOrders(const QStringList &header, ImportProfile &profile);

} // namespace exportstyles

} // namespace storelens::core
