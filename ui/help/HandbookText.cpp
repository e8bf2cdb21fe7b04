// The handbook's written pages (everything but the generated figures and shortcuts pages), paragraph by
// paragraph through tr() so that translators translate them like every other text. A paragraph keeps its
// inline markup (<b>, <i>, <code>, links to other pages), which a translation keeps too.
#include "ui/help/HandbookPages.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <map>

namespace storelens::ui {

namespace {

class HandbookText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::ui::Handbook)
};

using T = HandbookText;

QString p(const QString &text)
{
    return QStringLiteral("<p>%1</p>\n").arg(text);
}

QString h2(const QString &text)
{
    return QStringLiteral("<h2>%1</h2>\n").arg(text);
}

QString list(const QStringList &items)
{
    return QStringLiteral("<ul><li>%1</li></ul>\n").arg(items.join(QStringLiteral("</li><li>")));
}

// A term and its explanation in a definition list.
QString term(const QString &name, const QString &text)
{
    return QStringLiteral("<dt><b>%1</b></dt><dd>%2</dd>\n").arg(name, text);
}

QString indexPage()
{
    const QString body =
        p(T::tr(
            "StoreLens shows how your store is doing from the CSV exports your till, web shop or ERP already "
            "makes. Everything stays on this computer: the data lives in one workspace file "
            "(<code>.storelens</code>).")) +
        h2(T::tr("Start here")) +
        list({T::tr("<a href=\"getting-started.html\">Getting started</a>: from the first start to a PDF "
                    "report."),
              T::tr("<a href=\"importing.html\">Importing your exports</a>: the export styles StoreLens "
                    "recognises."),
              T::tr("<a href=\"figures.html\">What every figure means</a>: each KPI with its formula."),
              T::tr("<a href=\"shortcuts.html\">Keyboard shortcuts</a>.")}) +
        h2(T::tr("The views")) +
        list({T::tr("<a href=\"overview.html\">Overview</a>: KPI tiles and charts."),
              T::tr("<a href=\"cohorts.html\">Cohorts</a>: do customers come back?"),
              T::tr("<a href=\"segments.html\">Segments</a>: who to win back, who to thank."),
              T::tr("<a href=\"customers.html\">Customers</a>: one customer's profile, their data and how to "
                    "forget them."),
              T::tr("<a href=\"predictions.html\">Predictions</a>: predicted customer lifetime value."),
              T::tr("<a href=\"report.html\">The PDF report</a>.")}) +
        p(T::tr(
            "Press <b>F1</b> in any view to open its page here. Press <b>Shift+F1</b> and click a KPI tile "
            "for what it means."));
    return handbookPageHtml(T::tr("StoreLens handbook"), body, false);
}

QString gettingStartedPage()
{
    const QString body =
        h2(T::tr("1. A workspace for your business")) +
        p(T::tr(
            "A workspace is one file that holds everything StoreLens knows about one business. Create it "
            "with <b>File › New Workspace…</b>, or try StoreLens first on made-up data with <b>File › Open "
            "the Sample Store</b> (a bar says when you are looking at the sample).")) +
        h2(T::tr("2. Import your exports")) +
        p(T::tr(
            "Choose <b>File › Import…</b> or drop CSV files on the window. The import wizard recognises the "
            "file's format and its columns, shows a preview, checks every row before anything is saved and "
            "tells you which rows it cannot read and why. Import order lines first; customers and products "
            "add names, e-mail addresses and categories. Next month, import the new export the same way: "
            "lines already imported are updated, never doubled. See <a href=\"importing.html\">Importing "
            "your exports</a>.")) +
        h2(T::tr("3. Look at the figures")) +
        p(T::tr(
            "The <a href=\"overview.html\">Overview</a> shows the key figures of the period chosen in the "
            "filter bar with the change against the previous period. The filter bar is shared by every "
            "view: a date range, a comparison, stores, channels, countries, categories and a saved "
            "segment.")) +
        h2(T::tr("4. Hand over a report")) +
        p(T::tr(
            "<b>File › Export Report…</b> writes a PDF with the figures, trends, cohorts, segments and an "
            "appendix of definitions. See <a href=\"report.html\">The PDF report</a>."));
    return handbookPageHtml(T::tr("Getting started"), body);
}

