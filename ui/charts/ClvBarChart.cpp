#include "ui/charts/ClvBarChart.h"

#include "ui/charts/ChartStyle.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QLocale>
#include <QToolTip>
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
    double low = 0;
    double high = 0;
    for (const Set &s : m_sets) {
        auto *set = new QBarSet(s.name, series);
        for (int i = 0; i < m_categories.size(); ++i)
            set->append(size_t(i) < s.values.size() ? s.values[size_t(i)] : 0.0);
        set->setColor(seriesColor(s.colorIndex, palette()));
        set->setBorderColor(Qt::transparent);
        series->append(set);
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
    connect(series, &QBarSeries::hovered, this, [this](bool status, int index, QBarSet *set) {
        if (status)
            QToolTip::showText(QCursor::pos(), tr("%1, %2: %3")
                                                   .arg(set->label(), m_categories.value(index),
                                                        QLocale().toString(set->at(index), 'f', m_decimals)));
        else
            QToolTip::hideText();
    });
    installChart(this, chart);
}

} // namespace storelens::ui
