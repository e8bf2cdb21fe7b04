#include "core/import/ExportStyles.h"

#include "core/import/ExportStylesAmazon.h"
#include "core/import/ExportStylesDsfinvk.h"
#include "core/import/ExportStylesLoyverse.h"
#include "core/import/ExportStylesSquareOnline.h"
#include "core/import/ExportStylesSquarespace.h"
#include "core/import/ExportStylesWix.h"
#include "core/import/ProfileHeader.h"

#include "core/import/FieldCatalog.h"
#include "core/import/MappingSuggester.h"

#include <QCoreApplication>

#include <algorithm>
#include <initializer_list>

namespace storelens::core {

namespace {

class ExportStylesText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::ExportStyles)
};

} // namespace

namespace exportstyles {

// WooCommerce's orders export (Order Number, Order Status, Billing Email, Item Name, Item Cost, ...): the
// profile is named after it, and Billing First Name and Billing Last Name are the customer's name, joined
// with a space (both columns mapped to the name, in that order).
void suggestWooCommerce(const QStringList &header, ImportProfile &profile)
{
    QStringList names;
    for (const QString &h : header)
        names << normaliseHeader(h);
    const bool woo = names.contains(QLatin1String("orderstatus")) &&
                     names.contains(QLatin1String("billingemail")) &&
                     names.contains(QLatin1String("itemname"));
    if (!woo)
        return;
    profile.name = QStringLiteral("WooCommerce orders");
    const int first = int(names.indexOf(QLatin1String("billingfirstname")));
    const int last = int(names.indexOf(QLatin1String("billinglastname")));
    if (first < 0 || last < 0 || !profile.columnFor(field::CustomerName).isEmpty() ||
        !profile.columns.at(first).field.isEmpty() || !profile.columns.at(last).field.isEmpty())
        return;
    profile.columns[first].field = field::CustomerName;
    profile.columns[last].field = field::CustomerName;
}

// Etsy's "Sold Order Items" export repeats the order's Discount Amount, Order Shipping and Order Sales Tax on
// every item row: the discount is order-level money (spread once over the order's lines), not a line
// discount; shipping and tax are not sales (METRICS.md) and stay unmapped. Buyer
// keys the customer, Ship Name names them, Transaction ID is the line's id and Price the unit price (Item
// Total is then redundant). The source is "Etsy", so its orders never meet another system's order ids.
void suggestEtsyItems(const QStringList &header, ImportProfile &profile)
{
    if (isEtsyExport(header, EtsyExport::SoldOrders)) {
        profile.name = QStringLiteral("Etsy sold orders"); // refused over its items (Importer)
        profile.source = etsySourceName();
        for (ColumnMapping &c : profile.columns) {
            const QString name = normaliseHeader(c.column);
            if (name == QLatin1String("ordervalue"))
                c.field = field::LineTotal; // the items' total before the order's discount
            else if (name == QLatin1String("discountamount"))
                c.field = field::OrderDiscount;
        }
    }
    if (!isEtsyExport(header, EtsyExport::SoldOrderItems))
        return;
    static const char *const mapping[][2] = {
        {"orderid", "order_id"},       {"saledate", "date"},         {"buyer", "customer_id"},
        {"shipname", "customer_name"}, {"itemname", "product_name"}, {"sku", "sku"},
        {"quantity", "quantity"},      {"price", "unit_price"},      {"discountamount", "order_discount"},
        {"shipcountry", "country"},    {"transactionid", "line_id"},
    };
    applyExportMapping(mapping, profile);
    profile.lineTotalAfterDiscount = false;
    profile.name = QStringLiteral("Etsy sold order items");
    profile.source = etsySourceName();
}

// BigCommerce's Orders export has one row per order, its items listed in one Product Details cell: each
// item becomes a line (RecordConverterItems.cpp). Subtotal (ex tax) is the order's sales (the items' totals
// split it; tax, shipping and handling are not sales, METRICS.md, and stay unmapped), Discount Amount the
// order's discount (spread once over its lines), Refund Amount the order's refunds (one return line, not for
// a Refunded order, which is a sale and a return already). The source is "BigCommerce".
void suggestBigCommerce(const QStringList &header, ImportProfile &profile)
{
    if (!isBigCommerceExport(header))
        return;
    static const char *const mapping[][2] = {
        {"orderid", "order_id"},
        {"customerid", "customer_id"},
        {"customername", "customer_name"},
        {"customeremail", "customer_email"},
        {"customerphone", "customer_phone"},
        {"orderdate", "date"},
        {"orderstatus", "status"},
        {"subtotalextax", "line_total"},
        {"discountamount", "order_discount"},
        {"billingcountry", "country"},
        {"productdetails", "product_details"},
        {"refundamount", "refund_amount"},
    };
    applyExportMapping(mapping, profile);
    profile.lineTotalAfterDiscount = false;
    profile.name = QStringLiteral("BigCommerce orders");
    profile.source = bigCommerceSourceName();
}

// Odoo's Point of Sale "Order Lines" export: Discount (%) is a percentage, Subtotal the line's amount after
// it with tax as the shop's prices include it (what the till charged, rounded to the cent per line, so it is
// the amount and the unit price is shown from it), Point of Sale the store. A refund is an order of its own
// ("Shop/0379 REFUND") with negative quantities. Customer is the partner's display name, its only key. The
// source is "Odoo".
void suggestOdooPos(const QStringList &header, ImportProfile &profile)
{
    if (!isOdooPosExport(header))
        return;
    static const char *const mapping[][2] = {
        {"orderref", "order_id"},
        {"date", "date"},
        {"orderdate", "date"},
        {"pointofsale", "store"},
        {"customer", "customer_id"},
        {"product", "product_name"},
        {"productcategory", "category"},
        {"quantity", "quantity"},
        {"discount", "discount_percent"},
        {"subtotal", "line_total"},
    };
    applyExportMapping(mapping, profile);
    profile.lineTotalAfterDiscount = true;
    profile.name = QStringLiteral("Odoo POS order lines");
    profile.source = odooSourceName();
}

// Magento 2's Sales › Orders grid export: one row per order. ID is the order's increment id ("000000873",
// per store view "200000174"), the key that recognises the order in next week's export; Purchase Point the
// store view (website, store and view written run together). Subtotal is the items' total before the
// discount, without tax and shipping (which are not sales, METRICS.md, and stay unmapped, as Grand Total,
// which holds them); the grid has no discount column (DataQuality says so). Total Refunded is the order's
// refunds (tax and shipping refunded are left out by the importer). Customer Email keys the customer, a
// guest checkout's too. The source is "Magento".
void suggestMagentoOrders(const QStringList &header, ImportProfile &profile)
{
    if (!isMagentoOrdersExport(header))
        return;
    static const char *const mapping[][2] = {
        {"id", "order_id"},         {"purchasepoint", "store"},
        {"purchasedate", "date"},   {"billtoname", "customer_name"},
        {"status", "status"},       {"customeremail", "customer_email"},
        {"subtotal", "line_total"}, {"totalrefunded", "refund_amount"},
    };
    applyExportMapping(mapping, profile);
    profile.lineTotalAfterDiscount = false;
    profile.name = QStringLiteral("Magento orders");
    profile.source = magentoSourceName();
}

// Shopware 6's orders through Settings › Import/Export (`;`, one row per order). Its "Default orders" profile
// writes order_number, order_date_time, customer_email (the customer's key, a guest's too),
// customer_firstname and customer_lastname (the name, joined) and amount_total: the order's total after its
// promotions (line items of their own), with tax and shipping, the only amount it has (styleNotes() says so).
// Its order_state_id and sales_channel_id are Shopware's internal ids and its line_items name products by id
// without prices, so they stay unmapped. A profile of the user's own that names Shopware's fields
// (orderNumber, orderCustomer.email, salesChannel.name, stateMachineState.technicalName, ...) also gives the
// channel and the order's state (a cancelled order is a sale and a return, METRICS.md section 1). The source
// is "Shopware".
void suggestShopwareOrders(const QStringList &header, ImportProfile &profile)
{
    if (!isShopwareOrdersExport(header))
        return;
    static const char *const mapping[][2] = {
        {"ordernumber", "order_id"},
        {"orderdatetime", "date"},
        {"customeremail", "customer_email"},
        {"ordercustomeremail", "customer_email"},
        {"customerfirstname", "customer_name"},
        {"ordercustomerfirstname", "customer_name"},
        {"customerlastname", "customer_name"},
        {"ordercustomerlastname", "customer_name"},
        {"amounttotal", "line_total"},
        {"saleschannelname", "channel"},
        {"statemachinestatetechnicalname", "status"},
    };
    applyExportMapping(mapping, profile);
    // The payment's state says refunds too (refunded, refunded_partially) where the order's says only
    // cancelled: it is the status when the profile has it.
    for (ColumnMapping &c : profile.columns) {
        if (normaliseHeader(c.column) != QLatin1String("transactionsstatemachinestatetechnicalname"))
            continue;
        for (ColumnMapping &other : profile.columns) {
            if (other.field == field::Status)
                other.field.clear();
        }
        c.field = field::Status;
    }
    profile.lineTotalAfterDiscount = true;
    profile.cancelStatusValues =
        profile.columnFor(field::Status).isEmpty() ? QStringList() : defaultCancelStatusValues();
    profile.name = QStringLiteral("Shopware orders");
    profile.source = shopwareSourceName();
}

namespace {

// Whether the profile reads a Shopware orders export: by its columns, whatever its source is named.
bool readsShopwareOrders(const ImportProfile &profile)
{
    const QStringList header = profileHeader(profile);
    return profile.entity == Entity::Orders && isShopwareOrdersExport(header);
}

} // namespace

bool hasRefundsExport(const ImportProfile &profile)
{
    const QStringList header = profileHeader(profile);
    return profile.entity == Entity::Orders && hasAllColumns(header, {"financialstatus", "lineitemname"}) &&
           !isSquarespaceOrdersExport(header);
}

bool lineTotalHoldsShipping(const ImportProfile &profile)
{
    return readsShopwareOrders(profile) &&
           normaliseHeader(profile.columnFor(field::LineTotal)) == QLatin1String("amounttotal");
}

QList<StyleNote> styleNotes(const ImportProfile &profile)
{
    QList<StyleNote> notes = prestaShopNotes(profile);
    notes << loyverseNotes(profile);
    notes << wixNotes(profile);
    notes << dsfinvkNotes(profile);
    notes << squareOnlineNotes(profile);
    notes << amazonNotes(profile);
    if (!readsShopwareOrders(profile))
        return notes;
    const QString total = profile.columnFor(field::LineTotal);
    if (lineTotalHoldsShipping(profile))
        notes << StyleNote{
            StyleNoteKind::SalesHoldShipping,
            ExportStylesText::tr("\"%1\" is each order's total with tax and shipping: net sales "
                                 "include the shipping the orders charged.")
                .arg(total)};
    for (const ColumnMapping &c : profile.columns) {
        if (!c.field.isEmpty())
            continue;
        const QString name = normaliseHeader(c.column);
        if (name == QLatin1String("orderstateid") && profile.columnFor(field::Status).isEmpty())
            notes << StyleNote{
                StyleNoteKind::ReturnsUnknown,
                ExportStylesText::tr(
                    "\"%1\" holds Shopware's internal state ids, not state names, so cancelled "
                    "orders cannot be recognised and count as sales. To count cancelled and "
                    "refunded orders as returns, add the payment's state "
                    "(transactions.stateMachineState.technicalName) to the export profile in "
                    "Shopware: StoreLens reads it as the status.")
                    .arg(c.column)};
        else if (name == QLatin1String("lineitems"))
            notes << StyleNote{StyleNoteKind::NoProducts,
                               ExportStylesText::tr("\"%1\" names products by Shopware's internal ids, "
                                                    "without prices, so the orders carry no products.")
                                   .arg(c.column)};
    }
    return notes;
}

QStringList styleNoteTexts(const ImportProfile &profile)
{
    QStringList texts;
    for (const StyleNote &note : styleNotes(profile))
        texts << note.text;
    return texts;
}

} // namespace exportstyles

