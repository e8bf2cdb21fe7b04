#include "cli/CliFormat.h"
#include "cli/CliSupport.h"
#include "cli/CliTable.h"
#include "cli/QueryOptions.h"
#include "core/analytics/kpi/Glossary.h"
#include "core/analytics/kpi/KpiEngine.h"
#include "core/analytics/kpi/KpiJson.h"
#include "core/analytics/kpi/PeriodSentence.h"
#include "core/csv/CsvWriter.h"

#include <QBuffer>
#include <QJsonDocument>

namespace storelens::cli {

using namespace storelens::core;

namespace {

using namespace analytics;

// Money with the workspace's currency code ("1,234.50 EUR", "1.234,50 EUR" in German), or plain when it is
// not known; every number in the command line's language (CliFormat.h).
QString formatValue(KpiUnit unit, bool hasData, double value, const QString &currency)
{
    if (!hasData)
        return QStringLiteral("-");
    switch (unit) {
    case KpiUnit::Money:
        return cliMoneyAmount(value, currency);
    case KpiUnit::Count:
        return cliNumber(value, 0);
    case KpiUnit::Ratio:
        return cliPercent(value);
    case KpiUnit::Number:
        return cliNumber(value, 2);
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

void printTable(const KpiReport &report, const QString &currency, QTextStream &out)
{
    out << CliText::tr("Period: %1 to %2").arg(cliDate(report.period.from), cliDate(report.period.to));
    if (report.comparisonPeriod.isValid())
        out << "  "
            << CliText::tr("compared with %1 to %2")
                   .arg(cliDate(report.comparisonPeriod.from), cliDate(report.comparisonPeriod.to));
    out << "  " << CliText::tr("as of %1").arg(cliDate(report.asOf)) << '\n';
    out << periodSentence(report) << '\n';
    for (const DataCoverageWarning &w : report.warnings)
        out << CliText::tr("Warning: %1").arg(w.message) << '\n';
    out << '\n';
    CliTable table({{CliText::tr("KPI"), CliTable::Align::Left},
                    {CliText::tr("Value")},
                    {CliText::tr("Comparison")},
                    {CliText::tr("Change")},
                    {CliText::tr("Change %")}});
    QString abbreviated; // every label and change, so that "pp" is explained when a ratio's change is printed
    for (const KpiComparison &k : report.kpis) {
        abbreviated += kpiLabel(k.current.id) + QLatin1Char(' ');
        const KpiUnit unit = kpiUnit(k.current.id);
        const QString relative = k.hasRelativeChange ? cliPercent(k.relativeChange) : QStringLiteral("-");
        const QString change = !k.hasChange ? (k.comparable || !k.comparison.hasData || !k.current.hasData
                                                   ? QStringLiteral("-")
                                                   : CliText::tr("not comparable"))
                               : unit == KpiUnit::Ratio
                                   // "Pp." in German, as the screens write it (KpiFormat.cpp)
                                   ? CliText::tr("%1 pp").arg(cliNumber(k.absoluteChange * 100, 1))
                                   : formatValue(unit, true, k.absoluteChange, currency);
        abbreviated += change + QLatin1Char(' ');
        table.addRow({kpiLabel(k.current.id), formatValue(unit, k.current.hasData, k.current.value, currency),
                      formatValue(unit, k.comparison.hasData, k.comparison.value, currency), change,
                      relative},
                     !k.current.hasData ? k.current.noDataReason : k.warning);
    }
    table.print(out);
    // The abbreviations in words (issue 17).
    if (const QString words = glossaryLine(abbreviated); !words.isEmpty())
        out << '\n' << CliText::tr("Abbreviations: %1.").arg(words) << '\n';
}

// `storelens kpi --workspace W ...`: every KPI of METRICS.md sections 2 and 3 with its comparison.
int runKpi(const QCommandLineParser &parser, QueryOptions &options, CliStreams &io)
{
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
    const QString currency = workspaceCurrency(*input->session);

    return printResult(
        options.format, io,
        [&] { return withCurrency(QJsonDocument(kpiReportToJson(report)), *input->session); },
        [&](QTextStream &out) { printCsv(report, out); },
        [&](QTextStream &out) { printTable(report, currency, out); });
}

} // namespace

std::unique_ptr<CliCommand> makeKpiCommand()
{
    QueryOptionSet set;
    return makeQueryCommand(
        {QStringLiteral("kpi"),
         QT_TRANSLATE_NOOP("storelens::cli", "Print the sales and customer KPIs of a period."),
         [] {
             return CliText::tr("storelens kpi: every sales and customer KPI of a period (METRICS.md "
                                "sections 2 and 3) with its comparison. The default period is the 12 months "
                                "ending at the as-of date (the last day with data).\n"
                                "Exit status: 0 done, 1 bad usage, 2 the workspace or a filter was rejected."
                                "\n\n"
                                "JSON (--format json): an object with\n"
                                "  period {from, to, days}; comparison_period {from, to, days} or null; "
                                "comparison (previous|year|none);\n"
                                "  as_of; first_data_day; activity_window_days; currency (ISO code, null "
                                "when not known);\n"
                                "  warnings [{kind "
                                "(period|comparison_period|retention_window|comparison_retention_window), "
                                "message, from, to, days, days_with_data}];\n"
                                "  kpis [{key, label, unit (money|count|ratio|number), value, comparison, "
                                "change, relative_change,\n"
                                "         good (up|down|neutral), assessment (good|bad|neutral|unchanged), "
                                "has_data, comparison_has_data,\n"
                                "         no_data_reason, warning, inputs {name: number}}];\n"
                                "  cac_by_channel [{channel, spend, new_customers, cac}].\n"
                                "Money is a number rounded to 4 places, ratios are fractions (0.0871), null "
                                "where there is no data.\n"
                                "KPI keys: %1.\n"
                                "CSV (--format csv): key,label,unit,value,comparison,change,relative_change,"
                                "good,has_data,no_data_reason.")
                 .arg(kpiKeys().join(QStringLiteral(", ")));
         },
         {}},
        set, runKpi);
}

} // namespace storelens::cli
