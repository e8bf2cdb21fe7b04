#include "ui/charts/NetSalesTrendChart.h"

#include "ui/charts/ChartStyle.h"

#include <QCategoryAxis>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace storelens::ui {

namespace {

// The colour of the line into a partial last bucket ("This period (to date)"): the period's colour halfway
// to the background, the same hue clearly paler.
QColor toDateColor(const QPalette &palette)
{
    const QColor line = seriesColor(0, palette);
    const QColor base = palette.color(QPalette::Base);
    return QColor((line.red() + base.red() + 1) / 2, (line.green() + base.green() + 1) / 2,
                  (line.blue() + base.blue() + 1) / 2);
}

} // namespace

NetSalesTrendChart::NetSalesTrendChart(QWidget *parent)
    : ChartView(QStringLiteral("netSalesTrendChart"), tr("Net sales over time"), parent)
{
    rebuild();
}

void NetSalesTrendChart::setData(const QStringList &labels, const std::vector<double> &current,
                                 const QString &currentName, const std::vector<double> &comparison,
                                 const QString &comparisonName, int partialIndex)
{
    m_data = ComparedSeries{labels, current, currentName, comparison, comparisonName, partialIndex};
    rebuild();
}

void NetSalesTrendChart::rebuild()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Net sales over time"));
    const int n = int(m_data.current.size());
    double high = 0;
    double low = 0;
    auto addLine = [&](const std::vector<double> &values, const QString &name, const QColor &color,
                       qreal width, Qt::PenStyle style, int first = 0, int end = -1) {
        auto *series = new QLineSeries(chart);
        series->setName(name);
        const int last = std::min(n, int(values.size()));
        for (int i = first; i < (end < 0 ? last : std::min(end, last)); ++i) {
            if (!std::isfinite(values[size_t(i)]))
                continue; // a bucket before the first day with data: no point, not 0
            series->append(i, values[size_t(i)]);
            high = std::max(high, values[size_t(i)]);
            low = std::min(low, values[size_t(i)]);
        }
        series->setPen(QPen(color, width, style));
        series->setPointsVisible(n <= 16);
        chart->addSeries(series);
        return series;
    };
    QList<QLineSeries *> lines;
    if (!m_data.comparison.empty())
        lines.append(
            addLine(m_data.comparison, m_data.comparisonName, seriesColor(1, palette()), 1.8, Qt::DashLine));
    // A partial last bucket: the solid line stops at the bucket before it and a dashed one, in a paler tint
    // of its colour, runs on into it (trial 10: both in one colour, the legend could not tell them apart).
    const bool partialLast = m_data.partialIndex >= 1 && m_data.partialIndex == n - 1;
    lines.append(addLine(m_data.current, m_data.currentName, seriesColor(0, palette()), 2.5, Qt::SolidLine, 0,
                         partialLast ? n - 1 : -1));
    QLineSeries *toDate = nullptr;
    if (partialLast) {
        toDate = addLine(m_data.current, tr("%1 (to date)").arg(m_data.currentName), toDateColor(palette()),
                         2.5, Qt::DashLine, n - 2);
        // Its first point is the whole period's last: drawn once, in the period's colour.
        toDate->setPointConfiguration(0, QXYSeries::PointConfiguration::Visibility, false);
        lines.append(toDate);
    }

    QCategoryAxis *x = bottomCategoryAxis(chart, m_data.labels);
    auto *y = new QValueAxis(chart);
    y->setLabelFormat(QStringLiteral("%.0f"));
    setMoneyAxis(y);
    setValueRange(y, low, high);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *line : lines) {
        line->attachAxis(x);
        line->attachAxis(y);
    }
    chart->legend()->setVisible(!m_data.comparison.empty() || toDate);
    chart->legend()->setAlignment(Qt::AlignTop);
    // Each legend entry a short piece of its line, solid or dashed, not a square of its colour.
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    if (!lines.isEmpty())
        hatchPartialBucket(chart, lines.last(), m_data.partialIndex, palette());
    // Buckets before the first day with data are no sales of 0 (trial 21: a shop with three months of data
    // drew nine months at 0 under "Last 12 months"): the line starts with the data, and a note says so.
    const auto firstWithData =
        std::find_if(m_data.current.begin(), m_data.current.end(), [](double v) { return std::isfinite(v); });
    const int missing = int(firstWithData - m_data.current.begin());
    if (missing > 0 && missing < n && missing < m_data.labels.size())
        addChartNote(chart, tr("No data before %1: the line starts there.").arg(m_data.labels.at(missing)),
                     palette());
    installChart(this, chart);
}

} // namespace storelens::ui
