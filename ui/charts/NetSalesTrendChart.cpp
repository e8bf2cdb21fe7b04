#include "ui/charts/NetSalesTrendChart.h"

#include "ui/charts/ChartStyle.h"

#include <QCategoryAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace storelens::ui {

NetSalesTrendChart::NetSalesTrendChart(QWidget *parent)
    : ChartView(QStringLiteral("netSalesTrendChart"), tr("Net sales over time"), parent)
{
    rebuild();
}

void NetSalesTrendChart::setData(const QStringList &labels, const std::vector<double> &current,
                                 const QString &currentName, const std::vector<double> &comparison,
                                 const QString &comparisonName)
{
    m_labels = labels;
    m_current = current;
    m_currentName = currentName;
    m_comparison = comparison;
    m_comparisonName = comparisonName;
    rebuild();
}

void NetSalesTrendChart::rebuild()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Net sales over time"));
    const int n = int(m_current.size());
    double high = 0;
    double low = 0;
    auto addLine = [&](const std::vector<double> &values, const QString &name, int colorIndex,
                       Qt::PenStyle style) {
        auto *series = new QLineSeries(chart);
        series->setName(name);
        for (int i = 0; i < std::min(n, int(values.size())); ++i) {
            series->append(i, values[size_t(i)]);
            high = std::max(high, values[size_t(i)]);
            low = std::min(low, values[size_t(i)]);
        }
        QPen pen(seriesColor(colorIndex, palette()), colorIndex == 0 ? 2.5 : 1.8, style);
        series->setPen(pen);
        series->setPointsVisible(n <= 16);
        chart->addSeries(series);
        return series;
    };
    QList<QLineSeries *> lines;
    if (!m_comparison.empty())
        lines.append(addLine(m_comparison, m_comparisonName, 1, Qt::DashLine));
    lines.append(addLine(m_current, m_currentName, 0, Qt::SolidLine));

    QCategoryAxis *x = bottomCategoryAxis(chart, m_labels);
    auto *y = new QValueAxis(chart);
    y->setLabelFormat(QStringLiteral("%.0f"));
    setValueRange(y, low, high);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *line : lines) {
        line->attachAxis(x);
        line->attachAxis(y);
    }
    chart->legend()->setVisible(!m_comparison.empty());
    chart->legend()->setAlignment(Qt::AlignTop);
    installChart(this, chart);
}

} // namespace storelens::ui
