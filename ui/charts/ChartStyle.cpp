#include "ui/charts/ChartStyle.h"

#include "ui/common/Formatting.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QCursor>
#include <QGraphicsRectItem>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace storelens::ui {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

} // namespace

void styleChart(QChart *chart, const QPalette &palette)
{
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(QPen(palette.color(QPalette::Mid)));
    chart->setBackgroundRoundness(4);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(palette.color(QPalette::Text));
    QFont title = chart->titleFont();
    title.setBold(true);
    title.setPointSizeF(qMax(9.0, title.pointSizeF()));
    chart->setTitleFont(title);
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setMargins(QMargins(6, 6, 6, 6));
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes)
        styleAxis(axis, palette);
}

void styleAxis(QAbstractAxis *axis, const QPalette &palette)
{
    axis->setLabelsBrush(palette.color(QPalette::Text));
    axis->setTitleBrush(palette.color(QPalette::Text));
    QColor grid = palette.color(QPalette::Text);
    grid.setAlphaF(0.15);
    axis->setGridLineColor(grid);
    axis->setLinePenColor(palette.color(QPalette::Mid));
}

QColor seriesColor(int index, const QPalette &palette)
{
    // Colour-blind friendly hues (Okabe–Ito), lighter variants on dark backgrounds.
    static const QColor light[] = {QColor(0x00, 0x72, 0xb2), QColor(0x9a, 0x9a, 0x9a),
                                   QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
                                   QColor(0xcc, 0x79, 0xa7), QColor(0xd5, 0x5e, 0x00)};
    static const QColor dark[] = {QColor(0x56, 0xb4, 0xe9), QColor(0xa0, 0xa0, 0xa0),
                                  QColor(0xf0, 0xb4, 0x2a), QColor(0x2e, 0xc4, 0x9a),
                                  QColor(0xe0, 0x9a, 0xc4), QColor(0xf0, 0x7e, 0x2a)};
    const int n = int(std::size(light));
    return isDark(palette) ? dark[index % n] : light[index % n];
}

void prepareChartView(QChartView *view, const QString &accessibleName)
{
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    view->setAccessibleName(accessibleName);
    view->setFrameShape(QFrame::NoFrame);
    view->setFocusPolicy(Qt::NoFocus);
}

void setValueRange(QValueAxis *axis, double low, double high)
{
    low = std::min(0.0, low);
    if (!(high > low))
        high = low + 1;
    axis->setRange(low, high * 1.05);
    axis->applyNiceNumbers();
}

void extendRange(const std::vector<double> &values, double *low, double *high)
{
    for (double v : values) {
        *low = std::min(*low, v);
        *high = std::max(*high, v);
    }
}

QBarSet *makeBarSet(const QString &name, const std::vector<double> &values, int count, const QColor &color,
                    QObject *parent)
{
    auto *set = new QBarSet(name, parent);
    for (int i = 0; i < count; ++i)
        set->append(size_t(i) < values.size() ? values[size_t(i)] : 0.0);
    set->setColor(color);
    set->setBorderColor(Qt::transparent);
    return set;
}

QValueAxis *attachCategoryAxes(QChart *chart, QAbstractBarSeries *series, const QStringList &categories)
{
    auto *x = new QBarCategoryAxis(chart);
    x->setCategories(categories);
    x->setGridLineVisible(false);
    if (categories.size() > 12)
        x->setLabelsAngle(-60);
    auto *y = new QValueAxis(chart);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return y;
}

void showBarTooltips(QAbstractBarSeries *series, const QStringList &categories, int decimals)
{
    QObject::connect(series, &QAbstractBarSeries::hovered, series,
                     [categories, decimals](bool status, int index, QBarSet *set) {
                         if (!status) {
                             QToolTip::hideText();
                             return;
                         }
                         QToolTip::showText(
                             QCursor::pos(),
                             QCoreApplication::translate("storelens::ui::ChartStyle", "%1, %2: %3")
                                 .arg(set->label(), categories.value(index),
                                      QLocale().toString(set->at(index), 'f', decimals)));
                     });
}

void setMoneyAxis(QValueAxis *axis)
{
    axis->setTitleText(displayCurrencySymbol());
}

void hatchPartialBucket(QChart *chart, QAbstractSeries *series, int index, const QPalette &palette)
{
    if (index < 0)
        return;
    auto *band = new QGraphicsRectItem(chart); // owned by the chart's item tree
    QColor ink = palette.color(QPalette::Text);
    ink.setAlphaF(0.45);
    band->setBrush(QBrush(ink, Qt::BDiagPattern));
    band->setPen(Qt::NoPen);
    band->setZValue(100); // over the bars and lines
    const auto place = [chart, series, band, index] {
        const QRectF plot = chart->plotArea();
        const qreal left = chart->mapToPosition(QPointF(index - 0.5, 0), series).x();
        const qreal right = chart->mapToPosition(QPointF(index + 0.5, 0), series).x();
        band->setRect(QRectF(QPointF(left, plot.top()), QPointF(right, plot.bottom())).intersected(plot));
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    place();
}

void installChart(QChartView *view, QChart *chart)
{
    styleChart(chart, view->palette());
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace storelens::ui
