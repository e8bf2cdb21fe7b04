#include "cli/CliFormat.h"
#include "cli/CliSupport.h"
#include "cli/CliTable.h"
#include "cli/QueryOptions.h"
#include "core/analytics/explain/Explain.h"
#include "core/csv/CsvWriter.h"
#include "core/model/Countries.h"
#include "core/model/DisplayNames.h"
#include "core/model/SourceNames.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace storelens::cli {

using namespace storelens::core;

namespace {

const QString kKpi = QStringLiteral("kpi");
const QString kBy = QStringLiteral("by");

using namespace analytics;
using namespace analytics::explain;

// Money and ratios in JSON and CSV: rounded to 4 places (ratios of AOV mix and rate are money too).
double round4(double value)
{
    return std::round(value * 10000.0) / 10000.0;
}

QString number4(double value)
{
    return QString::number(round4(value), 'f', 4);
}

QJsonValue periodJson(const Period &p)
{
    if (!p.isValid())
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("from"), p.from.toString(Qt::ISODate)},
                       {QStringLiteral("to"), p.to.toString(Qt::ISODate)},
                       {QStringLiteral("days"), double(p.days())}};
}

QJsonObject explanationJson(const Explanation &e)
{
    // Money rounded to 4 places; ratios, counts and numbers as computed, so their parts add up to 1e-9.
    const bool money = kpiUnit(e.kpi) == KpiUnit::Money;
    const auto num = [money](double value) { return money ? round4(value) : value; };
    QJsonObject o;
    o.insert(QStringLiteral("kpi"), kpiKey(e.kpi));
    o.insert(QStringLiteral("label"), kpiLabel(e.kpi));
    o.insert(QStringLiteral("period"), periodJson(e.period));
    o.insert(QStringLiteral("comparison_period"), periodJson(e.comparisonPeriod));
    o.insert(QStringLiteral("explained"), e.explained);
    o.insert(QStringLiteral("not_explained_reason"),
             e.explained ? QJsonValue(QJsonValue::Null) : QJsonValue(e.notComparableReason));
    o.insert(QStringLiteral("comparable"), e.comparable);
    o.insert(QStringLiteral("not_comparable_reason"),
             e.comparable ? QJsonValue(QJsonValue::Null) : QJsonValue(e.notComparableReason));
    if (!e.comparable)
        return o;
    o.insert(QStringLiteral("value"), num(e.value1));
    o.insert(QStringLiteral("comparison"), num(e.value0));
    o.insert(QStringLiteral("change"), num(e.change));
    o.insert(QStringLiteral("relative_change"),
             e.hasRelativeChange ? QJsonValue(e.relativeChange) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("sentence"), e.sentence);
    QJsonArray sourceEnds;
    for (const SourceGap &gap : e.sourceEnds)
        sourceEnds.append(QJsonObject{{QStringLiteral("source"), gap.source},
                                      {QStringLiteral("last_day"), gap.lastDay.toString(Qt::ISODate)},
                                      {QStringLiteral("effect"), num(gap.effect)}});
    o.insert(QStringLiteral("source_ends"), sourceEnds);
    o.insert(QStringLiteral("bridge_kind"),
             e.bridgeKind.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.bridgeKind));
    o.insert(QStringLiteral("bridge_note"),
             e.bridgeNote.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.bridgeNote));
    QJsonArray bridge;
    for (const BridgeEffect &b : e.bridge) {
        bridge.append(QJsonObject{{QStringLiteral("key"), b.key},
                                  {QStringLiteral("label"), b.label},
                                  {QStringLiteral("comparison"), b.value0},
                                  {QStringLiteral("value"), b.value1},
                                  {QStringLiteral("effect"), round4(b.effect)}});
    }
    o.insert(QStringLiteral("bridge"), bridge);
    QJsonArray contributions;
    for (const DimensionContributions &d : e.contributions) {
        QJsonArray members;
        for (const Contribution &c : d.members) {
            members.append(QJsonObject{{QStringLiteral("member"), c.member},
                                       {QStringLiteral("comparison"), num(c.value0)},
                                       {QStringLiteral("value"), num(c.value1)},
                                       {QStringLiteral("comparison_weight"), c.weight0},
                                       {QStringLiteral("weight"), c.weight1},
                                       {QStringLiteral("mix"), num(c.mix)},
                                       {QStringLiteral("rate"), num(c.rate)},
                                       {QStringLiteral("change"), num(c.change)}});
        }
        contributions.append(QJsonObject{{QStringLiteral("dimension"), dimensionKey(d.dimension)},
                                         {QStringLiteral("split"), d.split},
                                         {QStringLiteral("members"), members}});
    }
    o.insert(QStringLiteral("contributions"), contributions);
    const Verdict &v = e.verdict;
    o.insert(
        QStringLiteral("normal_variation"),
        QJsonObject{
            {QStringLiteral("tested"), v.tested},
            {QStringLiteral("source_ends_early"), v.sourceEndsEarly},
            {QStringLiteral("within"), v.withinNormalVariation},
            {QStringLiteral("test"), v.test.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.test)},
            {QStringLiteral("statistic"), v.statistic},
            {QStringLiteral("degrees_of_freedom"), v.degreesOfFreedom},
            {QStringLiteral("p_value"), v.pValue},
            {QStringLiteral("interval_kind"),
             v.intervalKind.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.intervalKind)},
            {QStringLiteral("interval_low"), v.interval.low},
            {QStringLiteral("interval_high"), v.interval.high},
            {QStringLiteral("comparison_interval_low"), v.comparisonInterval.low},
            {QStringLiteral("comparison_interval_high"), v.comparisonInterval.high},
            {QStringLiteral("sentence"), v.sentence}});
    return o;
}

