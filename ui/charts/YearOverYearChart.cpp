#include "ui/charts/YearOverYearChart.h"

#include "ui/charts/ChartStyle.h"

#include <QBarSeries>
#include <QValueAxis>

namespace storelens::ui {

YearOverYearChart::YearOverYearChart(QWidget *parent)
    : ChartView(QStringLiteral("yearOverYearChart"), tr("Net sales by month, year over year"), parent)
{
    rebuild();
}

void YearOverYearChart::setData(const QStringList &months, const std::vector<double> &thisYear,
                                const QString &thisYearName, const std::vector<double> &yearEarlier,
                                const QString &yearEarlierName, int partialIndex)
{
    m_data = ComparedSeries{months, thisYear, thisYearName, yearEarlier, yearEarlierName, partialIndex};
    rebuild();
}

void YearOverYearChart::rebuild()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Net sales by month, year over year"));
    auto *series = new QBarSeries(chart);
    const int count = int(m_data.labels.size());
    series->append(
        makeBarSet(m_data.comparisonName, m_data.comparison, count, seriesColor(1, palette()), series));
    series->append(makeBarSet(m_data.currentName, m_data.current, count, seriesColor(0, palette()), series));
    chart->addSeries(series);
    QValueAxis *y = attachCategoryAxes(chart, series, m_data.labels);
    setMoneyAxis(y);
    double low = 0;
    double high = 0;
    extendRange(m_data.current, &low, &high);
    extendRange(m_data.comparison, &low, &high);
    setValueRange(y, low, high);
    chart->legend()->setAlignment(Qt::AlignTop);
    showBarTooltips(series, m_data.labels, 2);
    hatchPartialBucket(chart, series, m_data.partialIndex, palette());
    installChart(this, chart);
}

} // namespace storelens::ui
