// The handbook's written pages (everything but the generated figures and shortcuts pages) as data: each
// heading, paragraph, list item and explained term is one text marked for translation
// (QT_TRANSLATE_NOOP, context storelens::ui::Handbook) and translated when the page is shown, so translators
// translate the handbook like every other text. A text keeps its inline markup (<b>, <i>, <code>, links to
// other pages), which a translation keeps too.
#include "ui/help/HandbookPages.h"

#include "core/analytics/segments/Lifecycle.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace storelens::ui {

namespace {

class HandbookText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::ui::Handbook)
};

// What a text is on its page: consecutive items make one list, consecutive terms and explanations one
// definition list.
enum class Block { Heading, Paragraph, Item, Term, Explanation };

struct Text
{
    Block block;
    const char *source;
    // Where the text names what the program shows (%1, %2, …), the names as the screens write them in the
    // user's language, so the handbook cannot call a stage what the window calls otherwise (trial 15: the
    // German handbook said "abgewandert" where the Segments view said "Inaktiv").
    QStringList (*arguments)() = nullptr;
};

// The lifecycle stages and the value tiers as the Segments view names them, each list in one argument.
QStringList lifecycleNames()
{
    using namespace core::analytics;
    QStringList stages;
    for (LifecycleStage s :
         {LifecycleStage::New, LifecycleStage::Active, LifecycleStage::AtRisk, LifecycleStage::Lapsed})
        stages.append(lifecycleDisplayName(s));
    QStringList tiers;
    for (ValueTier t : {ValueTier::High, ValueTier::Medium, ValueTier::Low})
        tiers.append(valueTierDisplayName(t));
    const QString separator = QStringLiteral(", ");
    return {stages.join(separator), tiers.join(separator)};
}

struct WrittenPage
{
    const char *name;
    const char *title;
    bool backLink; // every page but the contents links back to them
    std::vector<Text> texts;
};

