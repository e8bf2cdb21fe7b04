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
    m_partialIndex = partialIndex;
    m_months = months;
    m_thisYear = thisYear;
    m_thisYearName = thisYearName;
    m_yearEarlier = yearEarlier;
    m_yearEarlierName = yearEarlierName;
    rebuild();
}

void YearOverYearChart::rebuild()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Net sales by month, year over year"));
    auto *series = new QBarSeries(chart);
    const int count = int(m_months.size());
    series->append(makeBarSet(m_yearEarlierName, m_yearEarlier, count, seriesColor(1, palette()), series));
    series->append(makeBarSet(m_thisYearName, m_thisYear, count, seriesColor(0, palette()), series));
    chart->addSeries(series);
    QValueAxis *y = attachCategoryAxes(chart, series, m_months);
    setMoneyAxis(y);
    double low = 0;
    double high = 0;
    extendRange(m_thisYear, &low, &high);
    extendRange(m_yearEarlier, &low, &high);
    setValueRange(y, low, high);
    chart->legend()->setAlignment(Qt::AlignTop);
    showBarTooltips(series, m_months, 2);
    hatchPartialBucket(chart, series, m_partialIndex, palette());
    installChart(this, chart);
}

} // namespace storelens::ui
