#include "cli/CliFormat.h"
#include "cli/CliSupport.h"
#include "cli/CliTable.h"
#include "cli/QueryOptions.h"
#include "core/analytics/customers/CustomerLinks.h"
#include "core/analytics/segments/MemberExport.h"
#include "core/analytics/segments/SegmentSummary.h"
#include "core/csv/CsvWriter.h"
#include "core/model/Countries.h"
#include "core/model/Money.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <climits>

namespace storelens::cli {

using namespace storelens::core;

namespace {

using namespace analytics;

const QString kSegment = QStringLiteral("segment");
const QString kMembers = QStringLiteral("members");
const QString kExport = QStringLiteral("export");
const QString kColumns = QStringLiteral("columns");
const QString kIncludeWithoutConsent = QStringLiteral("include-without-consent");
const QString kForExcel = QStringLiteral("for-excel");

QJsonValue moneyOrNull(const std::optional<int64_t> &units)
{
    return units ? QJsonValue(double(*units) / 10000.0) : QJsonValue();
}

QJsonValue numberOrNull(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

// Money of customers whose lines have no prices is unknown, never 0 (METRICS.md section 1).
const QString kNoPrices = QStringLiteral("no prices imported");

QJsonValue moneyNote(bool moneyUnknown)
{
    return moneyUnknown ? QJsonValue(kNoPrices) : QJsonValue();
}

QJsonObject summaryJson(const SegmentSummary &s, const QString &key)
{
    QJsonObject o;
    if (!key.isEmpty())
        o.insert(QStringLiteral("key"), key);
    o.insert(QStringLiteral("name"), s.name);
    o.insert(QStringLiteral("size"), qint64(s.size));
    o.insert(QStringLiteral("share_of_customers"), s.shareOfCustomers);
    o.insert(QStringLiteral("share_of_net_sales"), numberOrNull(s.shareOfNetSales));
    o.insert(QStringLiteral("net_sales"),
             s.moneyUnknown() ? QJsonValue() : QJsonValue(double(s.netSales) / 10000.0));
    o.insert(QStringLiteral("aov"), moneyOrNull(s.aovUnits));
    o.insert(QStringLiteral("customers_without_prices"), qint64(s.membersWithoutPrices));
    o.insert(QStringLiteral("money_note"), moneyNote(s.moneyUnknown()));
    o.insert(QStringLiteral("frequency"), numberOrNull(s.frequency));
    o.insert(QStringLiteral("median_recency_days"), numberOrNull(s.medianRecencyDays));
    return o;
}

QJsonObject memberJson(const MemberRow &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("customer_id"), r.customerId);
    o.insert(QStringLiteral("name"), r.name);
    o.insert(QStringLiteral("email"), r.email);
    o.insert(QStringLiteral("country"), r.country);
    o.insert(QStringLiteral("first_purchase"), r.firstPurchase.toString(Qt::ISODate));
    o.insert(QStringLiteral("last_purchase"), r.lastPurchase.toString(Qt::ISODate));
    o.insert(QStringLiteral("orders"), r.orders);
    o.insert(QStringLiteral("net_sales"),
             r.moneyUnknown ? QJsonValue() : QJsonValue(double(r.netSales) / 10000.0));
    o.insert(QStringLiteral("aov"), moneyOrNull(r.aovUnits));
    o.insert(QStringLiteral("money_note"), moneyNote(r.moneyUnknown));
    o.insert(QStringLiteral("recency_days"), r.recencyDays);
    o.insert(QStringLiteral("r"), r.r);
    o.insert(QStringLiteral("f"), r.f);
    o.insert(QStringLiteral("m"), r.m);
    o.insert(QStringLiteral("segment"), segmentKey(r.segment)); // as the member CSV writes it
    o.insert(QStringLiteral("lifecycle"), lifecycleKey(r.lifecycle));
    o.insert(QStringLiteral("value_tier"), valueTierKey(r.tier));
    o.insert(QStringLiteral("consent_email"), r.consentEmail ? QJsonValue(*r.consentEmail) : QJsonValue());
    return o;
}

// Cells of the human-readable tables: in the command line's language (CliFormat.h), "-" where there is no
// value.
QString percent(const std::optional<double> &v)
{
    return v ? cliPercent(*v) : QStringLiteral("-");
}

QString money(const std::optional<int64_t> &units, const QString &currency)
{
    return units ? cliMoney(Money::fromUnits(*units), currency) : QStringLiteral("-");
}

QString number(const std::optional<double> &v, int places)
{
    return v ? cliNumber(*v, places) : QStringLiteral("-");
}

void printSummaryTable(const QString &title, const std::vector<SegmentSummary> &rows, const QString &currency,
                       QTextStream &out)
{
    out << title << '\n';
    CliTable table({{CliText::tr("Segment"), CliTable::Align::Left},
                    {CliText::tr("Customers")},
                    {CliText::tr("Share")},
                    {CliText::tr("Net sales %")},
                    {CliText::tr("Net sales")},
                    {CliText::tr("AOV")},
                    {CliText::tr("Frequency")},
                    {CliText::tr("Median recency")}});
    for (const SegmentSummary &s : rows)
        table.addRow(
            {s.name, cliCount(s.size), percent(s.shareOfCustomers), percent(s.shareOfNetSales),
             s.moneyUnknown() ? CliText::tr("no prices") : cliMoney(Money::fromUnits(s.netSales), currency),
             money(s.aovUnits, currency), number(s.frequency, 2), number(s.medianRecencyDays, 1)});
    table.print(out);
    out << '\n';
}

// The members as a table for people, in the command line's language: translated column titles, stage and
// tier names, dates and numbers as the locale writes them. The member CSV (--export, --format csv) keeps the
// column keys and machine-readable cells.
void printMembersTable(const std::vector<MemberRow> &members, const QString &currency, QTextStream &out)
{
    CliTable table({{CliText::tr("Customer ID"), CliTable::Align::Left},
                    {CliText::tr("Name"), CliTable::Align::Left},
                    {CliText::tr("Email"), CliTable::Align::Left},
                    {CliText::tr("Country"), CliTable::Align::Left},
                    {CliText::tr("First purchase")},
                    {CliText::tr("Last purchase")},
                    {CliText::tr("Orders")},
                    {CliText::tr("Net sales")},
                    {CliText::tr("AOV")},
                    {CliText::tr("Recency (days)")},
                    {CliText::tr("R")},
                    {CliText::tr("F")},
                    {CliText::tr("M")},
                    {CliText::tr("Segment"), CliTable::Align::Left},
                    {CliText::tr("Lifecycle stage"), CliTable::Align::Left},
                    {CliText::tr("Value tier"), CliTable::Align::Left}});
    for (const MemberRow &r : members) {
        const QString noPrices = CliText::tr("no prices");
        const QString country = r.country.isEmpty() ? QString() : countryDisplayName(r.country);
        table.addRow({r.customerId, r.name, r.email, country, cliDate(r.firstPurchase),
                      cliDate(r.lastPurchase), cliCount(r.orders),
                      r.moneyUnknown ? noPrices : cliMoney(Money::fromUnits(r.netSales), currency),
                      r.moneyUnknown ? noPrices : money(r.aovUnits, currency), cliCount(r.recencyDays),
                      cliCount(r.r), cliCount(r.f), cliCount(r.m), r.segment,
                      lifecycleDisplayName(r.lifecycle), valueTierDisplayName(r.tier)});
    }
    table.print(out);
}

QString summariesCsv(const std::vector<std::pair<QString, std::vector<SegmentSummary>>> &tables)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    csv::CsvWriter writer(&buffer);
    writer.setLineEnding(QByteArrayLiteral("\n"));
    writer.writeRow({QStringLiteral("table"), QStringLiteral("name"), QStringLiteral("size"),
                     QStringLiteral("share_of_customers"), QStringLiteral("share_of_net_sales"),
                     QStringLiteral("net_sales"), QStringLiteral("aov"), QStringLiteral("frequency"),
                     QStringLiteral("median_recency_days")});
    for (const auto &[table, rows] : tables) {
        for (const SegmentSummary &s : rows) {
            writer.writeRow(
                {table, s.name, QString::number(s.size), QString::number(s.shareOfCustomers, 'g', 12),
                 s.shareOfNetSales ? QString::number(*s.shareOfNetSales, 'g', 12) : QString(),
                 s.moneyUnknown() ? kNoPrices : Money::fromUnits(s.netSales).toString(4),
                 s.aovUnits ? Money::fromUnits(*s.aovUnits).toString(4) : QString(),
                 s.frequency ? QString::number(*s.frequency, 'g', 12) : QString(),
                 s.medianRecencyDays ? QString::number(*s.medianRecencyDays, 'g', 12) : QString()});
        }
    }
    return QString::fromUtf8(buffer.data());
}

QString membersCsv(const std::vector<MemberRow> &members)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    MemberExportOptions options;
    options.columns = memberExportColumns();
    options.includeWithoutConsent = true; // `members` has been through withConsent() already
    exportMembers(&buffer, members, options);
    return QString::fromUtf8(buffer.data());
}

