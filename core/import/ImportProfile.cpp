#include "core/import/ImportProfile.h"

#include "core/import/FieldCatalog.h"
#include "core/import/Importer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace storelens::core {

namespace {

class ImportProfileText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::ImportProfile)
};

QString charKey(char c)
{
    if (c == '\t')
        return QStringLiteral("tab");
    if (c == ' ')
        return QStringLiteral("whitespace");
    if (c == '\0')
        return QString();
    return QString(QLatin1Char(c));
}

char charFromKey(const QString &key)
{
    if (key == QLatin1String("tab") || key == QLatin1String("\t"))
        return '\t';
    if (key == QLatin1String("whitespace"))
        return ' ';
    return key.isEmpty() ? '\0' : key.at(0).toLatin1();
}

constexpr int kFormatVersion = 1;

} // namespace

QString dateOrderKey(csv::DateOrder order)
{
    switch (order) {
    case csv::DateOrder::YearMonthDay:
        return QStringLiteral("ymd");
    case csv::DateOrder::DayMonthYear:
        return QStringLiteral("dmy");
    case csv::DateOrder::MonthDayYear:
        return QStringLiteral("mdy");
    case csv::DateOrder::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<csv::DateOrder> dateOrderFromKey(const QString &key)
{
    const QString k = key.toLower();
    if (k == QLatin1String("ymd"))
        return csv::DateOrder::YearMonthDay;
    if (k == QLatin1String("dmy"))
        return csv::DateOrder::DayMonthYear;
    if (k == QLatin1String("mdy"))
        return csv::DateOrder::MonthDayYear;
    if (k == QLatin1String("unknown") || k.isEmpty())
        return csv::DateOrder::Unknown;
    return std::nullopt;
}

bool ImportProfile::mapsShopifyDiscounts() const
{
    return normaliseHeader(columnFor(field::OrderDiscount)) == QLatin1String("discountamount") &&
           normaliseHeader(columnFor(field::Discount)) == QLatin1String("lineitemdiscount");
}

int ImportProfile::mappedColumnCount() const
{
    int n = 0;
    for (const ColumnMapping &c : columns)
        n += c.field.isEmpty() ? 0 : 1;
    return n;
}

QString ImportProfile::columnFor(const QString &fieldKey) const
{
    for (const ColumnMapping &c : columns) {
        if (c.field == fieldKey)
            return c.column;
    }
    return {};
}

int ImportProfile::columnIndexFor(const QString &fieldKey) const
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).field == fieldKey)
            return int(i);
    }
    return -1;
}

bool keepStatusChoices(ImportProfile &profile, const ImportProfile &earlier)
{
    const QString status = profile.columnFor(field::Status);
    if (profile.entity != earlier.entity || status.isEmpty() ||
        ImportProfile::headerSignature({status}) !=
            ImportProfile::headerSignature({earlier.columnFor(field::Status)}))
        return false;
    if (profile.cancelStatusValues == earlier.cancelStatusValues &&
        profile.notSoldStatusValues == earlier.notSoldStatusValues)
        return false;
    profile.cancelStatusValues = earlier.cancelStatusValues;
    profile.notSoldStatusValues = earlier.notSoldStatusValues;
    return true;
}

QStringList ImportProfile::missingRequiredFields() const
{
    QStringList missing;
    for (const FieldSpec &f : fieldsFor(entity)) {
        if (!f.required || !columnFor(f.key).isEmpty())
            continue;
        if (entity == Entity::Orders && (f.key == field::OrderId || f.key == field::Sku))
            continue;
        // Refunds of earlier orders are amounts, of no quantity (eBay's transaction report leaves its
        // Quantity unread).
        if (entity == Entity::Orders && f.key == field::Quantity &&
            (refundsOfEarlierOrders ||
             std::none_of(columns.cbegin(), columns.cend(), [&f](const ColumnMapping &c) {
                 return c.field.isEmpty() && f.synonyms.contains(normaliseHeader(c.column));
             })))
            continue;
        // Refunds of earlier orders carry no price: their amounts are the refunds (below).
        if (entity == Entity::Orders && f.key == field::UnitPrice && refundsOfEarlierOrders)
            continue;
        // A product-details cell gives each item's price (and SKU and quantity).
        if (entity == Entity::Orders && f.key == field::UnitPrice &&
            (noPrices || !columnFor(field::LineTotal).isEmpty() ||
             !columnFor(field::ProductDetails).isEmpty()))
            continue;
        missing << f.key;
    }
    // Each refund is of an order, for an amount.
    for (const QString &key : {field::OrderId, field::RefundAmount}) {
        if (entity == Entity::Orders && refundsOfEarlierOrders && columnFor(key).isEmpty())
            missing << key;
    }
    return missing;
}

