#include "ui/importwizard/ExportStyle.h"

#include <QCoreApplication>

#include <algorithm>

namespace storelens::ui {

namespace {

class ExportStyleText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::ui::ExportStyle)
};

struct KnownStyle
{
    std::initializer_list<const char *> columns; // every one present (case and spacing ignored)
    const char *name;
};

// Most specific first. Column names compare without case, spaces and underscores ("receipt_no" is
// "Receipt No").
const KnownStyle KnownStyles[] = {
    // Squarespace's orders export has Shopify's columns and a few of its own
    // (core::isSquarespaceOrdersExport).
    {{"Order ID", "Financial Status", "Lineitem name", "Lineitem variant", "Amount Refunded"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Squarespace orders")},
    {{"Financial Status", "Lineitem name"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Shopify orders")},
    {{"Prénom", "Nom", "Ventes", "Activé", "Newsletter"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "PrestaShop customers")},
    {{"First name", "Last name", "Sales", "Enabled", "Newsletter"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "PrestaShop customers")},
    {{"Vorname", "Nachname", "Verkäufe", "Aktiviert", "Newsletter"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "PrestaShop customers")},
    {{"Accepts Email Marketing", "Total Spent"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Shopify customers")},
    {{"Product Details", "Subtotal (ex tax)"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "BigCommerce orders")},
    {{"Order Ref", "Point of Sale", "Subtotal w/o Tax"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Odoo POS order lines")},
    {{"Purchase Point", "Grand Total (Purchased)"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Magento orders")},
    {{"order_number", "order_date_time", "amount_total"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Shopware orders")},
    {{"New client", "Delivery", "Total"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "PrestaShop orders")},
    {{"Nouveau client", "Livraison", "Total"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "PrestaShop orders")},
    {{"Nuevo cliente", "Entrega", "Total"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "PrestaShop orders")},
    {{"Numéro de transaction", "Mode de paiement", "Prix (TTC)"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "SumUp sales")},
    {{"Transaction ID", "Payment Method", "Price (Gross)", "Price (Net)"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "SumUp sales")},
    {{"Número de recibo", "Tipo de recibo", "Ventas brutas", "Costo de los bienes"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Loyverse receipts by item")},
    {{"Receipt number", "Receipt type", "Gross sales", "Cost of goods"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Loyverse receipts by item")},
    {{"Contact email", "Payment status", "Coupon code"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Wix orders")},
    {{"Order Subtotal", "Order Refunded Amount", "Recipient Email", "Item Total Price"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Square Online orders")},
    {{"Sales Record Number", "Order Number", "Custom Label", "Sold For", "Sale Date"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "eBay orders report")},
    {{"amazon-order-id", "order-status", "item-status", "item-price", "item-promotion-discount"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Amazon All Orders")},
    {{"Transaction creation date", "Type", "Order number", "Gross transaction amount"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "eBay transaction report")},
    {{"Line Item Date", "Order Discount Proportion", "Order Payment State", "Refunded"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Clover line items")},
    {{"Número de orden", "Estado del pago", "Nombre del producto"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Tiendanube orders")},
    {{"Número do pedido", "Nome do produto", "Quantidade comprada"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Tiendanube orders")},
    {{"Z_KASSE_ID", "BON_ID", "BON_TYP", "BON_ENDE", "UMS_BRUTTO"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "DSFinV-K receipts")},
    // Trials 22 and 23: saved settings named "Orders export (Location, Order Id, Order # …)" for systems the
    // import recognises.
    // Toast's columns as core::isToastItemSelectionExport() reads them.
    {{"Item Selection Id", "Order Id", "Menu Item", "Gross Price", "Net Price", "Qty"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Toast item selection details")},
    {{"Invoice Number", "Billing First Name", "Item Total", "Order Subtotal"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Shift4Shop orders")},
    {{"Sale #", "Customer code", "Retail price", "Total (Inc. tax)"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Hike sales")},
    {{"Buyer first name", "Buyer last name", "Item total", "Shipping status"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Big Cartel orders")},
    {{"Bestellnummer", "Artikelname", "Versandkosten", "Bestellsumme"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Gambio orders")},
    {{"Numero documento", "Tipo documento", "Punto vendita", "Stato riga"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Cassa in Cloud sales documents")},
    {{"Numero ordine", "Stato pagamento", "Spedizione", "Totale ordine"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Storeden orders")},
    {{"Order Status", "Customer User ID"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "WooCommerce orders")},
    {{"Price Point Name", "Gross Sales"},
     QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Square item sales")},
    {{"Sale ID", "Custom SKU"}, QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Lightspeed sales")},
    {{"Row ID", "Ship Mode"}, QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Superstore orders")},
    {{"StockCode", "InvoiceDate"}, QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "ERP invoice lines")},
    {{"Receipt No"}, QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Till export")},
};

QString simplified(const QString &column)
{
    QString key = column.toLower();
    key.remove(QLatin1Char(' ')).remove(QLatin1Char('_'));
    return key;
}

const char *entityStyle(core::Entity entity)
{
    switch (entity) {
    case core::Entity::Orders:
        return QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Orders export");
    case core::Entity::Customers:
        return QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Customer list");
    case core::Entity::Products:
        return QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Product list");
    case core::Entity::Inventory:
        return QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Inventory export");
    case core::Entity::Traffic:
        return QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Store traffic export");
    case core::Entity::Staffing:
        return QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Staffing export");
    case core::Entity::Marketing:
        return QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Marketing spend export");
    }
    return QT_TRANSLATE_NOOP("storelens::ui::ExportStyle", "Export");
}

constexpr core::Entity kEntities[] = {
    core::Entity::Orders,  core::Entity::Customers, core::Entity::Products, core::Entity::Inventory,
    core::Entity::Traffic, core::Entity::Staffing,  core::Entity::Marketing};

QString text(const char *source, bool translated)
{
    return translated ? ExportStyleText::tr(source) : QString::fromUtf8(source);
}

QString generic(const QString &entityName, const QString &columns, bool translated)
{
    return translated ? ExportStyleText::tr("%1 (%2)").arg(entityName, columns)
                      : QStringLiteral("%1 (%2)").arg(entityName, columns);
}

QString styleName(const QStringList &header, core::Entity entity, bool translated)
{
    QStringList keys;
    for (const QString &column : header)
        keys.append(simplified(column));
    for (const KnownStyle &style : KnownStyles) {
        const bool all = std::all_of(style.columns.begin(), style.columns.end(), [&keys](const char *column) {
            return keys.contains(simplified(QString::fromUtf8(column)));
        });
        if (all)
            return text(style.name, translated);
    }
    constexpr qsizetype Named = 3;
    QStringList first;
    for (const QString &column : header) {
        if (!column.trimmed().isEmpty() && first.size() < Named)
            first.append(column.trimmed());
    }
    if (first.isEmpty())
        return text(entityStyle(entity), translated);
    const QString columns =
        first.join(QStringLiteral(", ")) + (header.size() > Named ? QStringLiteral(" …") : QString());
    return generic(text(entityStyle(entity), translated), columns, translated);
}

} // namespace

QString exportStyleName(const QStringList &header, core::Entity entity)
{
    return styleName(header, entity, true);
}

QString storedProfileName(const QString &shown, const QStringList &header, core::Entity entity)
{
    return shown == styleName(header, entity, true) ? styleName(header, entity, false) : shown;
}

QString shownProfileName(const QString &stored)
{
    for (const KnownStyle &style : KnownStyles) {
        if (stored == QLatin1String(style.name))
            return ExportStyleText::tr(style.name);
    }
    for (const core::Entity entity : kEntities) {
        const QString source = QString::fromUtf8(entityStyle(entity));
        if (stored == source)
            return ExportStyleText::tr(entityStyle(entity));
        const QString prefix = source + QStringLiteral(" (");
        if (stored.startsWith(prefix) && stored.endsWith(QLatin1Char(')')))
            return generic(ExportStyleText::tr(entityStyle(entity)),
                           stored.mid(prefix.size(), stored.size() - prefix.size() - 1), true);
    }
    return stored;
}

} // namespace storelens::ui
