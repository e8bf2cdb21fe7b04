#include "core/import/SourceNotes.h"

#include "core/import/FieldCatalog.h"
#include "core/model/Entities.h"
#include "core/model/SourceNames.h"
#include "core/model/TextLocale.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <initializer_list>

namespace storelens::core {

namespace {

class SourceNotesText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::SourceNotes)
};

Error readError(const QSqlDatabase &db, const QSqlError &e)
{
    return Error(ErrorCode::Database,
                 SourceNotesText::tr("The workspace's import history could not be read: %1").arg(e.text()),
                 db.databaseName());
}

// An import of sales, not of refunds of earlier orders (ImportProfile::refundsOfEarlierOrders: eBay's
// transaction report reads no customer, product or quantity, and says nothing of the source's sales).
const char *const kSalesImport = " AND profile_json NOT LIKE '%\"refunds_of_earlier_orders\"%'";

// The profile the source's last orders import of sales stored; nullopt when none did.
std::optional<ImportProfile> lastProfileOf(const QSqlDatabase &db, const QString &source)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT profile_json FROM imports WHERE entity = ? AND source = ?"
                             " AND profile_json IS NOT NULL%1 ORDER BY id DESC LIMIT 1")
                  .arg(QLatin1String(kSalesImport)));
    q.addBindValue(entityKey(Entity::Orders));
    q.addBindValue(source);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Result<ImportProfile> profile = ImportProfile::fromJson(q.value(0).toByteArray(), source);
    if (!profile)
        return std::nullopt;
    return std::move(profile).value();
}

// The columns whose absence changes a source's numbers, each group named by its first field's label.
const std::initializer_list<std::initializer_list<const char *>> kFieldGroups = {
    {"status"},
    {"refund_amount", "line_refunded"},
    {"channel"},
    {"store"},
    {"customer_id", "customer_email", "customer_name"},
    {"sku", "product_name", "product_details"},
    {"quantity"},
    {"discount", "discount_rate", "discount_percent", "order_discount"},
    {"unit_cost"},
    {"country"},
};

bool readsAny(const ImportProfile &profile, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        if (!profile.columnFor(QLatin1String(key)).isEmpty())
            return true;
    }
    return false;
}

// The column the sales are read from when its name says it holds the VAT or sales tax ("Einzelpreis brutto",
// "Total TTC", "Total (Inc. tax)", "Precio con IVA", "Preis inkl. MwSt."); empty otherwise.
QString salesColumnWithVat(const ImportProfile &profile)
{
    const QString total = profile.columnFor(field::LineTotal);
    const QString read = total.isEmpty() ? profile.columnFor(field::UnitPrice) : total;
    return headerSaysWithVat(read) ? read : QString();
}

} // namespace

QList<exportstyles::StyleNote> sourceNotes(const ImportProfile &profile)
{
    QList<exportstyles::StyleNote> notes = exportstyles::styleNotes(profile);
    // Trials 22de and 22en: "Nettoumsatz" read as without VAT, as German bookkeeping means it, while the
    // till's and the web shop's prices held it; nothing on screen said so.
    const QString withVat = profile.entity == Entity::Orders ? salesColumnWithVat(profile) : QString();
    const bool taxSaid = std::any_of(notes.cbegin(), notes.cend(), [](const exportstyles::StyleNote &n) {
        return n.kind == exportstyles::StyleNoteKind::SalesHoldTax;
    });
    if (!withVat.isEmpty() && !taxSaid)
        notes << exportstyles::StyleNote{
            exportstyles::StyleNoteKind::SalesWithVat,
            SourceNotesText::tr(
                "The sales are read from \"%1\", with VAT: gross and net sales include the VAT. "
                "Map a price or total without VAT instead to see sales without it.")
                .arg(withVat)};
    if (profile.entity == Entity::Orders && profile.lineTotalAfterDiscount &&
        !profile.columnFor(field::LineTotal).isEmpty() &&
        !readsAny(profile, {"discount", "discount_rate", "discount_percent", "order_discount"}))
        notes << exportstyles::StyleNote{
            exportstyles::StyleNoteKind::DiscountsUnknown,
            SourceNotesText::tr("\"%1\" is after discounts and no column names them: discounts are unknown, "
                                "and gross sales equal net sales before returns.")
                .arg(profile.columnFor(field::LineTotal))};
    return notes;
}

Result<std::vector<SourceNotes>> loadSourceNotes(const QSqlDatabase &db)
{
    std::vector<SourceNotes> out;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT source, profile_json FROM imports WHERE id IN (SELECT MAX(id) FROM imports"
                       " WHERE entity = ? AND profile_json IS NOT NULL%1 GROUP BY source) ORDER BY source")
            .arg(QLatin1String(kSalesImport)));
    q.addBindValue(entityKey(Entity::Orders));
    if (!q.exec())
        return readError(db, q.lastError());
    while (q.next()) {
        const QString source = q.value(0).toString();
        Result<ImportProfile> profile = ImportProfile::fromJson(q.value(1).toByteArray(), source);
        if (!profile)
            continue; // a profile this version cannot read says nothing
        QList<exportstyles::StyleNote> notes = sourceNotes(profile.value());
        if (!notes.isEmpty())
            out.push_back({source, std::move(notes)});
    }
    if (q.lastError().isValid())
        return readError(db, q.lastError());
    return out;
}

QString lessThanEarlierImports(const QSqlDatabase &db, const ImportProfile &profile)
{
    if (profile.entity != Entity::Orders || profile.refundsOfEarlierOrders)
        return {};
    const QString source =
        profile.source.trimmed().isEmpty() ? defaultSourceName() : profile.source.trimmed();
    const std::optional<ImportProfile> earlier = lastProfileOf(db, source);
    if (!earlier)
        return {};
    QStringList lost;
    for (const auto &group : kFieldGroups) {
        if (!readsAny(*earlier, group) || readsAny(profile, group))
            continue;
        if (const FieldSpec *spec = findField(Entity::Orders, QLatin1String(*group.begin())))
            lost << fieldLabel(*spec);
    }
    if (lost.isEmpty())
        return {};
    return SourceNotesText::tr(
               "Earlier imports into \"%1\" read fields this file has no column for: %2. Its "
               "orders go without them. If the file is another export of the same system, "
               "import it with the earlier files' settings (their saved profile); if it comes "
               "from elsewhere, import it as a source of its own.")
        .arg(sourceDisplayName(source), textList(lost));
}

std::optional<ImportProfile> lastOrdersProfile(const QSqlDatabase &db, const QString &source)
{
    return lastProfileOf(db, source);
}

} // namespace storelens::core
