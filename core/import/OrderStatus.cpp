#include "core/import/OrderStatus.h"

#include <QString>
#include <QStringList>

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

namespace {

template<typename List> bool contains(const List &list, const QByteArray &key)
{
    return std::any_of(std::begin(list), std::end(list),
                       [&key](const char *s) { return key == QByteArrayView(s); });
}

// Payment and order states in Spanish, Portuguese, German, French and Italian that say no payment came:
// pending, unpaid, failed, abandoned, expired (Tiendanube's "Pendiente" is a bank transfer not yet paid).
// Only words a shop writes for the payment itself: "offen" (open) or "abgebrochen" could be a paid order's
// state, and "Rechazado", "Abgelehnt" or "Refusé" an order refused after its payment, so they stay unknown.
// Italian (trial 23it: Storeden's "In attesa di pagamento" and its order's "In attesa", as "pending payment"
// and "pending"), then Dutch ("Onbetaald", "Wacht op betaling", "Betaling mislukt", "Verlopen"), Swedish
// ("Obetald", "Väntar på betalning", "Misslyckad"), Danish and Norwegian ("Ubetalt", "Afventer betaling",
// "Venter på betaling", "Mislykket").
const char *const NotSoldOtherLanguages[] = {
    "pendiente", "pendientedepago", "pagopendiente", "nopagado", "impagado", "fallido", "pagofallido",
    "abandonado", "expirado", "pendente", "pagamentopendente", "aguardandopagamento", "nãopago", "naopago",
    "falhou", "ausstehend", "zahlungausstehend", "unbezahlt", "nichtbezahlt", "fehlgeschlagen", "abgelaufen",
    "impayé", "impayée", "nonpayé", "nonpayée", "enattentedepaiement", "échoué", "abandonné", "abandonnée",
    "expiré", "expirée",
    // Italian
    "inattesa", "inattesadipagamento", "pagamentoinattesa", "nonpagato", "nonpagata", "pagamentofallito",
    "fallito", "scaduto", "abbandonato",
    // Dutch
    "onbetaald", "nietbetaald", "wachtopbetaling", "inafwachtingvanbetaling", "betalingmislukt", "mislukt",
    "verlopen",
    // Swedish, Danish and Norwegian
    "obetald", "ejbetald", "intebetald", "väntarpåbetalning", "inväntarbetalning", "betalningmisslyckades",
    "misslyckad", "ubetalt", "ikkebetalt", "afventerbetaling", "venterpåbetaling", "mislykket"};

// Paid and completed states in the same languages: Tiendanube's "Recibido" (payment received) and its
// orders' "Abierta" and "Cerrada", Nuvemshop's "Pago" and "Recebido", "Bezahlt", "Payée", a French till's
// "Clôturée" (a sale paid and closed, trial 21), "In Bearbeitung" (processing, trial 22de), ...
const char *const SaleOtherLanguages[] = {
    "pagado", "pagada", "recibido", "autorizado", "aprobado", "completada", "abierta", "abierto", "cerrada",
    "entregada", "enviada", "pago", "paga", "recebido", "aprovado", "concluído", "concluido", "entregue",
    "bezahlt", "abgeschlossen", "versendet", "versandt", "geliefert", "zugestellt", "autorisiert", "payé",
    "payée", "terminé", "livrée", "expédiée", "autorisé", "autorisée", "clôturée", "clôturé", "cloturee",
    "cloture", "validée", "validé", "encaissée", "encaissé", "réglée", "réglé", "cobrado", "cobrada",
    // Processing and shipping states, as "processing" and "shipped" (trial 22de: Gambio's "In Bearbeitung").
    "inbearbeitung", "verschickt", "versandbereit", "teilweiseversendet", "teilweisegeliefert",
    "enpréparation", "enpreparation", "enpreparación", "enpreparacion", "preparado",
    // Italian: a till's sold line, a web shop's paid, shipped, delivered and fulfilled orders (trial 23it:
    // Cassa in Cloud's "Venduto", Storeden's "Pagato", "Spedito", "Evaso").
    "venduto", "venduta", "pagato", "pagata", "spedito", "spedita", "consegnato", "consegnata", "evaso",
    "evasa", "completato", "completata", "inlavorazione", "chiuso", "chiusa",
    // Dutch: a till's sold line, a web shop's paid, shipped, finished and processing orders (trial 24nl:
    // MplusKASSA's "Verkocht", CCV Shop's "Afgerond" and "Betaald").
    "verkocht", "betaald", "verzonden", "verstuurd", "afgerond", "inbehandeling", "geleverd", "bezorgd",
    "voltooid", "afgehandeld",
    // Swedish: a till's sold line and its receipt type "Försäljning", a web shop's paid, shipped, delivered,
    // finished and processing orders (trial 25se: Sitoo's "Såld", Abicart's "Skickad" and "Betald"); then
    // Danish and Norwegian.
    "såld", "sålt", "försäljning", "betald", "betalt", "skickad", "skickat", "levererad", "levererat",
    "slutförd", "slutfört", "genomförd", "genomfört", "expedierad", "underbehandling", "behandlas", "solgt",
    "salg", "sendt", "afsendt", "leveret", "levert", "gennemført", "fullført", "afsluttet", "avsluttet"};

} // namespace

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
    static constexpr std::array<const char *, 51> Sale = {
        "completed",
        "complete",
        "processing",
        "paid",
        "shipped",
        "delivered",
        "fulfilled",
        "partiallyfulfilled",
        "unfulfilled",
        "unshipped", // Amazon's paid orders not yet shipped
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
    if (contains(NotSold, key) || contains(NotSoldOtherLanguages, key))
        return OrderStatusKind::NotSold;
    if (contains(Sale, key) || contains(SaleOtherLanguages, key) || isPartialRefundStatus(status))
        return OrderStatusKind::Sale;
    return OrderStatusKind::Unknown;
}

