#include "core/import/WebShopEvidence.h"

#include "core/import/FieldCatalog.h"
#include "core/model/DisplayNames.h"
#include "core/model/SourceNames.h"
#include "core/model/TextLocale.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <vector>

namespace storelens::core {

namespace {

class WebShopEvidenceText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::WebShopEvidence)
};

// The first column whose normalised name passes `test`, or -1.
template<typename Test> qsizetype firstColumn(const QStringList &names, Test test)
{
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (test(names.at(i)))
            return i;
    }
    return -1;
}

// As normaliseHeader() writes them (lower case, accents kept). English, German, French, Spanish, Italian,
// Dutch, Swedish, Danish and Norwegian, as shop back offices write them (Gambio's "Versandkosten", WiziShop's
// "Frais de port TTC" and "Pays de livraison", "Gastos de envío", Abicart's "Frakt", "Leveransland"; trials
// 21fr, 25se: a web shop's orders were taken for a till's).
bool namesShipping(const QString &name)
{
    static const char *const parts[] = {
        "shipping",     "versand", "fraisdeport", "livraison",     "envío",      "envio",
        "spedizion",    "verzend", "bezorg",      "lieferadresse", "lieferland", "lieferanschrift",
        "lieferkosten", "frakt",   "fragt",       "leverans",      "levering"};
    return name.startsWith(QLatin1String("shipto")) ||
           std::any_of(std::begin(parts), std::end(parts),
                       [&name](const char *part) { return name.contains(QString::fromUtf8(part)); });
}

// Where a shipping column sends the goods: with a second shipping column (a cost or a method), an order sent
// to an address, which no till does ("Pays de livraison" beside "Frais de port TTC").
bool namesDestination(const QString &name)
{
    static const char *const parts[] = {"address",   "country", "city",      "postcode",  "zip",
                                        "adresse",   "pays",    "ville",     "dirección", "direccion",
                                        "país",      "pais",    "población", "anschrift", "land",
                                        "indirizzo", "paese",   "adres"};
    return std::any_of(std::begin(parts), std::end(parts),
                       [&name](const char *part) { return name.contains(QString::fromUtf8(part)); });
}

// An order's fulfilment status, its payment status and its billing address, in that order; then the order's
// own status, named as a whole column ("Status", "Orderstatus", "Bestellstatus"): beside shipping it is an
// order's payment and shipping state in one (trial 25se: Abicart's Status, Skickad / Betald / Krediterad,
// beside its Frakt). Not a line's status ("Radstatus", "Line status"): a till voids its lines one by one.
const std::vector<std::vector<const char *>> &orderSigns()
{
    static const std::vector<std::vector<const char *>> signs{
        {"fulfillmentstatus", "fulfilmentstatus", "versandstatus", "lieferstatus", "statutdelivraison",
         "estadodelenvío", "estadodeenvío", "statospedizione", "verzendstatus"},
        {"paymentstatus", "financialstatus", "zahlungsstatus", "statutdupaiement", "statutpaiement",
         "étatdupaiement", "estadodelpago", "estadodepago", "estadopago", "statopagamento", "betaalstatus"},
        {"billing", "rechnungsadresse", "rechnungsland", "rechnungsanschrift", "facturation", "facturación",
         "fatturazione", "factuuradres"}};
    return signs;
}

bool namesOrderStatus(const QString &name)
{
    static const char *const names[] = {"status",         "orderstatus",     "ordrestatus",
                                        "bestellstatus",  "bestelstatus",    "statutdelacommande",
                                        "statutcommande", "estadodelpedido", "statoordine"};
    return std::any_of(std::begin(names), std::end(names),
                       [&name](const char *n) { return name == QString::fromUtf8(n); });
}

} // namespace

QStringList webShopColumns(const QStringList &header)
{
    QStringList names;
    for (const QString &h : header)
        names << normaliseHeader(h);
    const qsizetype shipping = firstColumn(names, namesShipping);
    if (shipping < 0)
        return {};
    QStringList out{header.at(shipping)};
    for (const std::vector<const char *> &kind : orderSigns()) {
        const qsizetype sign = firstColumn(names, [&kind](const QString &name) {
            return std::any_of(kind.begin(), kind.end(),
                               [&name](const char *part) { return name.contains(QString::fromUtf8(part)); });
        });
        if (sign >= 0 && !out.contains(header.at(sign)))
            out << header.at(sign);
    }
    if (const qsizetype status = firstColumn(names, namesOrderStatus); out.size() == 1 && status >= 0)
        out << header.at(status);
    // Without them, a second shipping column when one of the two names a destination.
    for (qsizetype i = shipping + 1; out.size() == 1 && i < names.size(); ++i) {
        if (namesShipping(names.at(i)) &&
            (namesDestination(names.at(i)) || namesDestination(names.at(shipping)))) {
            out << header.at(i);
            break;
        }
    }
    return out.size() >= 2 ? out : QStringList();
}

QString webShopColumnsSentence(const QStringList &header, const QString &source, const QString &channel)
{
    const QStringList columns = webShopColumns(header);
    if (columns.isEmpty())
        return {};
    return WebShopEvidenceText::
        tr("The file looks like a web shop's order export (it has the columns %1: "
           "shipping, with an order's fulfilment, payment or billing or where it is sent): its lines go to "
           "the source \"%2\" and the channel \"%3\".")
            .arg(textList(columns), sourceDisplayName(source), storeChannelDisplayName(channel));
}

} // namespace storelens::core
