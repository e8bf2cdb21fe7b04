#include "core/import/ExportStyles.h"

#include "core/csv/FieldParsers.h"
#include "core/import/FieldCatalog.h"
#include "core/import/MappingSuggester.h"
#include "core/import/ProfileHeader.h"

#include <QCoreApplication>

#include <algorithm>
#include <initializer_list>

// PrestaShop's orders list export (Orders › Export in the back office, `;`, one row per order), in the back
// office's language: ID, Reference, New client, Delivery (the delivery country), Customer ("A. Fabre": the
// first name's initial and the surname), Total (with tax and shipping, after discounts), Payment, Status,
// Date; in French ID, Référence, Nouveau client, Livraison, Client, Total, Paiement, État, Date. And its
// customers export (Customers › Export), recognised the same way.
namespace storelens::core {

namespace {

class PrestaShopText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::ExportStyles)
};

struct Column
{
    std::initializer_list<const char *> names; // normalised (normaliseHeader()), UTF-8, each language's
    const char *field;                         // empty: left out
};

// ID is the order's number in the back office (Reference, a code of letters, is left out: either keys the
// order, ID is the one the order list sorts by).
const Column kColumns[] = {
    {{"id"}, "order_id"},
    {{"date", "fecha", "datum", "data"}, "date"},
    {{"total", "gesamt", "totale"}, "line_total"},
    {{"status", "état", "estado", "stato"}, "status"},
    {{"delivery", "livraison", "entrega", "lieferung", "consegna"}, "country"},
    {{"customer", "client", "cliente", "kunde"}, "customer_name"},
};

// The columns that mark the export, besides ID and Total: "New client" and "Delivery" in any language.
const std::initializer_list<const char *> kNewClient = {"newclient", "nouveauclient", "nuevocliente",
                                                        "neukunde", "nuovocliente"};
const std::initializer_list<const char *> kDelivery = {"delivery", "livraison", "entrega", "lieferung",
                                                       "consegna"};

bool isOneOf(const QString &name, std::initializer_list<const char *> names)
{
    return std::any_of(names.begin(), names.end(),
                       [&name](const char *n) { return name == QString::fromUtf8(n); });
}

// The customers export (Customers › Export): ID, Social title, First name, Last name, Email address, Sales
// ("433,87 €", or "--" for none), Enabled, Newsletter, Partner offers, Registration, Last visit; in French
// ID, Titre, Prénom, Nom, Adresse e-mail, Ventes, Activé, Newsletter, Offres partenaires, Inscription,
// Dernière visite. Marked by Sales, Enabled and Newsletter in any language.
const std::initializer_list<const char *> kFirstName = {"firstname", "prénom", "nombre", "vorname", "nome"};
const std::initializer_list<const char *> kLastName = {"lastname", "nom", "apellidos", "nachname", "cognome"};
const std::initializer_list<const char *> kEmail = {
    "emailaddress", "email",         "adresseemail", "adressemail", "direccióndecorreoelectrónico",
    "emailadresse", "indirizzoemail"};
const std::initializer_list<const char *> kNewsletter = {"newsletter", "boletín", "boletin"};
const std::initializer_list<const char *> kSales = {"sales", "ventes", "ventas", "verkäufe", "vendite"};
const std::initializer_list<const char *> kEnabled = {"enabled",   "activé",    "activo",
                                                      "aktiviert", "abilitato", "attivo"};

} // namespace

bool isPrestaShopCustomersExport(const QStringList &header)
{
    const QStringList names = normalisedHeader(header);
    const auto has = [&names](std::initializer_list<const char *> any) {
        return std::any_of(names.begin(), names.end(), [any](const QString &n) { return isOneOf(n, any); });
    };
    return has({"id"}) && has(kSales) && has(kEnabled) && has(kNewsletter) && has(kLastName);
}

bool isPrestaShopOrdersExport(const QStringList &header)
{
    const QStringList names = normalisedHeader(header);
    const auto has = [&names](std::initializer_list<const char *> any) {
        return std::any_of(names.begin(), names.end(), [any](const QString &n) { return isOneOf(n, any); });
    };
    return has({"id"}) && has({"total", "gesamt", "totale"}) && has(kNewClient) && has(kDelivery);
}

