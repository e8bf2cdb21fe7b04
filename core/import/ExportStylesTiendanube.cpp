#include "core/import/ExportStylesTiendanube.h"

#include "core/csv/FieldParsers.h"
#include "core/import/FieldCatalog.h"
#include "core/import/MappingSuggester.h"

#include <algorithm>
#include <iterator>

namespace storelens::core {

namespace {

// Its columns as normaliseHeader() writes them, in Spanish (Tiendanube) and Portuguese (Nuvemshop), and the
// field each one feeds. Every other column stays out: Subtotal de productos and Total are the whole order's
// (Total with its shipping inside, repeated on each product row), Costo de envío is shipping (not sales,
// METRICS.md), Fecha de pago is the day of the payment (Fecha is the order's, with its time), Canal is the
// device the order came from (Móvil, Escritorio), not a sales channel, and Estado de la orden is left to the
// payment's state (suggestTiendanubeOrders()). Fecha y hora de cancelación, filled on a cancelled order's
// rows ("01/12/2026 01:24" for an order of 30/11 20:24), dates its return (METRICS.md section 1: on the
// refund date when the export has one); a refunded order has none and its return keeps the order's day.
const char *const kMapping[][2] = {
    {"númerodeorden", "order_id"},
    {"númerodopedido", "order_id"},
    {"email", "customer_email"},
    {"fecha", "date"},
    {"data", "date"},
    {"estadodelpago", "status"},
    {"statusdopagamento", "status"},
    {"descuento", "order_discount"},
    {"desconto", "order_discount"},
    {"valordodesconto", "order_discount"},
    {"nombredelcomprador", "customer_name"},
    {"nomedocomprador", "customer_name"},
    {"teléfono", "customer_phone"}, // the buyer's; Teléfono para el envío is the recipient's
    {"telefone", "customer_phone"},
    {"país", "country"},
    {"nombredelproducto", "product_name"},
    {"nomedoproduto", "product_name"},
    {"preciodelproducto", "unit_price"},
    {"preçodoproduto", "unit_price"},
    {"cantidaddelproducto", "quantity"},
    {"quantidadecomprada", "quantity"},
    {"sku", "sku"},
    {"fechayhoradecancelación", "refund_date"},
};

bool hasAll(const QStringList &names, std::initializer_list<const char *> columns)
{
    return std::all_of(columns.begin(), columns.end(),
                       [&names](const char *c) { return names.contains(QString::fromUtf8(c)); });
}

} // namespace

bool isTiendanubeOrdersExport(const QStringList &header)
{
    QStringList names;
    for (const QString &h : header)
        names << normaliseHeader(h);
    return hasAll(names, {"númerodeorden", "estadodelpago", "nombredelproducto", "preciodelproducto",
                          "cantidaddelproducto"}) ||
           hasAll(names, {"númerodopedido", "nomedoproduto", "preçodoproduto", "quantidadecomprada"});
}

QString tiendanubeSourceName()
{
    return QStringLiteral("Tiendanube");
}

namespace exportstyles {

// Each product row is a line: its Precio del producto is the unit price before the order's discount, its
// Cantidad del producto the quantity. Descuento is the order's discount (coupon and promotions), repeated on
// every row: order-level money, spread once over the order's lines (as Shopify's Discount Amount). Email
// keys the customer, a guest's too.
//
// The order's state is in two columns: Estado de la orden (Abierta, Cerrada, Cancelada) and Estado del pago
// (Pendiente, Recibido, Cancelado, Reembolsado, Parcialmente reembolsado). The payment's state decides, as
// only it says whether money came in (METRICS.md section 1):
//   - Pendiente (a bank transfer not yet paid), Abandonado, Rechazado: not sold, the order is left out,
//     whatever the order's state (a cancelled order that was never paid is no sale and no return);
//   - Cancelado and Reembolsado: the order was sold and then cancelled or refunded, a sale and a return
//     (the default cancellation values); Tiendanube writes Cancelado on the payment of a cancelled order;
//   - Parcialmente reembolsado: a sale whose refund is in no column (DataQuality names these orders);
//   - Recibido, Autorizado: a sale.
// An order cancelled while its payment still reads Recibido would count as a sale: the export has no
// refund for it either.
void suggestTiendanubeOrders(const QStringList &header, ImportProfile &profile)
{
    if (!isTiendanubeOrdersExport(header))
        return;
    // applyExportMapping() reads its names as Latin-1: these are UTF-8 ("númerodeorden").
    for (ColumnMapping &c : profile.columns) {
        const QString name = normaliseHeader(c.column);
        c.field.clear();
        for (const auto &m : kMapping) {
            if (name == QString::fromUtf8(m[0]))
                c.field = QLatin1String(m[1]);
        }
    }
    // Tiendanube writes its dates day first ("05/11/2026 18:02") in every country it sells in: a file of
    // the first twelve days of a month is not left open.
    profile.dateOrder = csv::DateOrder::DayMonthYear;
    profile.lineTotalAfterDiscount = false;
    profile.spreadOrderMoney = true;
    profile.cancelOrderPrefix.clear();
    profile.cancelStatusValues = defaultCancelStatusValues();
    profile.defaultChannel = webShopChannelName();
    profile.name = QStringLiteral("Tiendanube orders");
    profile.source = tiendanubeSourceName();
}

} // namespace exportstyles

} // namespace storelens::core
