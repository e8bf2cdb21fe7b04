#include "ui/charts/NewReturningCustomersChart.h"

#include "ui/charts/ChartStyle.h"

#include <QPainter>
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

QString NewReturningCustomersChart::emptyMessage() const
{
    return m_empty ? tr("No identified customer bought in this period: only sales that name their customer "
                        "(a customer number or an e-mail address) are counted here.")
                   : QString();
}

// An empty frame with a "0, 1, 1, 2" axis said nothing (trial 12b): with no customer in any bucket the chart
// draws no axes and says why in its middle.
void NewReturningCustomersChart::drawForeground(QPainter *painter, const QRectF &rect)
{
    ChartView::drawForeground(painter, rect);
    if (!m_empty)
        return;
    painter->save();
    painter->resetTransform();
    painter->setPen(palette().color(QPalette::PlaceholderText));
    const QRect area = viewport()->rect().adjusted(24, 40, -24, -16);
    painter->drawText(area, Qt::AlignCenter | Qt::TextWordWrap, emptyMessage());
    painter->restore();
}

void NewReturningCustomersChart::rebuild()
{
    auto *chart = new QChart;
    chart->setTitle(tr("New and returning customers"));
    m_empty = std::all_of(m_new.begin(), m_new.end(), [](double v) { return !(v > 0); }) &&
              std::all_of(m_returning.begin(), m_returning.end(), [](double v) { return !(v > 0); });
    if (m_empty) {
        chart->legend()->hide();
        installChart(this, chart);
        return;
    }
    auto *series = new QStackedBarSeries(chart);
    const int count = int(m_labels.size());
    series->append(makeBarSet(tr("Returning"), m_returning, count, seriesColor(0, palette()), series));
    series->append(makeBarSet(tr("New"), m_new, count, seriesColor(2, palette()), series));
    chart->addSeries(series);
    QValueAxis *y = attachCategoryAxes(chart, series, m_labels);
    double high = 0;
    for (size_t i = 0; i < m_new.size() && i < m_returning.size(); ++i)
        high = std::max(high, m_new[i] + m_returning[i]);
    setCountTicks(y, high);
    chart->legend()->setAlignment(Qt::AlignTop);
    showBarTooltips(series, m_labels, 0);
    hatchPartialBucket(chart, series, m_partialIndex, palette());
    installChart(this, chart);
}

} // namespace storelens::ui