void printCsv(const Explanation &e, QTextStream &out)
{
    const bool money = kpiUnit(e.kpi) == KpiUnit::Money;
    const auto number = [money](double value) {
        return money ? number4(value) : QString::number(value, 'g', 12);
    };
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    csv::CsvWriter writer(&buffer);
    writer.setLineEnding(QByteArrayLiteral("\n"));
    writer.writeRow({QStringLiteral("part"), QStringLiteral("dimension"), QStringLiteral("member"),
                     QStringLiteral("comparison"), QStringLiteral("value"), QStringLiteral("mix"),
                     QStringLiteral("rate"), QStringLiteral("change")});
    if (e.comparable) {
        writer.writeRow({QStringLiteral("total"), QString(), kpiKey(e.kpi), number(e.value0),
                         number(e.value1), QString(), QString(), number(e.change)});
        for (const BridgeEffect &b : e.bridge)
            writer.writeRow({QStringLiteral("bridge"), QString(), b.key, QString::number(b.value0, 'g', 12),
                             QString::number(b.value1, 'g', 12), QString(), QString(), number(b.effect)});
        for (const DimensionContributions &d : e.contributions) {
            for (const Contribution &c : d.members)
                writer.writeRow({QStringLiteral("contribution"), dimensionKey(d.dimension), c.member,
                                 number(c.value0), number(c.value1), number(c.mix), number(c.rate),
                                 number(c.change)});
        }
    }
    out << QString::fromUtf8(buffer.data());
}

// The title of a dimension's column in the table, as the dashboard's "Why?" panel names it; JSON and CSV
// keep dimensionKey().
QString dimensionTitle(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Store:
        return CliText::tr("Store");
    case Dimension::Channel:
        return CliText::tr("Channel");
    case Dimension::Country:
        return CliText::tr("Country");
    case Dimension::Category:
        return CliText::tr("Category");
    case Dimension::CustomerType:
        return CliText::tr("New or returning");
    case Dimension::Segment:
        return CliText::tr("Saved segment");
    case Dimension::Source:
        return CliText::tr("Source");
    }
    return dimensionKey(dimension);
}

// A member as the screens show it: the importer's canonical store, channel and source names translated, a
// country's name in the command line's language.
QString memberTitle(Dimension dimension, const QString &member)
{
    if (dimension == Dimension::Country)
        return countryDisplayName(member);
    if (dimension == Dimension::Source)
        return sourceDisplayName(member);
    return dimension == Dimension::Store || dimension == Dimension::Channel ? storeChannelDisplayName(member)
                                                                            : member;
}

