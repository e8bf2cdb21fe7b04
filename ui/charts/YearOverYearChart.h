#pragma once

#include "ui/charts/ChartStyle.h"
#include "ui/charts/ChartView.h"

#include <QStringList>

#include <vector>

namespace storelens::ui {

// Net sales by month side by side with the same month one year earlier (grouped bars). The month that is not
// over at the as-of date is hatched (METRICS.md section 1, "Partial periods").
class YearOverYearChart : public ChartView
{
    Q_OBJECT

public:
    explicit YearOverYearChart(QWidget *parent = nullptr);

    void setData(const QStringList &months, const std::vector<double> &thisYear, const QString &thisYearName,
                 const std::vector<double> &yearEarlier, const QString &yearEarlierName,
                 int partialIndex = -1);
    int partialIndex() const { return m_data.partialIndex; }

private:
    void rebuild() override;

    ComparedSeries m_data;
};

} // namespace storelens::ui
