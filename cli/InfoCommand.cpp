#include "cli/CliFormat.h"
#include "cli/CliSupport.h"
#include "core/store/WorkspaceSummary.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <utility>
#include <vector>

namespace storelens::cli {

using namespace storelens::core;

void printSummary(const WorkspaceSummary &s, const QString &currency, CliStreams &io)
{
    // Label and value pairs, printed once all are known: the labels are padded to the longest one (whatever
    // the language, "Kaufende Kunden (mit Verkauf)" included) and two spaces keep every value clear of it.
    std::vector<std::pair<QString, QString>> rows;
    const auto row = [&rows](const QString &label, const QString &value) { rows.emplace_back(label, value); };
    const auto count = [](qint64 n) { return cliCount(n); };
    row(CliText::tr("Workspace"), s.path);
    row(CliText::tr("Order lines"), count(s.orderLines));
    row(CliText::tr("Sources"), count(s.sources));
    row(CliText::tr("Orders (with a sale)"), count(s.orders));
    row(CliText::tr("Order ids (incl. return-only)"), count(s.orderIds));
    row(CliText::tr("Return lines"), count(s.returnLines));
    row(CliText::tr("Guest lines"), count(s.guestLines));
    // Customers as three figures, never one total: a customers export whose ids match no order adds records
    // that no order names, and "Customers 810" read as 810 customers when 521 of them had never ordered.
    row(CliText::tr("Customers named in orders"), count(s.customersInOrders));
    row(CliText::tr("Customer records in no order"), count(s.customersWithoutOrders));
    row(CliText::tr("Buying customers (with a sale)"), count(s.buyingCustomers));
    row(CliText::tr("Products"), count(s.products));
    row(CliText::tr("Stores"), count(s.stores));
    row(CliText::tr("Channels"), count(s.channels));
    row(CliText::tr("Inventory rows"), count(s.inventoryRows));
    row(CliText::tr("Traffic rows"), count(s.trafficRows));
    row(CliText::tr("Staffing rows"), count(s.staffingRows));
    row(CliText::tr("Marketing rows"), count(s.marketingRows));
    row(CliText::tr("First day"), cliDate(s.firstDate));
    row(CliText::tr("As-of day"), cliDate(s.lastDate));
    // Lines imported without prices have unknown amounts (METRICS.md section 1): the sums leave them out, and
    // with no priced line at all there is no sum.
    if (s.unpricedLines > 0)
        row(CliText::tr("Lines without prices"), count(s.unpricedLines));
    const bool noPrices = s.unpricedLines > 0 && s.unpricedLines == s.orderLines;
    // Money with the workspace's currency code, as the kpi table writes it.
    const auto money = [noPrices, &currency](Money m) {
        return noPrices ? CliText::tr("no prices imported") : cliMoney(m, currency);
    };
    row(CliText::tr("Gross sales"), money(s.grossSales));
    row(CliText::tr("Discounts"), money(s.discounts));
    row(CliText::tr("Returns"), money(s.returns));
    row(CliText::tr("Net sales"), money(s.netSales));
    qsizetype width = 0;
    for (const auto &[label, value] : rows)
        width = std::max(width, label.size());
    for (const auto &[label, value] : rows)
        io.out << label.leftJustified(width + 2) << value << '\n';
}

namespace {

const QString kWorkspace = QStringLiteral("workspace");
const QString kFormat = QStringLiteral("format");

void addInfoOptions(QCommandLineParser &parser)
{
    const QCommandLineOption workspace(kWorkspace, CliText::tr("The workspace file."), CliText::tr("path"));
    const QCommandLineOption format(kFormat, CliText::tr("table (default) or json."),
                                    QStringLiteral("table|json"), QStringLiteral("table"));
    parser.addOptions({workspace, format});
}

// `storelens info --workspace W`: row counts, date range and totals.
int runInfo(const QCommandLineParser &parser, CliStreams &io)
{
    int exitCode = Success;
    if (!requireOption(parser, QStringLiteral("workspace"), io, exitCode))
        return exitCode;
    const auto opened = openSession(parser.value(kWorkspace));
    if (!opened)
        return reportError(opened.error(), io);
    auto summary = opened.value()->summary();
    if (!summary)
        return reportError(summary.error(), io);
    WorkspaceSummary &s = summary.value();
    s.path = opened.value()->workspacePath();
    if (parser.value(kFormat) == QLatin1String("json")) {
        const bool noPrices = s.unpricedLines > 0 && s.unpricedLines == s.orderLines;
        const auto money = [noPrices](Money m) {
            return noPrices ? QJsonValue(QJsonValue::Null) : QJsonValue(m.toString(4));
        };
        const QJsonObject o{{QStringLiteral("order_lines"), s.orderLines},
                            {QStringLiteral("sources"), s.sources},
                            {QStringLiteral("orders"), s.orders},
                            {QStringLiteral("order_ids"), s.orderIds},
                            {QStringLiteral("return_lines"), s.returnLines},
                            {QStringLiteral("guest_lines"), s.guestLines},
                            {QStringLiteral("customers"), s.customers},
                            {QStringLiteral("customers_in_orders"), s.customersInOrders},
                            {QStringLiteral("customers_without_orders"), s.customersWithoutOrders},
                            {QStringLiteral("buying_customers"), s.buyingCustomers},
                            {QStringLiteral("products"), s.products},
                            {QStringLiteral("stores"), s.stores},
                            {QStringLiteral("channels"), s.channels},
                            {QStringLiteral("first_day"), s.firstDate.toString(Qt::ISODate)},
                            {QStringLiteral("as_of"), s.lastDate.toString(Qt::ISODate)},
                            {QStringLiteral("unpriced_lines"), s.unpricedLines},
                            {QStringLiteral("gross_sales"), money(s.grossSales)},
                            {QStringLiteral("discounts"), money(s.discounts)},
                            {QStringLiteral("returns"), money(s.returns)},
                            {QStringLiteral("net_sales"), money(s.netSales)}};
        io.out << QString::fromUtf8(
            withCurrency(QJsonDocument(o), *opened.value()).toJson(QJsonDocument::Indented));
    } else if (parser.value(kFormat) == QLatin1String("table")) {
        printSummary(s, workspaceCurrency(*opened.value()), io);
    } else {
        io.err << CliText::tr("--format takes table or json.") << '\n';
        return BadUsage;
    }
    return Success;
}

} // namespace

std::unique_ptr<CliCommand> makeInfoCommand()
{
    return makeCommand(
        {QStringLiteral("info"),
         QT_TRANSLATE_NOOP("storelens::cli", "Show what a workspace holds: rows, dates and totals."),
         [] {
             return CliText::tr("storelens info: row counts, the date range and gross / net sales of a "
                                "workspace. JSON fields: order_lines, sources, orders (distinct source and "
                                "order id with a sale line, as the KPIs count them), order_ids (also "
                                "return-only orders), return_lines, guest_lines, customers (every "
                                "customer record, those of a customers export that no order names "
                                "included), customers_in_orders (customers an order line names), "
                                "customers_without_orders (customer records no order line names), "
                                "buying_customers (identified customers with a sale line), products, "
                                "stores, channels, first_day, as_of, unpriced_lines, gross_sales, "
                                "discounts, returns, net_sales (money as decimal strings with 4 places; "
                                "null when every line was imported without prices), currency (the "
                                "workspace's ISO code, null when not known).");
         },
         addInfoOptions},
        runInfo);
}

} // namespace storelens::cli