QString importingPage()
{
    const QString styles =
        term(T::tr("Shopify order export"),
             T::tr(
                 "One row per line item. <i>Name</i> is the order, <i>Lineitem sku</i>, <i>Lineitem "
                 "quantity</i> and <i>Lineitem price</i> the line; <i>Discount Amount</i> and "
                 "<i>Shipping</i>, "
                 "given once per order, are spread over the order's lines to the cent. Refunded or cancelled "
                 "orders become sales and returns.")) +
        term(T::tr("WooCommerce order export"),
             T::tr("One row per line item with the order number, product, quantity and line total; the order "
                   "status marks refunds.")) +
        term(T::tr("Square item sales"), T::tr("Date, time, transaction id, item, quantity, gross and net "
                                               "sales. A refund row with a negative "
                                               "amount is a return.")) +
        term(T::tr("Lightspeed sales lines"), T::tr("Sale id, line, item, quantity and totals per line.")) +
        term(T::tr("ERP line exports"),
             T::tr("Invoice number, stock code, quantity, unit price, invoice date and customer id (the "
                   "layout of "
                   "many ERP and accounting systems, such as the <i>Online Retail</i> data set). An invoice "
                   "number starting with <i>C</i> is a cancellation, so its lines are returns.")) +
        term(T::tr("German till exports"),
             T::tr("Receipt number (<i>Bon-Nr.</i>), customer number, article number, product group "
                   "(<i>Warengruppe</i>), quantity, unit price, discount (<i>Rabatt</i>) and total, with "
                   "decimal "
                   "commas and German month names.")) +
        term(T::tr("Plain till (POS) files"),
             T::tr(
                 "Any file with an order or receipt number, a product, a quantity and a price or line total. "
                 "Without an order id each row is an order; without a price the file is imported after you "
                 "confirm it and money figures say \"no prices imported\".")) +
        term(
            T::tr("Purchase logs without a header"),
            T::tr("Such as the CDNOW log: customer id, date, quantity and amount; the columns are recognised "
                  "from their values.")) +
        term(
            T::tr("Customers, products and side tables"),
            T::tr(
                "Customer lists (id, name, e-mail, city, country, consent), product lists (SKU, name, "
                "category, cost), inventory snapshots, store traffic, staffing and marketing spend each have "
                "their own import."));
    const QString body =
        p(T::tr(
            "StoreLens reads CSV files: any delimiter (comma, semicolon, tab, bar, or columns aligned with "
            "spaces), with or without a header row, in UTF-8, UTF-16 or Windows-1252. Numbers may use a "
            "decimal point or a decimal comma, thousands separators, currency symbols and "
            "<code>(12.50)</code> for negatives; dates may be ISO, day/month/year or month/day/year, with "
            "month names in English or German.")) +
        h2(T::tr("Export styles StoreLens recognises")) + QStringLiteral("<dl>\n%1</dl>\n").arg(styles) +
        h2(T::tr("Sources and re-imports")) +
        p(T::tr(
            "Every import of order lines belongs to a <i>source</i> (the till, the web shop): order 1001 of "
            "the till and order 1001 of the web shop are two orders. Importing an overlapping export again "
            "updates lines instead of doubling them. Tick <b>Replace</b> when a new export is the truth for "
            "its days: lines of that source on those days that it no longer holds are removed.")) +
        p(T::tr(
            "The whole import is one step: if it fails or you cancel it, the workspace stays exactly as it "
            "was. You can save the column mapping as a profile; a file with the same columns goes straight "
            "to the check next time."));
    return handbookPageHtml(T::tr("Importing your exports"), body);
}

QString overviewPage()
{
    const QString body =
        p(T::tr(
            "The Overview (Ctrl+1) shows the key figures of the period chosen in the filter bar. Each tile "
            "shows the value, the comparison period's value, the change (green when it is a change for the "
            "better, red when for the worse), a sparkline of the period and, when you set one, the target. "
            "Hover a tile for its formula with the exact numbers, or press Shift+F1 and click it for what it "
            "means. <b>Customize tiles…</b> chooses which tiles appear, in which order, and their "
            "targets.")) +
        p(T::tr(
            "The charts show net sales over time against the comparison period, net sales by month against "
            "a year earlier, new and returning customers, and net sales by store, channel and category, with "
            "the top products. Right-click a chart (a tile's sparkline too) to copy it as an image, save it "
            "as "
            "PNG or SVG, or copy its figures for a spreadsheet.")) +
        p(T::tr("Every figure is defined in <a href=\"figures.html\">What every figure means</a>."));
    return handbookPageHtml(T::tr("Overview"), body);
}

QString cohortsPage()
{
    const QString body =
        p(T::tr(
            "A cohort is the group of customers whose first purchase fell in the same week, month or "
            "quarter. Each row of the heatmap is one cohort; each column is the number of periods since that "
            "first purchase. A cell shows the share of the cohort's customers who bought again in that "
            "period "
            "(or, with another metric chosen, their net sales or orders). Darker cells mean more customers "
            "came back.")) +
        p(T::tr(
            "Hatched cells are periods that are not over yet, so their figure is still growing. Hover a cell "
            "for the exact figures; click it, or press Enter, to list its customers in the Customers "
            "view.")) +
        p(T::tr(
            "Read the heatmap down a column to see whether newer customers come back more often than older "
            "ones, and along a row to see how quickly a cohort fades."));
    return handbookPageHtml(T::tr("Cohorts"), body);
}