// Member lists written as CSV or JSON are exports too: customers without email consent stay out unless the
// user asks for them (METRICS.md section 7).
std::vector<MemberRow> withConsent(std::vector<MemberRow> members, bool includeWithoutConsent,
                                   qint64 &leftOut)
{
    leftOut = 0;
    if (includeWithoutConsent)
        return members;
    const auto end = std::remove_if(members.begin(), members.end(),
                                    [](const MemberRow &r) { return !r.consentEmail.value_or(false); });
    leftOut = qint64(members.end() - end);
    members.erase(end, members.end());
    return members;
}

// An export that would leave out every member for want of consent writes nothing and says why, as the GUI's
// export dialog does; most often the imported files had no consent column at all. True when refused.
bool refuseExportWithoutConsent(const std::vector<MemberRow> &members, const Snapshot &snapshot,
                                CliStreams &io)
{
    if (members.empty() || std::any_of(members.begin(), members.end(),
                                       [](const MemberRow &r) { return r.consentEmail.value_or(false); }))
        return false;
    bool recorded = false;
    for (size_t c = 0; c < snapshot.customers.size() && !recorded; ++c)
        recorded = snapshot.customers.consentEmail(c).has_value();
    const int count = int(std::min<size_t>(members.size(), size_t(INT_MAX)));
    io.err << (recorded
                   ? CliText::tr("None of the segment's %n customer(s) has agreed to marketing email (their "
                                 "email consent is false or unknown). Nothing was written.",
                                 nullptr, count)
                   : CliText::tr("No customer has marketing consent recorded: the imported files had no "
                                 "email consent column, or it was empty. Nothing was written: the "
                                 "segment's %n customer(s) would all be left out.",
                                 nullptr, count))
           << '\n'
           << CliText::tr(
                  "Add --include-without-consent to export them anyway (for your own analysis, not for "
                  "marketing).")
           << '\n';
    return true;
}

