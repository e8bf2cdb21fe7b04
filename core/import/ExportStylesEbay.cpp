#include "core/import/ExportStylesEbay.h"

#include "core/import/ExportStyles.h"
#include "core/import/FieldCatalog.h"
#include "core/import/MappingSuggester.h"
#include "core/import/ProfileHeader.h"

#include <algorithm>

namespace storelens::core {

namespace {

// The report's 80 columns as eBay Help lists them (Seller Hub orders report; trial 18's file), here as
// normaliseHeader() writes them, with the field each one feeds. Sold For is the item's unit price (3 at
// EUR 14.90 have a Total Price of EUR 44.70); Buyer Email keys the customer as the other web shops' e-mail
// does. Every other column stays out: Sales Record Number is the seller's running number of the row,
// Item Number eBay's listing number (the SKU only when Custom Label is empty: RecordConverter), Shipping And
// Handling is not sales (METRICS.md section 2; the summary names it), Total Price holds the shipping, the
// tax and fee columns are eBay's, Paid On Date and the shipping dates are not the sale's, and the
// addresses, notes and tracking are no figure. The report has no status, refund or discount column:
// refunds are in eBay's Payments › Transaction report, promotions inside Sold For.
const char *const kMapping[][2] = {
    {"ordernumber", "order_id"},
    {"saledate", "date"},
    {"buyeremail", "customer_email"},
    {"buyername", "customer_name"},
    {"shiptophone", "customer_phone"},
    {"shiptocountry", "country"},
    {"customlabel", "sku"},
    {"itemtitle", "product_name"},
    {"quantity", "quantity"},
    {"soldfor", "unit_price"},
};

// The transaction report (Payments › Reports › Transaction report; trial 18's file): Transaction creation
// date the refund's day ("Nov 21, 2026": month first), Order number the order of the Orders report it
// refunds, Gross transaction amount what the buyer got back (negative; a full refund holds the shipping).
// Type tells a Refund from the rest (RecordConverter reads it by name). Net amount is after eBay's fees, the
// buyer, item and payout columns are no figure of the refund: the return line takes its order's customer.
const char *const kTransactionMapping[][2] = {
    {"transactioncreationdate", "date"},
    {"ordernumber", "order_id"},
    {"grosstransactionamount", "refund_amount"},
};

} // namespace

bool isEbayOrdersReport(const QStringList &header)
{
    return hasAllColumns(header, {"salesrecordnumber", "ordernumber", "itemnumber", "customlabel", "soldfor",
                                  "saledate", "buyerusername"});
}

QString ebaySourceName()
{
    return QStringLiteral("eBay");
}

bool isEbayTransactionReport(const QStringList &header)
{
    return hasAllColumns(header, {"transactioncreationdate", "type", "ordernumber", "grosstransactionamount",
                                  "transactionid", "payoutid"});
}

int ebayTransactionTypeColumn(const QStringList &header)
{
    return isEbayTransactionReport(header) ? int(normalisedHeader(header).indexOf(QLatin1String("type")))
                                           : -1;
}

bool isEbayRefundType(QByteArrayView type)
{
    const QByteArrayView t = type.trimmed();
    return qstrnicmp(t.data(), t.size(), "refund", 6) == 0;
}

EbayColumns ebayColumns(const QStringList &header)
{
    EbayColumns c;
    if (!isEbayOrdersReport(header))
        return c;
    const QStringList names = normalisedHeader(header);
    c.itemNumber = int(names.indexOf(QLatin1String("itemnumber")));
    c.itemTitle = int(names.indexOf(QLatin1String("itemtitle")));
    c.customLabel = int(names.indexOf(QLatin1String("customlabel")));
    c.saleDate = int(names.indexOf(QLatin1String("saledate")));
    return c;
}

EbayRow ebayRow(const EbayColumns &columns, const std::function<QByteArrayView(int column)> &field)
{
    if (columns.itemNumber < 0)
        return EbayRow::Item;
    const auto blank = [&field](int column) { return column < 0 || field(column).trimmed().isEmpty(); };
    if (!blank(columns.itemNumber) || !blank(columns.itemTitle) || !blank(columns.customLabel))
        return EbayRow::Item;
    return blank(columns.saleDate) ? EbayRow::Footer : EbayRow::OrderSummary;
}

namespace exportstyles {

// A row per item: Order Number the order (an order of several items has one summary row, left out, and a
// row per item), Sale Date its day ("Nov-03-26": month first, a two-digit year), Custom Label the SKU (else
// Item Number), Item Title the product, Quantity and Sold For, its unit price. The channel is Online (a web
// marketplace), the source "eBay".
void suggestEbayOrders(const QStringList &header, ImportProfile &profile)
{
    if (isEbayTransactionReport(header)) {
        applyExportMapping(kTransactionMapping, profile);
        profile.dateOrder = csv::DateOrder::MonthDayYear; // "Nov 21, 2026"
        profile.cancelOrderPrefix.clear();
        profile.cancelStatusValues.clear();
        profile.refundsOfEarlierOrders = true;
        profile.defaultChannel = webShopChannelName();
        profile.name = QStringLiteral("eBay transaction report");
        profile.source = ebaySourceName();
        return;
    }
    if (!isEbayOrdersReport(header))
        return;
    applyExportMapping(kMapping, profile);
    profile.dateOrder = csv::DateOrder::MonthDayYear; // "Nov-03-26"
    profile.lineTotalAfterDiscount = false;
    profile.cancelOrderPrefix.clear();
    profile.defaultChannel = webShopChannelName();
    profile.name = QStringLiteral("eBay orders report");
    profile.source = ebaySourceName();
}

} // namespace exportstyles

} // namespace storelens::core
