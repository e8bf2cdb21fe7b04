#include "core/import/ExportStylesWix.h"

#include "core/import/FieldCatalog.h"
#include "core/import/MappingSuggester.h"
#include "core/import/ProfileHeader.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace storelens::core {

namespace {

class WixText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::ExportStyles)
};

// Its columns as normaliseHeader() writes them, and the field each one feeds; every other column (Total,
// Net amount, Shipping rate, Total tax, Gift card amount, Coupon code, addresses, ...) stays out: shipping
// and tax are not sales, and Total is the whole order's, after its coupon, with shipping inside.
const char *const kMapping[][2] = {
    {"ordernumber", "order_id"},
    {"datecreated", "date"},
    {"time", "time"},
    {"contactemail", "customer_email"},
    {"billingname", "customer_name"},
    {"billingphone", "customer_phone"}, // the buyer's; Recipient phone is the delivery's
    {"item", "product_name"},
    {"sku", "sku"},
    {"qty", "quantity"},
    {"price", "unit_price"},
    {"paymentstatus", "status"},
    {"refundedamount", "refund_amount"},
    {"deliverycountry", "country"},
};

} // namespace

bool isWixOrdersExport(const QStringList &header)
{
    return hasAllColumns(
        header, {"ordernumber", "datecreated", "contactemail", "paymentstatus", "qty", "couponcode"});
}

QString wixSourceName()
{
    return QStringLiteral("Wix");
}

namespace exportstyles {

// Wix's export writes each order's fields (status, refunded amount, coupon code, total) on every item row.
// The item's Price is its unit price before the order's coupon, Qty its quantity; Contact email keys the
// customer. Payment status gives the order's state: Refunded and Canceled orders are a sale and a return
// (the default cancellation values), Not paid took no payment; Refunded amount is the order's refunds
// (once per order, up to its sales). The coupon's amount is in no column: the import works it out from each
// order's Total where the file shows how (WixCoupons.h), and wixNotes() says when it could not. The channel
// is Online (a web shop's export), the source "Wix".
void suggestWixOrders(const QStringList &header, ImportProfile &profile)
{
    if (!isWixOrdersExport(header))
        return;
    applyExportMapping(kMapping, profile);
    profile.lineTotalAfterDiscount = false;
    profile.cancelStatusValues = defaultCancelStatusValues();
    profile.defaultChannel = webShopChannelName();
    profile.name = QStringLiteral("Wix orders");
    profile.source = wixSourceName();
}

QList<StyleNote> wixNotes(const ImportProfile &profile)
{
    QList<StyleNote> notes;
    if (profile.entity != Entity::Orders || profile.source != wixSourceName())
        return notes;
    for (const ColumnMapping &c : profile.columns) {
        // The import worked every coupon order's amount out (or the file had none): nothing is unknown.
        if (normaliseHeader(c.column) != QLatin1String("couponcode") || !c.field.isEmpty() ||
            profile.couponsUnknown == 0)
            continue;
        if (profile.couponsWorkedOut > 0)
            notes << StyleNote{
                StyleNoteKind::CouponsPartlyUnknown,
                WixText::tr("Wix's export names each order's coupon (\"%1\") but not what it "
                            "took off, and for %2 of its %3 coupon orders it could not be "
                            "worked out from the order's Total: their discounts are unknown, "
                            "and their net sales hold what their coupons took off.")
                    .arg(c.column, QLocale().toString(profile.couponsUnknown),
                         QLocale().toString(profile.couponsUnknown + profile.couponsWorkedOut))};
        else
            notes << StyleNote{StyleNoteKind::CouponsUnknown,
                               WixText::tr("Wix's export names each order's coupon (\"%1\") but not what it "
                                           "took off: discounts are unknown, and the net sales of orders "
                                           "with a coupon hold its amount.")
                                   .arg(c.column)};
    }
    return notes;
}

} // namespace exportstyles

} // namespace storelens::core