// No sale names a customer at all (guest sales only, trial 12b): every segment is empty whatever the filters.
// Says why on stderr; an export then writes nothing (a file with a header and no customer helps no one).
// True when the export was refused.
bool sayNoIdentifiedCustomers(const Snapshot &snapshot, bool exporting, CliStreams &io)
{
    const QString reason = noIdentifiedCustomersReason(snapshot);
    if (reason.isEmpty())
        return false;
    io.err << reason << '\n';
    if (exporting)
        io.err << CliText::tr("Nothing was written.") << '\n';
    return exporting;
}

// The segment tables without --segment.
int printOverview(const session::SegmentsResult &result, QDate asOfDate, OutputFormat format,
                  session::WorkspaceSession &session, CliStreams &io)
{
    const CustomerBase &base = *result.base;
    const std::vector<SegmentSummary> &rfm = result.rfm;
    const std::vector<SegmentSummary> &stages = result.lifecycle;
    const std::vector<SegmentSummary> &tiers = result.tiers;
    const QString asOf = asOfDate.toString(Qt::ISODate);
    return printResult(
        format, io,
        [&] {
            QJsonArray rfmJson;
            for (const SegmentSummary &s : rfm)
                rfmJson.append(summaryJson(s, QString()));
            QJsonArray stageJson;
            for (int i = 0; i < kLifecycleStageCount; ++i)
                stageJson.append(summaryJson(stages[size_t(i)], lifecycleKey(LifecycleStage(i))));
            QJsonArray tierJson;
            for (int i = 0; i < kValueTierCount; ++i)
                tierJson.append(summaryJson(tiers[size_t(i)], valueTierKey(ValueTier(i))));
            QJsonObject root;
            root.insert(QStringLiteral("as_of"), asOf);
            root.insert(QStringLiteral("customers"), qint64(base.size()));
            root.insert(QStringLiteral("net_sales"),
                        base.metrics.populationMoneyUnknown()
                            ? QJsonValue()
                            : QJsonValue(double(base.metrics.populationNetSales) / 10000.0));
            root.insert(QStringLiteral("customers_without_prices"),
                        qint64(base.metrics.populationWithoutPrices));
            root.insert(QStringLiteral("rfm_segments"), rfmJson);
            root.insert(QStringLiteral("lifecycle"), stageJson);
            root.insert(QStringLiteral("value_tiers"), tierJson);
            return withCurrency(QJsonDocument(root), session);
        },
        [&](QTextStream &out) {
            out << summariesCsv({{QStringLiteral("rfm"), rfm},
                                 {QStringLiteral("lifecycle"), stages},
                                 {QStringLiteral("value_tier"), tiers}});
        },
        [&](QTextStream &out) {
            const QString currency = workspaceCurrency(session);
            out << CliText::tr("%n customer(s) as of %1, net sales %2.", nullptr, int(base.size()))
                       .arg(cliDate(asOfDate),
                            base.metrics.populationMoneyUnknown()
                                ? CliText::tr("no prices imported")
                                : cliMoney(Money::fromUnits(base.metrics.populationNetSales), currency))
                << '\n';
            if (base.metrics.populationWithoutPrices > 0)
                out << CliText::tr(
                           "%n customer(s) bought only lines imported without prices: their net sales "
                           "and AOV say \"no prices\" (not 0) and their M score is 0 (not scored).",
                           nullptr, int(base.metrics.populationWithoutPrices))
                    << '\n';
            out << '\n';
            printSummaryTable(CliText::tr("RFM segments"), rfm, currency, out);
            printSummaryTable(CliText::tr("Lifecycle stages"), stages, currency, out);
            printSummaryTable(CliText::tr("Value tiers"), tiers, currency, out);
        });
}

