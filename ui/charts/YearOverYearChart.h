#pragma once

#include "ui/charts/ChartView.h"

#include <QStringList>

#include <vector>

namespace storelens::ui {

// Net sales by month side by side with the same month one year earlier (grouped bars).
class YearOverYearChart : public ChartView
{
    Q_OBJECT

public:
    explicit YearOverYearChart(QWidget *parent = nullptr);

    void setData(const QStringList &months, const std::vector<double> &thisYear, const QString &thisYearName,
                 const std::vector<double> &yearEarlier, const QString &yearEarlierName);

private:
    void rebuild() override;

    QStringList m_months;
    std::vector<double> m_thisYear;
    std::vector<double> m_yearEarlier;
    QString m_thisYearName;
    QString m_yearEarlierName;
};

} // namespace storelens::ui
