#include "ui/charts/ClvTrackingChart.h"

#include "ui/charts/ChartStyle.h"

#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace storelens::ui {

namespace {

qreal msOf(const QDate &date)
{
    return qreal(date.startOfDay().toMSecsSinceEpoch());
}

} // namespace

ClvTrackingChart::ClvTrackingChart(QWidget *parent)
    : ChartView(QStringLiteral("clvTrackingChart"),
                tr("Repeat purchases per month: actual, expected and expected in the coming months"), parent)
{
    setDataKeyTitle(tr("Month ending")); // each point is a month, at its last day
    rebuild();
}

void ClvTrackingChart::setData(const std::vector<Point> &points, const QDate &split)
{
    m_points = points;
    m_split = split;
    rebuild();
}

void ClvTrackingChart::rebuild()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Repeat purchases per month"));
    auto *actual = new QLineSeries(chart);
    actual->setName(tr("Actual"));
    auto *model = new QLineSeries(chart);
    model->setName(tr("Expected"));
    auto *forecast = new QLineSeries(chart);
    forecast->setName(tr("Expected in the coming months"));
    double high = 0;
    for (size_t i = 0; i < m_points.size(); ++i) {
        const Point &p = m_points[i];
        const qreal x = msOf(p.to);
        if (p.hasActual)
            actual->append(x, p.actual);
        if (!p.forecast) {
            model->append(x, p.expected);
        } else {
            if (forecast->count() == 0 && i > 0) // join the forecast to the last model point
                forecast->append(msOf(m_points[i - 1].to), m_points[i - 1].expected);
            forecast->append(x, p.expected);
        }
        high = std::max({high, p.hasActual ? p.actual : 0.0, p.expected});
    }
    actual->setPen(QPen(seriesColor(0, palette()), 2.5));
    model->setPen(QPen(seriesColor(2, palette()), 2.0));
    QPen dashed(seriesColor(3, palette()), 2.0, Qt::DashLine);
    forecast->setPen(dashed);
    auto *x = new QDateTimeAxis(chart);
    // Each point is a span of weeksPerMonth weeks counted from the calibration end, not a calendar month: the
    // labels are days, as "Nov 2026" was read as November (trial 22de).
    x->setFormat(QLocale().dateFormat(QLocale::ShortFormat));
    x->setTickCount(std::clamp(int(m_points.size() / 4) + 1, 2, 8));
    auto *y = new QValueAxis(chart);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : {actual, model, forecast}) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    if (!m_points.empty())
        x->setRange(m_points.front().to.startOfDay(), m_points.back().to.startOfDay());
    setValueRange(y, 0, high);
    if (m_split.isValid() && !m_points.empty()) {
        auto *split = new QLineSeries(chart);
        split->setName(tr("Data used up to here"));
        split->append(msOf(m_split), 0);
        split->append(msOf(m_split), y->max());
        split->setPen(QPen(palette().color(QPalette::Mid), 1.0, Qt::DotLine));
        chart->addSeries(split);
        split->attachAxis(x);
        split->attachAxis(y);
    }
    chart->legend()->setAlignment(Qt::AlignTop);
    installChart(this, chart);
}

} // namespace storelens::ui
