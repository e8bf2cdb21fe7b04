#pragma once

#include <QString>
#include <QStringList>

namespace storelens::core {

// Trial 20: an Ecwid order export (order_number, payment_status, fulfillment_status, customer_email,
// billing_*, shipping_method, shipping_cost, …), of no export style StoreLens knows by name, was taken for a
// till's: source "Till", channel "In store", store "Main store", and every channel and store figure was
// wrong. The columns that show a web shop's order export whatever its system:
//   - a shipping column (shipping cost, method or address: "shipping_cost", "Shipping", "Ship to city"):
//     a till hands the goods over the counter and exports no shipping;
//   - with one more sign of an order placed from afar: a fulfilment status ("fulfillment_status": shipped,
//     delivered; a till's sale is done when it is paid), a payment status ("payment_status",
//     "Financial Status": awaiting payment; a till is paid before it prints the receipt) or a billing
//     address ("billing_city"; a till's customer is at the counter).
//   - or, without those, an order's own status column ("Status", "Orderstatus": Abicart's Skickad / Betald
//     beside its "Frakt"; trial 25se), not a line's ("Radstatus");
//   - or a second shipping column when one of the two says where the goods go (WiziShop's "Pays de
//     livraison" beside "Frais de port TTC"; trial 21fr).
// The names are read in English, German, French, Spanish, Italian, Dutch, Swedish, Danish and Norwegian
// ("Versandkosten", "Zahlungsstatus", "Rechnungsadresse", "Gastos de envío", "Frais de port", "Frakt"). A
// shipping column alone is not enough (a till may sell postage, and its export name it), nor are the signs
// without one (a till's "Payment Status" of a layaway). Not used: a customer e-mail, name, phone or country
// (a till's loyalty customers have them: Epos Now's "Customer Email"), a currency or tax columns (every
// export has them), and values such as an e-mail on every order (the header alone must tell, so that a saved
// profile, the Check page and the CLI agree without the file's rows). The columns that show it, as the header
// writes them (shipping first); empty when they do not.
QStringList webShopColumns(const QStringList &header);

// "It looks like a web shop's order export (shipping_cost, fulfillment_status): …" for the Check page and the
// CLI (translated); empty when webShopColumns() is.
QString webShopColumnsSentence(const QStringList &header, const QString &source, const QString &channel);

} // namespace storelens::core
