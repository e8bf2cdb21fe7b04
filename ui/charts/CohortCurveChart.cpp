#include "ui/charts/CohortCurveChart.h"

#include "ui/charts/ChartStyle.h"

#include <QChart>
#include <QEvent>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace storelens::ui {

namespace {

// A qualitative palette that stays apart on light and dark backgrounds: Tableau 10, then an olive and a cyan
// for the eleventh and twelfth curves (trial 16: the blue and purple that were there read as the first and
// seventh, so "2026-01" and "2026-11" looked like one cohort).
const QColor &seriesColour(int i)
{
    static const QColor colours[] = {QColor(78, 121, 167),  QColor(242, 142, 43),  QColor(225, 87, 89),
                                     QColor(118, 183, 178), QColor(89, 161, 79),   QColor(237, 201, 72),
                                     QColor(176, 122, 161), QColor(255, 157, 167), QColor(156, 117, 95),
                                     QColor(186, 176, 172), QColor(140, 140, 20),  QColor(23, 190, 207)};
    return colours[i % int(std::size(colours))];
}

// A round axis maximum above `value`: 1, 2, 2.5 or 5 times a power of ten.
double niceCeiling(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * magnitude >= value)
            return step * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

CohortCurveChart::CohortCurveChart(QWidget *parent)
    : ChartView(QStringLiteral("cohortCurveChart"), tr("Cumulative revenue per customer by cohort"), parent)
    , m_chart(new QChart)
{
    m_chart->setTitle(tr("Cumulative revenue per customer"));
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    // Axis numbers as the locale writes them ("4 000", not "4000": trial 25se), as on the other charts.
    m_chart->setLocalizeNumbers(true);
    m_chart->setLocale(QLocale());
    m_ageAxis = new QValueAxis(m_chart);
    m_ageAxis->setLabelFormat(QStringLiteral("%.0f")); // "%d" draws no label with localized numbers
    m_valueAxis = new QValueAxis(m_chart);
    m_chart->addAxis(m_ageAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    QChart *placeholder = chart();
    setChart(m_chart);
    delete placeholder;
    rebuild();
}

void CohortCurveChart::clear()
{
    m_chart->removeAllSeries();
    m_curveCount = 0;
}

QString CohortCurveChart::title() const
{
    return m_chart->title();
}

void CohortCurveChart::setCurves(const std::vector<CohortCurve> &curves, const QString &ageTitle,
                                 const QString &valueTitle, int cohortCount)
{
    clear();
    // With more cohorts than curves the legend would seem to leave some out without a word.
    m_chart->setTitle(cohortCount > int(curves.size())
                          ? tr("Cumulative revenue per customer: the latest %1 of %2 cohorts")
                                .arg(curves.size())
                                .arg(cohortCount)
                          : tr("Cumulative revenue per customer"));
    double maxValue = 0;
    double minValue = 0;
    int maxAge = 1;
    for (size_t i = 0; i < curves.size(); ++i) {
        const CohortCurve &curve = curves[i];
        auto *series = new QLineSeries(m_chart);
        series->setName(curve.label);
        QPen pen(seriesColour(int(i)), 2);
        series->setPen(pen);
        series->setPointsVisible(curve.values.size() < 30);
        for (size_t age = 0; age < curve.values.size(); ++age) {
            series->append(double(age), curve.values[age]);
            maxValue = std::max(maxValue, curve.values[age]);
            minValue = std::min(minValue, curve.values[age]);
        }
        maxAge = std::max(maxAge, int(curve.values.size()) - 1);
        m_chart->addSeries(series);
        series->attachAxis(m_ageAxis);
        series->attachAxis(m_valueAxis);
    }
    m_curveCount = int(curves.size());
    m_ageAxis->setRange(0, maxAge);
    m_ageAxis->setTickType(QValueAxis::TicksDynamic);
    m_ageAxis->setTickAnchor(0);
    m_ageAxis->setTickInterval(std::max(1.0, niceCeiling(maxAge / 8.0)));
    m_ageAxis->setTitleText(ageTitle);
    setNiceTicks(m_valueAxis, minValue, maxValue); // 0, 10, 20 …, never 0, 13, 25, 38
    m_valueAxis->setTitleText(valueTitle);
    rebuild();
}

void CohortCurveChart::changeEvent(QEvent *event)
{
    ChartView::changeEvent(event); // rebuilds on a palette change
    if (event->type() == QEvent::StyleChange)
        rebuild();
}

void CohortCurveChart::rebuild()
{
    if (!m_chart)
        return;
    const QPalette p = palette();
    const QColor text = p.color(QPalette::WindowText);
    QColor grid = p.color(QPalette::Mid);
    grid.setAlpha(90);
    m_chart->setBackgroundBrush(p.color(QPalette::Base));
    m_chart->setTitleBrush(text);
    m_chart->legend()->setLabelColor(text);
    for (QValueAxis *axis : {m_ageAxis, m_valueAxis}) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(p.color(QPalette::Mid));
    }
    setBackgroundBrush(p.color(QPalette::Window));
}

} // namespace storelens::ui
