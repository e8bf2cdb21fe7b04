#include "core/import/ExportStylesLoyverse.h"

#include "core/import/FieldCatalog.h"
#include "core/import/MappingSuggester.h"
#include "core/import/ProfileHeader.h"
#include "core/model/Entities.h"

#include <QCoreApplication>

#include <algorithm>
#include <initializer_list>

namespace storelens::core {

namespace {

class LoyverseText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::ExportStyles)
};

// The export's two languages: its columns as normaliseHeader() writes them, the fields they feed, the
// columns that mark it and the column of the line's cost.
struct LoyverseLanguage
{
    const char *const (*mapping)[2];
    size_t mappingSize;
    std::initializer_list<const char *> marks;
    const char *lineCost;
    csv::DateOrder dateOrder;
};

// Spanish: Fecha, Número de recibo, Tipo de recibo (Venta, Reembolso), Categoría, REF, Artículo, Variante,
// Modificadores aplicados, Cantidad, Ventas brutas, Descuentos, Ventas netas, Costo de los bienes, Beneficio
// bruto, Impuestos, TPV, Tienda, Nombre del cajero, Nombre del cliente, Contactos del cliente, Comentario,
// Estado (Cerrado, Cancelado); dates "30/09/26 20:38", day first.
const char *const SpanishMapping[][2] = {
    {"fecha", "date"},
    {"númeroderecibo", "order_id"},
    {"categoría", "category"},
    {"ref", "sku"},
    {"artículo", "product_name"},
    {"cantidad", "quantity"},
    {"ventasbrutas", "line_total"},
    {"descuentos", "discount"},
    {"tienda", "store"},
    {"nombredelcliente", "customer_name"},
    {"contactosdelcliente", "customer_id"},
    {"estado", "status"},
};
// English: Date, Receipt number, Receipt type (Sale, Refund), Category, SKU, Item, Variant, Modifiers
// applied, Quantity, Gross sales, Discounts, Net sales, Cost of goods, Gross profit, Taxes, POS, Store,
// Cashier name, Customer name, Customer contacts, Comment, Status (Closed, Cancelled); the date order follows
// the account's settings, so it is read from the values.
const char *const EnglishMapping[][2] = {
    {"date", "date"},
    {"receiptnumber", "order_id"},
    {"category", "category"},
    {"sku", "sku"},
    {"item", "product_name"},
    {"quantity", "quantity"},
    {"grosssales", "line_total"},
    {"discounts", "discount"},
    {"store", "store"},
    {"customername", "customer_name"},
    {"customercontacts", "customer_id"},
    {"status", "status"},
};

const LoyverseLanguage Languages[] = {
    {SpanishMapping,
     std::size(SpanishMapping),
     {"númeroderecibo", "tipoderecibo", "ventasbrutas", "ventasnetas", "costodelosbienes"},
     "costodelosbienes",
     csv::DateOrder::DayMonthYear},
    {EnglishMapping,
     std::size(EnglishMapping),
     {"receiptnumber", "receipttype", "grosssales", "netsales", "costofgoods"},
     "costofgoods",
     csv::DateOrder::Unknown},
};

const LoyverseLanguage *languageOf(const QStringList &header)
{
    QStringList names;
    for (const QString &h : header)
        names << normaliseHeader(h);
    for (const LoyverseLanguage &language : Languages) {
        if (std::all_of(language.marks.begin(), language.marks.end(),
                        [&names](const char *c) { return names.contains(QString::fromUtf8(c)); }))
            return &language;
    }
    return nullptr;
}

} // namespace

bool isLoyverseReceiptsExport(const QStringList &header)
{
    return languageOf(header) != nullptr;
}

QString loyverseSourceName()
{
    return QStringLiteral("Loyverse");
}

namespace exportstyles {

// One row per item: the receipt number is the order, Ventas brutas / Gross sales the line's amount before
// Descuentos / Discounts (receipt discounts already spread onto the lines), so the line's net is Ventas netas
// to the cent. A refund is a receipt of its own (Reembolso / Refund) with a negative quantity and negative
// amounts: a return on its own day. Contactos del cliente / Customer contacts ("e-mail, phone", or a phone
// alone) is what tells the loyalty customers apart: it keys the customer, and is no e-mail address. Estado /
// Status is Cerrado / Closed (a sale) or Cancelado / Cancelled, a cancellation (a sale and a return,
// METRICS.md section 1). The till sells in the store.
void suggestLoyverseReceipts(const QStringList &header, ImportProfile &profile)
{
    const LoyverseLanguage *language = languageOf(header);
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
    profile.lineTotalAfterDiscount = false;
    profile.cancelOrderPrefix.clear();
    profile.cancelStatusValues =
        profile.columnFor(field::Status).isEmpty() ? QStringList() : defaultCancelStatusValues();
    if (language->dateOrder != csv::DateOrder::Unknown)
        profile.dateOrder = language->dateOrder;
    profile.defaultChannel = defaultChannelName();
    profile.name = QStringLiteral("Loyverse receipts by item");
    profile.source = loyverseSourceName();
}

QList<StyleNote> loyverseNotes(const ImportProfile &profile)
{
    QList<StyleNote> notes;
    const QStringList header = profileHeader(profile);
    const LoyverseLanguage *language = languageOf(header);
    if (profile.entity != Entity::Orders || !language || !profile.columnFor(field::UnitCost).isEmpty())
        return notes;
    for (const ColumnMapping &c : profile.columns) {
        if (normaliseHeader(c.column) == QString::fromUtf8(language->lineCost))
            notes << StyleNote{StyleNoteKind::NoUnitCost,
                               LoyverseText::tr("\"%1\" is the cost of the whole line, not of one unit: "
                                                "StoreLens reads costs per unit, so it leaves the column "
                                                "out, and gross margin is not shown for these sales.")
                                   .arg(c.column)};
    }
    return notes;
}

} // namespace exportstyles

} // namespace storelens::core
