#include "cli/CliSupport.h"
#include "cli/QueryOptions.h"
#include "core/analytics/kpi/KpiEngine.h"
#include "core/analytics/kpi/KpiJson.h"
#include "core/csv/CsvWriter.h"

#include <QBuffer>
#include <QJsonDocument>

namespace storelens::cli {

using namespace storelens::core;

namespace {

using namespace analytics;

QString formatValue(KpiUnit unit, bool hasData, double value)
{
    if (!hasData)
        return QStringLiteral("-");
    switch (unit) {
    case KpiUnit::Money:
        return QString::number(value, 'f', 2);
    case KpiUnit::Count:
        return QString::number(value, 'f', 0);
    case KpiUnit::Ratio:
        return QString::number(value * 100, 'f', 1) + QStringLiteral(" %");
    case KpiUnit::Number:
        return QString::number(value, 'f', 2);
    }
    return {};
}

void printCsv(const KpiReport &report, QTextStream &out)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    csv::CsvWriter writer(&buffer);
    writer.setLineEnding(QByteArrayLiteral("\n"));
    for (const QStringList &row : kpiReportToCsvRows(report))
        writer.writeRow(row);
    out << QString::fromUtf8(buffer.data());
}

void printTable(const KpiReport &report, QTextStream &out)
{
    out << CliText::tr("Period: %1 to %2")
               .arg(report.period.from.toString(Qt::ISODate), report.period.to.toString(Qt::ISODate));
    if (report.comparisonPeriod.isValid())
        out << "  "
            << CliText::tr("compared with %1 to %2")
                   .arg(report.comparisonPeriod.from.toString(Qt::ISODate),
                        report.comparisonPeriod.to.toString(Qt::ISODate));
    out << "  " << CliText::tr("as of %1").arg(report.asOf.toString(Qt::ISODate)) << '\n';
    for (const DataCoverageWarning &w : report.warnings)
        out << CliText::tr("Warning: %1").arg(w.message) << '\n';
    out << '\n'
        << CliText::tr("KPI").leftJustified(32) << CliText::tr("Value").rightJustified(16)
        << CliText::tr("Comparison").rightJustified(16) << CliText::tr("Change").rightJustified(16)
        << CliText::tr("Change %").rightJustified(10) << '\n';
    for (const KpiComparison &k : report.kpis) {
        const KpiUnit unit = kpiUnit(k.current.id);
        const QString relative = k.hasRelativeChange
                                     ? QString::number(k.relativeChange * 100, 'f', 1) + QStringLiteral(" %")
                                     : QStringLiteral("-");
        const QString change = !k.hasChange ? QStringLiteral("-")
                               : unit == KpiUnit::Ratio
                                   ? QString::number(k.absoluteChange * 100, 'f', 1) + QStringLiteral(" pp")
                                   : formatValue(unit, true, k.absoluteChange);
        out << kpiLabel(k.current.id).leftJustified(32)
            << formatValue(unit, k.current.hasData, k.current.value).rightJustified(16)
            << formatValue(unit, k.comparison.hasData, k.comparison.value).rightJustified(16)
            << change.rightJustified(16) << relative.rightJustified(10);
        if (!k.current.hasData)
            out << "  " << k.current.noDataReason;
        else if (!k.current.warning.isEmpty())
            out << "  " << k.current.warning;
        out << '\n';
    }
}

// `storelens kpi --workspace W ...`: every KPI of METRICS.md sections 2 and 3 with its comparison.
int runKpi(const QStringList &arguments, CliStreams &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr(
            "storelens kpi: every sales and customer KPI of a period (METRICS.md sections 2 and 3) with "
            "its "
            "comparison. The default period is the 12 months ending at the as-of date (the last day with "
            "data).\n"
            "Exit status: 0 done, 1 bad usage, 2 the workspace or a filter was rejected.\n\n"
            "JSON (--format json): an object with\n"
            "  period {from, to, days}; comparison_period {from, to, days} or null; comparison "
            "(previous|year|none);\n"
            "  as_of; first_data_day; activity_window_days;\n"
            "  warnings [{kind (period|comparison_period|retention_window|comparison_retention_window), "
            "message, "
            "from, to, days, days_with_data}];\n"
            "  kpis [{key, label, unit (money|count|ratio|number), value, comparison, change, "
            "relative_change,\n"
            "         good (up|down|neutral), assessment (good|bad|neutral|unchanged), has_data, "
            "comparison_has_data,\n"
            "         no_data_reason, warning, inputs {name: number}}];\n"
            "  cac_by_channel [{channel, spend, new_customers, cac}].\n"
            "Money is a number rounded to 4 places, ratios are fractions (0.0871), null where there is "
            "no "
            "data.\n"
            "KPI keys: %1.\n"
            "CSV (--format csv): key,label,unit,value,comparison,change,relative_change,good,has_data,"
            "no_data_reason.")
            .arg(kpiKeys().join(QStringLiteral(", "))));
    QueryOptionSet set;
    addQueryOptions(parser, set);
    QueryOptions options;
    if (const int exit = parseQueryCommand(parser, arguments, QStringLiteral("kpi"), set, &options, io);
        exit >= 0)
        return exit;
    const Result<AnalysisInput> input = loadAnalysisInput(options);
    if (!input)
        return reportError(input.error(), io);
    session::OverviewRequest request;
    request.series = false;
    request.breakdowns = false;
    request.yearOverYear = false;
    const Result<session::OverviewResultPtr> overview = input->session->overview(input->resolved, request);
    if (!overview)
        return reportError(overview.error(), io);
    const KpiReport &report = overview.value()->kpis;

    return printResult(
        options.format, io, [&] { return QJsonDocument(kpiReportToJson(report)); },
        [&](QTextStream &out) { printCsv(report, out); }, [&](QTextStream &out) { printTable(report, out); });
}

} // namespace

std::unique_ptr<CliCommand> makeKpiCommand()
{
    return makeCommand(QStringLiteral("kpi"), "storelens::cli",
                       QT_TRANSLATE_NOOP("storelens::cli", "Print the sales and customer KPIs of a period."),
                       runKpi);
}

} // namespace storelens::cli
