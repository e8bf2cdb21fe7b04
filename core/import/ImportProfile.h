#pragma once

#include "core/csv/Dialect.h"
#include "core/csv/FieldParsers.h"
#include "core/model/Entities.h"
#include "core/model/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace storelens::core {

// One CSV column and the canonical field it feeds (empty field: ignored).
struct ColumnMapping
{
    QString column; // header text; for files without a header "Column 3"
    int index = -1; // 0-based position when the profile was made; used when the file has no header
    QString field;  // FieldSpec::key, or empty to ignore the column
};

// What a file without an order id column counts as one order (METRICS.md section 1).
enum class OrdersWithoutId {
    PerRow,         // each row is one order
    PerCustomerDay, // the lines of one customer on one day are one order (guest rows stay one order each)
};

// Everything needed to import one kind of export again next month: plain data, serialisable to JSON.
struct ImportProfile
{
    QString name;
    Entity entity = Entity::Orders;
    csv::Dialect dialect;
    csv::DateOrder dateOrder = csv::DateOrder::Unknown;
    char decimalSeparator = '.';
    // The preview left the decimal separator open ("1,234" only): the importer decides it from the whole
    // file, and asks when the file leaves it open too. Not saved: a saved profile has decided.
    bool decimalSeparatorOpen = false;
    QList<ColumnMapping> columns;
    // Cancellation markers (METRICS.md section 1): an order-id prefix such as "C", and/or status values such
    // as "refunded" (compared case-insensitively, trimmed). Marked lines with positive quantities become
    // returns.
    QString cancelOrderPrefix;
    QStringList cancelStatusValues;
    // Status values the user named as "not sold" (a status StoreLens does not know that took no payment):
    // their orders are left out as the known unpaid ones are (OrderStatus.h), compared as cancelStatusValues.
    QStringList notSoldStatusValues;
    // Order lines: the system the export comes from (the till, the web shop, an ERP export); an order is
    // (source, order id). Empty: defaultSourceName().
    QString source;
    // Used when the file has no store / channel column (or the cell is empty).
    QString defaultStore;
    QString defaultChannel;
    // Order lines (METRICS.md section 1, Line totals): whether a mapped line total is after the line's
    // discount (gross = total + discount) or before it.
    bool lineTotalAfterDiscount = false;
    // The user confirmed importing a file without any price: its lines have unknown amounts.
    bool noPrices = false;
    OrdersWithoutId ordersWithoutId = OrdersWithoutId::PerRow;
    // Order-level money (an order discount, shipping) in mapped columns: spread exactly over the order's sale
    // lines in proportion to their gross amounts (largest remainder), or left out.
    bool spreadOrderMoney = true;
    // A mapped shipping column: shipping is not sales, so its money is counted and named but goes onto no
    // line, unless the profile counts it in sales (trial 18: eBay's Shipping And Handling mapped by hand made
    // 2,555.60 of sales).
    bool shippingInSales = false;
    // Order lines with a line discount and an order discount column: the order discount is the order's whole
    // discount, its lines' discounts included (Shopify's Discount Amount beside Lineitem discount), so only
    // the rest is spread over its lines. Off: the two are separate amounts and both count.
    bool orderDiscountIncludesLines = false;
    // Order lines: a product without a code (its SKU is its name: a till's) that has the name, case and
    // spaces aside, of exactly one product with a code is counted as that product, in the file and in the
    // workspace (trial 16: the till's "Mantel de lino natural" beside the web shop's TEX-MAN-01). The Check
    // page and `import --products-by-name` offer it (ProductNames.h).
    bool productsByName = false;
    // Order lines: customer ids (or e-mail addresses, when they key the customer) that stand for no one, such
    // as a till's one placeholder on every walk-in sale ("kasse@laden.de", "0", "Barverkauf"): their lines
    // are imported as guest lines, without a customer (compared trimmed, e-mail addresses
    // case-insensitively). The Check page and `import --guest-ids` offer it when one id holds an outsized
    // share of the orders (PlaceholderCustomer.h).
    QStringList guestCustomerIds;
    // Order lines: SKUs whose lines are not the store's sales (tips, which belong to the staff; deposits):
    // their lines are not imported at all (no order line, no order, no buying customer), and the summary
    // counts them per SKU (DataQuality::notSales). Compared trimmed, as the file writes them. The Check page
    // offers it for fee-like SKUs, tips first; `import --not-sales`. Saved as "not_sales_skus".
    QStringList notSalesSkus;
    // Order lines: every line whose SKU or product name looks like a tip
    // (DataQualityCollector::looksLikeTip(): Tip, Trinkgeld, Pourboire, …) is left out of sales as
    // notSalesSkus' lines are, and counted with them, unless its SKU is in salesSkus (NotSalesRule.h).
    // suggestProfile() turns it on, so a new profile of the Check page and of `storelens import` leave tips
    // out alike; `import --keep-tips` turns it off. Off here and for a profile saved before it existed (no
    // "leave_tips_out"): such a profile kept tips in sales unless it named them in notSalesSkus, and
    // importing its source again must not change the sales it gave without a word. Saved as "leave_tips_out".
    bool leaveTipsOut = false;
    // Order lines: every line that sells a gift card (looksLikeGiftCardSold(), GiftCards.h: "Gift Card £50",
    // "Geschenkgutschein 25 €") is left out of sales likewise, unless its SKU is in salesSkus: the purchase
    // paid with the card is the sale. suggestProfile() turns it on; `import --keep-gift-cards` turns it off;
    // off for a profile saved before it existed. Saved as "leave_gift_cards_out".
    bool leaveGiftCardsOut = false;
    // Order lines: SKUs that look like tips or gift cards but that the user kept in sales (the Check page's
    // "Product" or "Not a product: keep in sales"), compared as notSalesSkus. Saved as "kept_in_sales_skus".
    QStringList salesSkus;
    // Order lines with an e-mail or phone column: a line's customer is the workspace's customer with its
    // e-mail address or, without one, its phone number, when there is just one (whichever file came first);
    // else it is keyed by its e-mail address when it has one, by the id otherwise (a till's customer number
    // beside a web shop keyed by e-mail: one person, one customer; trial 16). The Check page and `import
    // --customers-by-email` offer it (EmailKeyMatch.h). Saved as "customer_key": "email_first".
    bool customersByEmail = false;
    // Written by the import, never chosen: of a Wix export's coupon orders (WixCoupons.h), how many had their
    // coupon's amount worked out from the order's Total and how many kept it unknown; both -1 when the import
    // worked none out (a profile not imported yet, another export, a discount column mapped). Kept with the
    // import (imports.profile_json), so that the source's notes say whether its discounts are known.
    qint64 couponsWorkedOut = -1;
    qint64 couponsUnknown = -1;
    // Written by the import, never chosen: the orders of a Square Online export showed that its prices hold
    // the tax (Order Total = Order Subtotal + shipping where Order Tax Total is above 0; WixCoupons.h), so
    // its sales hold it too. Kept with the import, for the source's notes.
    bool pricesIncludeTax = false;
    // Order lines: a blank quantity is 1 (Clover's Per Unit Quantity, written only for goods sold by weight),
    // set by the export style that writes it so; in any other file a blank quantity is rejected.
    bool blankQuantityIsOne = false;
    // Order lines: the file holds refunds of orders imported before, no sales (eBay's Payments › Transaction
    // report: ExportStylesEbay.h). Each refund row is a return line on its order of the profile's source,
    // dated on the row's date, for its refund amount as RecordPipeline counts an order's refund amount
    // (METRICS.md section 1: a refund exported later is a new return line); a refund of an order the source
    // does not hold is rejected. Needs a date, an order id and a refund amount, no price.
    bool refundsOfEarlierOrders = false;

