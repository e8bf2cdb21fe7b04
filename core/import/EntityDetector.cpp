#include "core/import/EntityDetector.h"

#include "core/csv/FieldParsers.h"
#include "core/import/ExportStylesDsfinvk.h"
#include "core/import/ExportStylesEbay.h"
#include "core/import/ExportStylesLoyverse.h"
#include "core/import/ExportStylesSumUp.h"
#include "core/import/FieldCatalog.h"
#include "core/import/MappingSuggester.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace storelens::core {

namespace {

constexpr int SampleRows = 200;        // rows whose values are checked
constexpr double MissingKey = -4;      // an entity without one of the fields it cannot do without
constexpr double RuledOut = -6;        // a column or a shape the entity never has
constexpr double ForeignColumn = -0.5; // a column another entity names and this one does not use
constexpr double ClearScore = 4;       // the best fit needs at least this much evidence ...
constexpr double ClearMargin = 3;      // ... and this lead over the next one

const Entity AllEntities[] = {Entity::Orders,  Entity::Customers, Entity::Products, Entity::Inventory,
                              Entity::Traffic, Entity::Staffing,  Entity::Marketing};

// Header names the detector reads beside the field catalogue's synonyms: exports the mapping cannot import
// whole yet still say what they hold (a bakery's TransactionNo/Items, a purchase log's Amount).
QStringList extraSynonyms(Entity entity, const QString &key)
{
    if (entity != Entity::Orders)
        return {};
    if (key == field::OrderId)
        return {QStringLiteral("transactionno"), QStringLiteral("transactionnumber"),
                QStringLiteral("basketid"), QStringLiteral("basket")};
    if (key == field::CustomerId)
        return {QStringLiteral("membernumber"), QStringLiteral("membernr")};
    if (key == field::ProductName)
        return {QStringLiteral("items"), QStringLiteral("itemdescription")};
    if (key == field::LineTotal)
        return {QStringLiteral("amount"), QStringLiteral("sales"), QStringLiteral("revenue"),
                QStringLiteral("value"), QStringLiteral("spent")};
    return {};
}

// How much a matched field tells about its entity: the fields only that entity has weigh most.
double weight(Entity entity, const QString &key)
{
    static const struct
    {
        Entity entity;
        const char *key;
        double weight;
    } table[] = {
        {Entity::Orders, "order_id", 3},
        {Entity::Orders, "date", 3},
        {Entity::Orders, "sku", 2},
        {Entity::Orders, "quantity", 2},
        {Entity::Orders, "unit_price", 2},
        {Entity::Orders, "line_total", 2},
        {Entity::Customers, "customer_id", 3},
        {Entity::Products, "sku", 3},
        {Entity::Inventory, "date", 2},
        {Entity::Inventory, "sku", 2},
        {Entity::Inventory, "on_hand", 4},
        {Entity::Traffic, "date", 2},
        {Entity::Traffic, "visitors", 3},
        {Entity::Staffing, "month", 2},
        {Entity::Staffing, "headcount", 3},
        {Entity::Marketing, "date", 2},
        {Entity::Marketing, "amount", 3},
    };
    for (const auto &row : table) {
        if (row.entity == entity && key == QLatin1String(row.key))
            return row.weight;
    }
    return 1;
}

// The fields an entity cannot do without; orders need a date and something sold or someone who bought.
QStringList keyFields(Entity entity)
{
    switch (entity) {
    case Entity::Orders:
        return {field::Date};
    case Entity::Customers:
        return {field::CustomerId};
    case Entity::Products:
        return {field::Sku};
    case Entity::Inventory:
        return {field::Date, field::Sku, QStringLiteral("on_hand")};
    case Entity::Traffic:
        return {field::Date, QStringLiteral("visitors")};
    case Entity::Staffing:
        return {QStringLiteral("month"), QStringLiteral("headcount")};
    case Entity::Marketing:
        return {field::Date, QStringLiteral("amount")};
    }
    return {};
}

// What the sample values of one column are.
struct ColumnFacts
{
    int nonEmpty = 0;
    int dates = 0;
    int months = 0;
    int money = 0;
    int quantities = 0;
    int integers = 0;
    int booleans = 0;
    int withDigit = 0;
    int distinct = 0;
};

bool parsesAsDate(QByteArrayView v)
{
    return csv::parseDateTime(v, csv::DateOrder::DayMonthYear).ok() ||
           csv::parseDateTime(v, csv::DateOrder::MonthDayYear).ok();
}

ColumnFacts factsOf(const FilePreview &preview, int column)
{
    static const QRegularExpression monthOnly(QStringLiteral("^(\\d{4}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{4})$"));
    ColumnFacts f;
    QSet<QString> seen;
    const int rows = std::min(int(preview.rows.size()), SampleRows);
    for (int r = 0; r < rows; ++r) {
        const QStringList &row = preview.rows.at(r);
        if (column >= row.size() || row.at(column).isEmpty())
            continue;
        const QString &text = row.at(column);
        const QByteArray bytes = text.toUtf8();
        ++f.nonEmpty;
        seen.insert(text);
        const bool date = parsesAsDate(bytes);
        f.dates += date ? 1 : 0;
        f.months += date || monthOnly.match(text).hasMatch() ? 1 : 0;
        f.money += csv::parseMoney(bytes, '.').ok() || csv::parseMoney(bytes, ',').ok() ? 1 : 0;
        f.quantities += csv::parseQuantity(bytes, '.').ok() || csv::parseQuantity(bytes, ',').ok() ? 1 : 0;
        f.integers += csv::parseInteger(bytes).ok() ? 1 : 0;
        f.booleans += csv::parseBool(bytes).has_value() ? 1 : 0;
        f.withDigit += std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }) ? 1 : 0;
    }
    f.distinct = int(seen.size());
    return f;
}

