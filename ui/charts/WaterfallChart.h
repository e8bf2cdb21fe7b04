#pragma once

#include "ui/charts/ChartView.h"
#include "ui/charts/WaterfallSteps.h"

#include <functional>
#include <vector>

namespace storelens::ui {

// A waterfall of a change (the "Why?" panel): the start value, one bar per part from the running sum, and
// the end value, drawn as horizontal bars from the top down so long factor names read. Each category names
// its step and amount ("orders: +€9,100.00"); increases and decreases differ in colour and lightness, the
// totals are grey. When the parts are small against the totals the value axis does not start at zero and the
// title says so.
class WaterfallChart : public ChartView
{
    Q_OBJECT

public:
    explicit WaterfallChart(QWidget *parent = nullptr);

    // `format` writes an amount: a total as is, a part with its sign (the caller's unit and currency).
    // `moneyAxis` false: the value axis shows no numbers (the amounts beside the bars say them in the unit).
    void setData(const QString &title, std::vector<WaterfallStep> steps,
                 std::function<QString(double value, bool signedPart)> format, bool moneyAxis = true);
    const std::vector<WaterfallStep> &steps() const { return m_steps; }
    QList<QStringList> dataTable() const override;

private:
    void rebuild() override;
    QString stepLabel(const WaterfallStep &step) const;

    QString m_title;
    std::vector<WaterfallStep> m_steps;
    std::function<QString(double, bool)> m_format;
    bool m_moneyAxis = true;
};

} // namespace storelens::ui
