#include "core/import/ExportStylesSquareOnline.h"

#include "core/import/FieldCatalog.h"
#include "core/import/MappingSuggester.h"
#include "core/import/ProfileHeader.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace storelens::core {

namespace {

class SquareOnlineText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::ExportStyles)
};

// The export's 32 columns, as public code that reads it lists them (GitHub index ids 59265950948, an ETL's
// attribute list, and 51775237690, "the raw CSV row exactly as exported from Square Online"), with a data
// dictionary of a real export (218684662): Order "<channel> <id>", Order Date 2023-12-18, Recipient Name
// "Diana O.", Item Total Price the item with its modifiers (Item Price 34.93 + Item Options Total Price 8.49
// = 43.42). Here as normaliseHeader() writes them, with the field each one feeds. Every other column stays
// out: Order Subtotal and Order Total are the whole order's (the import reads Order Subtotal for its coupon,
// WixCoupons.h), Order Shipping Price and Order Tax Total are not sales (METRICS.md), Fulfillment Date is
// not the order's date, Channels names the shop ("Square Online"; the channel is Online), Fulfillment
// Location is the shop's pickup place, and the phone, address and notes are no figure.
const char *const kMapping[][2] = {
    {"order", "order_id"},
    {"orderdate", "date"},
    {"recipientemail", "customer_email"},
    {"recipientname", "customer_name"},
    {"fulfillmentstatus", "status"},
    {"orderrefundedamount", "refund_amount"},
    {"recipientcountry", "country"},
    {"itemquantity", "quantity"},
    {"itemname", "product_name"},
    {"itemsku", "sku"},
    {"itemtotalprice", "line_total"},
};

} // namespace

bool isSquareOnlineOrdersExport(const QStringList &header)
{
    return hasAllColumns(header, {"order", "ordersubtotal", "orderrefundedamount", "recipientemail",
                                  "itemquantity", "itemtotalprice"});
}

QString squareOnlineSourceName()
{
    return QStringLiteral("Square Online");
}

namespace exportstyles {

// Each row is an item of its order: Item Total Price is the line's amount before the order's coupon (the
// item and its modifiers), Item Quantity its quantity. Recipient Email keys the customer, a guest's too.
// Fulfillment Status gives the order's state: Completed is a sale, Canceled (Square refunds the payment of
// a cancelled order) a sale and a return; an order without a fulfilment leaves it blank, a sale. Order
// Refunded Amount is the order's refunds, counted once per order up to its sales (it holds the tax and the
// shipping refunded), unless a Canceled status made the order a return already. A coupon is in no column:
// the order's Order Subtotal is its items less the coupon, so the import works each amount out and spreads
// it over the order's lines (WixCoupons.h). Prices are as the shop set them: in the UK and the EU they hold
// the VAT, and the export has no price without it (the import says so when the orders show it:
// squareOnlineNotes()). The channel is Online (a web shop's export), the source "Square Online".
void suggestSquareOnlineOrders(const QStringList &header, ImportProfile &profile)
{
    if (!isSquareOnlineOrdersExport(header))
        return;
    applyExportMapping(kMapping, profile);
    profile.dateOrder = csv::DateOrder::YearMonthDay; // Order Date is ISO (2023-12-18) everywhere
    profile.lineTotalAfterDiscount = false;
    profile.cancelOrderPrefix.clear();
    profile.cancelStatusValues = defaultCancelStatusValues();
    profile.defaultChannel = webShopChannelName();
    profile.name = QStringLiteral("Square Online orders");
    profile.source = squareOnlineSourceName();
}

QList<StyleNote> squareOnlineNotes(const ImportProfile &profile)
{
    QList<StyleNote> notes;
    if (profile.entity != Entity::Orders || !isSquareOnlineOrdersExport(profileHeader(profile)))
        return notes;
    if (profile.pricesIncludeTax)
        notes << StyleNote{StyleNoteKind::SalesHoldTax,
                           SquareOnlineText::tr("Square's item prices include the tax (VAT), and its export "
                                                "gives no price without it, only each order's tax in all: "
                                                "gross and net sales include the tax.")};
    if (profile.couponsUnknown > 0)
        notes << StyleNote{StyleNoteKind::CouponsPartlyUnknown,
                           SquareOnlineText::tr(
                               "Square's export gives no coupon amounts: each is worked out as the order's "
                               "items less its Order Subtotal, which could not be done for %1 of the %2 "
                               "orders with a coupon: their discounts are unknown, and their net sales hold "
                               "what their coupons took off.")
                               .arg(QLocale().toString(profile.couponsUnknown),
                                    QLocale().toString(profile.couponsUnknown + profile.couponsWorkedOut))};
    return notes;
}

} // namespace exportstyles

} // namespace storelens::core
