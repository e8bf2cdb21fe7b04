#include "cli/CliFormat.h"
#include "cli/CliSupport.h"
#include "cli/QueryOptions.h"
#include "core/csv/CsvWriter.h"
#include "core/model/EnumKeys.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <utility>
#include <vector>

namespace storelens::cli {

using namespace storelens::core;

namespace {

using namespace analytics;

const QString kMetric = QStringLiteral("metric");

// In the order of Grain.
constexpr const char *kGrainKeys[] = {"day", "week", "month", "quarter"};
static_assert(std::size(kGrainKeys) == size_t(Grain::Quarter) + 1, "one key per grain");

QString grainKey(Grain g)
{
    return enumKey(kGrainKeys, g);
}

CohortMoney moneyState(const CohortMatrix &m, CohortMetric metric, int cohort, int age)
{
    return CohortMatrix::isMoneyMetric(metric)
               ? m.moneyState(metric == CohortMetric::CumulativeRevenue, cohort, age)
               : CohortMoney::Known;
}

// Why a money cell has no value or leaves lines out (METRICS.md section 1), for JSON and CSV; empty
// otherwise.
QString moneyNote(CohortMoney state)
{
    if (state == CohortMoney::Unknown)
        return QStringLiteral("no prices imported");
    return state == CohortMoney::PartlyUnknown ? QStringLiteral("some lines without prices") : QString();
}

// A cell for screens: retention in percent, money and orders with two places; partial cells marked with '*',
// money that leaves out lines without prices with '~', money of lines without any price says so.
QString tableCell(const CohortMatrix &m, CohortMetric metric, int cohort, int age)
{
    const CohortMoney money = moneyState(m, metric, cohort, age);
    const std::optional<double> v = m.value(metric, cohort, age);
    if (!v && money != CohortMoney::Unknown)
        return {};
    QString text = money == CohortMoney::Unknown       ? CliText::tr("no prices")
                   : metric == CohortMetric::Retention ? cliNumber(*v * 100, 1) + QLatin1Char('%')
                                                       : cliNumber(*v, 2);
    if (money == CohortMoney::PartlyUnknown)
        text += QLatin1Char('~');
    if (m.isPartial(cohort, age))
        text += QLatin1Char('*');
    return text;
}

void printTable(const CohortMatrix &m, CohortMetric metric, const Period &range, QTextStream &out)
{
    out << CliText::tr("Cohorts by %1 of first purchase, %2; range %3 to %4, as of %5.")
               .arg(grainKey(m.grain()), cohortMetricKey(metric), cliDate(range.from), cliDate(range.to),
                    cliDate(QDate::fromJulianDay(m.asOfDay())))
        << '\n';
    out << CliText::tr(
               "Columns are ages (0 = the first period); * marks a partial period, blank cells are after the "
               "as-of date.")
        << "\n\n";
    // Columns at least 10 wide, and wide enough that cells never run together ("no prices*").
    std::vector<QStringList> cells(m.cohorts().size());
    qsizetype width = 9;
    for (int c = 0; c < int(m.cohorts().size()); ++c) {
        for (int age = 0; age < m.ageCount(); ++age) {
            cells[size_t(c)] << tableCell(m, metric, c, age);
            width = std::max(width, cells[size_t(c)].constLast().size());
        }
    }
    out << CliText::tr("Cohort").leftJustified(10) << CliText::tr("Size").rightJustified(8);
    for (int age = 0; age < m.ageCount(); ++age)
        out << QString::number(age).rightJustified(width + 1);
    out << '\n';
    for (int c = 0; c < int(m.cohorts().size()); ++c) {
        const Cohort &cohort = m.cohorts()[size_t(c)];
        out << cohort.label.leftJustified(10) << cliCount(cohort.size).rightJustified(8);
        for (const QString &cell : std::as_const(cells[size_t(c)]))
            out << cell.rightJustified(width + 1);
        out << '\n';
    }
    if (CohortMatrix::isMoneyMetric(metric) && m.hasUnpricedLines())
        out << '\n'
            << CliText::tr("\"no prices\": the cell's lines were imported without prices, so its money is "
                           "unknown (not 0); ~ marks a value that leaves out lines without prices.")
            << '\n';
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
            const std::optional<double> value = m.value(metric, c, age);
            o.insert(QStringLiteral("value"), value ? QJsonValue(*value) : QJsonValue());
            const QString note = moneyNote(moneyState(m, metric, c, age));
            o.insert(QStringLiteral("reason"), note.isEmpty() ? QJsonValue() : QJsonValue(note));
            o.insert(QStringLiteral("partial"), m.isPartial(c, age));
            o.insert(QStringLiteral("buying_customers"), cell.activeCustomers);
            o.insert(QStringLiteral("orders"), cell.orders);
            o.insert(QStringLiteral("unpriced_lines"), cell.unpricedLines);
            const auto money = [&](bool cumulative, int64_t units) {
                return m.moneyState(cumulative, c, age) == CohortMoney::Unknown
                           ? QJsonValue()
                           : QJsonValue(double(units) / 10000.0);
            };
            o.insert(QStringLiteral("net_sales"), money(false, cell.netSales));
            o.insert(QStringLiteral("cumulative_net_sales"), money(true, cell.cumulativeNetSales));
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
                     QStringLiteral("age"), QStringLiteral("value"), QStringLiteral("partial"),
                     QStringLiteral("note")});
    for (int c = 0; c < int(m.cohorts().size()); ++c) {
        const Cohort &cohort = m.cohorts()[size_t(c)];
        for (int age = 0; age < int(cohort.cells.size()); ++age) {
            const std::optional<double> value = m.value(metric, c, age);
            writer.writeRow({cohort.label, cohort.from.toString(Qt::ISODate), QString::number(cohort.size),
                             QString::number(age), value ? QString::number(*value, 'g', 12) : QString(),
                             m.isPartial(c, age) ? QStringLiteral("true") : QStringLiteral("false"),
                             moneyNote(moneyState(m, metric, c, age))});
        }
    }
    out << QString::fromUtf8(buffer.data());
}

