#pragma once

#include "ui/report/ReportBlock.h"
#include "ui/report/ReportStyle.h"

#include <QLocale>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace storelens::ui {

// One small line chart: the period's values as a solid dark line with markers, the comparison as a dashed
// grey line, so the two differ in black-and-white print too.
struct ReportChart
{
    QString title;
    QStringList labels;                          // one per bucket
    std::vector<std::optional<double>> values;   // the period; nullopt: no value for the bucket
    std::vector<std::optional<double>> previous; // the comparison, aligned by bucket index; may be empty
    // The last bucket when it is not over at the as-of date (-1: none): the line runs dashed into it over a
    // hatched column (METRICS.md section 1, "Partial periods").
    int partialIndex = -1;
    // An axis label: the tick's value and the step between ticks, which says how many decimals the labels
    // need to read apart (tickDecimals).
    std::function<QString(double value, double step)> formatTick;
    bool wholeSteps = false; // a count: ticks on whole numbers only
};

// A row of charts side by side, drawn as vectors (their text stays selectable in the PDF), with a shared
// legend line above them (none when currentName is empty).
class ReportChartBlock : public ReportBlock
{
public:
    ReportChartBlock(const ReportStyle &style, qreal width, qreal height, std::vector<ReportChart> charts,
                     QString currentName, QString previousName);

    qreal height() const override { return m_height; }
    const std::vector<ReportChart> &charts() const { return m_charts; }
    void paint(QPainter &painter, const QRectF &rect, int firstRow, int endRow) const override;

private:
    void paintLegend(QPainter &painter, const QRectF &rect) const;
    void paintChart(QPainter &painter, const QRectF &rect, const ReportChart &chart) const;

    const ReportStyle &m_style;
    qreal m_height = 0;
    std::vector<ReportChart> m_charts;
    QString m_currentName;
    QString m_previousName;
};

} // namespace storelens::ui
