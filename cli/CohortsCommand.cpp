#include "cli/CliSupport.h"
#include "cli/QueryOptions.h"
#include "core/csv/CsvWriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace storelens::cli {

using namespace storelens::core;

namespace {

using namespace analytics;

const QString kMetric = QStringLiteral("metric");

QString grainKey(Grain g)
{
    switch (g) {
    case Grain::Week:
        return QStringLiteral("week");
    case Grain::Quarter:
        return QStringLiteral("quarter");
    case Grain::Day:
        return QStringLiteral("day");
    case Grain::Month:
        break;
    }
    return QStringLiteral("month");
}

// A cell for screens: retention in percent, money and orders with two places; partial cells marked with '*'.
QString tableCell(const CohortMatrix &m, CohortMetric metric, int cohort, int age)
{
    const std::optional<double> v = m.value(metric, cohort, age);
    if (!v)
        return {};
    QString text = metric == CohortMetric::Retention ? QString::number(*v * 100, 'f', 1) + QLatin1Char('%')
                                                     : QString::number(*v, 'f', 2);
    if (m.isPartial(cohort, age))
        text += QLatin1Char('*');
    return text;
}

void printTable(const CohortMatrix &m, CohortMetric metric, const Period &range, QTextStream &out)
{
    out << CliText::tr("Cohorts by %1 of first purchase, %2; range %3 to %4, as of %5.")
               .arg(grainKey(m.grain()), cohortMetricKey(metric), range.from.toString(Qt::ISODate),
                    range.to.toString(Qt::ISODate), QDate::fromJulianDay(m.asOfDay()).toString(Qt::ISODate))
        << '\n';
    out << CliText::tr(
               "Columns are ages (0 = the first period); * marks a partial period, blank cells are after the "
               "as-of date.")
        << "\n\n";
    out << CliText::tr("Cohort").leftJustified(10) << CliText::tr("Size").rightJustified(8);
    for (int age = 0; age < m.ageCount(); ++age)
        out << QString::number(age).rightJustified(10);
    out << '\n';
    for (int c = 0; c < int(m.cohorts().size()); ++c) {
        const Cohort &cohort = m.cohorts()[size_t(c)];
        out << cohort.label.leftJustified(10) << QString::number(cohort.size).rightJustified(8);
        for (int age = 0; age < m.ageCount(); ++age)
            out << tableCell(m, metric, c, age).rightJustified(10);
        out << '\n';
    }
    if (m.cohorts().empty())
        out << CliText::tr("No customer made a first purchase in the range.") << '\n';
}

QJsonDocument toJson(const CohortMatrix &m, CohortMetric metric, const Period &range)
{
    QJsonArray cohorts;
    for (int c = 0; c < int(m.cohorts().size()); ++c) {
        const Cohort &cohort = m.cohorts()[size_t(c)];
        QJsonArray cells;
        for (int age = 0; age < int(cohort.cells.size()); ++age) {
            const CohortCell &cell = cohort.cells[size_t(age)];
            QJsonObject o;
            o.insert(QStringLiteral("age"), age);
            o.insert(QStringLiteral("value"), m.value(metric, c, age).value_or(0));
            o.insert(QStringLiteral("partial"), m.isPartial(c, age));
            o.insert(QStringLiteral("active_customers"), cell.activeCustomers);
            o.insert(QStringLiteral("orders"), cell.orders);
            o.insert(QStringLiteral("net_sales"), double(cell.netSales) / 10000.0);
            o.insert(QStringLiteral("cumulative_net_sales"), double(cell.cumulativeNetSales) / 10000.0);
            cells.append(o);
        }
        QJsonObject o;
        o.insert(QStringLiteral("label"), cohort.label);
        o.insert(QStringLiteral("from"), cohort.from.toString(Qt::ISODate));
        o.insert(QStringLiteral("to"), cohort.to.toString(Qt::ISODate));
        o.insert(QStringLiteral("size"), cohort.size);
        o.insert(QStringLiteral("cells"), cells);
        cohorts.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("grain"), grainKey(m.grain()));
    root.insert(QStringLiteral("metric"), cohortMetricKey(metric));
    root.insert(QStringLiteral("as_of"), QDate::fromJulianDay(m.asOfDay()).toString(Qt::ISODate));
    root.insert(QStringLiteral("range"),
                QJsonObject{{QStringLiteral("from"), range.from.toString(Qt::ISODate)},
                            {QStringLiteral("to"), range.to.toString(Qt::ISODate)}});
    root.insert(QStringLiteral("age_count"), m.ageCount());
    root.insert(QStringLiteral("cohorts"), cohorts);
    return QJsonDocument(root);
}

void printCsv(const CohortMatrix &m, CohortMetric metric, QTextStream &out)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    csv::CsvWriter writer(&buffer);
    writer.setLineEnding(QByteArrayLiteral("\n"));
    writer.writeRow({QStringLiteral("cohort"), QStringLiteral("cohort_from"), QStringLiteral("size"),
                     QStringLiteral("age"), QStringLiteral("value"), QStringLiteral("partial")});
    for (int c = 0; c < int(m.cohorts().size()); ++c) {
        const Cohort &cohort = m.cohorts()[size_t(c)];
        for (int age = 0; age < int(cohort.cells.size()); ++age) {
            writer.writeRow({cohort.label, cohort.from.toString(Qt::ISODate), QString::number(cohort.size),
                             QString::number(age),
                             QString::number(m.value(metric, c, age).value_or(0), 'g', 12),
                             m.isPartial(c, age) ? QStringLiteral("true") : QStringLiteral("false")});
        }
    }
    out << QString::fromUtf8(buffer.data());
}

