#include "ui/charts/NewReturningCustomersChart.h"

#include "ui/charts/ChartStyle.h"

#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace storelens::ui {

NewReturningCustomersChart::NewReturningCustomersChart(QWidget *parent)
    : ChartView(QStringLiteral("newReturningChart"), tr("New and returning customers"), parent)
{
    rebuild();
}

void NewReturningCustomersChart::setData(const QStringList &labels, const std::vector<double> &newCustomers,
                                         const std::vector<double> &returningCustomers, int partialIndex)
{
    m_partialIndex = partialIndex;
    m_labels = labels;
    m_new = newCustomers;
    m_returning = returningCustomers;
    rebuild();
}

void NewReturningCustomersChart::rebuild()
{
    auto *chart = new QChart;
    chart->setTitle(tr("New and returning customers"));
    auto *series = new QStackedBarSeries(chart);
    const int count = int(m_labels.size());
    series->append(makeBarSet(tr("Returning"), m_returning, count, seriesColor(0, palette()), series));
    series->append(makeBarSet(tr("New"), m_new, count, seriesColor(2, palette()), series));
    chart->addSeries(series);
    QValueAxis *y = attachCategoryAxes(chart, series, m_labels);
    double high = 0;
    for (size_t i = 0; i < m_new.size() && i < m_returning.size(); ++i)
        high = std::max(high, m_new[i] + m_returning[i]);
    setValueRange(y, 0, high);
    chart->legend()->setAlignment(Qt::AlignTop);
    showBarTooltips(series, m_labels, 0);
    hatchPartialBucket(chart, series, m_partialIndex, palette());
    installChart(this, chart);
}

} // namespace storelens::ui
