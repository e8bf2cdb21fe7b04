#pragma once

#include "ui/charts/ChartStyle.h"
#include "ui/charts/ChartView.h"

#include <QStringList>

#include <vector>

namespace storelens::ui {

// Net sales over time as a line, with the comparison period's line overlaid bucket by bucket (its n-th day,
// week or month beside the period's n-th). A last bucket that is not over at the as-of date is partial: the
// line runs dashed into it and its column is hatched (METRICS.md section 1).
class NetSalesTrendChart : public ChartView
{
    Q_OBJECT

public:
    explicit NetSalesTrendChart(QWidget *parent = nullptr);

    // `labels` name the period's buckets; `comparison` may be empty (no comparison) or of another length;
    // `partialIndex` is the bucket that is not over yet (-1: none).
    void setData(const QStringList &labels, const std::vector<double> &current, const QString &currentName,
                 const std::vector<double> &comparison, const QString &comparisonName, int partialIndex = -1);
    int partialIndex() const { return m_data.partialIndex; }

private:
    void rebuild() override;

    ComparedSeries m_data;
};

} // namespace storelens::ui
