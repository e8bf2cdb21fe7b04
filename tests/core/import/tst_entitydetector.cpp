#include "core/import/EntityDetector.h"
#include "core/import/MappingSuggester.h"

#include <QDir>
#include <QDirIterator>
#include <QTest>

using namespace storelens::core;

// What every file under tests/data holds, as detectEntity() must tell from its header and first rows.
class TestEntityDetector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyFixture_data();
    void everyFixture();
    void tableCoversEveryFixture();
    void suggestionFollowsDetection();
    void headerlessIsNeverClear();
};

namespace {

constexpr int NotClear = -1;

struct Expectation
{
    const char *path; // under tests/data
    int entity;       // an Entity, or NotClear: the CLI refuses and the wizard asks
    // NotClear only: the entity the detector ranks first (still offered first when the wizard asks).
    int bestGuess;
    const char *why;
};

// Add a row here for each new fixture: tableCoversEveryFixture() fails until it is there.
const Expectation Expected[] = {
    {"import/erp_online_retail.csv", int(Entity::Orders), 0, "InvoiceNo, StockCode, Quantity, UnitPrice"},
    {"import/online_retail_ii.csv", int(Entity::Orders), 0,
     "basket export: Invoice, StockCode, Price, Customer ID; never products"},
    {"import/bakery_transactions.csv", int(Entity::Orders), 0,
     "TransactionNo and Items with a timestamp, no price: transactions, never products"},
    {"import/groceries_basket.csv", int(Entity::Orders), 0,
     "a member's basket lines: repeated member numbers rule out a customer list"},
    {"import/shopify_orders.csv", int(Entity::Orders), 0, "Name #1001, Lineitem columns"},
    {"import/square_items.csv", int(Entity::Orders), 0, "Transaction ID, Item, Qty, Gross Sales"},
    {"import/woocommerce_orders.csv", int(Entity::Orders), 0, "Order ID, SKU, Item Cost"},
    {"import/lightspeed_sales_cp1252.csv", int(Entity::Orders), 0, "Sale ID, Custom SKU, Qty, Price"},
    {"import/pos_utf16.tsv", int(Entity::Orders), 0, "receipt_no, item_code, qty, price"},
    {"import/broken_rows.csv", int(Entity::Orders), 0, "order lines with bad values among good ones"},
    {"import/data_quality.csv", int(Entity::Orders), 0, "ERP lines with fees, returns, duplicates, bad rows"},
    {"import/bakery_till_log.csv", int(Entity::Orders), 0, "Date, Time, Transaction, Item: a till log"},
    {"import/customer_purchase_log.csv", int(Entity::Orders), 0,
     "customer and purchase date, repeated: purchases, not a customer list"},
    {"import/trial20_deli_purchase_days.csv", int(Entity::Orders), 0,
     "Order ID, Date, Customer ID, SKU, Quantity"},
    {"import/erp_discount_percent.csv", int(Entity::Orders), 0, "Invoice, Item Code, Qty, Discount %"},
    {"import/month_names_de.csv", int(Entity::Orders), 0, "Beleg, Datum, Artikel, Menge, Preis"},
    {"import/kasse_de_cp1252.csv", int(Entity::Orders), 0, "Bon-Nr., Kunden-Nr., Menge, Einzelpreis"},
    {"import/kasse_de_storno.csv", int(Entity::Orders), 0, "Bon-Nr., Menge, Einzelpreis, a Storno receipt"},
    {"import/kasse_de_summe.csv", int(Entity::Orders), 0, "Bon-Nr., Menge, a Summe footer"},
    {"import/kasse_de_trinkgeld.csv", int(Entity::Orders), 0, "Bon-Nr., Menge, Einzelpreis, Trinkgeld lines"},
    {"import/dsfinvk_receipts.csv", int(Entity::Orders), 0,
     "DSFinV-K receipts (transactions.csv): BON_ID, BON_ENDE, UMS_BRUTTO, known as an export (trial 15)"},
    {"import/dsfinvk_transactions.csv", int(Entity::Orders), 0,
     "DSFinV-K receipts (transactions.csv), all its columns: sales, stornos, Geldtransit"},
    {"import/customer_ids_case.csv", int(Entity::Orders), 0, "order_id, date, customer_id, sku, unit_price"},
    {"import/squarespace_orders.csv", int(Entity::Orders), 0, "Order ID, Lineitem quantity, Lineitem price"},
    {"import/country_names_squarespace.csv", int(Entity::Orders), 0,
     "Order ID, Lineitem quantity, Lineitem price"},
    {"import/country_codes_dsfinvk.csv", int(Entity::Orders), 0,
     "DSFinV-K receipts with the customer columns, as dsfinvk_transactions.csv"},
    {"import/squarespace_orders_discounts.csv", int(Entity::Orders), 0,
     "Squarespace orders with Shipping and Discount Amount on each order's first row"},
    {"import/kasse_de_rabatt_prozent_euro.csv", int(Entity::Orders), 0,
     "Beleg-Nr., Menge, Einzelpreis brutto, Rabatt % and Rabatt €"},
    {"import/magento_orders_grid.csv", int(Entity::Orders), 0,
     "ID, Purchase Point, Subtotal, Total Refunded: Magento's orders grid"},
    {"import/shopware_default_orders.csv", int(Entity::Orders), 0,
     "order_number, order_date_time, amount_total: Shopware 6's Default orders profile"},
    {"import/shopware_custom_orders.csv", int(Entity::Orders), 0,
     "orderNumber, orderDateTime, amountTotal: a Shopware 6 profile of the user's own"},
    {"import/prestashop_orders_fr.csv", int(Entity::Orders), 0,
     "ID, Nouveau client, Livraison, Total, État: PrestaShop's orders list in French"},
    {"import/sumup_rapport_ventes.csv", int(Entity::Orders), 0,
     "Numéro de transaction, Quantité, Prix (TTC): SumUp's French sales report"},
    {"import/caisse_ventes_fr.csv", int(Entity::Orders), 0,
     "N° ticket, Produit, Quantité, Prix unitaire TTC, Total TTC: a French till's detailed sales (trial 18)"},
    {"import/till_voided_lines_es.csv", int(Entity::Orders), 0,
     "Número de recibo, Estado, Producto, Cantidad, Total: a Spanish till's lines, Zettle-like (trial 21)"},
    {"import/toast_item_selection_voids_us.csv", int(Entity::Orders), 0,
     "Order Id, Menu Item, Gross Price, Qty, Void?: Toast's Item Selection Details (trial 23us)"},
    {"import/shift4shop_guest_orders_us.csv", int(Entity::Orders), 0,
     "Order ID, Customer ID (empty), Billing Email, Item Total: Shift4Shop's orders (trial 23us)"},
    {"import/sumup_sales_report.csv", int(Entity::Orders), 0,
     "Transaction ID, Quantity, Price (Gross): SumUp's English sales report"},
    {"import/caisse_pourboires_fr.csv", int(Entity::Orders), 0,
     "N° ticket, Référence, Quantité, Prix unitaire TTC: a French till's detailed sales (trial 18)"},
    {"import/agora_ventas.csv", int(Entity::Orders), 0,
     "Ágora TPV sales lines: Serie, Número, Fecha, Producto, Cantidad, Email (trial 16)"},
    {"import/agora_ventas_noviembre.csv", int(Entity::Orders), 0,
     "Ágora TPV sales lines a month later, as agora_ventas.csv"},
    {"import/tiendanube_cancelled_next_day.csv", int(Entity::Orders), 0,
     "Tiendanube's orders export: a cancellation on the next day"},
    {"import/tiendanube_same_names.csv", int(Entity::Orders), 0,
     "Tiendanube's orders export: products named as a till names them"},
    {"import/loyverse_recibos_por_articulo.csv", int(Entity::Orders), 0,
     "Loyverse's Recibos por artículo: Número de recibo, Ventas brutas, Costo de los bienes"},
    {"import/wix_orders.csv", int(Entity::Orders), 0,
     "Order number, Contact email, Qty, Price, Payment status, Coupon code: Wix's orders export"},
    {"import/wix_coupons_fr.csv", int(Entity::Orders), 0, "Wix's orders export: a French shop"},
    {"import/tiendanube_orders.csv", int(Entity::Orders), 0,
     "Número de orden, Estado del pago, Nombre del producto, Precio del producto: Tiendanube's orders "
     "export"},
    {"import/square_online_orders.csv", int(Entity::Orders), 0,
     "Order, Order Subtotal, Recipient Email, Item Quantity, Item Total Price: Square's orders export of a "
     "Square Online shop"},
    {"import/clover_line_items.csv", int(Entity::Orders), 0,
     "Line Item Date, Order ID, Item Name, Item Total, Order Payment State: Clover's Line Items export"},
    {"import/ebay_orders_report.csv", int(Entity::Orders), 0,
     "a line of bare commas, then Sales Record Number, Order Number, Custom Label, Sold For, Sale Date: "
     "eBay's "
     "orders report"},
    {"import/amazon_all_orders.txt", int(Entity::Orders), 0,
     "tab-separated amazon-order-id, purchase-date, order-status, item-status, item-price: Amazon's All "
     "Orders "
     "report"},
    {"import/amazon_all_orders_reexport.txt", int(Entity::Orders), 0,
     "Amazon's All Orders report, exported again"},
    {"import/ebay_orders_refunded.csv", int(Entity::Orders), 0, "eBay's orders report, trial 18's rows"},
    {"import/ebay_transaction_report.csv", int(Entity::Orders), 0,
     "Transaction creation date, Type, Order number, Gross transaction amount: eBay's transaction report, "
     "refunds of earlier orders"},
    {"import/ebay_transaction_report_unknown_order.csv", int(Entity::Orders), 0,
     "eBay's transaction report, its Refund rows alone"},
    {"import/ecwid_orders.csv", int(Entity::Orders), 0,
     "order_number, payment_status, fulfillment_status, shipping_cost, item_sku: Ecwid's order export"},
    {"import/ecwid_orders_reexport.csv", int(Entity::Orders), 0, "Ecwid's order export a day later"},
    {"import/eposnow_items.csv", int(Entity::Orders), 0,
     "Transaction ID, Device, Product, Unit Price, Total (Inc VAT): Epos Now's transaction items"},
    {"import/wix_coupons_us.csv", int(Entity::Orders), 0, "Wix's orders export: a US shop"},
    {"import/wix_coupons_disagree.csv", int(Entity::Orders), 0, "Wix's orders export"},
    {"import/wix_coupons_unfit.csv", int(Entity::Orders), 0, "Wix's orders export"},
    {"import/status_mapped_by_hand.csv", int(Entity::Orders), 0, "order_id, date, sku, quantity, unit_price"},
    {"import/odoo_pos_order_lines.csv", int(Entity::Orders), 0,
     "Order Ref, Point of Sale, Quantity, Discount (%), Subtotal"},
    {"import/erp_return_percent.csv", int(Entity::Orders), 0,
     "Invoice, Item Code, Qty, Discount %, a credit"},
    {"import/month_names_en.csv", int(Entity::Orders), 0, "Invoice, Invoice Date, Item, Quantity, Price"},
    {"import/superstore_rate_discounts.csv", int(Entity::Orders), 0, "Order ID, Product ID, Sales, Quantity"},
    {"import/till_log_aligned.txt", int(Entity::Orders), 0, "whitespace-aligned Date, Receipt, SKU, Qty"},
    {"import/till_net_sales.csv", int(Entity::Orders), 0, "Receipt No, SKU, Qty, Net Sales"},
    {"import/till_placeholder_customer.csv", int(Entity::Orders), 0,
     "Bon-Nr., Datum, E-Mail, Artikel, Menge, Preis: a till's placeholder customer"},
    {"import/wholesale_line_totals.csv", int(Entity::Orders), 0, "InvoiceNo, StockCode, LineTotal"},
    {"import/cdnow_purchase_log.txt", NotClear, int(Entity::Orders), "whitespace-aligned, no header"},
    {"import/shopify_order_discounts.csv", int(Entity::Orders), 0, "Shopify orders with order-level money"},
    {"import/ecwid_orders_coupon.csv", int(Entity::Orders), 0, "Ecwid orders, a coupon on each item row"},
    {"import/eposnow_items_vat.csv", int(Entity::Orders), 0, "Epos Now items, totals with and without VAT"},
    {"import/zettle_ventas_es.csv", int(Entity::Orders), 0,
     "Zettle item sales in Spanish: Número de recibo, Estado"},
    {"import/holded_facturas_es.csv", int(Entity::Orders), 0,
     "Holded invoices: Num factura, Unidades, Subtotal"},
    {"import/hiboutik_ventes_fr.csv", int(Entity::Orders), 0,
     "a French till: N° vente, N° client, Total TTC"},
    {"import/wizishop_commandes_fr.csv", int(Entity::Orders), 0, "a French web shop: Référence commande"},
    {"import/gambio_bestellungen_de.csv", int(Entity::Orders), 0, "a German web shop: Bestellnummer"},
    {"import/bigcartel_orders.csv", int(Entity::Orders), 0, "Big Cartel: Number, Item total"},
    {"import/hike_sales_gb.csv", int(Entity::Orders), 0, "Hike: Sale #, Retail price"},
    {"import/cassaincloud_vendite_it.csv", int(Entity::Orders), 0,
     "an Italian till: Numero documento, Quantità, Totale"},
    {"import/storeden_ordini_it.csv", int(Entity::Orders), 0, "an Italian web shop: Numero ordine"},
    {"import/mplus_omzet_nl.csv", int(Entity::Orders), 0, "a Dutch till: Bonnummer, Aantal, Prijs, Totaal"},
    {"import/ccvshop_bestellingen_nl.csv", int(Entity::Orders), 0,
     "a Dutch web shop: Ordernummer, Besteldatum"},
    {"import/oxatis_commandes_fr.csv", int(Entity::Orders), 0,
     "a French web shop: N° commande, Date commande"},
    {"import/sitoo_kvittorader_se.csv", int(Entity::Orders), 0,
     "a Swedish till: Kvittonummer, Antal, Pris, Belopp inkl. moms"},
    {"import/sitoo_kvittorader_nov_se.csv", int(Entity::Orders), 0, "the Swedish till's next export"},
    {"import/abicart_bestallningar_se.skv", int(Entity::Orders), 0,
     "a Swedish web shop's .skv: Ordernummer, Orderdatum, Styckpris, Frakt"},
    {"import/toast_item_selection_details_us.csv", int(Entity::Orders), 0,
     "Toast: Order Id, Menu Item, Gross Price"},
    {"import/shift4shop_orders_us.csv", int(Entity::Orders), 0, "Shift4Shop: Order ID, Item Total"},
    {"import/till_gift_cards_gb.csv", int(Entity::Orders), 0,
     "a UK till: Receipt, Qty, Price, gift cards sold"},
    {"import/shopify_line_discounts.csv", int(Entity::Orders), 0, "Shopify orders with line discounts"},
    {"import/square_items_may.csv", int(Entity::Orders), 0, "Square item sales"},
    {"import/square_items_june.csv", int(Entity::Orders), 0, "Square item sales with a refund row"},
    {"import/woocommerce_june.csv", int(Entity::Orders), 0, "WooCommerce lines"},
    {"import/woocommerce_june_reexport.csv", int(Entity::Orders), 0, "WooCommerce lines, re-exported"},
    {"import/woocommerce_order_1001.csv", int(Entity::Orders), 0, "one WooCommerce order"},
    {"import/pos_till_receipts.csv", int(Entity::Orders), 0, "Receipt No, Item Code, Qty, Unit Price"},
    {"import/shopify_refunded.csv", int(Entity::Orders), 0, "Shopify orders with Cancelled at"},
    {"import/shopify_refunded_before.csv", int(Entity::Orders), 0, "Shopify orders before the refund"},
    {"import/shopify_refunded_lines.csv", int(Entity::Orders), 0, "Shopify refunded order of several rows"},
    {"import/shopify_partially_refunded.csv", int(Entity::Orders), 0, "Shopify partially refunded orders"},
    {"import/shopify_orders_customers.csv", int(Entity::Orders), 0,
     "Shopify orders with Billing Name and Accepts Marketing"},
    {"import/woocommerce_orders_export.csv", int(Entity::Orders), 0,
     "WooCommerce orders export with Order Number, Billing names and Item Cost"},
    {"import/woocommerce_statuses.csv", int(Entity::Orders), 0,
     "WooCommerce lines with paid and unpaid statuses"},
    {"import/etsy_sold_order_items.csv", int(Entity::Orders), 0,
     "Etsy Sold Order Items: Sale Date, Buyer, Price, Item Total, Order ID"},
    {"import/etsy_sold_orders.csv", int(Entity::Orders), 0,
     "Etsy Sold Orders: one row per order, Order Value, Buyer User ID"},
    {"import/bigcommerce_orders.csv", int(Entity::Orders), 0,
     "BigCommerce Orders: one row per order, Product Details, Subtotal (ex tax), Refund Amount"},
    {"import/erp_december.csv", int(Entity::Orders), 0, "ERP lines"},
    {"import/erp_december_reordered.csv", int(Entity::Orders), 0, "ERP lines in another order"},
    {"import/shopify_customers.csv", int(Entity::Customers), 0, "unique Customer IDs with e-mail and city"},
    {"import/prestashop_customers_fr.csv", int(Entity::Customers), 0,
     "ID, Prénom, Nom, Adresse e-mail, Newsletter: PrestaShop's customers export in French"},
    {"import/product_catalogue.csv", int(Entity::Products), 0, "unique SKUs with name, cost and price"},
    {"import/inventory_snapshot.csv", int(Entity::Inventory), 0, "Date, SKU and On hand"},
    {"import/store_footfall.csv", int(Entity::Traffic), 0, "Store, Date, Footfall"},
    {"import/staffing_months.csv", int(Entity::Staffing), 0, "Store, Month, FTE"},
    {"import/marketing_spend.csv", int(Entity::Marketing), 0, "Channel, Month, Spend"},
    {"import/daily_sku_quantities.csv", NotClear, int(Entity::Inventory),
     "Date, SKU, Quantity: stock levels or units sold, only the user knows"},
    {"csv/windows1252_semicolon.csv", NotClear, int(Entity::Orders), "order lines without a date"},
    {"csv/utf8bom_quoted_multiline.csv", NotClear, int(Entity::Orders), "order, note, amount: no date"},
    {"csv/utf16le_tab.csv", int(Entity::Orders), 0,
     "date, customer, amount: a purchase log; the customer column rules out marketing"},
    {"cdnow/CDNOW_sample.txt", NotClear, int(Entity::Orders), "no header"},
    {"cdnow/cdnow_customers_summary.csv", NotClear, int(Entity::Customers),
     "ID with frequency and recency: a model's summary, no entity StoreLens imports"},
    {"cdnow/cdnow_customers_summary_with_transactions.csv", NotClear, int(Entity::Customers),
     "ID with x, t_x, T, zbar"},
};

QString dataPath(const QString &relative)
{
    return QStringLiteral(STORELENS_TEST_DATA "/") + relative;
}

// Data files, not their notes.
bool isFixture(const QString &name)
{
    return !name.startsWith(QLatin1String("LICENSE")) && !name.endsWith(QLatin1String(".md"));
}

QString scores(const EntityGuess &guess)
{
    QStringList parts;
    for (const EntityScore &s : guess.ranked)
        parts << QStringLiteral("%1 %2").arg(entityKey(s.entity)).arg(s.score);
    return parts.join(QLatin1String(", "));
}

} // namespace

