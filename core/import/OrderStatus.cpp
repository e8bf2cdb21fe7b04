#include "core/import/OrderStatus.h"

#include <QString>

#include <algorithm>
#include <array>
#include <cctype>

namespace storelens::core {

QByteArray orderStatusKey(QByteArrayView status)
{
    status = status.trimmed();
    // "Échouée": letters beyond ASCII are lowered through QString (rare: ASCII stays on the fast path).
    QByteArray lowered;
    if (std::any_of(status.begin(), status.end(),
                    [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
        lowered = QString::fromUtf8(status).toLower().toUtf8();
        status = lowered;
    }
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
    // PrestaShop's unpaid states in English, French and Spanish (awaiting a bank wire, a cheque, cash on
    // delivery; a payment error; on backorder and not paid) and WooCommerce's French "échouée" and "en
    // attente".
    static constexpr std::array<const char *, 28> NotSold = {"failed",
                                                             "pending",
                                                             "pendingpayment",
                                                             "draft",
                                                             "checkoutdraft",
                                                             "unpaid",
                                                             "notpaid", // Wix's "Not paid"
                                                             "abandoned",
                                                             "declined",
                                                             "expired",
                                                             "incomplete",
                                                             "awaitingpayment",
                                                             "awaitingbankwirepayment",
                                                             "awaitingcheckpayment",
                                                             "awaitingchequepayment",
                                                             "awaitingcashondeliveryvalidation",
                                                             "paymenterror",
                                                             "onbackorder(notpaid)",
                                                             "enattentedepaiementparvirementbancaire",
                                                             "enattentedepaiementparchèque",
                                                             "enattentedevalidationpaiementàlalivraison",
                                                             "erreurdepaiement",
                                                             "enattentederéapprovisionnement(nonpayé)",
                                                             "échouée",
                                                             "enattente",
                                                             "enesperadepagoportransferenciabancaria",
                                                             "enesperadepagoporcheque",
                                                             "errorenpago"};
    // The last ones: PrestaShop's paid states in English, French and Spanish, and WooCommerce's French ones.
    static constexpr std::array<const char *, 50> Sale = {
        "completed",
        "complete",
        "processing",
        "paid",
        "shipped",
        "delivered",
        "fulfilled",
        "partiallyfulfilled",
        "unfulfilled",
        "closed",
        "cerrado", // Loyverse's Spanish "Closed": a receipt paid and done
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
        "partiallyshipped",
        "paymentaccepted",
        "remotepaymentaccepted",
        "processinginprogress",
        "onbackorder(paid)",
        "paiementaccepté",
        "paiementàdistanceaccepté",
        "encoursdepréparation",
        "expédié",
        "livré",
        "enattentederéapprovisionnement(payé)",
        "terminée",
        "encours",
        "pagoaceptado",
        "pagoremotoaceptado",
        "preparaciónencurso",
        "enviado",
        "entregado",
        "completado",
        "vente", // SumUp's Type (its refunds are the profile's)
        "venta",
        "verkauf"};
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
