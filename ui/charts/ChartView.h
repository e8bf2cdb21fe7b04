#pragma once

#include "ui/charts/ChartActions.h"

#include <QChartView>
#include <QImage>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace storelens::ui {

// The base of the charts that draw stored data: a view set up the way the Overview wants it
// (prepareChartView) whose chart is built anew by rebuild() whenever the data or the palette (light or dark)
// changes, so each chart says only what it draws. Subclasses call rebuild() at the end of their constructor
// and of each setter.
//
// Every chart also behaves like one in other desktop apps: its context menu offers Copy Image, Save as PNG…,
// Save as SVG… and Copy Data (tab-separated, a header row first, so it pastes into a spreadsheet). Category
// labels never elide: along the bottom they thin out (every n-th shown, the last always) when they do not
// all fit; down the side long names are shortened at their end and the chart grows taller until each name
// has its line.
class ChartView : public QChartView
{
    Q_OBJECT

public:
    ChartView(const QString &objectName, const QString &accessibleName, QWidget *parent = nullptr);

    QAction *copyImageAction() const { return m_actions->copyImageAction(); }
    QAction *savePngAction() const { return m_actions->savePngAction(); }
    QAction *saveSvgAction() const { return m_actions->saveSvgAction(); }
    QAction *copyDataAction() const { return m_actions->copyDataAction(); }

    // The chart drawn at the view's size.
    QImage image() { return m_actions->image(); }
    bool savePng(const QString &path) { return m_actions->savePng(path); }
    bool saveSvg(const QString &path) { return m_actions->saveSvg(path); }
    // The plotted values: a header row (the x axis' title, else the data key title, else "Date" along a date
    // axis or "Category", then one column per series or bar set) and one row per category or x value.
    // Numbers in the current locale without group separators.
    virtual QList<QStringList> dataTable() const;
    // dataTable() as tab-separated lines, each ending in "\n".
    QString dataText() const { return m_actions->dataText(); }
    // The header of the first column when the category axis has no title ("Product" for a chart of products,
    // "Month" for one by month; "Category" by default, which misnamed the products of the top products chart,
    // trial 16, and the months of the net sales trend, trial 17).
    void setDataKeyTitle(const QString &title) { m_keyTitle = title; }

    // Called by installChart(): thins or shortens the category labels now and whenever the plot area
    // changes size. A chart with category labels down its side grows taller until each has room for its
    // line (makeRoomForSideLabels).
    void fitAxisLabels();

protected:
    void changeEvent(QEvent *event) override;
    // Builds the chart from the stored data and installs it (installChart).
    virtual void rebuild() = 0;

private:
    // Raises the minimum height so that the plot area gives every label of a side category axis its line
    // (Qt Charts cuts a label to "..." when it does not get one); back to the minimum set from outside when
    // fewer rows need less.
    void makeRoomForSideLabels();

    ChartActions *m_actions = nullptr;
    int m_baseMinimumHeight = -1; // the minimum height before makeRoomForSideLabels raised it
    QPointer<QChart> m_watched;   // the chart whose plot area changes fit the labels
    QString m_keyTitle;
};

} // namespace storelens::ui
