#pragma once

#include "ui/charts/ChartView.h"

#include <QDate>

#include <vector>

namespace storelens::ui {

// Repeat purchases month by month (Fader and Hardie's tracking plot): what the customers did, what the fitted
// model expects of them before the split, and its forecast after it (dashed).
class ClvTrackingChart : public ChartView
{
    Q_OBJECT

public:
    struct Point
    {
        QDate to; // the month's last day
        bool forecast = false;
        bool hasActual = false;
        double actual = 0;
        double expected = 0;
    };

    explicit ClvTrackingChart(QWidget *parent = nullptr);

    void setData(const std::vector<Point> &points, const QDate &split);
    const std::vector<Point> &points() const { return m_points; }

private:
    void rebuild() override;

    std::vector<Point> m_points;
    QDate m_split;
};

} // namespace storelens::ui
