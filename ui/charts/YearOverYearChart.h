#pragma once

#include "ui/charts/ChartView.h"

#include <QStringList>

#include <vector>

namespace storelens::ui {

// Net sales by month side by side with the same month one year earlier (grouped bars). The month that is not
// over at the as-of date is hatched (METRICS.md section 1, "Partial periods"). A value that is NaN is a month
// without data (none of its days within the data): no bar, counted in a note under the chart ("A year
// earlier: no data for 11 of 12 months.") and in Copy Data's header, an empty cell in Copy Data.
class YearOverYearChart : public ChartView
{
    Q_OBJECT

public:
    explicit YearOverYearChart(QWidget *parent = nullptr);

    void setData(const QStringList &months, const std::vector<double> &thisYear, const QString &thisYearName,
                 const std::vector<double> &yearEarlier, const QString &yearEarlierName,
                 int partialIndex = -1);
    int partialIndex() const { return m_partialIndex; }
    QList<QStringList> dataTable() const override;

private:
    void rebuild() override;
    int missingMonths(const std::vector<double> &values) const;
    QString withMissing(const QString &name, const std::vector<double> &values) const;
    QString note() const;

    QStringList m_months;
    std::vector<double> m_thisYear;
    std::vector<double> m_yearEarlier;
    QString m_thisYearName;
    QString m_yearEarlierName;
    int m_partialIndex = -1;
};

} // namespace storelens::ui
