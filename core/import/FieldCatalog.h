#pragma once

#include "core/model/Entities.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace storelens::core {

// How a column's text is read.
// Rate: a fraction 0 ≤ r < 1, written "0.2" or "20 %".
enum class FieldType { Text, Id, Date, DateTime, Time, Month, Money, Quantity, Integer, Bool, Rate, Percent };

// A canonical field that a CSV column can be mapped to.
struct FieldSpec
{
    QString key; // stable, used in profiles and JSON: "order_id", "date", ...
    FieldType type = FieldType::Text;
    bool required = false;
    const char *label = ""; // untranslated; see fieldLabel()
    // Normalised header names (lower case, letters and digits only) that suggest this field, best first.
    QStringList synonyms;
};

// Field keys shared by code that needs them by name.
namespace field {
inline const QString OrderId = QStringLiteral("order_id");
// The series (or till, or prefix) that an order number restarts in: the order's id is "<series>/<number>"
// (Ágora's Serie T1 and Número 5 are ticket "T1/5"; OrderSeries.h).
inline const QString OrderSeries = QStringLiteral("order_series");
inline const QString Date = QStringLiteral("date");
inline const QString Time = QStringLiteral("time");
inline const QString CustomerId = QStringLiteral("customer_id");
inline const QString Sku = QStringLiteral("sku");
inline const QString ProductName = QStringLiteral("product_name");
inline const QString Category = QStringLiteral("category");
inline const QString Quantity = QStringLiteral("quantity");
inline const QString UnitPrice = QStringLiteral("unit_price");
inline const QString LineTotal = QStringLiteral("line_total");
inline const QString Discount = QStringLiteral("discount");
inline const QString DiscountRate = QStringLiteral("discount_rate");
inline const QString DiscountPercent = QStringLiteral("discount_percent");
inline const QString OrderDiscount = QStringLiteral("order_discount");
inline const QString Shipping = QStringLiteral("shipping");
inline const QString UnitCost = QStringLiteral("unit_cost");
inline const QString Store = QStringLiteral("store");
inline const QString Channel = QStringLiteral("channel");
inline const QString Country = QStringLiteral("country");
inline const QString Status = QStringLiteral("status");
inline const QString RefundDate = QStringLiteral("refund_date");
inline const QString LineId = QStringLiteral("line_id");
// An order's refunds as one amount (BigCommerce's Refund Amount), and a cell that lists the order's items
// (BigCommerce's Product Details: "Product ID: 160, Product Qty: 3, ... | Product ID: ...").
inline const QString RefundAmount = QStringLiteral("refund_amount");
inline const QString ProductDetails = QStringLiteral("product_details");
// A line's own flags (Clover's line items export): refunded (a sale and a return of the line), and a service
// charge (no sale: left out).
inline const QString LineRefunded = QStringLiteral("line_refunded");
inline const QString ServiceCharge = QStringLiteral("service_charge");
// A line voided before payment (Toast's "Void?" True): no sale, left out as a not-sold line.
inline const QString Voided = QStringLiteral("voided");
// Order lines: who bought, as the order names them (Shopify writes them on the order's first row).
inline const QString CustomerName = QStringLiteral("customer_name");
inline const QString CustomerEmail = QStringLiteral("customer_email");
// The customer's phone number as written (a till may know some customers by it alone).
inline const QString CustomerPhone = QStringLiteral("customer_phone");
inline const QString ConsentEmail = QStringLiteral("consent_email");
} // namespace field

const QList<FieldSpec> &fieldsFor(Entity entity);
const FieldSpec *findField(Entity entity, const QString &key);
QString fieldLabel(const FieldSpec &spec); // translated
// "Order Date" -> "orderdate": how headers are compared with synonyms.
QString normaliseHeader(const QString &header);
// Whether a column's name says its amounts hold the VAT or sales tax ("Einzelpreis brutto", "Total TTC",
// "Total (Inc. tax)", "Precio con IVA", "Preis inkl. MwSt.", "Prijs incl. btw").
bool headerSaysWithVat(const QString &header);

} // namespace storelens::core
