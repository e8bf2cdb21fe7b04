#include "ui/charts/YearOverYearChart.h"

#include "ui/charts/ChartStyle.h"

#include <QBarSeries>
#include <QValueAxis>

#include <cmath>

namespace storelens::ui {

namespace {

bool isMissing(const std::vector<double> &values, int i)
{
    return size_t(i) < values.size() && std::isnan(values[size_t(i)]);
}

// The values with a missing month (NaN) as 0: no bar is drawn for it.
std::vector<double> drawable(std::vector<double> values)
{
    for (double &v : values) {
        if (std::isnan(v))
            v = 0.0;
    }
    return values;
}

} // namespace

YearOverYearChart::YearOverYearChart(QWidget *parent)
    : ChartView(QStringLiteral("yearOverYearChart"), tr("Net sales by month, year over year"), parent)
{
    rebuild();
}

void YearOverYearChart::setData(const QStringList &months, const std::vector<double> &thisYear,
                                const QString &thisYearName, const std::vector<double> &yearEarlier,
                                const QString &yearEarlierName, int partialIndex)
{
    m_partialIndex = partialIndex;
    m_months = months;
    m_thisYear = thisYear;
    m_thisYearName = thisYearName;
    m_yearEarlier = yearEarlier;
    m_yearEarlierName = yearEarlierName;
    rebuild();
}

QList<QStringList> YearOverYearChart::dataTable() const
{
    // Columns: the month, a year earlier, this period (the bar sets' order); a missing month's cell is empty,
    // and the header counts them.
    QList<QStringList> table = ChartView::dataTable();
    if (!table.isEmpty() && table[0].size() > 2) {
        table[0][1] = withMissing(m_yearEarlierName, m_yearEarlier);
        table[0][2] = withMissing(m_thisYearName, m_thisYear);
    }
    for (int i = 0; i + 1 < int(table.size()); ++i) {
        QStringList &row = table[i + 1];
        if (row.size() > 1 && isMissing(m_yearEarlier, i))
            row[1].clear();
        if (row.size() > 2 && isMissing(m_thisYear, i))
            row[2].clear();
    }
    return table;
}

int YearOverYearChart::missingMonths(const std::vector<double> &values) const
{
    int missing = 0;
    for (int i = 0; i < int(m_months.size()); ++i)
        missing += isMissing(values, i) ? 1 : 0;
    return missing;
}

// A series' name, and when some of its months have no data (no bar), how many: "A year earlier (no data for
// 11 of 12 months)", so an empty column never reads as a month without sales.
QString YearOverYearChart::withMissing(const QString &name, const std::vector<double> &values) const
{
    const int missing = missingMonths(values);
    return missing == 0 ? name
                        : tr("%1 (no data for %2 of %3 months)").arg(name).arg(missing).arg(m_months.size());
}

// Under the chart, a line for each series with months without data: "A year earlier: no data for 11 of 12
// months." The legend keeps the series' names alone (trial 21: with the counts in it, two entries no longer
// fit a half-width chart and both were elided, "Un año antes (sin datos para 12 de 12 m…").
QString YearOverYearChart::note() const
{
    QStringList sentences;
    for (const auto &[name, values] :
         {std::pair{&m_yearEarlierName, &m_yearEarlier}, std::pair{&m_thisYearName, &m_thisYear}}) {
        if (const int missing = missingMonths(*values); missing > 0)
            sentences << tr("%1: no data for %2 of %n month(s).", nullptr, int(m_months.size()))
                             .arg(*name)
                             .arg(missing);
    }
    return sentences.join(QLatin1Char('\n')); // each on its own line, none broken after a word or two
}

void YearOverYearChart::rebuild()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Net sales by month, year over year"));
    auto *series = new QBarSeries(chart);
    const int count = int(m_months.size());
    series->append(
        makeBarSet(m_yearEarlierName, drawable(m_yearEarlier), count, seriesColor(1, palette()), series));
    series->append(
        makeBarSet(m_thisYearName, drawable(m_thisYear), count, seriesColor(0, palette()), series));
    chart->addSeries(series);
    QValueAxis *y = attachCategoryAxes(chart, series, m_months);
    setMoneyAxis(y);
    double low = 0;
    double high = 0;
    extendRange(drawable(m_thisYear), &low, &high);
    extendRange(drawable(m_yearEarlier), &low, &high);
    setValueRange(y, low, high);
    chart->legend()->setAlignment(Qt::AlignTop);
    showBarTooltips(series, m_months, 2);
    hatchPartialBucket(chart, series, m_partialIndex, palette());
    installChart(this, chart);
    addChartNote(chart, note(), palette());
}

} // namespace storelens::ui