void TestEntityDetector::everyFixture_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("entity");
    QTest::addColumn<int>("bestGuess");
    for (const Expectation &e : Expected)
        QTest::newRow(e.path) << dataPath(QLatin1String(e.path)) << e.entity << e.bestGuess;
}

void TestEntityDetector::everyFixture()
{
    QFETCH(QString, path);
    QFETCH(int, entity);
    QFETCH(int, bestGuess);
    auto preview = previewFile(path);
    QVERIFY2(preview.ok(), qPrintable(preview.error().toString()));
    const EntityGuess guess = detectEntity(preview.value());
    const QByteArray detail = scores(guess).toUtf8();
    if (entity == NotClear) {
        QVERIFY2(!guess.clear, detail.constData());
        QCOMPARE(int(guess.entity), bestGuess);
    } else {
        QVERIFY2(guess.clear, detail.constData());
        QCOMPARE(int(guess.entity), entity);
    }
    // The order and basket exports under import/ are never offered as a list of products or customers, not
    // even as a second guess (a purchase log of two rows under csv/ may be, after orders).
    if (path.contains(QLatin1String("/import/")) && entity == int(Entity::Orders)) {
        QVERIFY(!guess.candidates().contains(Entity::Products));
        QVERIFY(!guess.candidates().contains(Entity::Customers));
    }
}

