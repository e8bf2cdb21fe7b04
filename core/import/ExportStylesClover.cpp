#include "core/import/ExportStylesClover.h"

#include "core/import/ExportStyles.h"
#include "core/import/FieldCatalog.h"
#include "core/import/MappingSuggester.h"
#include "core/model/Entities.h"

#include <algorithm>

namespace storelens::core {

namespace {

// The export's 29 columns, as a reconstruction checked against real exports lists them (GitHub index id
// 61567197562, LINE_ITEMS_COLUMNS: Line Item Date "23-Aug-2026 09:34 PM EDT", Per Unit Quantity "0.250" or
// blank, Item Total = Total Revenue less the line's share of the order's discounts, Tax Amount on top,
// Refunded and Exchanged "true"/"false" per line, a service charge a line of its own with Service Charge
// "True"; 61496874160: Order Payment State "Paid" or "Open", Clover's PAID and OPEN). Here as
// normaliseHeader() writes them, with the field each one feeds. Every other column stays out: Item ID is
// Clover's own key of an item (the SKU or, without one, the name is the product), Item Revenue and Total
// Revenue are before the discounts, Discounts and Order Discounts are their names, Tax Amount and Item Total
// with Tax/Fee Amount hold the tax (not sales), Item Fee is the processor's, the employee is no figure, and
// Exchanged marks an item swapped for another (the exchange's own line is in its order).
const char *const kMapping[][2] = {
    {"lineitemdate", "date"},
    {"orderid", "order_id"},
    {"itemname", "product_name"},
    {"itemsku", "sku"},
    {"perunitquantity", "quantity"},
    {"itemtotal", "line_total"},
    {"orderdiscountproportion", "discount"},
    {"orderpaymentstate", "status"},
    {"refunded", "line_refunded"},
    {"servicecharge", "service_charge"},
};

} // namespace

bool isCloverLineItemsExport(const QStringList &header)
{
    static const char *const kMarks[] = {
        "lineitemdate", "orderid", "itemtotal", "orderdiscountproportion", "orderpaymentstate", "refunded"};
    QStringList names;
    for (const QString &h : header)
        names << normaliseHeader(h);
    return std::all_of(std::begin(kMarks), std::end(kMarks),
                       [&names](const char *c) { return names.contains(QLatin1String(c)); });
}

QString cloverSourceName()
{
    return QStringLiteral("Clover");
}

namespace exportstyles {

// Each row is one item of its order (two scones are two identical rows). Item Total is the line's amount
// after the order's discounts and without the tax (Tax Amount is added on top), so the line's net is Item
// Total to the cent; Order Discount Proportion (negative) is its share of those discounts. A line's own
// discount (Total Discount; the real exports seen leave it 0.00) stays inside its gross. Per Unit Quantity
// is written for goods sold by weight ("0.250") and blank for one piece: blank is 1 for this export alone.
// Order Payment State: Paid is a sale, Open (rung up, never paid) is left out as not sold, Refunded (the
// whole order, every line marked) a sale and a return; a line marked Refunded of a Partially Refunded order
// is a sale and a return of that line. No column dates a refund: the return is on the order's day
// (METRICS.md section 1). A Service Charge line is no sale and is left out. The till sells in the store;
// the export names no customer.
void suggestCloverLineItems(const QStringList &header, ImportProfile &profile)
{
    if (!isCloverLineItemsExport(header))
        return;
    applyExportMapping(kMapping, profile);
    profile.dateOrder = csv::DateOrder::DayMonthYear; // "30-Nov-2026 04:52 PM GMT"
    profile.lineTotalAfterDiscount = true;
    profile.blankQuantityIsOne = true;
    profile.cancelOrderPrefix.clear();
    profile.cancelStatusValues = defaultCancelStatusValues();
    profile.notSoldStatusValues = {QStringLiteral("Open")};
    profile.defaultChannel = defaultChannelName();
    profile.name = QStringLiteral("Clover line items");
    profile.source = cloverSourceName();
}

} // namespace exportstyles

} // namespace storelens::core
