#include "ui/charts/ClvBarChart.h"

#include "ui/charts/ChartStyle.h"

#include <QBarSeries>
#include <QCategoryAxis>
#include <QPainter>
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
    m_message.clear();
    rebuild();
}

void ClvBarChart::setMessage(const QString &title, const QString &message)
{
    m_title = title;
    m_categories.clear();
    m_sets.clear();
    m_message = message;
    rebuild();
}

void ClvBarChart::drawForeground(QPainter *painter, const QRectF &rect)
{
    ChartView::drawForeground(painter, rect);
    if (m_message.isEmpty())
        return;
    painter->save();
    painter->resetTransform();
    painter->setPen(palette().color(QPalette::PlaceholderText));
    const QRect area = viewport()->rect().adjusted(24, 40, -24, -16);
    painter->drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_message);
    painter->restore();
}

void ClvBarChart::rebuild()
{
    auto *chart = new QChart;
    chart->setTitle(m_title);
    if (!m_message.isEmpty()) {
        chart->legend()->hide();
        installChart(this, chart);
        return;
    }
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
