#pragma once

#include "ui/charts/ChartView.h"

#include <QStringList>

#include <vector>

namespace storelens::ui {

// Grouped bars over categories for the Predictions view: the distribution of predicted CLV (one set) and
// the holdout check (actual and expected repeat purchases by calibration frequency, two sets). Tooltips show
// each bar's value with the given number of decimals.
class ClvBarChart : public ChartView
{
    Q_OBJECT

public:
    struct Set
    {
        QString name;
        std::vector<double> values; // one per category
        int colorIndex = 0;         // seriesColor() index
    };

    ClvBarChart(const QString &objectName, const QString &accessibleName, QWidget *parent = nullptr);

    void setData(const QString &title, const QString &xTitle, const QString &yTitle,
                 const QStringList &categories, const std::vector<Set> &sets, int decimals);
    // No bars: the title, and the message in the chart's middle (why there is nothing to draw).
    void setMessage(const QString &title, const QString &message);
    QString message() const { return m_message; }
    const QStringList &categories() const { return m_categories; }
    const std::vector<Set> &sets() const { return m_sets; }

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void rebuild() override;

    QString m_title;
    QString m_xTitle;
    QString m_yTitle;
    QStringList m_categories;
    std::vector<Set> m_sets;
    int m_decimals = 0;
    QString m_message;
};

} // namespace storelens::ui