// `storelens cohorts --workspace W …`: the cohort matrix of METRICS.md section 4.
int runCohorts(const QStringList &arguments, CliStreams &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "storelens cohorts: customers grouped by the week (Monday start), month or quarter of their "
        "first "
        "purchase within the filters, followed period by period (METRICS.md section 4). --from/--to "
        "select "
        "the cohorts whose period overlaps them (default: the 12 months ending at the as-of date); each "
        "cohort is its whole calendar period and activity after the range still counts.\n"
        "Metrics: retention (share of the cohort buying in the period), revenue (net sales per customer, "
        "returns included), cumulative_revenue (the sum of revenue up to that age), orders (orders per "
        "customer).\n"
        "Exit status: 0 done, 1 bad usage, 2 the workspace or a filter was rejected.\n\n"
        "JSON (--format json): an object with grain, metric, as_of, range {from, to}, age_count and\n"
        "  cohorts [{label, from, to, size, cells [{age, value, partial, active_customers, orders, "
        "net_sales,\n"
        "           cumulative_net_sales}]}].\n"
        "Cells after the as-of date are absent (empty, not zero). value is a fraction for retention, "
        "money "
        "per customer for revenue and cumulative_revenue, orders per customer for orders; net_sales are "
        "the cell's totals in money.\n"
        "CSV (--format csv): cohort,cohort_from,size,age,value,partial; one row per cell."));
    QueryOptionSet set;
    set.compare = false;
    set.window = false;
    set.grain = true;
    addQueryOptions(parser, set);
    parser.addOption({kMetric, CliText::tr("What the cells show (default: retention)."),
                      QStringLiteral("retention|revenue|cumulative_revenue|orders"),
                      QStringLiteral("retention")});
    QueryOptions options;
    if (const int exit = parseQueryCommand(parser, arguments, QStringLiteral("cohorts"), set, &options, io);
        exit >= 0)
        return exit;
    const std::optional<CohortMetric> metric = cohortMetricFromKey(parser.value(kMetric));
    if (!metric) {
        io.err << CliText::tr("--metric takes retention, revenue, cumulative_revenue or orders, not \"%1\".")
                      .arg(parser.value(kMetric))
               << '\n';
        return BadUsage;
    }
    const Result<AnalysisInput> input = loadAnalysisInput(options, rejectEmptySnapshot);
    if (!input)
        return reportError(input.error(), io);
    const Result<session::CohortsResultPtr> cohorts = input->session->cohorts(input->resolved);
    if (!cohorts)
        return reportError(cohorts.error(), io);
    const CohortMatrix &matrix = cohorts.value()->matrix;
    const Period &range = cohorts.value()->range;
    return printResult(
        options.format, io, [&] { return toJson(matrix, *metric, range); },
        [&](QTextStream &out) { printCsv(matrix, *metric, out); },
        [&](QTextStream &out) { printTable(matrix, *metric, range, out); });
}

} // namespace

std::unique_ptr<CliCommand> makeCohortsCommand()
{
    return makeCommand(
        QStringLiteral("cohorts"), "storelens::cli",
        QT_TRANSLATE_NOOP("storelens::cli", "Print the cohort matrix: retention, revenue or orders."),
        runCohorts);
}

} // namespace storelens::cli