QString prestaShopSourceName()
{
    return QStringLiteral("PrestaShop");
}

namespace exportstyles {

// The customer column names no one for sure ("A. Fabre" may be three people), so it names guest orders
// (sourceNotes() says so); the order states are the back office's, in its language: the usual cancelled and
// refunded values in each are returns (defaultCancelStatusValues()), its unpaid ones are no sale
// (orderStatusKind()). The orders are online.
void suggestPrestaShopOrders(const QStringList &header, ImportProfile &profile)
{
    if (!isPrestaShopOrdersExport(header))
        return;
    for (ColumnMapping &c : profile.columns) {
        const QString name = normaliseHeader(c.column);
        c.field.clear();
        for (const Column &column : kColumns) {
            if (isOneOf(name, column.names))
                c.field = QLatin1String(column.field);
        }
    }
    profile.lineTotalAfterDiscount = true;
    profile.cancelStatusValues =
        profile.columnFor(field::Status).isEmpty() ? QStringList() : defaultCancelStatusValues();
    profile.defaultChannel = webShopChannelName();
    profile.name = QStringLiteral("PrestaShop orders");
    profile.source = prestaShopSourceName();
}

// The first and last names are the name, joined with a space in the file's order (first name first), the
// e-mail address is the e-mail and Newsletter the e-mail consent; the rest (title, sales, enabled, partner
// offers, registration, last visit) has no field. The decimal separator is the Sales column's ("433,87 €"),
// which no field reads but which is the only money the file shows.
void suggestPrestaShopCustomers(const FilePreview &preview, ImportProfile &profile)
{
    if (!isPrestaShopCustomersExport(preview.header))
        return;
    QList<QByteArray> sales;
    for (qsizetype i = 0; i < profile.columns.size(); ++i) {
        ColumnMapping &c = profile.columns[i];
        const QString name = normaliseHeader(c.column);
        c.field.clear();
        if (name == QLatin1String("id"))
            c.field = field::CustomerId;
        else if (isOneOf(name, kFirstName) || isOneOf(name, kLastName))
            c.field = QStringLiteral("name");
        else if (isOneOf(name, kEmail))
            c.field = QStringLiteral("email");
        else if (isOneOf(name, kNewsletter))
            c.field = QStringLiteral("consent_email");
        else if (isOneOf(name, kSales)) {
            for (const QStringList &row : preview.rows) {
                if (i < row.size() && !row.at(i).isEmpty())
                    sales << row.at(i).toUtf8();
            }
        }
    }
    if (const std::optional<char> decimal = csv::decideDecimalSeparator(sales)) {
        profile.decimalSeparator = *decimal;
        profile.decimalSeparatorOpen = false;
    }
    profile.name = QStringLiteral("PrestaShop customers");
    profile.source = prestaShopSourceName();
}

QList<StyleNote> prestaShopNotes(const ImportProfile &profile)
{
    QList<StyleNote> notes;
    const QStringList header = profileHeader(profile);
    if (profile.entity != Entity::Orders || !isPrestaShopOrdersExport(header))
        return notes;
    const QString total = profile.columnFor(field::LineTotal);
    if (!total.isEmpty())
        notes << StyleNote{StyleNoteKind::SalesHoldShipping,
                           PrestaShopText::tr("\"%1\" is each order's total with tax and shipping: net sales "
                                              "include the shipping the orders charged.")
                               .arg(total)};
    const QString customer = profile.columnFor(field::CustomerName);
    if (!customer.isEmpty() && profile.columnFor(field::CustomerId).isEmpty() &&
        profile.columnFor(field::CustomerEmail).isEmpty())
        notes << StyleNote{StyleNoteKind::NoCustomers,
                           PrestaShopText::tr("\"%1\" names customers by an initial and a surname (\"A. "
                                              "Fabre\"), which can be several people: the orders count as "
                                              "guest sales, and customer figures (retention, segments, "
                                              "lifetime value) leave them out.")
                               .arg(customer)};
    notes << StyleNote{StyleNoteKind::NoProducts,
                       PrestaShopText::tr("The orders list names no products, so the orders carry none.")};
    return notes;
}

} // namespace exportstyles

} // namespace storelens::core
