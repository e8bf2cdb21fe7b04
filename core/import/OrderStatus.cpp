#include "core/import/OrderStatus.h"

#include <array>
#include <cctype>

namespace storelens::core {

QByteArray orderStatusKey(QByteArrayView status)
{
    status = status.trimmed();
    if (status.size() > 3 && status.first(3).compare(QByteArrayView("wc-"), Qt::CaseInsensitive) == 0)
        status = status.sliced(3);
    QByteArray key;
    key.reserve(status.size());
    for (const char c : status) {
        if (c == '-' || c == '_' || std::isspace(static_cast<unsigned char>(c)))
            continue;
        key += char(std::tolower(static_cast<unsigned char>(c)));
    }
    return key;
}

OrderStatusKind orderStatusKind(QByteArrayView status)
{
    // BigCommerce's "Awaiting Payment" and "Incomplete" (a checkout left unfinished) took no payment; its
    // "Awaiting Fulfillment", "Awaiting Shipment", "Awaiting Pickup" and "Partially Shipped" orders are paid.
    static constexpr std::array<const char *, 11> NotSold = {
        "failed",    "pending",  "pendingpayment", "draft",      "checkoutdraft",  "unpaid",
        "abandoned", "declined", "expired",        "incomplete", "awaitingpayment"};
    static constexpr std::array<const char *, 28> Sale = {"completed",
                                                          "complete",
                                                          "processing",
                                                          "paid",
                                                          "shipped",
                                                          "delivered",
                                                          "fulfilled",
                                                          "partiallyfulfilled",
                                                          "unfulfilled",
                                                          "closed",
                                                          "open",
                                                          "authorized",
                                                          "partiallypaid",
                                                          "partiallyrefunded",
                                                          "refundedpartially",
                                                          "paidpartially",
                                                          "inprogress",
                                                          "success",
                                                          "succeeded",
                                                          "captured",
                                                          "settled",
                                                          "approved",
                                                          "sale",
                                                          "sold",
                                                          "awaitingfulfillment",
                                                          "awaitingshipment",
                                                          "awaitingpickup",
                                                          "partiallyshipped"};
    const QByteArray key = orderStatusKey(status);
    if (key.isEmpty())
        return OrderStatusKind::Sale;
    for (const char *s : NotSold) {
        if (key == QByteArrayView(s))
            return OrderStatusKind::NotSold;
    }
    for (const char *s : Sale) {
        if (key == QByteArrayView(s))
            return OrderStatusKind::Sale;
    }
    return OrderStatusKind::Unknown;
}

} // namespace storelens::core