QByteArray ImportProfile::toJson() const
{
    QJsonArray cols;
    for (const ColumnMapping &c : columns)
        cols.append(QJsonObject{{QStringLiteral("column"), c.column},
                                {QStringLiteral("index"), c.index},
                                {QStringLiteral("field"), c.field}});
    QJsonObject dialectObject{{QStringLiteral("encoding"), csv::encodingName(dialect.encoding)},
                              {QStringLiteral("delimiter"), charKey(dialect.delimiter)},
                              {QStringLiteral("quote"), charKey(dialect.quote)},
                              {QStringLiteral("has_header"), dialect.hasHeader}};
    QJsonObject root{{QStringLiteral("storelens_import_profile"), kFormatVersion},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("entity"), entityKey(entity)},
                     {QStringLiteral("dialect"), dialectObject},
                     {QStringLiteral("date_order"), dateOrderKey(dateOrder)},
                     {QStringLiteral("decimal_separator"), charKey(decimalSeparator)},
                     {QStringLiteral("columns"), cols},
                     {QStringLiteral("cancel_order_prefix"), cancelOrderPrefix},
                     {QStringLiteral("cancel_status_values"), QJsonArray::fromStringList(cancelStatusValues)},
                     {QStringLiteral("guest_customer_ids"), QJsonArray::fromStringList(guestCustomerIds)},
                     {QStringLiteral("source"), source},
                     {QStringLiteral("default_store"), defaultStore},
                     {QStringLiteral("default_channel"), defaultChannel},
                     {QStringLiteral("line_total"), lineTotalAfterDiscount
                                                        ? QStringLiteral("after_discount")
                                                        : QStringLiteral("before_discount")},
                     {QStringLiteral("no_prices"), noPrices},
                     {QStringLiteral("order_money"),
                      spreadOrderMoney ? QStringLiteral("spread") : QStringLiteral("leave_out")},
                     {QStringLiteral("orders_without_id"), ordersWithoutId == OrdersWithoutId::PerCustomerDay
                                                               ? QStringLiteral("customer_day")
                                                               : QStringLiteral("row")}};
    // Only when named: a profile without them reads as before.
    if (!notSoldStatusValues.isEmpty())
        root.insert(QStringLiteral("not_sold_status_values"),
                    QJsonArray::fromStringList(notSoldStatusValues));
    if (!notSalesSkus.isEmpty())
        root.insert(QStringLiteral("not_sales_skus"), QJsonArray::fromStringList(notSalesSkus));
    // Order lines: always written, so that a profile without it is one saved before it existed (tips kept).
    if (entity == Entity::Orders)
        root.insert(QStringLiteral("leave_tips_out"), leaveTipsOut);
    // Likewise: a profile without it kept gift cards sold in sales.
    if (entity == Entity::Orders)
        root.insert(QStringLiteral("leave_gift_cards_out"), leaveGiftCardsOut);
    if (!salesSkus.isEmpty())
        root.insert(QStringLiteral("kept_in_sales_skus"), QJsonArray::fromStringList(salesSkus));
    if (customersByEmail)
        root.insert(QStringLiteral("customer_key"), QStringLiteral("email_first"));
    // Always written, so that "separate" chosen for Shopify's columns stays separate when read back.
    root.insert(QStringLiteral("order_discount"), orderDiscountIncludesLines
                                                      ? QStringLiteral("includes_line_discounts")
                                                      : QStringLiteral("separate"));
    if (shippingInSales)
        root.insert(QStringLiteral("shipping_in_sales"), true);
    if (productsByName)
        root.insert(QStringLiteral("products_by_name"), true);
    if (blankQuantityIsOne)
        root.insert(QStringLiteral("blank_quantity"), QStringLiteral("one"));
    if (refundsOfEarlierOrders)
        root.insert(QStringLiteral("rows"), QStringLiteral("refunds_of_earlier_orders"));
    if (pricesIncludeTax)
        root.insert(QStringLiteral("prices_include_tax"), true);
    if (couponsWorkedOut >= 0) {
        root.insert(QStringLiteral("coupons_worked_out"), couponsWorkedOut);
        root.insert(QStringLiteral("coupons_unknown"), couponsUnknown);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<ImportProfile> ImportProfile::fromJson(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return Error(
            ErrorCode::Format,
            ImportProfileText::tr("The import profile is not valid JSON: %1").arg(parseError.errorString()),
            sourceName);
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("storelens_import_profile")).toInt() != kFormatVersion)
        return Error(ErrorCode::Format,
                     ImportProfileText::tr("The file is not a StoreLens import profile (version %1).")
                         .arg(kFormatVersion),
                     sourceName);

    ImportProfile p;
    p.name = root.value(QStringLiteral("name")).toString();
    const auto entity = entityFromKey(root.value(QStringLiteral("entity")).toString());
    if (!entity)
        return Error(ErrorCode::Format,
                     ImportProfileText::tr("The import profile names an unknown table \"%1\".")
                         .arg(root.value(QStringLiteral("entity")).toString()),
                     sourceName);
    p.entity = *entity;

    const QJsonObject d = root.value(QStringLiteral("dialect")).toObject();
    const auto encoding = csv::encodingFromName(d.value(QStringLiteral("encoding")).toString());
    if (!encoding)
        return Error(ErrorCode::Format,
                     ImportProfileText::tr("The import profile names an unknown encoding \"%1\".")
                         .arg(d.value(QStringLiteral("encoding")).toString()),
                     sourceName);
    p.dialect.encoding = *encoding;
    p.dialect.delimiter = charFromKey(d.value(QStringLiteral("delimiter")).toString(QStringLiteral(",")));
    p.dialect.quote = charFromKey(d.value(QStringLiteral("quote")).toString(QStringLiteral("\"")));
    p.dialect.hasHeader = d.value(QStringLiteral("has_header")).toBool(true);

    const auto order = dateOrderFromKey(root.value(QStringLiteral("date_order")).toString());
    if (!order)
        return Error(
            ErrorCode::Format,
            ImportProfileText::tr("The import profile's date order must be ymd, dmy, mdy or unknown."),
            sourceName);
    p.dateOrder = *order;
    p.decimalSeparator =
        charFromKey(root.value(QStringLiteral("decimal_separator")).toString(QStringLiteral(".")));
    if (p.decimalSeparator != '.' && p.decimalSeparator != ',')
        return Error(ErrorCode::Format,
                     ImportProfileText::tr("The import profile's decimal separator must be \".\" or \",\"."),
                     sourceName);

    for (const QJsonValue &v : root.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject o = v.toObject();
        ColumnMapping c{o.value(QStringLiteral("column")).toString(),
                        o.value(QStringLiteral("index")).toInt(-1),
                        o.value(QStringLiteral("field")).toString()};
        if (!c.field.isEmpty() && !findField(p.entity, c.field)) {
            QStringList known;
            for (const FieldSpec &spec : fieldsFor(p.entity))
                known << spec.key;
            return Error(ErrorCode::Format,
                         ImportProfileText::tr("The import profile maps column \"%1\" to an unknown field "
                                               "\"%2\"; the fields of this kind of file are: %3.")
                             .arg(c.column, c.field, known.join(QLatin1String(", "))),
                         sourceName);
        }
        p.columns << c;
    }
    p.cancelOrderPrefix = root.value(QStringLiteral("cancel_order_prefix")).toString();
    for (const QJsonValue &v : root.value(QStringLiteral("cancel_status_values")).toArray())
        p.cancelStatusValues << v.toString();
    for (const QJsonValue &v : root.value(QStringLiteral("not_sold_status_values")).toArray())
        p.notSoldStatusValues << v.toString();
    for (const QJsonValue &v : root.value(QStringLiteral("guest_customer_ids")).toArray())
        p.guestCustomerIds << v.toString();
    for (const QJsonValue &v : root.value(QStringLiteral("not_sales_skus")).toArray()) {
        if (!v.toString().trimmed().isEmpty())
            p.notSalesSkus << v.toString().trimmed();
    }
    // Without the key: a profile saved before tips were left out by default, which kept them in sales.
    p.leaveTipsOut = root.value(QStringLiteral("leave_tips_out")).toBool(false);
    p.leaveGiftCardsOut = root.value(QStringLiteral("leave_gift_cards_out")).toBool(false);
    for (const QJsonValue &v : root.value(QStringLiteral("kept_in_sales_skus")).toArray()) {
        if (!v.toString().trimmed().isEmpty())
            p.salesSkus << v.toString().trimmed();
    }
    p.source = root.value(QStringLiteral("source")).toString();
    p.defaultStore = root.value(QStringLiteral("default_store")).toString();
    p.defaultChannel = root.value(QStringLiteral("default_channel")).toString();
    const QString lineTotal = root.value(QStringLiteral("line_total")).toString();
    const QString withoutId = root.value(QStringLiteral("orders_without_id")).toString();
    if ((!lineTotal.isEmpty() && lineTotal != QLatin1String("before_discount") &&
         lineTotal != QLatin1String("after_discount")) ||
        (!withoutId.isEmpty() && withoutId != QLatin1String("row") &&
         withoutId != QLatin1String("customer_day")))
        return Error(ErrorCode::Format,
                     ImportProfileText::tr("The import profile's line_total must be before_discount or "
                                           "after_discount, and its orders_without_id row or customer_day."),
                     sourceName);
    p.lineTotalAfterDiscount = lineTotal == QLatin1String("after_discount");
    p.noPrices = root.value(QStringLiteral("no_prices")).toBool(false);
    p.spreadOrderMoney = root.value(QStringLiteral("order_money")).toString() != QLatin1String("leave_out");
    p.ordersWithoutId = withoutId == QLatin1String("customer_day") ? OrdersWithoutId::PerCustomerDay
                                                                   : OrdersWithoutId::PerRow;
    const QString customerKey = root.value(QStringLiteral("customer_key")).toString();
    if (!customerKey.isEmpty() && customerKey != QLatin1String("id") &&
        customerKey != QLatin1String("email_first"))
        return Error(ErrorCode::Format,
                     ImportProfileText::tr("The import profile's customer_key must be id or email_first."),
                     sourceName);
    p.customersByEmail = customerKey == QLatin1String("email_first");
    const QString orderDiscount = root.value(QStringLiteral("order_discount")).toString();
    if (!orderDiscount.isEmpty() && orderDiscount != QLatin1String("separate") &&
        orderDiscount != QLatin1String("includes_line_discounts"))
        return Error(ErrorCode::Format,
                     ImportProfileText::tr("The import profile's order_discount must be separate or "
                                           "includes_line_discounts."),
                     sourceName);
    // A profile saved before the key existed: Shopify's two columns are read as the suggestion reads them
    // (its Discount Amount holds its Lineitem discounts), so a saved profile does not count a discount twice.
    p.orderDiscountIncludesLines = orderDiscount.isEmpty()
                                       ? p.mapsShopifyDiscounts()
                                       : orderDiscount == QLatin1String("includes_line_discounts");
    p.productsByName = root.value(QStringLiteral("products_by_name")).toBool(false);
    p.shippingInSales = root.value(QStringLiteral("shipping_in_sales")).toBool(false);
    const QString blankQuantity = root.value(QStringLiteral("blank_quantity")).toString();
    if (!blankQuantity.isEmpty() && blankQuantity != QLatin1String("one") &&
        blankQuantity != QLatin1String("rejected"))
        return Error(ErrorCode::Format,
                     ImportProfileText::tr("The import profile's blank_quantity must be one or rejected."),
                     sourceName);
    p.blankQuantityIsOne = blankQuantity == QLatin1String("one");
    p.pricesIncludeTax = root.value(QStringLiteral("prices_include_tax")).toBool(false);
    const QString rows = root.value(QStringLiteral("rows")).toString();
    if (!rows.isEmpty() && rows != QLatin1String("refunds_of_earlier_orders") &&
        rows != QLatin1String("sales"))
        return Error(ErrorCode::Format,
                     ImportProfileText::tr("The import profile's rows must be sales or "
                                           "refunds_of_earlier_orders."),
                     sourceName);
    p.refundsOfEarlierOrders = rows == QLatin1String("refunds_of_earlier_orders");
    p.couponsWorkedOut = root.value(QStringLiteral("coupons_worked_out")).toInteger(-1);
    p.couponsUnknown = root.value(QStringLiteral("coupons_unknown")).toInteger(-1);
    return p;
}