    int mappedColumnCount() const;
    // Shopify's "Discount Amount" mapped as the order discount beside its "Lineitem discount" as the line
    // discount: the order discount is the order's whole discount, its lines' included
    // (orderDiscountIncludesLines' default for a suggestion and for a profile saved before it existed).
    bool mapsShopifyDiscounts() const;
    QString columnFor(const QString &fieldKey) const;  // the header mapped to a field, or empty
    int columnIndexFor(const QString &fieldKey) const; // its place among the columns, or -1
    // Required fields of the entity that no column feeds. Order lines need a date and a price ("unit_price"
    // is fed by a line total or a product-details cell too, and not required with noPrices): without an order
    // id each row (or each customer's day) is an order, without a SKU or product name the product is
    // "Unspecified", without a quantity each row is one unit, unless a column left unread is named as a
    // quantity is ("Antal", "Menge", "Qty"): then the quantity is missing (trial 25se W2: "Antal" unread,
    // every line of a till counted one unit and its returns of −1 counted as sales).
    QStringList missingRequiredFields() const;

    QByteArray toJson() const;
    static Result<ImportProfile> fromJson(const QByteArray &json, const QString &sourceName = {});
    static Result<ImportProfile> load(const QString &path);
    Result<void> save(const QString &path) const;

    // Identifies "the same export again": the normalised header names in order.
    static QString headerSignature(const QStringList &header);
};

// A fresh suggestion for a file that a saved profile was made for ("Use the saved settings" unticked to map
// one column otherwise): when both read the order status from the same column, the user's earlier status
// choices carry over, the values counted as cancellations and those left out as not sold (trial 22en: the
// Check page counted a till's "Voided", left out as unpaid in the saved profile, as a cancellation again).
// Returns whether it changed the profile.
bool keepStatusChoices(ImportProfile &profile, const ImportProfile &earlier);

QString dateOrderKey(csv::DateOrder order); // "ymd", "dmy", "mdy", "unknown"
std::optional<csv::DateOrder> dateOrderFromKey(const QString &key);

} // namespace storelens::core
