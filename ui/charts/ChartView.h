#pragma once

#include <QChartView>
#include <QString>

namespace storelens::ui {

// The base of the charts that draw stored data: a view set up the way the Overview wants it
// (prepareChartView) whose chart is built anew by rebuild() whenever the data or the palette (light or dark)
// changes, so each chart says only what it draws. Subclasses call rebuild() at the end of their constructor
// and of each setter.
class ChartView : public QChartView
{
    Q_OBJECT

public:
    ChartView(const QString &objectName, const QString &accessibleName, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;
    // Builds the chart from the stored data and installs it (installChart).
    virtual void rebuild() = 0;
};

} // namespace storelens::ui