void addSegmentsOptions(QCommandLineParser &parser)
{
    parser.addOption({kSegment, CliText::tr("One segment: saved, RFM, lifecycle stage or value tier."),
                      CliText::tr("name")});
    parser.addOption({kMembers, CliText::tr("List the segment's customers.")});
    parser.addOption(
        {kExport, CliText::tr("Write the segment's customers to a CSV file."), CliText::tr("file")});
    parser.addOption(
        {kColumns, CliText::tr("The export's columns, comma-separated."), QStringLiteral("a,b,c")});
    parser.addOption({kIncludeWithoutConsent, CliText::tr("Export customers without email consent too.")});
    parser.addOption({kForExcel, CliText::tr("Write the export for Excel in the command line's language: "
                                             "\";\" between columns and decimal commas where the language "
                                             "writes them (German, French, Spanish), and a UTF-8 byte order "
                                             "mark.")});
}

// `storelens segments --workspace W …`: RFM segments, lifecycle stages and value tiers (METRICS.md sections
// 5-7), one segment's members and their CSV export.
int runSegments(const QCommandLineParser &parser, QueryOptions &options, CliStreams &io)
{
    const QString segmentName = parser.value(kSegment).trimmed();
    if ((parser.isSet(kMembers) || parser.isSet(kExport)) && segmentName.isEmpty()) {
        io.err << CliText::tr("--members and --export need --segment NAME.") << '\n';
        return BadUsage;
    }
    MemberExportOptions exportOptions;
    if (parser.isSet(kColumns)) {
        for (const QString &c : parser.value(kColumns).split(QLatin1Char(','), Qt::SkipEmptyParts))
            exportOptions.columns.append(c.trimmed());
        for (const QString &c : exportOptions.columns) {
            if (!memberExportColumns().contains(c)) {
                io.err << CliText::tr("Unknown column \"%1\"; the columns are: %2.")
                              .arg(c, memberExportColumns().join(QLatin1String(", ")))
                       << '\n';
                return BadUsage;
            }
        }
    }
    exportOptions.includeWithoutConsent = parser.isSet(kIncludeWithoutConsent);
    if (parser.isSet(kForExcel)) {
        if (!parser.isSet(kExport)) {
            io.err << CliText::tr("--for-excel needs --export FILE.") << '\n';
            return BadUsage;
        }
        exportOptions.style = MemberCsvStyle::ForExcel;
        exportOptions.locale = QLocale();
    }

    const auto check = [](const Snapshot &s, const QString &path) -> std::optional<Error> {
        if (!s.isEmpty())
            return std::nullopt;
        return Error(ErrorCode::TooLittleData,
                     CliText::tr("The workspace holds no order lines yet; import orders to see "
                                 "the segments."),
                     path);
    };
    const Result<AnalysisInput> input = loadAnalysisInput(options, check);
    if (!input)
        return reportError(input.error(), io);
    const Result<session::SegmentsResultPtr> segments = input->session->segments(input->resolved);
    if (!segments)
        return reportError(segments.error(), io);
    const session::SegmentsResult &result = *segments.value();
    const CustomerBase &base = *result.base;
    const QDate asOfDate = QDate::fromJulianDay(base.metrics.asOfDay);
    const QString asOf = asOfDate.toString(Qt::ISODate);
    if (base.size() == 0 && sayNoIdentifiedCustomers(input->snapshot(), parser.isSet(kExport), io))
        return InputRejected;

    if (segmentName.isEmpty())
        return printOverview(result, asOfDate, options.format, *input->session, io);

    const auto rows = result.rowsByName(segmentName);
    if (!rows)
        return reportError(rows.error(), io);
    const SegmentSummary summary = summarizeSegment(base, rows.value(), segmentName);
    std::vector<MemberRow> members;
    if (parser.isSet(kMembers) || parser.isSet(kExport))
        members = segmentMembers(base, input->snapshot(), rows.value());
    if (parser.isSet(kExport)) {
        if (!exportOptions.includeWithoutConsent &&
            refuseExportWithoutConsent(members, input->snapshot(), io))
            return InputRejected;
        const auto written = exportMembers(parser.value(kExport), members, exportOptions);
        if (!written)
            return reportError(written.error(), io);
        // Customers left out are named only when some were (none are with --include-without-consent).
        const int count = int(std::min<int64_t>(written->written, INT_MAX));
        io.err
            << (written->leftOutWithoutConsent > 0
                    ? CliText::tr("Wrote %n customer(s) to %1; %2 without email consent were left out.",
                                  nullptr, count)
                          .arg(parser.value(kExport), cliCount(written->leftOutWithoutConsent))
                    : CliText::tr("Wrote %n customer(s) to %1.", nullptr, count).arg(parser.value(kExport)))
            << '\n';
        if (written->leftOutWithoutConsent > 0)
            io.err << CliText::tr(
                          "Add --include-without-consent to write them too (for your own analysis, not "
                          "for marketing).")
                   << '\n';
    }
    if (parser.isSet(kMembers) && options.format != OutputFormat::Table) {
        qint64 leftOut = 0;
        members = withConsent(std::move(members), parser.isSet(kIncludeWithoutConsent), leftOut);
        if (leftOut > 0)
            io.err << CliText::tr("%1 customers without email consent were left out; add "
                                  "--include-without-consent to list them.")
                          .arg(cliCount(leftOut))
                   << '\n';
    }
    const bool listMembers = parser.isSet(kMembers);
    return printResult(
        options.format, io,
        [&] {
            QJsonObject root;
            root.insert(QStringLiteral("as_of"), asOf);
            root.insert(QStringLiteral("segment"), summaryJson(summary, QString()));
            if (listMembers) {
                QJsonArray list;
                for (const MemberRow &r : members)
                    list.append(memberJson(r));
                root.insert(QStringLiteral("members"), list);
            }
            return withCurrency(QJsonDocument(root), *input->session);
        },
        [&](QTextStream &out) {
            out << (listMembers ? membersCsv(members)
                                : summariesCsv({{QStringLiteral("segment"), {summary}}}));
        },
        [&](QTextStream &out) {
            const QString currency = workspaceCurrency(*input->session);
            printSummaryTable(CliText::tr("Segment, as of %1").arg(cliDate(asOfDate)), {summary}, currency,
                              out);
            if (listMembers) {
                out << '\n';
                printMembersTable(members, currency, out);
            }
        });
}

} // namespace