// The share of a column's values that fit a field: 1 when the sample holds no row at all (a header alone).
double fit(Entity entity, const FieldSpec &spec, const ColumnFacts &f, bool hasRows)
{
    if (f.nonEmpty == 0)
        return hasRows ? 0.5 : 1;
    const double n = f.nonEmpty;
    switch (spec.type) {
    case FieldType::Date:
    case FieldType::DateTime:
        return f.dates / n;
    case FieldType::Month:
        return f.months / n;
    case FieldType::Money:
        return f.money / n;
    case FieldType::Quantity:
        return f.quantities / n;
    case FieldType::Integer:
        return f.integers / n;
    case FieldType::Bool:
        return f.booleans / n;
    case FieldType::Id:
        // Order ids carry digits: Shopify's "Name" column holds "#1001", a product list's holds words.
        return entity == Entity::Orders && spec.key == field::OrderId ? f.withDigit / n : 1;
    case FieldType::Text:
    case FieldType::Time:
    case FieldType::Rate: // "0.2" and "15%" alike: the header decides
    case FieldType::Percent:
        return 1;
    }
    return 1;
}

// A header that names a field of `entity` (the catalogue's synonyms and the detector's own): rank, or -1.
int headerRank(Entity entity, const FieldSpec &spec, const QString &normalised)
{
    const int rank = int(spec.synonyms.indexOf(normalised));
    if (rank >= 0)
        return rank;
    const int extra = int(extraSynonyms(entity, spec.key).indexOf(normalised));
    return extra >= 0 ? int(spec.synonyms.size()) + extra : -1;
}

// Which column feeds which field of `entity`: best rank first, one field per column and one column per field.
QList<int> matchColumns(Entity entity, const QStringList &normalisedHeader)
{
    const QList<FieldSpec> &fields = fieldsFor(entity);
    struct Candidate
    {
        int rank;
        int field;
        int column;
    };
    std::vector<Candidate> candidates;
    for (int c = 0; c < normalisedHeader.size(); ++c) {
        for (int f = 0; f < fields.size(); ++f) {
            const int rank = headerRank(entity, fields.at(f), normalisedHeader.at(c));
            if (rank >= 0)
                candidates.push_back({rank, f, c});
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return std::tie(a.rank, a.field, a.column) < std::tie(b.rank, b.field, b.column);
    });
    QList<int> columnOfField(fields.size(), -1);
    std::vector<bool> columnUsed(normalisedHeader.size(), false);
    for (const Candidate &cand : candidates) {
        if (columnOfField.at(cand.field) >= 0 || columnUsed[cand.column])
            continue;
        columnOfField[cand.field] = cand.column;
        columnUsed[cand.column] = true;
    }
    return columnOfField;
}

// Columns that hold what only event data has, whatever the entity: transaction ids, customer and SKU keys.
struct Roles
{
    bool transaction = false;
    bool customer = false;
    bool sku = false;
};

Roles rolesOf(const QStringList &normalisedHeader, const QList<ColumnFacts> &facts, bool hasRows)
{
    const FieldSpec *orderId = findField(Entity::Orders, field::OrderId);
    const FieldSpec *customer = findField(Entity::Orders, field::CustomerId);
    const FieldSpec *sku = findField(Entity::Orders, field::Sku);
    Roles roles;
    for (int c = 0; c < normalisedHeader.size(); ++c) {
        const QString &h = normalisedHeader.at(c);
        // "Name" is Shopify's order number but every list's name; e-mail addresses key customer lists too.
        if (h != QLatin1String("name") && headerRank(Entity::Orders, *orderId, h) >= 0 &&
            fit(Entity::Orders, *orderId, facts.at(c), hasRows) >= 0.8)
            roles.transaction = true;
        if (!h.contains(QLatin1String("email")) && headerRank(Entity::Orders, *customer, h) >= 0)
            roles.customer = true;
        if (headerRank(Entity::Orders, *sku, h) >= 0)
            roles.sku = true;
    }
    return roles;
}