void printTable(const Explanation &e, QTextStream &out)
{
    // Ratios (and changes of ratios) as fractions with 4 places, everything else with 2; in the command
    // line's language.
    const int places = kpiUnit(e.kpi) == KpiUnit::Ratio ? 4 : 2;
    const auto cell = [places](double value) { return cliNumber(value, places); };
    out << CliText::tr("Period: %1 to %2").arg(cliDate(e.period.from), cliDate(e.period.to));
    if (e.comparisonPeriod.isValid())
        out << "  "
            << CliText::tr("compared with %1 to %2")
                   .arg(cliDate(e.comparisonPeriod.from), cliDate(e.comparisonPeriod.to));
    out << '\n';
    if (!e.comparable) {
        out << e.notComparableReason << '\n';
        return;
    }
    out << e.sentence << '\n' << e.verdict.sentence << '\n';
    if (!e.bridgeNote.isEmpty())
        out << e.bridgeNote << '\n';
    if (!e.bridge.empty()) {
        out << '\n';
        CliTable table({{CliText::tr("Bridge"), CliTable::Align::Left}, {CliText::tr("Effect")}});
        for (const BridgeEffect &b : e.bridge)
            table.addRow({b.label, cell(b.effect)});
        table.print(out);
    }
    for (const DimensionContributions &d : e.contributions) {
        out << '\n';
        CliTable table({{dimensionTitle(d.dimension), CliTable::Align::Left},
                        {CliText::tr("Comparison")},
                        {CliText::tr("Value")},
                        {CliText::tr("Mix")},
                        {CliText::tr("Rate")},
                        {CliText::tr("Change")}});
        for (const Contribution &c : d.members)
            table.addRow({memberTitle(d.dimension, c.member), cell(c.value0), cell(c.value1), cell(c.mix),
                          cell(c.rate), cell(c.change)});
        table.print(out);
    }
}

void addExplainOptions(QCommandLineParser &parser)
{
    const QCommandLineOption kpiOption(
        kKpi,
        CliText::tr("The KPI to explain, a key of `storelens kpi` (net_sales, aov, conversion_rate, "
                    "kept_customers, …; default net_sales)."),
        CliText::tr("KEY"));
    const QCommandLineOption byOption(
        kBy,
        CliText::tr("A dimension to split by (repeatable; default all): store, channel, country, category, "
                    "customer_type, segment (saved segments), source (where the lines were imported "
                    "from)."),
        CliText::tr("DIMENSION"));
    parser.addOption(kpiOption);
    parser.addOption(byOption);
}

// `storelens explain --workspace W --kpi net_sales [--by DIMENSION]...`: METRICS.md section 9.
int runExplain(const QCommandLineParser &parser, QueryOptions &options, CliStreams &io)
{
    KpiId kpi = KpiId::NetSales;
    if (parser.isSet(kKpi) && !kpiFromKey(parser.value(kKpi), &kpi)) {
        io.err << CliText::tr("Unknown KPI \"%1\"; use a key of `storelens kpi`, e.g. net_sales.")
                      .arg(parser.value(kKpi))
               << '\n';
        return BadUsage;
    }
    std::vector<Dimension> dimensions;
    for (const QString &key : parser.values(kBy)) {
        Dimension d = Dimension::Store;
        if (!dimensionFromKey(key, &d)) {
            io.err << CliText::tr("Unknown dimension \"%1\"; use store, channel, country, category, "
                                  "customer_type, segment or source.")
                          .arg(key)
                   << '\n';
            return BadUsage;
        }
        dimensions.push_back(d);
    }
    if (dimensions.empty()) {
        for (int i = 0; i < kDimensionCount; ++i)
            dimensions.push_back(Dimension(i));
    }
    const Result<AnalysisInput> input = loadAnalysisInput(options, rejectEmptySnapshot);
    if (!input)
        return reportError(input.error(), io);
    const auto result = input->session->explain(input->resolved, kpi, dimensions);
    if (!result)
        return reportError(result.error(), io);
    const Explanation &e = *result.value();
    return printResult(
        options.format, io, [&] { return withCurrency(QJsonDocument(explanationJson(e)), *input->session); },
        [&](QTextStream &out) { printCsv(e, out); }, [&](QTextStream &out) { printTable(e, out); });
}

} // namespace

std::unique_ptr<CliCommand> makeExplainCommand()
{
    QueryOptionSet set;
    return makeQueryCommand(
        {QStringLiteral("explain"),
         QT_TRANSLATE_NOOP("storelens::cli", "Explain where the change of a KPI came from."),
         [] {
             return CliText::tr("storelens explain: where the change of a KPI between the comparison period "
                                "and the period came from (METRICS.md section 9): the driver bridge of net "
                                "sales, the contributions by dimension (mix and rate for ratios) and "
                                "whether the change is beyond normal variation. A source whose data ends "
                                "early is named first with its part of the change, and the change is then "
                                "not judged against normal variation.\n"
                                "Exit status: 0 done (also when the KPI has no defined explanation: the "
                                "reason is printed), 1 bad usage, 2 the workspace or a filter was rejected."
                                "\n"
                                "JSON fields are listed in README.md (\"storelens explain\").");
         },
         addExplainOptions},
        set, runExplain, OwnOptions::BeforeShared);
}

} // namespace storelens::cli