void addCohortsOptions(QCommandLineParser &parser)
{
    parser.addOption({kMetric, CliText::tr("What the cells show (default: retention)."),
                      QStringLiteral("retention|revenue|cumulative_revenue|orders"),
                      QStringLiteral("retention")});
}

// `storelens cohorts --workspace W …`: the cohort matrix of METRICS.md section 4.
int runCohorts(const QCommandLineParser &parser, QueryOptions &options, CliStreams &io)
{
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
        options.format, io, [&] { return withCurrency(toJson(matrix, *metric, range), *input->session); },
        [&](QTextStream &out) { printCsv(matrix, *metric, out); },
        [&](QTextStream &out) { printTable(matrix, *metric, range, out); });
}

} // namespace

std::unique_ptr<CliCommand> makeCohortsCommand()
{
    QueryOptionSet set;
    set.compare = false;
    set.window = false;
    set.grain = true;
    return makeQueryCommand(
        {QStringLiteral("cohorts"),
         QT_TRANSLATE_NOOP("storelens::cli", "Print the cohort matrix: retention, revenue or orders."),
         [] {
             return CliText::tr("storelens cohorts: customers grouped by the week (Monday start), month or "
                                "quarter of their first purchase within the filters, followed period by "
                                "period (METRICS.md section 4). --from/--to select the cohorts whose period "
                                "overlaps them (default: the 12 months ending at the as-of date); each "
                                "cohort is its whole calendar period and activity after the range still "
                                "counts.\n"
                                "Metrics: retention (share of the cohort buying in the period), revenue "
                                "(net sales per customer, returns included), cumulative_revenue (the sum of "
                                "revenue up to that age), orders (orders per customer).\n"
                                "Exit status: 0 done, 1 bad usage, 2 the workspace or a filter was rejected."
                                "\n\n"
                                "JSON (--format json): an object with grain, metric, as_of, range {from, "
                                "to}, age_count and\n"
                                "  cohorts [{label, from, to, size, cells [{age, value, reason, partial, "
                                "buying_customers, orders, unpriced_lines,\n"
                                "           net_sales, cumulative_net_sales}]}], currency (the workspace's "
                                "ISO code, null when not known).\n"
                                "Cells after the as-of date are absent (empty, not zero). value is a "
                                "fraction for retention, money per customer for revenue and "
                                "cumulative_revenue, orders per customer for orders; net_sales are the "
                                "cell's totals in money. Money of a cell whose lines were imported without "
                                "prices is null with reason \"no prices imported\" (never 0); reason \"some "
                                "lines without prices\" marks money that leaves such lines out.\n"
                                "CSV (--format csv): cohort,cohort_from,size,age,value,partial,note; one "
                                "row per cell; value is empty and note says why when money is unknown.");
         },
         addCohortsOptions},
        set, runCohorts);
}

} // namespace storelens::cli
