#include "core/import/ExportStylesSumUp.h"

#include "core/import/FieldCatalog.h"
#include "core/model/Entities.h"

#include <algorithm>

namespace storelens::core {

namespace {

// The report's two languages: its columns as normaliseHeader() writes them, the fields they feed, the columns
// that mark it, the Type value of a refund row and the date order.
struct SumUpLanguage
{
    const char *const (*mapping)[2];
    size_t mappingSize;
    std::initializer_list<const char *> marks;
    const char *refund;
    csv::DateOrder dateOrder;
};

// French: Compte, Date, Type (Vente, Remboursement), Numéro de transaction, Mode de paiement, Quantité,
// Description, Devise, Prix avant remise, Remise, Prix (TTC), Prix (HT), TVA, Taux de TVA; dates
// "31/10/2026, 18:06", day first.
const char *const FrenchMapping[][2] = {
    {"numérodetransaction", "order_id"},
    {"date", "date"},
    {"type", "status"},
    {"quantité", "quantity"},
    {"description", "product_name"},
    {"remise", "discount"},
    {"prixttc", "line_total"},
};
// English: Account, Date, Type (Sale, Refund), Transaction ID, Payment Method, Quantity, Description,
// Currency, Price before discount, Discount, Price (Gross), Price (Net), Tax, Tax rate; the date order
// follows the account's country, so it is read from the values.
const char *const EnglishMapping[][2] = {
    {"transactionid", "order_id"},
    {"date", "date"},
    {"type", "status"},
    {"quantity", "quantity"},
    {"description", "product_name"},
    {"discount", "discount"},
    {"pricegross", "line_total"},
};

const SumUpLanguage Languages[] = {
    {FrenchMapping,
     std::size(FrenchMapping),
     {"numérodetransaction", "modedepaiement", "prixttc", "prixht"},
     "Remboursement",
     csv::DateOrder::DayMonthYear},
    {EnglishMapping,
     std::size(EnglishMapping),
     {"transactionid", "paymentmethod", "pricegross", "pricenet"},
     "Refund",
     csv::DateOrder::Unknown},
};

const SumUpLanguage *languageOf(const QStringList &header)
{
    QStringList names;
    for (const QString &h : header)
        names << normaliseHeader(h);
    for (const SumUpLanguage &language : Languages) {
        if (std::all_of(language.marks.begin(), language.marks.end(),
                        [&names](const char *c) { return names.contains(QString::fromUtf8(c)); }))
            return &language;
    }
    return nullptr;
}

} // namespace

bool isSumUpSalesExport(const QStringList &header)
{
    return languageOf(header) != nullptr;
}

QString sumUpSourceName()
{
    return QStringLiteral("SumUp");
}

namespace exportstyles {

// One row per item: the transaction number is the order (a refund row repeats its sale's), Description the
// product, Prix (TTC) / Price (Gross) the line's amount after Remise / Discount, with tax as the till charged
// it. A refund row (Type "Remboursement" / "Refund") writes negative amounts with a positive quantity: the
// Type is the status and marks it as a return of those items, dated on the refund (METRICS.md section 1), so
// returns hold what was paid back and gross sales and discounts only the sales. The till sells in the store.
void suggestSumUpSales(const QStringList &header, ImportProfile &profile)
{
    const SumUpLanguage *language = languageOf(header);
    if (!language)
        return;
    for (ColumnMapping &c : profile.columns) {
        const QString name = normaliseHeader(c.column);
        c.field.clear();
        for (size_t i = 0; i < language->mappingSize; ++i) {
            if (name == QString::fromUtf8(language->mapping[i][0]))
                c.field = QLatin1String(language->mapping[i][1]);
        }
    }
    profile.lineTotalAfterDiscount = true;
    profile.cancelOrderPrefix.clear();
    profile.cancelStatusValues = {QString::fromUtf8(language->refund)};
    if (language->dateOrder != csv::DateOrder::Unknown)
        profile.dateOrder = language->dateOrder;
    profile.defaultChannel = defaultChannelName();
    profile.name = QStringLiteral("SumUp sales");
    profile.source = sumUpSourceName();
}

} // namespace exportstyles

} // namespace storelens::core
