#include "core/import/ExportStylesAmazon.h"

#include "core/import/FieldCatalog.h"
#include "core/import/MappingSuggester.h"
#include "core/import/ProfileHeader.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace storelens::core {

namespace {

class AmazonText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::ExportStyles)
};

// The report's 32 columns as the SP-API's "Order tracking reports" attributes list them (trial 19's file),
// here as normaliseHeader() writes them, with the field each one feeds. item-price is the line's amount for
// its quantity, VAT included, before the item's promotion (2 at 11.95 are 23.90); item-promotion-discount is
// that promotion, written negative or positive (the import takes its amount either way). order-status is the
// status (amazonItemStatusColumn() reads item-status beside it). Every other column stays out:
// merchant-order-id is the seller's own number, often blank; last-updated-date is not the sale's;
// sales-channel names the marketplace ("Amazon.de"; the channel is Online); item-tax, shipping-price,
// shipping-tax and the gift-wrap columns are not sales (METRICS.md section 2: shipping-price is a charge per
// item, which the summary names as shipping left out); ship-promotion-discount takes off shipping, not
// sales; the city, state and postal code have no field; asin is Amazon's product number (sku is the
// seller's). The report names no buyer: no e-mail, name or phone (amazonNotes()).
const char *const kMapping[][2] = {
    {"amazonorderid", "order_id"},
    {"purchasedate", "date"},
    {"orderstatus", "status"},
    {"shipcountry", "country"},
    {"sku", "sku"},
    {"productname", "product_name"},
    {"quantity", "quantity"},
    {"itemprice", "line_total"},
    {"itempromotiondiscount", "discount"},
};

bool isWord(QByteArrayView value, const char *word)
{
    const QByteArrayView v = value.trimmed();
    return v.compare(QByteArrayView(word), Qt::CaseInsensitive) == 0;
}

// Amazon writes "Cancelled"; its Orders API, "Canceled".
bool isCancelled(QByteArrayView value)
{
    return isWord(value, "cancelled") || isWord(value, "canceled");
}

bool readsAmazonOrders(const ImportProfile &profile)
{
    return profile.entity == Entity::Orders && isAmazonAllOrdersReport(profileHeader(profile));
}

QString noBuyerSentence(qint64 orders)
{
    if (orders < 0)
        return AmazonText::tr("Amazon's report names no buyer: its orders count as guest sales; customer "
                              "figures cannot include Amazon buyers.");
    if (orders == 1)
        return AmazonText::tr("Amazon's report names no buyer: this order counts as a guest sale; customer "
                              "figures cannot include Amazon buyers.");
    return AmazonText::tr("Amazon's report names no buyer: these %1 orders count as guest sales; customer "
                          "figures cannot include Amazon buyers.")
        .arg(QLocale().toString(orders));
}

} // namespace

bool isAmazonAllOrdersReport(const QStringList &header)
{
    return hasAllColumns(header, {"amazonorderid", "purchasedate", "orderstatus", "itemstatus", "itemprice",
                                  "quantity", "itempromotiondiscount"});
}

QString amazonSourceName()
{
    return QStringLiteral("Amazon");
}

int amazonItemStatusColumn(const ImportProfile &profile)
{
    if (!readsAmazonOrders(profile) ||
        normaliseHeader(profile.columnFor(field::Status)) != QLatin1String("orderstatus"))
        return -1;
    for (int i = 0; i < profile.columns.size(); ++i) {
        if (normaliseHeader(profile.columns.at(i).column) == QLatin1String("itemstatus"))
            return profile.columns.at(i).field.isEmpty() ? i : -1;
    }
    return -1;
}

QByteArrayView amazonLineStatus(QByteArrayView orderStatus, QByteArrayView itemStatus)
{
    if (isWord(orderStatus, "pending") || isCancelled(orderStatus))
        return orderStatus;
    return isCancelled(itemStatus) ? itemStatus : orderStatus;
}

namespace exportstyles {

// A row per item: amazon-order-id the order, purchase-date its time (ISO, "2025-10-01T11:04:14+00:00"),
// item-price the line before item-promotion-discount. A line whose order or item is Cancelled is a sale and
// a return (amazonLineStatus()), a Pending order (not paid) is left out, Shipped and Unshipped orders are
// sales. The channel is Online (a web marketplace), the store the web shop's, the source "Amazon".
void suggestAmazonAllOrders(const QStringList &header, ImportProfile &profile)
{
    if (!isAmazonAllOrdersReport(header))
        return;
    applyExportMapping(kMapping, profile);
    profile.dateOrder = csv::DateOrder::YearMonthDay;
    profile.lineTotalAfterDiscount = false;
    profile.cancelOrderPrefix.clear();
    profile.cancelStatusValues = defaultCancelStatusValues();
    profile.defaultChannel = webShopChannelName();
    profile.name = QStringLiteral("Amazon All Orders");
    profile.source = amazonSourceName();
}

QList<StyleNote> amazonNotes(const ImportProfile &profile)
{
    QList<StyleNote> notes;
    if (readsAmazonOrders(profile) && profile.columnFor(field::CustomerId).isEmpty() &&
        profile.columnFor(field::CustomerEmail).isEmpty())
        notes << StyleNote{StyleNoteKind::NoCustomers, noBuyerSentence(-1)};
    return notes;
}

void countAmazonGuestOrders(const ImportProfile &profile, qint64 orders, QStringList &notes)
{
    const qsizetype at = notes.indexOf(noBuyerSentence(-1));
    if (at >= 0 && readsAmazonOrders(profile))
        notes[at] = noBuyerSentence(orders);
}

} // namespace exportstyles

} // namespace storelens::core