std::unique_ptr<CliCommand> makeSegmentsCommand()
{
    QueryOptionSet set;
    set.period = false;
    set.compare = false;
    set.window = false;
    return makeQueryCommand(
        {QStringLiteral("segments"),
         QT_TRANSLATE_NOOP("storelens::cli",
                           "Print RFM segments, lifecycle stages and value tiers, or one segment's members."),
         [] {
             return CliText::tr("storelens segments: the customer base as of the as-of date (METRICS.md "
                                "sections 5-7): every identified customer with a sale line within the "
                                "filters, whatever the dates. Without --segment it prints the named RFM "
                                "segments, the lifecycle stages and the value tiers, each with size, share "
                                "of customers, share of net sales, net sales, AOV, frequency (orders per "
                                "customer) and median recency in days.\n"
                                "--segment NAME picks one segment: a saved segment of the workspace, an RFM "
                                "segment name (\"Champions\"), a lifecycle stage (new, lapsed, at_risk, "
                                "active) or a value tier (high, medium, low). --members lists its "
                                "customers; --export FILE writes them as CSV.\n"
                                "Marketing consent is the email consent: customers whose email consent is "
                                "false or unknown are left out of --export unless --include-without-consent "
                                "is given; the count left out is printed on standard error. Cells starting "
                                "with = + - @ (or their full-width forms, a tab or a carriage return) are "
                                "neutralised for spreadsheets.\n"
                                "Export columns (--columns, comma-separated; default all but "
                                "consent_email): customer_id, name, email, country, first_purchase, "
                                "last_purchase, orders, net_sales, aov, recency_days, r, f, m, segment, "
                                "lifecycle, value_tier, consent_email.\n"
                                "Exit status: 0 done, 1 bad usage, 2 the workspace, a filter or the segment "
                                "was rejected, or --export would write no customer because none of the "
                                "segment's has email consent (nothing is written then).\n\n"
                                "JSON (--format json) without --segment: {as_of, customers, net_sales, "
                                "rfm_segments [S], lifecycle [S], value_tiers [S]}\n"
                                "  where S = {key (lifecycle and tiers only), name, size, "
                                "share_of_customers, share_of_net_sales, net_sales, aov,\n"
                                "             customers_without_prices, money_note, frequency, "
                                "median_recency_days}; null where there is no data.\n"
                                "With --segment: {as_of, segment S, members [M]} (members only with "
                                "--members), where\n"
                                "  M = {customer_id, name, email, country, first_purchase, last_purchase, "
                                "orders, net_sales, aov, recency_days,\n"
                                "       money_note, r, f, m, segment, lifecycle, value_tier, consent_email}."
                                "\n"
                                "Both carry currency (the workspace's ISO code, null when not known).\n"
                                "Money is a number in currency units, shares are fractions. Money of "
                                "customers whose lines were imported without prices is null with money_note "
                                "\"no prices imported\" (in CSV the cell says so), never 0.\n"
                                "CSV (--format csv): table,name,size,share_of_customers,share_of_net_sales,"
                                "net_sales,aov,frequency,median_recency_days; with --members the member "
                                "columns.");
         },
         addSegmentsOptions},
        set, runSegments);
}

} // namespace storelens::cli
