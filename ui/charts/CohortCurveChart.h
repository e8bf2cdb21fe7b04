#pragma once

#include "ui/charts/ChartView.h"

#include <QString>

#include <vector>

class QChart;
class QValueAxis;

namespace storelens::ui {

// One line of the cohort curve chart: a cohort's cumulative revenue per customer by age.
struct CohortCurve
{
    QString label;
    std::vector<double> values; // by age, 0 … the age of the as-of date's period
};

// Cumulative revenue per customer by cohort as lines over age (the lifetime-value curves beside the cohort
// heatmap), with a legend. Follows the widget's palette, light or dark. Unlike the other charts it keeps one
// chart and replaces its series, so rebuild() only applies the palette.
class CohortCurveChart : public ChartView
{
    Q_OBJECT

public:
    explicit CohortCurveChart(QWidget *parent = nullptr);

    // `ageTitle`: the x axis title ("Age in months"); `valueTitle`: the y axis title. `cohortCount`: how many
    // cohorts there are when `curves` holds only the latest of them (the title then says so).
    void setCurves(const std::vector<CohortCurve> &curves, const QString &ageTitle, const QString &valueTitle,
                   int cohortCount = 0);
    void clear();
    int curveCount() const { return m_curveCount; }
    QString title() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild() override;

    QChart *m_chart = nullptr; // owned by the view
    QValueAxis *m_ageAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    int m_curveCount = 0;
};

} // namespace storelens::ui