QString segmentsPage()
{
    const QString body =
        p(T::tr(
            "Every customer gets three scores from 1 to 5: <b>R</b>ecency (how recently they bought), "
            "<b>F</b>requency (how often) and <b>M</b>onetary value (how much). The RFM grid places them by "
            "recency and by the average of frequency and monetary value, and names the groups: Champions, "
            "Loyal customers, At risk, Can't lose them, Hibernating and others.")) +
        p(T::tr(
            "Lifecycle stages (new, active, at risk, lapsed) come from the days since each customer's last "
            "purchase; value tiers (high, medium, low) from their net sales. Both thresholds can be "
            "changed.")) +
        p(T::tr(
            "Saved segments are rules you build (for example \"net sales over 300 and last purchase more "
            "than 90 days ago\"), with a live count of the customers who match. A segment's members can be "
            "exported as CSV; customers without marketing consent are left out unless you ask for them."));
    return handbookPageHtml(T::tr("Segments"), body);
}

QString customersPage()
{
    const QString body =
        p(T::tr(
            "The Customers view (Ctrl+4) lists every customer who bought. Search by id, name, e-mail, "
            "country or segment (Ctrl+F) and click a column header to sort. Selecting a customer shows their "
            "profile: orders over time, products, categories, RFM scores, lifecycle stage, value tier, "
            "predicted lifetime value and the probability that they are still a customer.")) +
        h2(T::tr("A customer's data")) +
        p(T::tr(
            "<b>Export this customer's data…</b> writes everything StoreLens holds on the customer (their "
            "customer record, their order lines, their figures and segments) as JSON or CSV, for example to "
            "answer a request for access.")) +
        p(T::tr(
            "<b>Forget this customer…</b> removes their personal data (name, e-mail, address and every other "
            "field of their customer record) for good. Their purchases stay as guest purchases, so orders, "
            "net sales and units do not change; the number of customers drops by one. The removed data is "
            "also wiped from the workspace file. If you import an export that still holds the customer, they "
            "are imported again.")) +
        p(T::tr("Both also run from the command line: <code>storelens customer export</code> and "
                "<code>storelens customer forget</code>."));
    return handbookPageHtml(T::tr("Customers"), body);
}

QString predictionsPage()
{
    const QString body =
        p(T::tr(
            "Predictions estimate, for every customer, how many purchases they will make and what they will "
            "spend in the next twelve months (predicted customer lifetime value, CLV), and how likely it is "
            "that they are still a customer. The models learn from each customer's number of repeat "
            "purchases, the time of their last purchase and their average spend.")) +
        p(T::tr(
            "StoreLens fits several purchase models and uses the one that predicted a held-out stretch of "
            "recent history best, and says which in one sentence. The holdout chart compares the predicted "
            "repeat purchases with what happened after a split date you can choose. Predictions follow the "
            "filters, but not the date range: they always read the whole history. With fewer than 200 "
            "customers within the filters there are no predictions, and so nothing to check."));
    return handbookPageHtml(T::tr("Predictions"), body);
}

QString reportPage()
{
    const QString body =
        p(T::tr(
            "<b>File › Export Report…</b> (Ctrl+Shift+E) writes a PDF for the owner: a title page with the "
            "period and the filters, the KPI table with comparisons and targets, trend charts, the cohort "
            "heatmap, RFM segments and grid, top products and categories, predicted CLV and an appendix that "
            "defines every figure. Choose A4 or Letter, portrait or landscape, and a weekly, monthly or "
            "quarterly preset. The report is written in the language chosen in <b>Preferences</b>.")) +
        p(T::tr(
            "<b>File › Print…</b> (Ctrl+P) prints the view on screen, all of it: a long table or the whole "
            "Overview runs over as many pages as it needs.")) +
        p(T::tr(
            "The same report runs without a window: <code>storelens report --workspace shop.storelens --out "
            "report.pdf</code>."));
    return handbookPageHtml(T::tr("The PDF report"), body);
}

} // namespace

QString writtenHandbookPage(const QString &page)
{
    static const std::map<QString, std::function<QString()>> pages{
        {QStringLiteral("index"), indexPage},         {QStringLiteral("getting-started"), gettingStartedPage},
        {QStringLiteral("importing"), importingPage}, {QStringLiteral("overview"), overviewPage},
        {QStringLiteral("cohorts"), cohortsPage},     {QStringLiteral("segments"), segmentsPage},
        {QStringLiteral("customers"), customersPage}, {QStringLiteral("predictions"), predictionsPage},
        {QStringLiteral("report"), reportPage}};
    const auto found = pages.find(page);
    return found == pages.end() ? QString() : found->second();
}

} // namespace storelens::ui
