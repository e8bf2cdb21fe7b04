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

// eBay's Payments › Reports › Transaction report: a row per money movement (Order, Refund, Payout, Shipping
// label, Other fee, Claim, …) with its Type, the Order number it belongs to, its Transaction creation date
// ("Nov 21, 2026") and its Gross transaction amount (a refund's is negative). Its Refund rows are refunds of
// orders the Orders report brought in (ImportProfile::refundsOfEarlierOrders); the other rows are no refund
// of a sale and are left out, counted by type.
bool isEbayTransactionReport(const QStringList &header);
// The Type column of a transaction report (0-based), -1 for any other header.
int ebayTransactionTypeColumn(const QStringList &header);
// Whether a transaction report's Type says Refund (trimmed, in any case).
bool isEbayRefundType(QByteArrayView type);

namespace exportstyles {

// The orders report (Order Number, Sale Date, …), or the transaction report (its refunds of earlier orders).
void suggestEbayOrders(const QStringList &header, ImportProfile &profile);

} // namespace exportstyles

} // namespace storelens::core