Result<ImportProfile> ImportProfile::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io,
                     ImportProfileText::tr("The import profile could not be read: %1").arg(f.errorString()),
                     path);
    return fromJson(f.readAll(), path);
}

Result<void> ImportProfile::save(const QString &path) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(toJson()) < 0 || !f.commit())
        return Error(ErrorCode::Io,
                     ImportProfileText::tr("The import profile could not be saved: %1").arg(f.errorString()),
                     path);
    return {};
}

QString ImportProfile::headerSignature(const QStringList &header)
{
    QStringList normalised;
    for (const QString &h : header)
        normalised << normaliseHeader(h);
    return normalised.join(QLatin1Char('|'));
}

// Declared with ImportReport (Importer.h), which the profile's readers and writers here do not need.
ImportProfile withFoundFormats(ImportProfile profile, const ImportReport &report)
{
    if (profile.dateOrder == csv::DateOrder::Unknown && report.dateOrderFound &&
        *report.dateOrderFound != csv::DateOrder::Unknown)
        profile.dateOrder = *report.dateOrderFound;
    if (profile.decimalSeparatorOpen && report.decimalSeparatorFound) {
        profile.decimalSeparator = *report.decimalSeparatorFound;
        profile.decimalSeparatorOpen = false;
    }
    return profile;
}

} // namespace storelens::core
