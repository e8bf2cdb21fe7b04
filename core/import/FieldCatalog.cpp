#include "core/import/FieldCatalog.h"

#include <QCoreApplication>

namespace storelens::core {

namespace {

QStringList words(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

FieldSpec spec(const QString &key, FieldType type, bool required, const char *label, const char *synonyms)
{
    return FieldSpec{key, type, required, label, words(synonyms)};
}

#define FIELD_LABEL(text) QT_TRANSLATE_NOOP("storelens::core::FieldCatalog", text)

// Synonyms cover the exports store managers have: Shopify and WooCommerce order exports, Square item sales,
// Lightspeed sales lines, line-level ERP exports (InvoiceNo, StockCode, ...) and plain POS files.
QList<FieldSpec> orderFields()
{
    return {
        spec(
            field::OrderId, FieldType::Id, true, FIELD_LABEL("Order ID"),
            "invoiceno invoice invoicenumber invoiceid orderid ordernumber orderno order transactionid saleid"
            " receiptid receiptno receiptnumber receipt ticketno ticket documentno billno transaction sale "
            "name"),
        spec(field::Date, FieldType::DateTime, true, FIELD_LABEL("Order date"),
             "invoicedate orderdate date createdat saledate transactiondate datetime timestamp paidat"
             " completedat purchasedate dateofpurchase salesdate day"),
        spec(field::Time, FieldType::Time, false, FIELD_LABEL("Time of day"), "time ordertime saletime"),
        spec(field::CustomerId, FieldType::Id, false, FIELD_LABEL("Customer ID"),
             "customerid customer customerno customernumber customeruserid clientid client memberid loyaltyid"
             " customerreferenceid email billingemail customeremail"),
        spec(field::Sku, FieldType::Id, true, FIELD_LABEL("SKU"),
             "stockcode sku lineitemsku itemcode productcode productid articleno article barcode upc ean "
             "itemid"
             " itemnumber customsku systemid partno"),
        spec(field::ProductName, FieldType::Text, false, FIELD_LABEL("Product name"),
             "description lineitemname itemname productname item product title itemdescription"),
        spec(field::Category, FieldType::Text, false, FIELD_LABEL("Category"),
             "category productcategory department productgroup itemcategory producttype"),
        spec(field::Quantity, FieldType::Quantity, true, FIELD_LABEL("Quantity"),
             "quantity qty lineitemquantity units itemquantity itemcount"),
        spec(field::UnitPrice, FieldType::Money, true, FIELD_LABEL("Unit price"),
             "unitprice price lineitemprice itemprice priceperunit sellingprice saleprice retailprice "
             "itemcost"),
        spec(field::LineTotal, FieldType::Money, false, FIELD_LABEL("Line total (instead of unit price)"),
             "linetotal grosssales lineamount lineitemtotal extendedprice itemtotal linesubtotal subtotal "
             "total"),
        spec(field::Discount, FieldType::Money, false, FIELD_LABEL("Line discount"),
             "discount lineitemdiscount discounts discountamount linediscount markdown"),
        spec(field::UnitCost, FieldType::Money, false, FIELD_LABEL("Unit cost"),
             "unitcost cost costprice avgcost averagecost purchaseprice"),
        spec(field::Store, FieldType::Text, false, FIELD_LABEL("Store"),
             "store shop location branch outlet storename site"),
        spec(field::Channel, FieldType::Text, false, FIELD_LABEL("Channel"),
             "channel saleschannel source ordersource"),
        spec(field::Country, FieldType::Text, false, FIELD_LABEL("Country"),
             "country billingcountry shippingcountry customercountry countrycode"),
        spec(field::Status, FieldType::Text, false, FIELD_LABEL("Status (marks cancellations)"),
             "status financialstatus orderstatus eventtype transactiontype"),
    };
}

QList<FieldSpec> customerFields()
{
    return {
        spec(field::CustomerId, FieldType::Id, true, FIELD_LABEL("Customer ID"),
             "customerid id customer customerno customernumber clientid memberid loyaltyid email"),
        spec(QStringLiteral("name"), FieldType::Text, false, FIELD_LABEL("Name"),
             "name customername fullname"),
        spec(QStringLiteral("email"), FieldType::Text, false, FIELD_LABEL("Email"), "email emailaddress"),
        spec(QStringLiteral("birth_date"), FieldType::Date, false, FIELD_LABEL("Birth date"),
             "birthdate dateofbirth dob birthday"),
        spec(QStringLiteral("age_band"), FieldType::Text, false, FIELD_LABEL("Age band"),
             "ageband agegroup agerange"),
        spec(QStringLiteral("gender"), FieldType::Text, false, FIELD_LABEL("Gender"), "gender sex"),
        spec(QStringLiteral("city"), FieldType::Text, false, FIELD_LABEL("City"),
             "city town defaultaddresscity"),
        spec(QStringLiteral("region"), FieldType::Text, false, FIELD_LABEL("Region"),
             "region state province county provincecode"),
        spec(field::Country, FieldType::Text, false, FIELD_LABEL("Country"), "country countrycode"),
        spec(QStringLiteral("postal_code"), FieldType::Text, false, FIELD_LABEL("Postal code"),
             "postalcode postcode zip zipcode"),
        spec(QStringLiteral("loyalty_tier"), FieldType::Text, false, FIELD_LABEL("Loyalty tier"),
             "loyaltytier tier memberlevel loyaltylevel"),
        spec(QStringLiteral("acquisition_channel"), FieldType::Text, false,
             FIELD_LABEL("Acquisition channel"), "acquisitionchannel signupsource source channel"),
        spec(QStringLiteral("consent_email"), FieldType::Bool, false, FIELD_LABEL("Email marketing consent"),
             "consentemail emailconsent acceptsemailmarketing acceptsmarketing emailoptin newsletter "
             "marketingconsent"),
        spec(QStringLiteral("consent_sms"), FieldType::Bool, false, FIELD_LABEL("SMS marketing consent"),
             "consentsms smsconsent acceptssmsmarketing smsoptin"),
    };
}

QList<FieldSpec> productFields()
{
    return {
        spec(field::Sku, FieldType::Id, true, FIELD_LABEL("SKU"),
             "sku stockcode itemcode productcode productid articleno barcode upc ean itemid variantsku"),
        spec(QStringLiteral("name"), FieldType::Text, false, FIELD_LABEL("Product name"),
             "name productname description title itemname item"),
        spec(field::Category, FieldType::Text, false, FIELD_LABEL("Category"),
             "category productcategory department productgroup producttype type"),
        spec(QStringLiteral("cost"), FieldType::Money, false, FIELD_LABEL("Unit cost"),
             "cost unitcost costprice costperitem avgcost averagecost purchaseprice"),
        spec(QStringLiteral("price"), FieldType::Money, false, FIELD_LABEL("Price"),
             "price unitprice retailprice sellingprice variantprice"),
    };
}

QList<FieldSpec> inventoryFields()
{
    return {
        spec(field::Date, FieldType::Date, true, FIELD_LABEL("Snapshot date"), "date snapshotdate asof day"),
        spec(field::Store, FieldType::Text, false, FIELD_LABEL("Store"), "store shop location branch outlet"),
        spec(field::Sku, FieldType::Id, true, FIELD_LABEL("SKU"),
             "sku stockcode itemcode productcode productid barcode"),
        spec(QStringLiteral("on_hand"), FieldType::Quantity, true, FIELD_LABEL("On hand"),
             "onhand stock quantity qty inventory stocklevel available"),
        spec(field::UnitCost, FieldType::Money, false, FIELD_LABEL("Unit cost"),
             "unitcost cost costprice avgcost"),
    };
}

QList<FieldSpec> trafficFields()
{
    return {
        spec(field::Store, FieldType::Text, false, FIELD_LABEL("Store"), "store shop location branch outlet"),
        spec(field::Date, FieldType::Date, true, FIELD_LABEL("Day"), "date day"),
        spec(QStringLiteral("visitors"), FieldType::Integer, true, FIELD_LABEL("Visitors"),
             "visitors footfall traffic visits entries count"),
    };
}

QList<FieldSpec> staffingFields()
{
    return {
        spec(field::Store, FieldType::Text, false, FIELD_LABEL("Store"), "store shop location branch outlet"),
        spec(QStringLiteral("month"), FieldType::Month, true, FIELD_LABEL("Month"), "month period date"),
        spec(QStringLiteral("headcount"), FieldType::Quantity, true, FIELD_LABEL("Headcount"),
             "headcount staff employees fte"),
    };
}

QList<FieldSpec> marketingFields()
{
    return {
        spec(field::Channel, FieldType::Text, false, FIELD_LABEL("Channel"), "channel source medium"),
        spec(field::Date, FieldType::Month, true, FIELD_LABEL("Day or month"), "date day month period"),
        spec(QStringLiteral("amount"), FieldType::Money, true, FIELD_LABEL("Amount spent"),
             "amount spend cost budget"),
    };
}

} // namespace

const QList<FieldSpec> &fieldsFor(Entity entity)
{
    static const QList<FieldSpec> lists[] = {orderFields(),     customerFields(), productFields(),
                                             inventoryFields(), trafficFields(),  staffingFields(),
                                             marketingFields()};
    return lists[int(entity)];
}

const FieldSpec *findField(Entity entity, const QString &key)
{
    for (const FieldSpec &f : fieldsFor(entity)) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

QString fieldLabel(const FieldSpec &spec)
{
    return QCoreApplication::translate("storelens::core::FieldCatalog", spec.label);
}

QString normaliseHeader(const QString &header)
{
    QString out;
    out.reserve(header.size());
    for (const QChar c : header) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

} // namespace storelens::core
