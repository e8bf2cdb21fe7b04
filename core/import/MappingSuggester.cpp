#include "core/import/MappingSuggester.h"
#include "core/import/WebShopEvidence.h"

#include "core/csv/CsvReader.h"
#include "core/csv/FieldParsers.h"
#include "core/import/EntityDetector.h"
#include "core/import/ExportStyles.h"
#include "core/import/ExportStylesAmazon.h"
#include "core/import/ExportStylesClover.h"
#include "core/import/ExportStylesDsfinvk.h"
#include "core/import/ExportStylesEbay.h"
#include "core/import/ExportStylesLoyverse.h"
#include "core/import/ExportStylesSquareOnline.h"
#include "core/import/ExportStylesSquarespace.h"
#include "core/import/ExportStylesSumUp.h"
#include "core/import/ExportStylesTiendanube.h"
#include "core/import/ExportStylesToast.h"
#include "core/import/ExportStylesWix.h"
#include "core/import/FieldCatalog.h"
#include "core/import/LineTotalEvidence.h"
#include "core/import/OrderSeries.h"
#include "core/import/OrderSpread.h"
#include "core/import/SplitNames.h"
#include "core/import/TillVoids.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cctype>

namespace storelens::core {

namespace {

constexpr int kNoMatch = 1000;

// How well a header names a field: the synonym's position (0 best), kNoMatch when it is none of them. Only
// whole names match: a prefix rule would read Square's "Price Point Name" as a price.
int matchRank(const QString &normalisedHeader, const FieldSpec &spec)
{
    const int exact = int(spec.synonyms.indexOf(normalisedHeader));
    return exact >= 0 ? exact : kNoMatch;
}

// A till's line total, what it charged for the line with tax: German tills' "Gesamtbetrag", "Gesamt brutto"
// and "Bruttobetrag", French tills' "Total TTC", Swedish ones' "Belopp inkl. moms" (chooseTillAmount()). Not
// the Italian "Totale", which may be a document's total repeated on its rows: read beside a unit price only
// when the rows show it is the line's.
bool isTillLineTotal(const QString &header)
{
    static const QStringList names = {QStringLiteral("gesamtbetrag"),  QStringLiteral("gesamtbrutto"),
                                      QStringLiteral("bruttobetrag"),  QStringLiteral("totalttc"),
                                      QStringLiteral("montantttc"),    QStringLiteral("beloppinklmoms"),
                                      QStringLiteral("beløbinklmoms"), QStringLiteral("beløpinklmva")};
    return !header.isEmpty() && names.contains(normaliseHeader(header));
}

QList<QByteArray> columnSamples(const FilePreview &preview, int column)
{
    QList<QByteArray> samples;
    for (const QStringList &row : preview.rows) {
        if (column < row.size() && !row.at(column).isEmpty())
            samples << row.at(column).toUtf8();
    }
    return samples;
}

// Holded's invoices (trial 21): a "Canal de venta" column of "Tienda online" on every row, and no shipping
// column; its lines went to the till's source and "Main store". A channel column whose every value in the
// preview names selling online ("Online", "Webshop", "Tienda online", "Boutique en ligne", "E-commerce")
// makes the file a web shop's as its columns would (the channel of a row that names none is then "Online"
// too).
bool channelColumnSaysOnline(const FilePreview &preview, const ImportProfile &profile)
{
    int column = -1;
    for (int c = 0; c < profile.columns.size() && column < 0; ++c) {
        if (profile.columns.at(c).field == field::Channel)
            column = c;
    }
    if (column < 0)
        return false;
    static const char *const online[] = {"online",  "web",       "enligne", "enlínea",
                                         "enlinea", "ecommerce", "internet"};
    const QList<QByteArray> values = columnSamples(preview, column);
    return !values.isEmpty() && std::all_of(values.begin(), values.end(), [](const QByteArray &value) {
        const QString name = normaliseHeader(QString::fromUtf8(value));
        return std::any_of(std::begin(online), std::end(online),
                           [&name](const char *word) { return name.contains(QString::fromUtf8(word)); });
    });
}

// "C536379" beside "536365": an ERP's cancellation invoices.
QString detectCancelPrefix(const QList<QByteArray> &orderIds)
{
    static const QRegularExpression prefixed(QStringLiteral("^([A-Za-z])\\d+$"));
    static const QRegularExpression numeric(QStringLiteral("^\\d+$"));
    int plain = 0;
    QHash<QString, int> prefixes;
    for (const QByteArray &id : orderIds) {
        const QString s = QString::fromUtf8(id);
        if (numeric.match(s).hasMatch()) {
            ++plain;
        } else if (const auto m = prefixed.match(s); m.hasMatch()) {
            ++prefixes[m.captured(1)];
        }
    }
    // One letter that marks a minority of otherwise numeric ids.
    if (prefixes.size() == 1 && plain > 0 && prefixes.cbegin().value() < plain)
        return prefixes.cbegin().key();
    return {};
}

// Whether the header names an e-mail address or a phone number that can key an order's customers.
bool hasContactColumn(const FilePreview &preview)
{
    const FieldSpec *email = findField(Entity::Orders, field::CustomerEmail);
    const FieldSpec *phone = findField(Entity::Orders, field::CustomerPhone);
    return std::any_of(preview.header.cbegin(), preview.header.cend(), [&](const QString &h) {
        const QString name = normaliseHeader(h);
        return (email && matchRank(name, *email) != kNoMatch) ||
               (phone && matchRank(name, *phone) != kNoMatch);
    });
}

// Whether a column's previewed values let it feed a field its header names. A voided flag comes only from a
// column of yes/no words (Toast's "Void?" True/False: parseBool()); a "Void" of 0 only is something else (an
// amount column may be 0 on the first rows). An order's customer id never comes from a column empty on every
// previewed row when the file has an e-mail or phone column to key the customers instead (trial 23us:
// Shift4Shop's Customer ID, empty for guest checkouts, made every buyer a guest although each row had a
// Billing Email). Without such a column it stays: a till whose first 1,000 rows hold no loyalty number may
// still name customers further down.
bool valuesFit(const FilePreview &preview, const ImportProfile &profile, int column, const FieldSpec &spec)
{
    if (spec.key == field::Voided) {
        const QList<QByteArray> samples = columnSamples(preview, column);
        const auto flag = [](const QByteArray &v) { return csv::parseBool(v.trimmed()).has_value(); };
        const auto word = [](const QByteArray &v) {
            return !v.trimmed().isEmpty() && !std::isdigit(static_cast<unsigned char>(v.trimmed().front()));
        };
        return std::all_of(samples.cbegin(), samples.cend(), flag) &&
               std::any_of(samples.cbegin(), samples.cend(), word);
    }
    if (spec.key == field::CustomerId && profile.entity == Entity::Orders && !preview.rows.isEmpty() &&
        hasContactColumn(preview)) {
        return std::any_of(preview.rows.cbegin(), preview.rows.cend(), [column](const QStringList &row) {
            return column < row.size() && !row.at(column).trimmed().isEmpty();
        });
    }
    return true;
}

// A discount column of rates, not money, and how it writes them: the header says so ("Discount %",
// "Discount rate") or every value is a fraction below 1 and some is above 0 (METRICS.md section 1, Line
// totals). A named column with a value above 1 (Odoo's "Discount (%)": 0.00, 10.00, 20.00) holds percentages;
// a value that carries "%" is read as one either way.
// A header that names a rate: "Discount %", "Discount rate", "Descuento %".
bool namesARate(const QString &header)
{
    const QString h = header.toLower();
    return h.contains(QLatin1Char('%')) || h.contains(QLatin1String("rate")) ||
           h.contains(QLatin1String("percent")) || h.contains(QLatin1String("pct"));
}

std::optional<csv::RateScale> rateScale(const QString &header, const QList<QByteArray> &samples,
                                        char decimalSeparator)
{
    if (samples.isEmpty())
        return std::nullopt;
    const bool named = namesARate(header);
    bool anyAboveZero = false;
    bool anyAboveOne = false;
    for (const QByteArray &sample : samples) {
        const QByteArray t = sample.trimmed();
        if (!named && t.endsWith('%'))
            return csv::RateScale::Fraction;
        if (const auto rate = csv::parseRate(t, decimalSeparator)) {
            anyAboveZero = anyAboveZero || rate.value() > 0;
            continue;
        }
        if (!named || !csv::parseRate(t, decimalSeparator, csv::RateScale::Percent))
            return std::nullopt;
        anyAboveOne = true;
    }
    if (anyAboveOne)
        return csv::RateScale::Percent;
    if (named || anyAboveZero)
        return csv::RateScale::Fraction;
    return std::nullopt;
}

bool holdsRates(const QString &header, const QList<QByteArray> &samples, char decimalSeparator)
{
    return rateScale(header, samples, decimalSeparator).has_value();
}

// A till that writes "Rabatt %" and "Rabatt €" side by side: both name the discount, the first became the
// rate. The money column is the amount actually taken off (the rate's result, and the only one filled for
// a voucher of a fixed amount), so it is the discount and the rate is left unmapped: mapping both would
// take the discount off twice.
void preferMoneyDiscount(const FilePreview &preview, ImportProfile &profile)
{
    const FieldSpec *spec = findField(profile.entity, field::Discount);
    const int rateColumn =
        int(std::find_if(profile.columns.cbegin(), profile.columns.cend(),
                         [](const ColumnMapping &m) {
                             return m.field == field::DiscountRate || m.field == field::DiscountPercent;
                         }) -
            profile.columns.cbegin());
    if (!spec || rateColumn >= profile.columns.size() || !profile.columnFor(field::Discount).isEmpty())
        return;
    const int rank = matchRank(normaliseHeader(profile.columns.at(rateColumn).column), *spec);
    for (int c = 0; c < profile.columns.size() && rank != kNoMatch; ++c) {
        ColumnMapping &m = profile.columns[c];
        if (c == rateColumn || !m.field.isEmpty() || matchRank(normaliseHeader(m.column), *spec) != rank ||
            holdsRates(m.column, columnSamples(preview, c), profile.decimalSeparator))
            continue;
        m.field = field::Discount;
        profile.columns[rateColumn].field.clear();
        return;
    }
}

// "Sconto %" before "Sconto" (trial 23it: Cassa in Cloud): both names normalise alike, and the first, the
// rate, took the discount. The column whose name names no rate is the money taken off, whatever the preview's
// rows hold (a till's staff rates may all come after them, leaving the rate column empty there), so it takes
// the discount and the rate is left unmapped, as preferMoneyDiscount() does once the values have shown it.
void preferDiscountNamingNoRate(const FilePreview &preview, ImportProfile &profile)
{
    const FieldSpec *spec = findField(profile.entity, field::Discount);
    const int rateColumn = int(preview.header.indexOf(profile.columnFor(field::Discount)));
    if (!spec || rateColumn < 0 || rateColumn >= profile.columns.size() ||
        !namesARate(preview.header.at(rateColumn)))
        return;
    const int rank = matchRank(normaliseHeader(preview.header.at(rateColumn)), *spec);
    for (int c = 0; c < profile.columns.size() && rank != kNoMatch; ++c) {
        ColumnMapping &m = profile.columns[c];
        if (c != rateColumn && m.field.isEmpty() && !namesARate(m.column) &&
            matchRank(normaliseHeader(m.column), *spec) == rank) {
            m.field = field::Discount;
            profile.columns[rateColumn].field.clear();
            return;
        }
    }
}

// Whether the preview writes column `c` once per order: on the first row of each order of several rows and
// on none of its later rows (Squarespace's and Shopify's order-level columns), with such an order to show it.
bool givenOncePerOrder(const FilePreview &preview, int idColumn, int c)
{
    QHash<QString, bool> firstRowWritten; // order id -> whether its first row has a value
    bool severalRows = false;
    for (const QStringList &row : preview.rows) {
        const QString id = row.value(idColumn);
        const bool written = !row.value(c).isEmpty();
        if (id.isEmpty())
            return false;
        const auto first = firstRowWritten.constFind(id);
        if (first == firstRowWritten.cend()) {
            firstRowWritten.insert(id, written);
            continue;
        }
        if (written || !first.value())
            return false;
        severalRows = true;
    }
    return severalRows;
}

// A discount column whose header names the order discount as well as the line's ("Discount Amount") and that
// is given once per order, on the order's first row only, is the order's discount, spread over its lines
// (trial 15: Squarespace's Discount Amount was taken as the first line's discount, larger than the line).
// So is a discount column of any name that writes one amount on every row of each order, as the order's other
// fields are (OrderSpread::RepeatedPerOrder): read as each line's, the coupon would be taken once per item.
// The other way round, an order discount by its name ("coupon_discount") whose amounts differ between the
// rows of an order is each line's (trial 20: Ecwid's coupon_discount, repeated on each item row).
void preferOrderDiscount(const FilePreview &preview, ImportProfile &profile)
{
    const FieldSpec *orderDiscount = findField(profile.entity, field::OrderDiscount);
    const int idColumn = int(preview.header.indexOf(profile.columnFor(field::OrderId)));
    if (!orderDiscount || idColumn < 0)
        return;
    const auto spread = [&](int c) { return orderSpread(preview, idColumn, c, profile.decimalSeparator); };
    const int mapped = int(preview.header.indexOf(profile.columnFor(field::OrderDiscount)));
    if (mapped >= 0) {
        if (profile.columnFor(field::Discount).isEmpty() && spread(mapped) == OrderSpread::VariesPerLine)
            profile.columns[mapped].field = field::Discount;
        return;
    }
    for (int c = 0; c < profile.columns.size(); ++c) {
        ColumnMapping &m = profile.columns[c];
        if (m.field != field::Discount)
            continue;
        const bool namedBoth = matchRank(normaliseHeader(m.column), *orderDiscount) != kNoMatch;
        if ((namedBoth && givenOncePerOrder(preview, idColumn, c)) ||
            spread(c) == OrderSpread::RepeatedPerOrder) {
            m.field = field::OrderDiscount;
            return;
        }
    }
}

// A line total whose name says it is net of the line's discount ("Net Sales", or "Sales", "Gesamtbetrag" or
// "Umsatz" beside a discount).
bool isNetTotalName(const QString &header)
{
    static const QStringList names = {QStringLiteral("netsales"),     QStringLiteral("sales"),
                                      QStringLiteral("gesamtbetrag"), QStringLiteral("umsatz"),
                                      QStringLiteral("gesamtbrutto"), QStringLiteral("bruttobetrag")};
    return names.contains(normaliseHeader(header));
}

// A till's line total beside its unit price ("Gesamtbetrag", "Total TTC") is what the till charged for the
// line, rounded to the cent (0.185 kg × 24.90 is 4.61, not 4.6065), so it is read instead of the price when
// the file says how it stands to the line's discount: by its discounted rows (`evidence`), else by its name,
// or because there is no discount. When neither says, the unit price and the discount are read, which need no
// such choice, and the total is left out: nothing is guessed (trial 18: "Total TTC", read as before
// "Remise", took every discount off twice).
void chooseTillAmount(ImportProfile &profile, const LineTotalEvidence &evidence, bool discounted)
{
    const QString total = profile.columnFor(field::LineTotal);
    if (total.isEmpty() || profile.columnFor(field::UnitPrice).isEmpty())
        return;
    const bool said =
        evidence.says != LineTotalEvidence::Says::Nothing || !discounted || isNetTotalName(total);
    const QString dropped = said ? field::UnitPrice : field::LineTotal;
    for (ColumnMapping &c : profile.columns) {
        if (c.field == dropped)
            c.field.clear();
    }
}

// A discount column whose values all look like rates (0,34, 0,75: a till's small discounts) is money when
// the rows say so: every discounted line's total is quantity × unit price − the discount, to the cent.
bool moneyByTheRows(const FilePreview &preview, const ImportProfile &profile, const ColumnMapping &discount)
{
    if (discount.field != field::Discount)
        return false;
    return lineTotalEvidence(preview, profile).says == LineTotalEvidence::Says::AfterDiscount;
}

// Orders: a discount column of rates is mapped as one, one given once per order as the order's discount, and
// a line total is taken as after the discount when the file's discounted rows say so (LineTotalEvidence),
// else when its name says it is net of discounts (isNetTotalName()); a till's total beside a unit price is
// read instead of it when that is known (chooseTillAmount()).
void suggestAmounts(const FilePreview &preview, ImportProfile &profile)
{
    preferDiscountNamingNoRate(preview, profile);
    for (int c = 0; c < profile.columns.size(); ++c) {
        ColumnMapping &m = profile.columns[c];
        if (m.field == field::Discount || m.field == field::DiscountRate) {
            const auto scale = rateScale(m.column, columnSamples(preview, c), profile.decimalSeparator);
            if (scale && !moneyByTheRows(preview, profile, m))
                m.field = *scale == csv::RateScale::Percent ? field::DiscountPercent : field::DiscountRate;
        }
    }
    preferMoneyDiscount(preview, profile);
    preferOrderDiscount(preview, profile);
    // Shopify's Discount Amount is the order's total_discounts: counting its Lineitem discounts too took a
    // line's discount twice.
    profile.orderDiscountIncludesLines = profile.mapsShopifyDiscounts();
    const bool discounted = !profile.columnFor(field::Discount).isEmpty() ||
                            !profile.columnFor(field::DiscountRate).isEmpty() ||
                            !profile.columnFor(field::DiscountPercent).isEmpty();
    const QString total = profile.columnFor(field::LineTotal);
    if (!total.isEmpty() && discounted)
        profile.lineTotalAfterDiscount = isNetTotalName(total);
    const LineTotalEvidence evidence = lineTotalEvidence(preview, profile);
    if (evidence.says != LineTotalEvidence::Says::Nothing)
        profile.lineTotalAfterDiscount = evidence.says == LineTotalEvidence::Says::AfterDiscount;
    chooseTillAmount(profile, evidence, discounted);
}

// A customer column that holds people's names ("Client": "Louise Mercier"), no number or address, beside an
// e-mail address: the name is no key (two Martins are two people, one person's name is written two ways), so
// it is the customer's name and the e-mail address keys the customer (trial 18: a French till's Client was
// the customer id beside its E-mail client). A name alone stays the key (Lightspeed's Customer: "Müller"),
// and so does a name beside a phone number only: without an id or an address the lines would have no
// customer (RecordConverter). A customer number beside them keys the customer then.
void preferContactKey(const FilePreview &preview, ImportProfile &profile)
{
    static const QStringList personWords = {QStringLiteral("customer"), QStringLiteral("client"),
                                            QStringLiteral("kunde"), QStringLiteral("buyer"),
                                            QStringLiteral("cliente")};
    const QString id = profile.columnFor(field::CustomerId);
    if (id.isEmpty() || !personWords.contains(normaliseHeader(id)) ||
        !profile.columnFor(field::CustomerName).isEmpty() ||
        profile.columnFor(field::CustomerEmail).isEmpty())
        return;
    static const QRegularExpression notAName(QStringLiteral("[0-9@]"));
    const QList<QByteArray> samples = columnSamples(preview, int(preview.header.indexOf(id)));
    const bool names =
        !samples.isEmpty() && std::none_of(samples.cbegin(), samples.cend(), [](const QByteArray &v) {
            return QString::fromUtf8(v).contains(notAName);
        });
    if (!names)
        return;
    for (ColumnMapping &c : profile.columns) {
        if (c.field == field::CustomerId)
            c.field = field::CustomerName;
    }
    // The customer's number then keys the customer when the file has one (trial 22en: Hike's "Customer code",
    // "CUS-1114", beside its "Customer" name; the till's customers with a phone number and no e-mail address
    // were counted as walk-in sales).
    const FieldSpec *spec = findField(Entity::Orders, field::CustomerId);
    for (ColumnMapping &c : profile.columns) {
        const QString name = normaliseHeader(c.column);
        const int column = int(&c - profile.columns.data());
        if (spec && c.field.isEmpty() && spec->synonyms.contains(name) && !personWords.contains(name) &&
            !name.contains(QLatin1String("email")) && valuesFit(preview, profile, column, *spec)) {
            c.field = field::CustomerId;
            return;
        }
    }
}

// What the sample values of a column read as (a file without a header has nothing else to go by).
struct ColumnShape
{
    bool dates = false;     // every value is a date
    bool integers = false;  // every value is a whole number
    bool amounts = false;   // every value is money and some has decimals
    bool paddedIds = false; // whole numbers written with leading zeros ("00042"): identifiers
};

ColumnShape shapeOf(const QList<QByteArray> &samples, char decimalSeparator)
{
    ColumnShape shape;
    if (samples.isEmpty())
        return shape;
    shape.dates = shape.integers = shape.amounts = shape.paddedIds = true;
    bool decimals = false;
    bool padded = false;
    for (const QByteArray &raw : samples) {
        const QByteArray v = raw.trimmed();
        shape.dates = shape.dates && v.size() >= 6 && csv::parseDateTime(v, csv::DateOrder::Unknown).ok();
        const bool integer = csv::parseInteger(v).ok();
        shape.integers = shape.integers && integer;
        shape.amounts = shape.amounts && csv::parseMoney(v, decimalSeparator).ok();
        decimals = decimals || v.contains(decimalSeparator);
        padded = padded || (integer && v.size() > 1 && v.startsWith('0'));
    }
    shape.amounts = shape.amounts && decimals && !shape.dates;
    shape.paddedIds = shape.integers && padded;
    shape.integers = shape.integers && !shape.dates;
    return shape;
}

// Order lines in a file without a header (CDNOW's purchase log: customer, YYYYMMDD, CDs, dollars), mapped
// by their values: the first column of dates is the order date; a column of amounts with decimals after it
// is the line total (the last one); the first column of whole numbers between them is the quantity; the
// first column of identifiers before the date is the customer. Nothing else is guessed; the user checks it
// on the Columns page (or with --profile).
void suggestByValues(const FilePreview &preview, ImportProfile &profile)
{
    const char decimal =
        csv::decideDecimalSeparator(columnSamples(preview, int(preview.header.size()) - 1)).value_or('.');
    std::vector<ColumnShape> shapes;
    for (int c = 0; c < profile.columns.size(); ++c)
        shapes.push_back(shapeOf(columnSamples(preview, c), decimal));
    int date = -1;
    for (int c = 0; c < int(shapes.size()) && date < 0; ++c)
        date = shapes[size_t(c)].dates ? c : -1;
    if (date < 0)
        return;
    profile.columns[date].field = field::Date;
    int total = -1;
    for (int c = int(shapes.size()) - 1; c > date && total < 0; --c)
        total = shapes[size_t(c)].amounts ? c : -1;
    if (total >= 0)
        profile.columns[total].field = field::LineTotal;
    for (int c = date + 1; c < (total >= 0 ? total : int(shapes.size())); ++c) {
        if (shapes[size_t(c)].integers && !shapes[size_t(c)].paddedIds) {
            profile.columns[c].field = field::Quantity;
            break;
        }
    }
    for (int c = 0; c < date; ++c) {
        if (shapes[size_t(c)].integers || shapes[size_t(c)].paddedIds) {
            profile.columns[c].field = field::CustomerId;
            break;
        }
    }
    profile.dateOrder = csv::detectDateOrder(columnSamples(preview, date));
    profile.decimalSeparator = decimal;
    profile.decimalSeparatorOpen = false;
}

} // namespace

bool isWebShopExport(const QStringList &header)
{
    // Columns only a web shop's order export has, all of them present (as normaliseHeader() writes them).
    static const char *const webShops[][2] = {
        {"financialstatus", "lineitemname"},      // Shopify, and Squarespace (its columns follow Shopify's)
        {"orderstatus", "customeruserid"},        // WooCommerce
        {"orderstatus", "billingemail"},          // WooCommerce's orders export without the user id
        {"itemtotal", "ordersalestax"},           // Etsy's Sold Order Items
        {"ordervalue", "buyeruserid"},            // Etsy's Sold Orders
        {"productdetails", "subtotalextax"},      // BigCommerce's Orders
        {"purchasepoint", "grandtotalpurchased"}, // Magento's orders grid
        {"orderdatetime", "amounttotal"},         // Shopware 6's orders
    };
    if (isPrestaShopOrdersExport(header) || // its columns are named in the back office's language
        isWixOrdersExport(header) || isTiendanubeOrdersExport(header) || isSquareOnlineOrdersExport(header) ||
        isEbayOrdersReport(header) || isAmazonAllOrdersReport(header) || !webShopColumns(header).isEmpty())
        return true;
    QStringList names;
    for (const QString &h : header)
        names << normaliseHeader(h);
    return std::any_of(std::begin(webShops), std::end(webShops), [&names](const auto &columns) {
        return std::all_of(std::begin(columns), std::end(columns),
                           [&names](const char *c) { return names.contains(QLatin1String(c)); });
    });
}

QStringList defaultCancelStatusValues()
{
    // English, then French, Spanish, German, Italian, Dutch, Swedish, Danish and Norwegian, as shop back
    // offices write them in those languages (PrestaShop's "Annulé" and "Remboursé", WooCommerce's "Annulée"
    // and "Remboursée", Abicart's "Krediterad", ...). On a till whose status is per line, the voided ones
    // ("Storniert", "Anulado", "Stornato", "Geannuleerd", "Makulerad") become not-sold values instead
    // (leaveTillVoidsOut(); trials 23it, 24nl, 24fr, 25se).
    static const char *const values[] = {
        "refunded",   "refund",        "cancelled",   "canceled",    "returned",      "voided",
        "annulé",     "annulée",       "remboursé",   "remboursée",  "cancelado",     "cancelada",
        "anulado",    "anulada",       "reembolsado", "reembolsada", "devuelto",      "storniert",
        "erstattet",  "rückerstattet", "annullato",   "annullata",   "rimborsato",    "rimborsata",
        "reso",       "stornato",      "stornata",    "geannuleerd", "geretourneerd", "terugbetaald",
        "makulerad",  "annullerad",    "avbruten",    "returnerad",  "krediterad",    "återbetald",
        "annulleret", "refunderet",    "returneret",  "krediteret",  "annullert",     "kansellert",
        "refundert",  "returnert",     "kreditert"};
    QStringList out;
    for (const char *v : values)
        out << QString::fromUtf8(v);
    return out;
}

void useDefaultCancelStatusValues(ImportProfile &profile, const FilePreview &preview)
{
    if (profile.entity == Entity::Orders && profile.cancelStatusValues.isEmpty() &&
        !profile.columnFor(field::Status).isEmpty()) {
        profile.cancelStatusValues = defaultCancelStatusValues();
        leaveTillVoidsOut(profile, preview);
    }
}

QString webShopChannelName()
{
    return QStringLiteral("Online");
}

Result<FilePreview> previewFile(const QString &path, std::optional<csv::Dialect> dialect, int maxRows)
{
    FilePreview preview;
    preview.path = path;
    if (dialect) {
        preview.dialect = *dialect;
    } else {
        auto sniffed = csv::sniffFile(path);
        if (!sniffed)
            return sniffed.error();
        preview.dialect = sniffed.value();
    }
    csv::CsvReader reader(preview.dialect);
    if (auto opened = reader.open(path); !opened)
        return opened.error();
    preview.fileSize = reader.fileSize();
    bool first = true;
    int width = 0;
    while (preview.rows.size() < maxRows && reader.next()) {
        QStringList row;
        for (int i = 0; i < reader.fieldCount(); ++i)
            row << reader.fieldText(i);
        if (first && preview.dialect.hasHeader) {
            preview.header = row;
        } else {
            preview.rows << row;
            preview.rowLines << reader.recordLine();
        }
        width = std::max(width, int(row.size()));
        first = false;
    }
    if (reader.error().code() != ErrorCode::None)
        return reader.error();
    for (int i = int(preview.header.size()); i < width; ++i)
        preview.header
            << QCoreApplication::translate("storelens::core::MappingSuggester", "Column %1").arg(i + 1);
    return preview;
}

QList<ContestedField> contestedFields(const FilePreview &preview, const ImportProfile &profile)
{
    QList<ContestedField> contested;
    if (!preview.dialect.hasHeader)
        return contested;
    for (int c = 0; c < profile.columns.size() && c < preview.header.size(); ++c) {
        const FieldSpec *spec = findField(profile.entity, profile.columns.at(c).field);
        if (!spec)
            continue;
        const int rank = matchRank(normaliseHeader(preview.header.at(c)), *spec);
        if (rank == kNoMatch)
            continue; // mapped by values or by the user, not by this name
        ContestedField field{spec->key, {c}, {preview.header.at(c)}};
        for (int other = 0; other < preview.header.size(); ++other) {
            const bool free = other >= profile.columns.size() || profile.columns.at(other).field.isEmpty();
            // "Rabatt %" beside the money discount "Rabatt €" is the rate it came from, not a contender
            // (preferMoneyDiscount()).
            const bool rateBesideMoney =
                spec->key == field::Discount &&
                holdsRates(preview.header.at(other), columnSamples(preview, other), profile.decimalSeparator);
            if (other != c && free && !rateBesideMoney &&
                matchRank(normaliseHeader(preview.header.at(other)), *spec) == rank) {
                field.columns << other;
                field.headers << preview.header.at(other);
            }
        }
        if (field.columns.size() > 1)
            contested << field;
    }
    return contested;
}

Entity guessEntity(const QStringList &header)
{
    FilePreview preview;
    preview.header = header;
    return detectEntity(preview).entity;
}

std::optional<char> decimalSeparatorOfMappedNumbers(const FilePreview &preview, const ImportProfile &profile)
{
    QList<QByteArray> numbers;
    for (int c = 0; c < profile.columns.size(); ++c) {
        const FieldSpec *spec = findField(profile.entity, profile.columns.at(c).field);
        if (spec && (spec->type == FieldType::Money || spec->type == FieldType::Quantity))
            numbers << columnSamples(preview, c);
    }
    return csv::decideDecimalSeparator(numbers);
}

ImportProfile suggestProfile(const FilePreview &preview, std::optional<Entity> entity)
{
    ImportProfile profile;
    profile.entity = entity ? *entity : detectEntity(preview).entity;
    profile.dialect = preview.dialect;
    profile.leaveTipsOut = true;      // a new profile: tips are the staff's, not sales (ImportProfile.h)
    profile.leaveGiftCardsOut = true; // and a gift card sold is a sale when it is spent
    for (int i = 0; i < preview.header.size(); ++i)
        profile.columns << ColumnMapping{preview.header.at(i), i, QString()};
    if (!preview.dialect.hasHeader) {
        if (profile.entity == Entity::Orders)
            suggestByValues(preview, profile);
        return profile;
    }

    // Greedy assignment, best rank first; each column feeds one field and each field one column.
    struct Candidate
    {
        int rank;
        int fieldOrder;
        int column;
    };
    const QList<FieldSpec> &fields = fieldsFor(profile.entity);
    std::vector<Candidate> candidates;
    for (int c = 0; c < preview.header.size(); ++c) {
        const QString h = normaliseHeader(preview.header.at(c));
        for (int f = 0; f < fields.size(); ++f) {
            const int rank = matchRank(h, fields.at(f));
            if (rank < kNoMatch && valuesFit(preview, profile, c, fields.at(f)))
                candidates.push_back({rank, f, c});
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return std::tie(a.rank, a.fieldOrder, a.column) < std::tie(b.rank, b.fieldOrder, b.column);
    });
    std::vector<bool> fieldUsed(fields.size(), false);
    for (const Candidate &cand : candidates) {
        if (fieldUsed[cand.fieldOrder] || !profile.columns[cand.column].field.isEmpty())
            continue;
        fieldUsed[cand.fieldOrder] = true;
        profile.columns[cand.column].field = fields.at(cand.fieldOrder).key;
    }
    // A unit price makes a total column redundant (Shopify's "Total" is the order's, not the line's), except
    // a till's line total and a total beside a discount given as a rate: both stay mapped until
    // suggestAmounts() has read the discount (chooseTillAmount()). A rate's discount has more places than
    // the exported total, which is what the invoice charged (trial 21: Holded's Subtotal 33.47 for 1 × 37.19
    // less 10 %; read from the price, 85 lines came to 3 cents more).
    const QString lineTotal = profile.columnFor(field::LineTotal);
    if (!profile.columnFor(field::UnitPrice).isEmpty() && !isTillLineTotal(lineTotal) &&
        !namesARate(profile.columnFor(field::Discount))) {
        for (ColumnMapping &c : profile.columns) {
            if (c.field == field::LineTotal)
                c.field.clear();
        }
    }

    QList<QByteArray> dates;
    for (int c = 0; c < profile.columns.size(); ++c) {
        const FieldSpec *spec = findField(profile.entity, profile.columns.at(c).field);
        if (!spec)
            continue;
        if (spec->type == FieldType::Date || spec->type == FieldType::DateTime ||
            spec->type == FieldType::Month)
            dates << columnSamples(preview, c);
        if (spec->key == field::OrderId && profile.entity == Entity::Orders)
            profile.cancelOrderPrefix = detectCancelPrefix(columnSamples(preview, c));
        if (spec->key == field::Status && profile.entity == Entity::Orders)
            profile.cancelStatusValues = defaultCancelStatusValues();
    }
    profile.dateOrder = dates.isEmpty() ? csv::DateOrder::Unknown : csv::detectDateOrder(dates);
    const std::optional<char> decimal = decimalSeparatorOfMappedNumbers(preview, profile);
    profile.decimalSeparator = decimal.value_or('.');
    profile.decimalSeparatorOpen = !decimal;
    if (profile.entity == Entity::Orders) {
        suggestAmounts(preview, profile);
        preferContactKey(preview, profile);
    }
    if (profile.entity == Entity::Orders) {
        exportstyles::suggestWooCommerce(preview.header, profile);
        exportstyles::suggestEtsyItems(preview.header, profile);
        exportstyles::suggestBigCommerce(preview.header, profile);
        exportstyles::suggestOdooPos(preview.header, profile);
        exportstyles::suggestMagentoOrders(preview.header, profile);
        exportstyles::suggestShopwareOrders(preview.header, profile);
        exportstyles::suggestPrestaShopOrders(preview.header, profile);
        exportstyles::suggestSumUpSales(preview.header, profile);
        exportstyles::suggestLoyverseReceipts(preview.header, profile);
        exportstyles::suggestWixOrders(preview.header, profile);
        exportstyles::suggestTiendanubeOrders(preview.header, profile);
        exportstyles::suggestSquareOnlineOrders(preview.header, profile);
        exportstyles::suggestCloverLineItems(preview.header, profile);
        exportstyles::suggestToastItemSelections(preview.header, profile);
        exportstyles::suggestEbayOrders(preview.header, profile);
        exportstyles::suggestAmazonAllOrders(preview.header, profile);
        exportstyles::suggestDsfinvkReceipts(preview, profile);
        suggestOrderSeries(preview.header, profile);
        exportstyles::suggestSquarespaceOrders(preview.header, profile);
    }
    if (profile.entity == Entity::Customers)
        exportstyles::suggestPrestaShopCustomers(preview, profile);
    suggestJoinedName(preview.header, profile);
    // A web shop's lines without a channel column are online sales, not "In store", and sold in the web shop,
    // not in a shop called "Main store" beside the real ones (trial 16).
    if (profile.entity == Entity::Orders &&
        (profile.columnFor(field::Channel).isEmpty() ? isWebShopExport(preview.header)
                                                     : channelColumnSaysOnline(preview, profile)))
        profile.defaultChannel = webShopChannelName();
    if (profile.entity == Entity::Orders && profile.defaultChannel == webShopChannelName())
        profile.defaultStore = onlineShopStoreName();
    leaveTillVoidsOut(profile, preview);
    return profile;
}

} // namespace storelens::core