const std::vector<WrittenPage> &writtenPages()
{
    static const std::vector<WrittenPage> pages{
        {"index",
         QT_TRANSLATE_NOOP("storelens::ui::Handbook", "StoreLens handbook"),
         false,
         {
             {Block::Paragraph,
              QT_TRANSLATE_NOOP("storelens::ui::Handbook",
                                "StoreLens shows how your store is doing from the CSV exports your till, web "
                                "shop or ERP already makes. Everything stays on this computer: the data "
                                "lives in one workspace file (<code>.storelens</code>).")},
             {Block::Heading, QT_TRANSLATE_NOOP("storelens::ui::Handbook", "Start here")},
             {Block::Item, QT_TRANSLATE_NOOP("storelens::ui::Handbook",
                                             "<a href=\"getting-started.html\">Getting started</a>: from the "
                                             "first start to a PDF report.")},
             {Block::Item, QT_TRANSLATE_NOOP("storelens::ui::Handbook",
                                             "<a href=\"importing.html\">Importing your exports</a>: the "
                                             "export styles StoreLens recognises.")},
             {Block::Item,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "<a href=\"figures.html\">What every figure means</a>: each KPI with its formula.")},
             {Block::Item, QT_TRANSLATE_NOOP("storelens::ui::Handbook",
                                             "<a href=\"shortcuts.html\">Keyboard shortcuts</a>.")},
             {Block::Heading, QT_TRANSLATE_NOOP("storelens::ui::Handbook", "The views")},
             {Block::Item,
              QT_TRANSLATE_NOOP("storelens::ui::Handbook",
                                "<a href=\"overview.html\">Overview</a>: KPI tiles and charts.")},
             {Block::Item,
              QT_TRANSLATE_NOOP("storelens::ui::Handbook",
                                "<a href=\"cohorts.html\">Cohorts</a>: do customers come back?")},
             {Block::Item,
              QT_TRANSLATE_NOOP("storelens::ui::Handbook",
                                "<a href=\"segments.html\">Segments</a>: who to win back, who to thank.")},
             {Block::Item, QT_TRANSLATE_NOOP("storelens::ui::Handbook",
                                             "<a href=\"customers.html\">Customers</a>: one customer's "
                                             "profile, their data and how to forget them.")},
             {Block::Item,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "<a href=\"predictions.html\">Predictions</a>: predicted customer lifetime value.")},
             {Block::Item,
              QT_TRANSLATE_NOOP("storelens::ui::Handbook", "<a href=\"report.html\">The PDF report</a>.")},
             {Block::Paragraph, QT_TRANSLATE_NOOP("storelens::ui::Handbook",
                                                  "Press <b>F1</b> in any view to open its page here. Press "
                                                  "<b>Shift+F1</b> and click a KPI tile for what it means.")},
         }},
        {"getting-started",
         QT_TRANSLATE_NOOP("storelens::ui::Handbook", "Getting started"),
         true,
         {
             {Block::Heading,
              QT_TRANSLATE_NOOP("storelens::ui::Handbook", "1. A workspace for your business")},
             {Block::Paragraph,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "A workspace is one file that holds everything StoreLens knows about one business. Create "
                  "it with <b>File › New Workspace…</b>, or try StoreLens first on made-up data with <b>File "
                  "› Open the Sample Store</b> (a bar says when you are looking at the sample).")},
             {Block::Heading, QT_TRANSLATE_NOOP("storelens::ui::Handbook", "2. Import your exports")},
             {Block::Paragraph,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "Choose <b>File › Import…</b> or drop CSV files on the window. The import wizard "
                  "recognises the file's format and its columns, shows a preview, checks every row before "
                  "anything is saved and tells you which rows it cannot read and why. Import order lines "
                  "first; customers and products add names, e-mail addresses and categories. Next month, "
                  "import the new export the same way: lines already imported are updated, never doubled. "
                  "See <a href=\"importing.html\">Importing your exports</a>.")},
             {Block::Heading, QT_TRANSLATE_NOOP("storelens::ui::Handbook", "3. Look at the figures")},
             {Block::Paragraph,
              QT_TRANSLATE_NOOP("storelens::ui::Handbook",
                                "The <a href=\"overview.html\">Overview</a> shows the key figures of the "
                                "period chosen in the filter bar with the change against the previous "
                                "period. The filter bar is shared by every view: a date range, a comparison, "
                                "stores, channels, countries, categories and a saved segment.")},
             {Block::Heading, QT_TRANSLATE_NOOP("storelens::ui::Handbook", "4. Hand over a report")},
             {Block::Paragraph,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "<b>File › Export Report…</b> writes a PDF with the figures, trends, cohorts, segments and "
                  "an appendix of definitions. See <a href=\"report.html\">The PDF report</a>.")},
         }},
        {"importing",
         QT_TRANSLATE_NOOP("storelens::ui::Handbook", "Importing your exports"),
         true,
         {
             {Block::Paragraph,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "StoreLens reads CSV files: any delimiter (comma, semicolon, tab, bar, or columns aligned "
                  "with spaces), with or without a header row, in UTF-8, UTF-16 or Windows-1252. Numbers may "
                  "use a decimal point or a decimal comma, thousands separators, currency symbols and "
                  "<code>(12.50)</code> for negatives; dates may be ISO, day/month/year or month/day/year, "
                  "with month names in English or German.")},
             {Block::Paragraph,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "Amounts are taken as the export writes them: StoreLens neither adds nor removes VAT or "
                  "sales tax. When an export's prices include VAT, gross and net sales include it too; to "
                  "see "
                  "sales without VAT, map the export's columns without it (often named net or ex. VAT) where "
                  "it has them. An export that writes only prices with VAT keeps it in its sales: beside a "
                  "till whose prices are without VAT, the two are not alike. A web shop's separate tax and "
                  "shipping columns are not sales and are left out.")},
             {Block::Paragraph,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "When an export cannot give something (totals with shipping inside, order states it "
                  "writes as ids, products it names by ids, discounts inside totals without a column of "
                  "their own), the import says so, and so do the Overview, the tiles it touches and the "
                  "report for as long as the workspace holds that source's orders: a figure that would only "
                  "read 0, such as returns from an export that cannot mark them, shows \"No data\" with the "
                  "reason. A file that reads fewer columns than the earlier files of its source (say the "
                  "shop's default export after a profile of your own) is named on the Check step.")},
             {Block::Paragraph,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "A till's tips belong to the staff and deposits are paid back: neither is the store's "
                  "sales. The Check step lists each SKU that looks like a fee or a tip with its lines and "
                  "money, and asks whether it is a product, a fee that stays in sales but leaves the product "
                  "rankings, or not sales at all, whose lines are not imported. Tips (Tip, Trinkgeld, "
                  "Pourboire, Propina, …) are left out from the first check, in the import window and by "
                  "storelens import alike, so that both give the same sales; choose \"Not a product: keep in "
                  "sales\" to count a tip in sales. So are gift cards sold (Gift Card £50, "
                  "Geschenkgutschein, Carte cadeau): a gift card becomes a sale when it is spent, and the "
                  "purchase paid with it is already in your sales. The import's summary names what was left "
                  "out, and a saved profile makes the same choices again.")},
             {Block::Paragraph,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "A cancellation status StoreLens knows (Cancelled, Annulé, …) counts each of its lines as "
                  "a sale and a return when the file lists each order once, as a web shop's does. On a "
                  "till, where a receipt holds a voided line beside paid ones, a voided status (Anulado, "
                  "Annulée, Stornato, Storniert, Geannuleerd) means taken off before payment: its lines are "
                  "left out of sales. The Check step lists these statuses either way and lets you choose "
                  "the other reading.")},
             {Block::Paragraph,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "A column that marks each line as voided with yes or no (Toast's Void? True or False, "
                  "Voided, Is Void) is read as \"Voided\": its lines marked yes were taken off before "
                  "payment "
                  "and are left out, as unpaid ones are, and the Check step names how many there were and "
                  "their money. A customer ID column that is empty on every row (a web shop's guest "
                  "checkouts) is not chosen: the e-mail address then tells the customers apart.")},
             {Block::Heading,
              QT_TRANSLATE_NOOP("storelens::ui::Handbook", "Export styles StoreLens recognises")},
             {Block::Term, QT_TRANSLATE_NOOP("storelens::ui::Handbook", "Shopify order export")},
             {Block::Explanation,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "One row per line item. <i>Name</i> is the order, <i>Lineitem sku</i>, <i>Lineitem "
                  "quantity</i> and <i>Lineitem price</i> the line; <i>Discount Amount</i>, given once per "
                  "order, is spread over the order's lines to the cent. <i>Shipping</i> is not sales and is "
                  "left out (the import says so). Refunded or cancelled orders become sales and returns.")},
             {Block::Term, QT_TRANSLATE_NOOP("storelens::ui::Handbook", "Squarespace orders")},
             {Block::Explanation,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "One row per line item (Commerce › Orders › Download CSV), with the columns of Shopify's "
                  "export. <i>Order ID</i> is the order; its date, e-mail and status are on its first row "
                  "only, and its other rows take them from there. <i>Discount Amount</i> is the order's "
                  "discount, spread over its lines; <i>Shipping</i> and <i>Taxes</i> are not sales and are "
                  "left out. Refunded orders become sales and returns, and <i>Amount Refunded</i> counts a "
                  "partial refund. The source is <i>Squarespace</i>.")},
             {Block::Term, QT_TRANSLATE_NOOP("storelens::ui::Handbook", "Square Online orders")},
             {Block::Explanation,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "One row per item (Square Dashboard › Orders › Export). <i>Order</i> is the order, "
                  "<i>Recipient Email</i> the customer and <i>Item Total Price</i> the line. The export "
                  "names "
                  "no coupon: the sum of an order's items less its <i>Order Subtotal</i> is its discount, "
                  "spread over its lines. Canceled orders become sales and returns, and <i>Order Refunded "
                  "Amount</i> counts a refund. Shipping and tax are not sales. Where the prices include VAT, "
                  "as in the UK, the export has no price without it: this source's sales include VAT, and "
                  "the tiles say so. The source is <i>Square Online</i>.")},
             {Block::Term, QT_TRANSLATE_NOOP("storelens::ui::Handbook", "WooCommerce order export")},
             {Block::Explanation,
              QT_TRANSLATE_NOOP("storelens::ui::Handbook",
                                "One row per line item with the order number, product, quantity and line "
                                "total; the order status marks refunds.")},
             {Block::Term, QT_TRANSLATE_NOOP("storelens::ui::Handbook", "BigCommerce order export")},
             {Block::Explanation,
              QT_TRANSLATE_NOOP("storelens::ui::Handbook",
                                "One row per order: each item of its <i>Product Details</i> cell becomes a "
                                "line, <i>Subtotal (ex tax)</i> is the order's sales, <i>Discount Amount</i> "
                                "is spread over its lines, and a <i>Refund Amount</i> on an order not marked "
                                "refunded is a return.")},
             {Block::Term, QT_TRANSLATE_NOOP("storelens::ui::Handbook", "Odoo Point of Sale order lines")},
             {Block::Explanation,
              QT_TRANSLATE_NOOP("storelens::ui::Handbook",
                                "One row per line; <i>Point of Sale</i> is the store, <i>Discount (%)</i> a "
                                "percentage and <i>Subtotal</i> the line's amount after it. A refund is an "
                                "order of its own with negative quantities.")},
             {Block::Term, QT_TRANSLATE_NOOP("storelens::ui::Handbook", "Magento orders grid export")},
             {Block::Explanation,
              QT_TRANSLATE_NOOP("storelens::ui::Handbook",
                                "One row per order (Sales › Orders › Export › CSV): <i>ID</i> is the order "
                                "number, <i>Purchase Point</i> the store view, <i>Subtotal</i> the order's "
                                "sales before discounts (the grid has no discount column) and <i>Total "
                                "Refunded</i> its refunds. Import each new export into the same workspace: "
                                "orders it already holds are updated, not counted twice.")},
             {Block::Term, QT_TRANSLATE_NOOP("storelens::ui::Handbook", "Shopware 6 orders")},
             {Block::Explanation,
              QT_TRANSLATE_NOOP("storelens::ui::Handbook",
                                "One row per order (Settings › Import/Export › Export, profile \"Default "
                                "orders\"): <i>amount_total</i> is the order's total with tax and shipping, "
                                "so net sales include shipping. Its order states and sales channels are "
                                "internal ids, so cancelled orders count as sales and every order as online. "
                                "For better figures, make a profile of your own for orders with the fields "
                                "<i>orderNumber</i>, <i>orderDateTime</i>, <i>orderCustomer.email</i>, "
                                "<i>orderCustomer.firstName</i>, <i>orderCustomer.lastName</i>, "
                                "<i>salesChannel.name</i>, <i>amountTotal</i> and "
                                "<i>transactions.stateMachineState.technicalName</i> (the payment's state): "
                                "StoreLens then reads the channels, and cancelled and refunded orders as "
                                "returns.")},
             {Block::Term, QT_TRANSLATE_NOOP("storelens::ui::Handbook", "PrestaShop orders")},
             {Block::Explanation,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "One row per order (Orders › Export), in the back office's language: "
                  "<i>ID</i> is the order, <i>Total</i> its total with tax and shipping, "
                  "<i>Delivery</i> the country and <i>Status</i> its state. Cancelled and "
                  "refunded orders become sales and returns, orders never paid (awaiting a bank "
                  "wire or a cheque, payment errors) are left out. The list names customers only "
                  "as \"A. Fabre\", which can be several people, so its orders count as guest "
                  "sales; it names no products.")},
             {Block::Term, QT_TRANSLATE_NOOP("storelens::ui::Handbook", "Etsy sold order items")},
             {Block::Explanation,
              QT_TRANSLATE_NOOP("storelens::ui::Handbook",
                                "One row per item; the order's <i>Discount Amount</i>, repeated on each "
                                "item row, is spread once over the order's lines.")},
             {Block::Term, QT_TRANSLATE_NOOP("storelens::ui::Handbook", "eBay orders report")},
             {Block::Explanation,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "One row per item (Seller Hub › Orders › Download); the line of commas above the header "
                  "is skipped. <i>Order Number</i> is the order, <i>Buyer Email</i> the customer, <i>Custom "
                  "Label</i> the SKU (else the <i>Item Number</i>) and <i>Sold For</i> the unit price. An "
                  "order of several items has a summary row with its shipping and no item: it is left out, "
                  "as is the footer. Shipping is not sales. The report has no refunds: eBay lists them in "
                  "its Transaction report. The source is <i>eBay</i>.")},
             {Block::Term, QT_TRANSLATE_NOOP("storelens::ui::Handbook", "Amazon All Orders report")},
             {Block::Explanation,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "One row per item (Seller Central › Reports › Fulfillment › All Orders, tab-separated). "
                  "<i>amazon-order-id</i> is the order, <i>item-price</i> the line's amount for its "
                  "quantity before <i>item-promotion-discount</i>, the line's discount. A line whose "
                  "<i>order-status</i> or <i>item-status</i> is Cancelled becomes a sale and a return; "
                  "Pending orders are not paid yet and are left out. Shipping and tax are not sales. The "
                  "report names no buyer, so its orders are guest sales. The source is <i>Amazon</i>.")},
             {Block::Term, QT_TRANSLATE_NOOP("storelens::ui::Handbook", "eBay transaction report")},
             {Block::Explanation,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "Payments › Reports › Transaction report: eBay's refunds. Import it after the orders "
                  "report, into the same source. Each <i>Refund</i> row is a return on its <i>Order "
                  "number</i>, on the refund's day, up to the order's sales (the shipping refunded is not "
                  "sales). Payouts, fees, shipping labels and the report's order rows are left out and "
                  "counted. A refund of an order StoreLens does not hold is rejected.")},
             {Block::Term, QT_TRANSLATE_NOOP("storelens::ui::Handbook", "Wix Stores orders")},
             {Block::Explanation,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "One row per item (Sales › Orders › Export): <i>Order number</i> is the order, "
                  "<i>Item</i>, "
                  "<i>SKU</i>, <i>Qty</i> and <i>Price</i> the line, <i>Contact email</i> the customer. "
                  "<i>Refunded</i> and <i>Canceled</i> orders are a sale and a return, <i>Not paid</i> ones "
                  "are left out; shipping and tax are not sales. The export names each order's coupon but "
                  "not "
                  "its amount: StoreLens works it out from the order's <i>Total</i> and spreads it over the "
                  "order's lines. Orders where the file does not tell keep no discount, and the import and "
                  "the tiles say how many. The source is <i>Wix</i>.")},
             {Block::Term, QT_TRANSLATE_NOOP("storelens::ui::Handbook", "Tiendanube and Nuvemshop orders")},
             {Block::Explanation,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "One row per product (Ventas › Exportar, in Spanish or Portuguese): <i>Número de orden</i> "
                  "is the order, <i>Nombre del producto</i>, <i>Precio del producto</i> and <i>Cantidad del "
                  "producto</i> the line, <i>Email</i> the customer and <i>Teléfono</i> their phone number. "
                  "<i>Descuento</i>, the order's discount repeated on each row, is spread once over its "
                  "lines. "
                  "The payment's state (<i>Estado del pago</i>) decides: <i>Pendiente</i> (a bank transfer "
                  "not "
                  "yet paid) is left out, <i>Cancelado</i> and <i>Reembolsado</i> are a sale and a return, "
                  "<i>Parcialmente reembolsado</i> is a sale whose refund is in no column. <i>Total</i>, "
                  "<i>Subtotal de productos</i>, <i>Costo de envío</i> and <i>Canal</i> (the buyer's device) "
                  "are not read. The source is <i>Tiendanube</i>.")},
             {Block::Term, QT_TRANSLATE_NOOP("storelens::ui::Handbook", "Square item sales")},
             {Block::Explanation,
              QT_TRANSLATE_NOOP("storelens::ui::Handbook",
                                "Date, time, transaction id, item, quantity, gross and net sales. A refund "
                                "row with a negative amount is a return.")},
             {Block::Term, QT_TRANSLATE_NOOP("storelens::ui::Handbook", "SumUp sales report")},
             {Block::Explanation,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "One row per item sold or refunded (Sales › Reports, in French \"Rapport des "
                  "ventes\"): <i>Transaction ID</i> (<i>Numéro de transaction</i>) is the sale, "
                  "<i>Description</i> the product and <i>Price (Gross)</i> (<i>Prix (TTC)</i>) "
                  "the line's amount after <i>Discount</i> (<i>Remise</i>), with tax. A "
                  "<i>Refund</i> (<i>Remboursement</i>) row is a return of its items on the "
                  "refund's day. The lines are sold in the store, from the source SumUp; the "
                  "report names no customer.")},
             {Block::Term, QT_TRANSLATE_NOOP("storelens::ui::Handbook", "Loyverse receipts by item")},
             {Block::Explanation,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "One row per item (Reports › Receipts › Export › Receipts by item), in Spanish or "
                  "English: <i>Receipt number</i> (<i>Número de recibo</i>) is the sale, <i>Item</i> "
                  "(<i>Artículo</i>) the product, <i>Store</i> (<i>Tienda</i>) the shop and <i>Gross "
                  "sales</i> (<i>Ventas brutas</i>) the line's amount before <i>Discounts</i> "
                  "(<i>Descuentos</i>). A <i>Refund</i> (<i>Reembolso</i>) receipt is a return on its "
                  "day; a <i>Cancelled</i> (<i>Cancelado</i>) receipt is a sale and a return. "
                  "<i>Customer contacts</i> (<i>Contactos del cliente</i>) tells the loyalty customers "
                  "apart and is not read as an e-mail address. Not read: <i>Cost of goods</i>, the "
                  "whole line's cost (StoreLens takes a unit cost, so gross margin is not shown), "
                  "<i>Variant</i> (each variant's SKU is a product of its own), the till and the "
                  "cashier.")},
             {Block::Term, QT_TRANSLATE_NOOP("storelens::ui::Handbook", "Clover line items")},
             {Block::Explanation,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "One row per item (Transactions › Line Items › Export). <i>Item Total</i> is the line's "
                  "amount after the order's discounts and before VAT; <i>Per Unit Quantity</i> is the weight "
                  "of goods sold by weight, and blank for one piece. <i>Open</i> orders were never paid and "
                  "are left out; a line marked <i>Refunded</i> is a sale and a return on the order's day; "
                  "<i>Service Charge</i> lines are not sales and are left out. The lines are sold in the "
                  "store, from the source Clover; the export names no customer.")},
             {Block::Term, QT_TRANSLATE_NOOP("storelens::ui::Handbook", "Lightspeed sales lines")},
             {Block::Explanation, QT_TRANSLATE_NOOP("storelens::ui::Handbook",
                                                    "Sale id, line, item, quantity and totals per line.")},
             {Block::Term, QT_TRANSLATE_NOOP("storelens::ui::Handbook", "ERP line exports")},
             {Block::Explanation,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "Invoice number, stock code, quantity, unit price, invoice date and customer id (the "
                  "layout of many ERP and accounting systems, such as the <i>Online Retail</i> data set). An "
                  "invoice number starting with <i>C</i> is a cancellation, so its lines are returns.")},
             {Block::Term, QT_TRANSLATE_NOOP("storelens::ui::Handbook", "German till exports")},
             {Block::Explanation,
              QT_TRANSLATE_NOOP("storelens::ui::Handbook",
                                "Receipt number (<i>Bon-Nr.</i>, <i>Beleg-Nr.</i>), customer number, article "
                                "number, product group (<i>Warengruppe</i>), quantity, unit price, discount "
                                "(<i>Rabatt</i>, or <i>Rabatt €</i> beside <i>Rabatt %</i>) and the line's "
                                "total (<i>Gesamtbetrag</i>, <i>Gesamt brutto</i>), which is taken as the "
                                "line's amount to the cent, with decimal commas and German month names. A "
                                "Storno line (negative quantity) returns its sale, discount included.")},
             {Block::Term,
              QT_TRANSLATE_NOOP("storelens::ui::Handbook", "DSFinV-K receipts (transactions.csv)")},
             {Block::Explanation,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "A German till's DSFinV-K export, its receipts file <i>transactions.csv</i> (as orderbird "
                  "and other tills write it): each receipt is an order, <i>BON_ID</i> its number, "
                  "<i>BON_ENDE</i> its time (not <i>Z_ERSTELLUNG</i>, the day's closing), <i>UMS_BRUTTO</i> "
                  "its amount with VAT and after its discounts, <i>KUNDE_ID</i> and <i>KUNDE_NAME</i> the "
                  "customer and <i>KUNDE_LAND</i> the country. Receipts that sold nothing (training, orders, "
                  "transfers, cancelled or aborted receipts, cash moved into or out of the till) are left "
                  "out "
                  "and counted; a storno receipt of a negative amount is a return on its own day. "
                  "The receipts name no products, and the import says so. The source is "
                  "<i>DSFinV-K</i>.")},
             {Block::Term, QT_TRANSLATE_NOOP("storelens::ui::Handbook", "Plain till (POS) files")},
             {Block::Explanation,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "Any file with an order or receipt number, a product, a quantity and a price or line "
                  "total. Without an order id each row is an order; without a price the file is imported "
                  "after you confirm it and money figures say \"no prices imported\".")},
             {Block::Term, QT_TRANSLATE_NOOP("storelens::ui::Handbook", "Purchase logs without a header")},
             {Block::Explanation, QT_TRANSLATE_NOOP("storelens::ui::Handbook",
                                                    "Such as the CDNOW log: customer id, date, quantity and "
                                                    "amount; the columns are recognised from their values.")},
             {Block::Term,
              QT_TRANSLATE_NOOP("storelens::ui::Handbook", "Customers, products and side tables")},
             {Block::Explanation,
              QT_TRANSLATE_NOOP("storelens::ui::Handbook",
                                "Customer lists (id, name, e-mail, phone, city, country, consent), product "
                                "lists "
                                "(SKU, name, category, cost), inventory snapshots, store traffic, staffing "
                                "and marketing spend each have their own import.")},
             {Block::Heading, QT_TRANSLATE_NOOP("storelens::ui::Handbook", "One person in two files")},
             {Block::Paragraph,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "A till keys its customers by its own number, a web shop by e-mail address: one person "
                  "becomes two customers. When a file's customers have the e-mail address or the phone "
                  "number "
                  "of another customer of the workspace (a phone only where one of the two has no address), "
                  "the Check step counts them with an example, whichever file you imported first. <b>Count "
                  "Each Person Once</b> then gives each line that customer; the choice is kept in the import "
                  "profile. Phone numbers are compared by their digits without the country code, and only "
                  "from 7 digits; a number or address that two customers share matches neither.")},
             {Block::Heading, QT_TRANSLATE_NOOP("storelens::ui::Handbook", "Sources and re-imports")},
             {Block::Paragraph,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "Every import of order lines belongs to a <i>source</i> (the till, the web shop): order "
                  "1001 of the till and order 1001 of the web shop are two orders. Importing an overlapping "
                  "export again updates lines instead of doubling them. Tick <b>Replace</b> when a new "
                  "export is the truth for its days: lines of that source on those days that it no longer "
                  "holds are removed. A file that holds only a few of its source's orders on its days looks "
                  "like another till or shop: Replace is not offered for it, and the Check step offers to "
                  "import it as a source of its own (such as \"Till 2\"). The command line refuses "
                  "<tt>--replace</tt> for such a file unless <tt>--replace-other-source</tt> is given.")},
             {Block::Paragraph,
              QT_TRANSLATE_NOOP("storelens::ui::Handbook",
                                "The whole import is one step: if it fails or you cancel it, the workspace "
                                "stays exactly as it was. You can save the column mapping as a profile; a "
                                "file with the same columns goes straight to the check next time.")},
         }},
        {"overview",
         QT_TRANSLATE_NOOP("storelens::ui::Handbook", "Overview"),
         true,
         {
             {Block::Paragraph,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "The Overview (Ctrl+1) shows the key figures of the period chosen in the filter bar. Each "
                  "tile shows the value, the comparison period's value, the change (green when it is a "
                  "change for the better, red when for the worse), a sparkline of the period and, when you "
                  "set one, the target. Hover a tile for its formula with the exact numbers, or press "
                  "Shift+F1 and click it for what it means. <b>Choose tiles…</b> sets which tiles "
                  "appear, in which order, and their targets.")},
             {Block::Paragraph,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "A tile judges a change only when it means something. <b>Not comparable</b>: the "
                  "comparison period holds too little data (the note under the heading says which). "
                  "<b>Too early to tell</b> on retention and churn: a customer counts as lost only after "
                  "365 days without buying (the activity window), so while the data reaches back less than "
                  "that before the period, nobody can be lost yet and retention reads 100 %; the tile "
                  "shows the value greyed and says how many days the data covers.")},
             {Block::Paragraph,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "The charts show net sales over time against the comparison period, net sales by month "
                  "against a year earlier, new and returning customers, and net sales by store, channel and "
                  "category, with the top products. Right-click a chart (a tile's sparkline too) to copy it "
                  "as an image, save it as PNG or SVG, or copy its figures for a spreadsheet.")},
             {Block::Paragraph,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "Every figure is defined in <a href=\"figures.html\">What every figure means</a>.")},
         }},
        {"cohorts",
         QT_TRANSLATE_NOOP("storelens::ui::Handbook", "Cohorts"),
         true,
         {
             {Block::Paragraph,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "A cohort is the group of customers whose first purchase fell in the same week, month or "
                  "quarter. Each row of the heatmap is one cohort; each column is the number of periods "
                  "since that first purchase. A cell shows the share of the cohort's customers who bought "
                  "again in that period (or, with another metric chosen, their net sales or orders). Darker "
                  "cells mean more customers came back.")},
             {Block::Paragraph,
              QT_TRANSLATE_NOOP("storelens::ui::Handbook",
                                "Hatched cells are periods that are not over yet, so their figure is still "
                                "growing. Hover a cell for the exact figures; click it, or press Enter, to "
                                "list its customers in the Customers view.")},
             {Block::Paragraph,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "Read the heatmap down a column to see whether newer customers come back more often than "
                  "older ones, and along a row to see how quickly a cohort fades.")},
         }},
        {"segments",
         QT_TRANSLATE_NOOP("storelens::ui::Handbook", "Segments"),
         true,
         {
             {Block::Paragraph,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "Every customer gets three scores from 1 to 5: <b>R</b>ecency (how recently they bought), "
                  "<b>F</b>requency (how often) and <b>M</b>onetary value (how much). The RFM grid places "
                  "them by recency and by the average of frequency and monetary value, and names the groups: "
                  "Champions, Loyal customers, At risk, Can't lose them, Hibernating and others.")},
             {Block::Paragraph,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "Lifecycle stages (%1) come from the days since each customer's last purchase; "
                  "value tiers (%2) from their net sales. Both thresholds can be changed."),
              &lifecycleNames},
             {Block::Paragraph,
              QT_TRANSLATE_NOOP("storelens::ui::Handbook",
                                "Saved segments are rules you build (for example \"net sales over 300 and "
                                "last purchase more than 90 days ago\"), with a live count of the customers "
                                "who match. A segment's members can be exported as CSV; customers without "
                                "marketing consent are left out unless you ask for them.")},
         }},
        {"customers",
         QT_TRANSLATE_NOOP("storelens::ui::Handbook", "Customers"),
         true,
         {
             {Block::Paragraph,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "The Customers view (Ctrl+4) lists every customer who bought. Search by id, name, e-mail, "
                  "country or segment (Ctrl+F) and click a column header to sort. Selecting a customer shows "
                  "their profile: orders over time, products, categories, RFM scores, lifecycle stage, value "
                  "tier, predicted lifetime value and the probability that they are still a customer.")},
             {Block::Heading, QT_TRANSLATE_NOOP("storelens::ui::Handbook", "A customer's data")},
             {Block::Paragraph,
              QT_TRANSLATE_NOOP("storelens::ui::Handbook",
                                "<b>Export this customer's data…</b> writes everything StoreLens holds on "
                                "the customer (their customer record, their order lines, their figures and "
                                "segments) as JSON or CSV, for example to answer a request for access.")},
             {Block::Paragraph,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "<b>Forget this customer…</b> removes their personal data (name, e-mail, phone, address "
                  "and "
                  "every other field of their customer record) for good. Their purchases stay as guest "
                  "purchases, "
                  "so orders, net sales and units do not change; the number of customers drops by one. The "
                  "removed data is also wiped from the workspace file. If you import an export that still "
                  "holds the customer, they are imported again.")},
             {Block::Paragraph,
              QT_TRANSLATE_NOOP("storelens::ui::Handbook",
                                "Both also run from the command line: <code>storelens customer export</code> "
                                "and <code>storelens customer forget</code>.")},
         }},
        {"predictions",
         QT_TRANSLATE_NOOP("storelens::ui::Handbook", "Predictions"),
         true,
         {
             {Block::Paragraph,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "Predictions estimate, for every customer, how many purchases they will make and what they "
                  "will spend in the next twelve months (predicted customer lifetime value, CLV), and how "
                  "likely it is that they are still a customer. The models learn from each customer's number "
                  "of repeat purchases, the time of their last purchase and their average spend.")},
             {Block::Paragraph,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "StoreLens fits several purchase models and uses the one that predicted a held-out stretch "
                  "of recent history best, and says which in one sentence. The holdout chart compares the "
                  "predicted repeat purchases with what happened after a split date you can choose. "
                  "Predictions follow the filters, but not the date range: they always read the whole "
                  "history. With fewer than 200 customers within the filters there are no predictions, and "
                  "so nothing to check.")},
             {Block::Paragraph,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "When what customers spend varies too widely for the spend model (often one customer id "
                  "shared by several people, or orders that are no purchase counted as sales), the purchases "
                  "expected and the chance that each customer is still active are still shown, as they do "
                  "not depend on spend; expected spend and lifetime value are not, and the Predictions tab "
                  "says why.")},
         }},
        {"report",
         QT_TRANSLATE_NOOP("storelens::ui::Handbook", "The PDF report"),
         true,
         {
             {Block::Paragraph,
              QT_TRANSLATE_NOOP(
                  "storelens::ui::Handbook",
                  "<b>File › Export Report…</b> (Ctrl+Shift+E) writes a PDF for the owner: a title page with "
                  "the period and the filters, the KPI table with comparisons and targets, trend charts, the "
                  "cohort heatmap, RFM segments and grid, top products and categories, predicted CLV and an "
                  "appendix that defines every figure. Choose A4 or Letter, portrait or landscape, and a "
                  "weekly, monthly or quarterly preset. The report is written in the language chosen in "
                  "<b>Edit › Preferences…</b>.")},
             {Block::Paragraph,
              QT_TRANSLATE_NOOP("storelens::ui::Handbook",
                                "<b>File › Print…</b> (Ctrl+P) prints the view on screen, all of it: a long "
                                "table or the whole Overview runs over as many pages as it needs.")},
             {Block::Paragraph,
              QT_TRANSLATE_NOOP("storelens::ui::Handbook",
                                "The same report runs without a window: <code>storelens report --workspace "
                                "shop.storelens --out report.pdf</code>.")},
         }},
    };
    return pages;
}