double scoreOf(Entity entity, const QStringList &normalisedHeader, const QList<ColumnFacts> &facts,
               const Roles &roles, bool hasRows)
{
    const QList<FieldSpec> &fields = fieldsFor(entity);
    const QList<int> columnOfField = matchColumns(entity, normalisedHeader);
    double score = 0;
    std::vector<bool> used(normalisedHeader.size(), false);
    for (int f = 0; f < fields.size(); ++f) {
        const int c = columnOfField.at(f);
        if (c < 0)
            continue;
        used[c] = true;
        const double share = fit(entity, fields.at(f), facts.at(c), hasRows);
        const double w = weight(entity, fields.at(f).key);
        score += share >= 0.8 ? w : share >= 0.5 ? w / 2 : 0;
    }
    const auto matched = [&](const QString &key) {
        for (int f = 0; f < fields.size(); ++f) {
            if (fields.at(f).key == key)
                return columnOfField.at(f) >= 0;
        }
        return false;
    };
    for (const QString &key : keyFields(entity))
        score += matched(key) ? 0 : MissingKey;
    if (entity == Entity::Orders) {
        // A purchase log (customer and day) is orders too: each row one purchase.
        const QString sold[] = {field::OrderId,   field::Sku,       field::ProductName, field::Quantity,
                                field::UnitPrice, field::LineTotal, field::CustomerId};
        if (std::none_of(std::begin(sold), std::end(sold), matched))
            score += MissingKey;
    }

    // Master data lists each key once; event data repeats it. Transactions, customers and SKUs rule out
    // the entities that never hold them.
    const bool master = entity == Entity::Customers || entity == Entity::Products;
    if (master) {
        const QString &key = entity == Entity::Customers ? field::CustomerId : field::Sku;
        for (int f = 0; f < fields.size(); ++f) {
            const int c = columnOfField.at(f);
            if (fields.at(f).key == key && c >= 0 && facts.at(c).nonEmpty >= 5 &&
                facts.at(c).distinct < facts.at(c).nonEmpty)
                score += RuledOut;
        }
    }
    if (roles.transaction && entity != Entity::Orders)
        score += RuledOut;
    if (roles.customer && entity != Entity::Orders && entity != Entity::Customers)
        score += RuledOut;
    if (roles.sku && (entity == Entity::Customers || entity == Entity::Traffic ||
                      entity == Entity::Staffing || entity == Entity::Marketing))
        score += RuledOut;

    // Columns that another entity names and this one leaves unused.
    for (int c = 0; c < normalisedHeader.size(); ++c) {
        if (used[c])
            continue;
        const bool named = std::any_of(std::begin(AllEntities), std::end(AllEntities), [&](Entity other) {
            return other != entity &&
                   std::any_of(fieldsFor(other).cbegin(), fieldsFor(other).cend(), [&](const FieldSpec &s) {
                       return headerRank(other, s, normalisedHeader.at(c)) >= 0;
                   });
        });
        if (named)
            score += ForeignColumn;
    }
    return score;
}

} // namespace

QList<Entity> EntityGuess::candidates() const
{
    QList<Entity> out;
    for (const EntityScore &s : ranked) {
        if (s.score > 0 && s.score > ranked.constFirst().score - ClearMargin)
            out << s.entity;
    }
    return out;
}

EntityGuess detectEntity(const FilePreview &preview)
{
    QStringList header;
    for (const QString &h : preview.header)
        header << normaliseHeader(h);
    const bool hasRows = !preview.rows.isEmpty();
    QList<ColumnFacts> facts;
    for (int c = 0; c < header.size(); ++c)
        facts << factsOf(preview, c);
    const Roles roles = rolesOf(header, facts, hasRows);

    EntityGuess guess;
    for (Entity e : AllEntities)
        guess.ranked << EntityScore{e, preview.dialect.hasHeader ? scoreOf(e, header, facts, roles, hasRows)
                                                                 : 0};
    std::stable_sort(guess.ranked.begin(), guess.ranked.end(),
                     [](const EntityScore &a, const EntityScore &b) { return a.score > b.score; });
    const double best = guess.ranked.at(0).score;
    // Nothing fits: most files are order lines.
    guess.entity = best > 0 ? guess.ranked.constFirst().entity : Entity::Orders;
    const double next = std::max(0.0, guess.ranked.at(1).score);
    guess.clear = preview.dialect.hasHeader && best >= ClearScore && best - next >= ClearMargin;
    // An order export StoreLens knows by its columns even where their names are no field's synonyms
    // (Shopware's order_date_time, amount_total; PrestaShop's in the back office's language; SumUp's
    // "Numéro de transaction", "Prix (TTC)"; Loyverse's "Número de recibo", "Ventas brutas"; a DSFinV-K
    // receipts file's BON_ID, BON_ENDE, UMS_BRUTTO; eBay's transaction report, refunds of orders).
    if (preview.dialect.hasHeader &&
        (isShopwareOrdersExport(preview.header) || isPrestaShopOrdersExport(preview.header) ||
         isSumUpSalesExport(preview.header) || isLoyverseReceiptsExport(preview.header) ||
         isDsfinvkReceiptsExport(preview.header) || isEbayTransactionReport(preview.header))) {
        guess.entity = Entity::Orders;
        guess.clear = true;
    }
    return guess;
}

} // namespace storelens::core
