#include "ui/charts/BreakdownBarChart.h"

#include "core/model/PercentText.h"
#include "ui/charts/ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

namespace storelens::ui {

BreakdownBarChart::BreakdownBarChart(const QString &title, QWidget *parent)
    : ChartView(QString(), title, parent)
    , m_title(title)
{
    rebuild();
}

void BreakdownBarChart::setData(const QStringList &labels, const std::vector<double> &values,
                                const std::vector<double> &shares, const QStringList &toolTips,
                                const QString &note)
{
    m_labels = labels;
    m_toolTips = toolTips;
    m_note = note;
    m_values = values;
    m_shares = shares;
    rebuild();
}

void BreakdownBarChart::rebuild()
{
    auto *chart = new QChart;
    chart->setTitle(m_labels.isEmpty() ? tr("%1 (no sales in the period)").arg(m_title) : m_title);
    auto *series = new QHorizontalBarSeries(chart);
    auto *set = new QBarSet(m_title, series);
    set->setColor(seriesColor(0, palette()));
    set->setBorderColor(Qt::transparent);
    QStringList categories;
    // Qt draws the first category at the bottom: add in reverse so the largest is on top.
    for (int i = int(m_labels.size()) - 1; i >= 0; --i) {
        QString category = m_labels[i];
        while (categories.contains(category))
            category += QChar(0x200b); // categories must be unique
        categories.append(category);
        set->append(size_t(i) < m_values.size() ? m_values[size_t(i)] : 0.0);
    }
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    QValueAxis *x = attachSideCategoryAxes(chart, series, categories);
    double low = 0;
    double high = 0;
    extendRange(m_values, &low, &high);
    setValueRange(x, low, high);
    chart->legend()->setVisible(false);
    const int count = int(m_labels.size());
    connect(series, &QHorizontalBarSeries::hovered, this, [this, count](bool status, int index) {
        const int row = count - 1 - index;
        if (!status || row < 0 || row >= count) {
            QToolTip::hideText();
            return;
        }
        QString text = tr("%1: %2").arg(m_toolTips.value(row, m_labels[row]),
                                        QLocale().toString(m_values[size_t(row)], 'f', 2));
        if (size_t(row) < m_shares.size())
            text = core::keepPercentSignsWithNumbers(
                tr("%1 (%2 % of net sales)")
                    .arg(text, QLocale().toString(m_shares[size_t(row)] * 100.0, 'f', 1)));
        QToolTip::showText(QCursor::pos(), text);
    });
    installChart(this, chart);
    addChartNote(chart, m_note, palette());
}

} // namespace storelens::ui
