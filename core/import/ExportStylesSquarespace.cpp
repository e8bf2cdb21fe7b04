#include "core/import/ExportStylesSquarespace.h"

#include "core/import/ExportStyles.h"
#include "core/import/FieldCatalog.h"
#include "core/import/MappingSuggester.h"

#include <algorithm>

namespace storelens::core {

namespace {

// Its columns as normaliseHeader() writes them, and the field each one feeds. Every other column stays out:
// Subtotal and Total are the order's (Total with shipping and tax), Shipping and Taxes are not sales, Paid at
// and Fulfilled at are not the order's date, and the addresses, shipping phone and notes are no figure; the
// Billing Phone goes onto the customer.
const char *const kMapping[][2] = {
    {"orderid", "order_id"},
    {"email", "customer_email"},
    {"financialstatus", "status"},
    {"amountrefunded", "refund_amount"},
    {"discountamount", "order_discount"},
    {"createdat", "date"},
    {"lineitemquantity", "quantity"},
    {"lineitemname", "product_name"},
    {"lineitemprice", "unit_price"},
    {"lineitemsku", "sku"},
    {"billingname", "customer_name"},
    {"billingphone", "customer_phone"},
    {"billingcountry", "country"},
    {"cancelledat", "refund_date"},
};

} // namespace

// "Order ID", "Amount Refunded" and "Lineitem variant" beside Shopify's "Financial Status" and "Lineitem
// name": Shopify's export writes "Name", "Refunded Amount" and no variant column.
bool isSquarespaceOrdersExport(const QStringList &header)
{
    static const char *const kMarks[] = {"orderid", "financialstatus", "lineitemname", "lineitemvariant",
                                         "amountrefunded"};
    QStringList names;
    for (const QString &h : header)
        names << normaliseHeader(h);
    return std::all_of(std::begin(kMarks), std::end(kMarks),
                       [&names](const char *c) { return names.contains(QLatin1String(c)); });
}

QString squarespaceSourceName()
{
    return QStringLiteral("Squarespace");
}

namespace exportstyles {

// One row per item. An order's own fields (Email, Financial Status, Created at, Discount Amount, Amount
// Refunded, Billing Name and Country) are on its first row only; its later rows carry the Order ID and the
// Lineitem columns and take the rest from the first row (RecordPipeline). Discount Amount is money given once
// per order: the order's discount, spread over its lines (trial 15: taken as the first line's, and advised
// as a percentage). Financial Status marks refunded and cancelled orders (a sale and a return, dated on
// Cancelled at when given); Amount Refunded counts a partial refund up to the order's sales (it includes
// shipping and tax). Email keys the customer. The channel is Online (a web shop's export), the source
// "Squarespace".
void suggestSquarespaceOrders(const QStringList &header, ImportProfile &profile)
{
    if (!isSquarespaceOrdersExport(header))
        return;
    applyExportMapping(kMapping, profile);
    profile.lineTotalAfterDiscount = false;
    profile.cancelStatusValues = defaultCancelStatusValues();
    profile.defaultChannel = webShopChannelName();
    profile.name = QStringLiteral("Squarespace orders");
    profile.source = squarespaceSourceName();
}

} // namespace exportstyles

} // namespace storelens::core
