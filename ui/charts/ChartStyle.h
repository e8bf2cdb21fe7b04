#pragma once

#include <QColor>
#include <QPalette>
#include <QString>
#include <QStringList>

#include <vector>

class QAbstractAxis;
class QAbstractBarSeries;
class QAbstractSeries;
class QBarCategoryAxis;
class QBarSet;
class QCategoryAxis;
class QValueAxis;
class QChart;
class QChartView;

namespace storelens::ui {

// A period's values by bucket beside its comparison's, as the net sales trend and the year-over-year chart
// show them.
struct ComparedSeries
{
    QStringList labels; // the period's buckets
    std::vector<double> current;
    QString currentName;
    std::vector<double> comparison; // may be empty (no comparison) or of another length
    QString comparisonName;
    int partialIndex = -1; // the bucket that is not over yet; -1: none
};

// The look every Overview chart shares, taken from the widget's palette (light or dark): background, text,
// grid lines, and a series colour sequence that reads on both.
void styleChart(QChart *chart, const QPalette &palette);
void styleAxis(QAbstractAxis *axis, const QPalette &palette);
// The n-th series colour (0: the main series, 1: its comparison, ...).
QColor seriesColor(int index, const QPalette &palette);
// Sets up a view the way the Overview wants it: antialiased, compact margins, a minimum height, and a chart
// that formats axis numbers with the current QLocale.
void prepareChartView(QChartView *view, const QString &accessibleName);
// A value axis from min(0, low) to a little above `high`, rounded to nice numbers; 0 to 1 when there is no
// data (both 0), so an empty chart never asks for a NaN range. A negative `low` under 2 % of `high` starts
// the axis just below it, the ticks on the round numbers from 0.
void setValueRange(QValueAxis *axis, double low, double high);
// A round tick step for an axis over `span` with at most `maxIntervals` steps: 1, 2, 2.5 or 5 times a power
// of ten (1 when the span is not positive).
double niceTickStep(double span, int maxIntervals = 5);
// The decimals that write every multiple of a round `step` exactly, so no two ticks read alike: 0 for 1, 10
// or 50, 1 for 0.5 or 2.5, 2 for 0.25 (trial 22en: ticks 0.25 % apart read "0 %, 0 %, 1 %, 1 %").
int tickDecimals(double step);
// A value axis from min(0, low) to `high` whose ticks fall on round steps (niceTickStep), both ends on a
// tick, labelled with as many decimals as the step needs ("2.5" but "10", never "13" or "38").
void setNiceTicks(QValueAxis *axis, double low, double high, int maxIntervals = 5);
// A count axis from 0 to at least `high` with whole-number ticks only (at most about five intervals).
void setCountTicks(QValueAxis *axis, double high);
// The lowest and highest of several series (0 when all are empty).
void extendRange(const std::vector<double> &values, double *low, double *high);
// A bar set of `count` values (missing ones 0) in a flat colour.
QBarSet *makeBarSet(const QString &name, const std::vector<double> &values, int count, const QColor &color,
                    QObject *parent);
// A category axis along the bottom of `chart` (bottomCategoryAxis) and a value axis on the left (returned),
// both attached to `series`.
QValueAxis *attachCategoryAxes(QChart *chart, QAbstractBarSeries *series, const QStringList &categories);
// For horizontal bars: a category axis down the left of `chart` (no grid lines) and a money value axis along
// the bottom (returned, whole numbers), both attached to `series`.
QValueAxis *attachSideCategoryAxes(QChart *chart, QAbstractBarSeries *series, const QStringList &categories);
// An axis along the bottom of `chart` naming category i at x = i (where bar series draw their i-th bar and
// the line charts put their i-th point), without grid lines. Its labels never elide: fitCategoryLabels
// shows every n-th of them (the last always) when not all fit side by side.
QCategoryAxis *bottomCategoryAxis(QChart *chart, const QStringList &categories);
// The full category names of an axis (a bottomCategoryAxis or a QBarCategoryAxis), before any thinning or
// shortening; empty for other axes.
QStringList categoryLabels(QAbstractAxis *axis);
// Fits the labels of an axis to the space it has: a bottomCategoryAxis shows every n-th label so that each
// has room for the widest (`plotWidth`: the plot area's width); a date axis along the bottom has fewer ticks;
// a QBarCategoryAxis down the side shortens names wider than a third of `chartWidth` at their end, so they
// read from their start ("Filterkaffee Schauinsl…"; trial 15: "SQ0030016 Filt…e Schauinsland" cut in the
// middle hid the product).
void fitCategoryLabels(QAbstractAxis *axis, double plotWidth, double chartWidth);
// Shows "<set>, <category>: <value>" as a tooltip while a bar is hovered; `decimals` for the value.
void showBarTooltips(QAbstractBarSeries *series, const QStringList &categories, int decimals);
// A value axis of money: titled with the workspace's currency symbol ("€"), untitled when it is not known.
void setMoneyAxis(QValueAxis *axis);
// Marks the bucket at `index` of a category axis as partial (METRICS.md section 1, "Partial periods": a
// period that is not over at the as-of date): a light diagonal hatch over its column of the plot area, kept
// in place when the chart is laid out anew. `series` is one of the chart's series on that axis. Nothing for a
// negative index.
void hatchPartialBucket(QChart *chart, QAbstractSeries *series, int index, const QPalette &palette);
// A note under the chart's axes, across its width and wrapped onto as many lines as it needs (never elided
// as a legend entry is): the chart's bottom margin grows to hold it, at every size. Part of the chart, so
// its image, SVG and print have it too. Call after installChart (which resets the margins).
void addChartNote(QChart *chart, const QString &note, const QPalette &palette);
// Styles `chart` with the view's palette and puts it in place of the view's current chart (deleted).
void installChart(QChartView *view, QChart *chart);

} // namespace storelens::ui