bool isPartialRefundStatus(QByteArrayView status)
{
    // Shopify's "partially_refunded", Shopware's "refunded_partially"; Tiendanube's and Nuvemshop's
    // "Parcialmente reembolsado", German shops' "Teilweise erstattet", French ones' "Partiellement
    // remboursé".
    static const char *const PartiallyRefunded[] = {
        "partiallyrefunded",       "refundedpartially",        "parcialmentereembolsado",
        "parcialmentereembolsada", "reembolsadoparcialmente",  "reembolsoparcial",
        "teilweiseerstattet",      "teilweiserückerstattet",   "teilerstattet",
        "partiellementremboursé",  "partiellementremboursée",  "remboursépartiellement",
        "remboursementpartiel",    "gedeeltelijkterugbetaald", "deelsterugbetaald",
        "delvisåterbetald",        "delviskrediterad",         "delvisrefunderet",
        "delvisrefundert"};
    return contains(PartiallyRefunded, orderStatusKey(status));
}

bool isNotSoldStatus(QByteArrayView status, const QStringList &notSoldValues)
{
    if (orderStatusKind(status) == OrderStatusKind::NotSold)
        return true;
    if (notSoldValues.isEmpty())
        return false;
    const QString value = QString::fromUtf8(status);
    return std::any_of(notSoldValues.cbegin(), notSoldValues.cend(),
                       [&value](const QString &v) { return sameStatusValue(value, v); });
}

bool isVoidStatus(const QString &value)
{
    static const char *const Voided[] = {
        "cancelled", "canceled", "cancel", "voided", "void", "annulé", "annulée", "annule", "annulee",
        "cancelado", "cancelada", "anulado", "anulada", "storniert", "storno", "annullato", "annullata",
        "stornato", "stornata", "geannuleerd",
        // Swedish (a till's "Makulerad" line, trial 25se), Danish, Norwegian
        "makulerad", "makulerat", "annullerad", "annullerat", "avbruten", "avbrutet", "makuleret",
        "annulleret", "afbrudt", "makulert", "annullert", "kansellert", "avbrutt"};
    return contains(Voided, orderStatusKey(value.toUtf8()));
}

bool isRefundStatus(const QString &value)
{
    const QString v = value.toLower();
    for (const char *word :
         {"refund", "rembours", "reembols", "erstatt", "rimbors", "return", "devuelt", "terugbetaal",
          "geretourneerd", "återbetal", "krediter", "tilbagebetal", "tilbakebetal"}) {
        if (v.contains(QString::fromUtf8(word)))
            return true;
    }
    // Italian "Reso" (returned) as a whole word: "reso" is inside other words ("resolved").
    return v.trimmed() == QLatin1String("reso");
}

bool sameStatusValue(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace storelens::core