bool isBigCommerceExport(const QStringList &header)
{
    return hasAllColumns(header,
                         {"productdetails", "subtotalextax", "orderstatus", "ordertotalinctax", "orderid"});
}

QString bigCommerceSourceName()
{
    return QStringLiteral("BigCommerce");
}

bool isEtsyExport(const QStringList &header, EtsyExport kind)
{
    return kind == EtsyExport::SoldOrderItems
               ? hasAllColumns(header,
                               {"itemtotal", "ordershipping", "ordersalestax", "transactionid", "orderid"})
               : hasAllColumns(header,
                               {"ordervalue", "ordertotal", "numberofitems", "buyeruserid", "orderid"});
}

QString etsySourceName()
{
    return QStringLiteral("Etsy");
}

bool isOdooPosExport(const QStringList &header)
{
    return hasAllColumns(header, {"orderref", "pointofsale", "subtotalwotax", "subtotal", "quantity"});
}

bool isShopwareOrdersExport(const QStringList &header)
{
    return hasAllColumns(header, {"ordernumber", "orderdatetime", "amounttotal"});
}

QString shopwareSourceName()
{
    return QStringLiteral("Shopware");
}

bool isMagentoOrdersExport(const QStringList &header)
{
    return hasAllColumns(header, {"id", "purchasepoint", "purchasedate", "grandtotalpurchased", "subtotal"});
}

QString magentoSourceName()
{
    return QStringLiteral("Magento");
}

QString odooSourceName()
{
    return QStringLiteral("Odoo");
}

} // namespace storelens::core
