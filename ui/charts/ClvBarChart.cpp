#include "ui/charts/ClvBarChart.h"

#include "ui/charts/ChartStyle.h"

#include <QBarSeries>
#include <QCategoryAxis>
#include <QValueAxis>

namespace storelens::ui {

ClvBarChart::ClvBarChart(const QString &objectName, const QString &accessibleName, QWidget *parent)
    : ChartView(objectName, accessibleName, parent)
{
    rebuild();
}

void ClvBarChart::setData(const QString &title, const QString &xTitle, const QString &yTitle,
                          const QStringList &categories, const std::vector<Set> &sets, int decimals)
{
    m_title = title;
    m_xTitle = xTitle;
    m_yTitle = yTitle;
    m_categories = categories;
    m_sets = sets;
    m_decimals = decimals;
    rebuild();
}

void ClvBarChart::rebuild()
{
    auto *chart = new QChart;
    chart->setTitle(m_title);
    auto *series = new QBarSeries(chart);
    const int count = int(m_categories.size());
    double low = 0;
    double high = 0;
    for (const Set &s : m_sets) {
        series->append(makeBarSet(s.name, s.values, count, seriesColor(s.colorIndex, palette()), series));
        extendRange(s.values, &low, &high);
    }
    chart->addSeries(series);
    QCategoryAxis *x = bottomCategoryAxis(chart, m_categories);
    x->setTitleText(m_xTitle);
    auto *y = new QValueAxis(chart);
    y->setLabelFormat(m_decimals > 0 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    y->setTitleText(m_yTitle);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    setValueRange(y, low, high);
    chart->legend()->setVisible(m_sets.size() > 1);
    chart->legend()->setAlignment(Qt::AlignTop);
    showBarTooltips(series, m_categories, m_decimals);
    installChart(this, chart);
}

} // namespace storelens::ui