void TestEntityDetector::tableCoversEveryFixture()
{
    QStringList listed;
    for (const Expectation &e : Expected)
        listed << QLatin1String(e.path);
    QStringList missing;
    QDirIterator it(QStringLiteral(STORELENS_TEST_DATA), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        // malformed/ holds deliberately broken files for tst_malformed, not exports.
        if (isFixture(it.fileName()) && !file.contains(QLatin1String("/malformed/"))) {
            const QString relative = QDir(QStringLiteral(STORELENS_TEST_DATA)).relativeFilePath(file);
            if (!listed.contains(relative))
                missing << relative;
        }
    }
    missing.sort();
    QCOMPARE(missing, QStringList());
}

void TestEntityDetector::suggestionFollowsDetection()
{
    // Without an entity the suggestion maps the detected one: the basket export's Price is a unit price of
    // an order line, not a product's list price.
    auto preview = previewFile(dataPath(QStringLiteral("import/online_retail_ii.csv")));
    QVERIFY(preview.ok());
    const ImportProfile p = suggestProfile(preview.value());
    QCOMPARE(p.entity, Entity::Orders);
    QCOMPARE(p.columnFor(QStringLiteral("unit_price")), QStringLiteral("Price"));
    QCOMPARE(p.columnFor(QStringLiteral("order_id")), QStringLiteral("Invoice"));
}

void TestEntityDetector::headerlessIsNeverClear()
{
    FilePreview preview;
    preview.dialect.hasHeader = false;
    preview.header = {QStringLiteral("Column 1"), QStringLiteral("Column 2")};
    preview.rows = {{QStringLiteral("1001"), QStringLiteral("2024-01-01")}};
    const EntityGuess guess = detectEntity(preview);
    QVERIFY(!guess.clear);
    QCOMPARE(guess.candidates(), QList<Entity>());
}

QTEST_GUILESS_MAIN(TestEntityDetector)
#include "tst_entitydetector.moc"
