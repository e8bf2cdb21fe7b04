#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

// What an order export's status value says about the sale (METRICS.md section 1): a sale, no sale at all (the
// payment failed or never came: the order's lines are left out), or a value StoreLens does not know (counted
// as a sale, and named on the Check page). Refund markers are the profile's
// (ImportProfile::cancelStatusValues).

namespace storelens::core {

enum class OrderStatusKind { Sale, NotSold, Unknown };

// The status value trimmed and lower-cased, without '-', '_' and spaces ("Pending payment" and
// "pending-payment" are both "pendingpayment"), and without WooCommerce's "wc-" prefix.
QByteArray orderStatusKey(QByteArrayView status);

// Sale for a known sale status (completed, processing, paid, ...) and for an empty value, NotSold for failed,
// pending, pending payment, draft, checkout-draft and the like, Unknown otherwise.
OrderStatusKind orderStatusKind(QByteArrayView status);

// Whether the value says the order was refunded in part ("partially_refunded", "refunded_partially",
// "Parcialmente reembolsado", "Teilweise erstattet", "Partiellement remboursé", "Gedeeltelijk terugbetaald"):
// a sale whose refunds are not in the orders export (DataQuality counts these orders).
bool isPartialRefundStatus(QByteArrayView status);

// Whether the value says the money was given back ("refunded", "Remboursée", "Reembolsado", "Erstattet",
// "returned", "Devuelto", "Terugbetaald", "Geretourneerd", "Krediterad", "Återbetald"): an order that was
// paid, never one to leave out as unpaid (the Check page offers the other known cancellation values, such as
// a till's voided "Anulado", to leave out).
bool isRefundStatus(const QString &value);

// Whether the value, on a till, says the line or receipt was voided before payment ("Annulée", "Storniert",
// "Stornato", "Anulado", "Voided", "Cancelled", "Makulerad", "Annullerad"): no money was taken, so it is no
// sale (trials 21, 23it, 24fr, 25se). A web shop's cancelled order is a cancellation instead (sold, then
// refunded: METRICS.md section 1).
bool isVoidStatus(const QString &value);

// Whether two status values are one as the import compares them: trimmed and without case.
bool sameStatusValue(const QString &a, const QString &b);

// Whether the order's lines are left out as not sold: a NotSold status, or one of the values the user named
// so (ImportProfile::notSoldStatusValues, compared trimmed and without case).
bool isNotSoldStatus(QByteArrayView status, const QStringList &notSoldValues);

} // namespace storelens::core