QString blockHtml(Block block, const QString &text)
{
    switch (block) {
    case Block::Heading:
        return QStringLiteral("<h2>%1</h2>\n").arg(text);
    case Block::Paragraph:
        return QStringLiteral("<p>%1</p>\n").arg(text);
    case Block::Item:
        return QStringLiteral("<li>%1</li>\n").arg(text);
    case Block::Term:
        return QStringLiteral("<dt><b>%1</b></dt>\n").arg(text);
    case Block::Explanation:
        return QStringLiteral("<dd>%1</dd>\n").arg(text);
    }
    return {};
}

// The tag that encloses a run of blocks of this kind ("ul" for items), empty for none.
QString enclosing(Block block)
{
    if (block == Block::Item)
        return QStringLiteral("ul");
    if (block == Block::Term || block == Block::Explanation)
        return QStringLiteral("dl");
    return {};
}

} // namespace

QString writtenHandbookPage(const QString &page)
{
    for (const WrittenPage &written : writtenPages()) {
        if (page != QLatin1String(written.name))
            continue;
        QString body;
        QString open; // the list being written
        for (const Text &text : written.texts) {
            const QString tag = enclosing(text.block);
            if (tag != open) {
                if (!open.isEmpty())
                    body += QStringLiteral("</%1>\n").arg(open);
                if (!tag.isEmpty())
                    body += QStringLiteral("<%1>").arg(tag);
                open = tag;
            }
            QString html = HandbookText::tr(text.source);
            if (text.arguments) {
                for (const QString &argument : text.arguments())
                    html = html.arg(argument.toHtmlEscaped());
            }
            body += blockHtml(text.block, html);
        }
        if (!open.isEmpty())
            body += QStringLiteral("</%1>\n").arg(open);
        return handbookPageHtml(HandbookText::tr(written.title), body, written.backLink);
    }
    return {};
}

} // namespace storelens::ui
