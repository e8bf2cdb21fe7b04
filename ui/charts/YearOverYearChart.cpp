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
    // Columns: the month, a year earlier, this period (the bar sets' order); a missing month's cell is empty.
    QList<QStringList> table = ChartView::dataTable();
    for (int i = 0; i + 1 < int(table.size()); ++i) {
        QStringList &row = table[i + 1];
        if (row.size() > 1 && isMissing(m_yearEarlier, i))
            row[1].clear();
        if (row.size() > 2 && isMissing(m_thisYear, i))
            row[2].clear();
    }
    return table;
}

// A series' name, and when some of its months have no data (no bar), how many: "A year earlier (no data for
// 11 of 12 months)", so an empty column never reads as a month without sales.
QString YearOverYearChart::withMissing(const QString &name, const std::vector<double> &values) const
{
    const int count = int(m_months.size());
    int missing = 0;
    for (int i = 0; i < count; ++i)
        missing += isMissing(values, i) ? 1 : 0;
    return missing == 0 ? name : tr("%1 (no data for %2 of %3 months)").arg(name).arg(missing).arg(count);
}

void YearOverYearChart::rebuild()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Net sales by month, year over year"));
    auto *series = new QBarSeries(chart);
    const int count = int(m_months.size());
    series->append(makeBarSet(withMissing(m_yearEarlierName, m_yearEarlier), drawable(m_yearEarlier), count,
                              seriesColor(1, palette()), series));
    series->append(makeBarSet(withMissing(m_thisYearName, m_thisYear), drawable(m_thisYear), count,
                              seriesColor(0, palette()), series));
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
}

} // namespace storelens::ui
