#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QStringList>
#include <QWidget>

#include <array>

namespace storelens::ui {

class ChartActions;

// The R × FM grid of METRICS.md section 5 as a heatmap: recency score rows (5 at the top), FM score columns
// (1 at the left), each cell coloured by its customers or their net sales and labelled with the named segment
// of the grid. Cells of one named segment share borders; thick lines separate segments. The colour of every
// cell is computed once per result and metric, never while painting. Click or arrow keys + Enter pick a cell.
// A name too long for one line takes two, and the grid's minimum size (from the font and the names in the
// current language) gives every name room on two lines, so none is shortened. Its context menu is every
// chart's (ChartActions): Copy Data lists the 25 cells.
class RfmGridWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Metric { Customers, NetSales };

    explicit RfmGridWidget(QWidget *parent = nullptr);

    // Cells by (R − 1) × 5 + (FM − 1); names the grid's segment name of each cell; net sales in
    // ten-thousandths.
    void setCells(const std::array<qint64, 25> &customers, const std::array<qint64, 25> &netSales,
                  const std::array<QString, 25> &names);
    void clear();
    void setMetric(Metric metric);
    Metric metric() const { return m_metric; }
    void setSelectedSegment(const QString &name); // outlines that segment's cells; empty: none
    int currentCell() const { return m_current; }
    QColor cellColour(int r, int fm) const { return m_colours[size_t(index(r, fm))]; }
    QString cellText(int r, int fm) const; // the figure written in the cell
    // The lines the cell's segment name is drawn on at the current size (one or two; "…" only when the widget
    // is below its minimum size).
    QStringList nameLines(int r, int fm) const;
    // The cells as a table: R, FM, segment, customers, net sales (ChartActions' Copy Data).
    QList<QStringList> dataTable() const;
    ChartActions *actions() const { return m_actions; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    static int index(int r, int fm) { return (r - 1) * 5 + (fm - 1); }

Q_SIGNALS:
    void cellActivated(int r, int fm);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void recolour();
    QRect gridRect() const;
    QRect cellRect(int r, int fm) const;
    int cellAt(const QPoint &pos) const; // -1 outside
    QString toolTipText(int cell) const;
    QFont nameFont() const;
    QFont figureFont() const;

    std::array<qint64, 25> m_customers{};
    std::array<qint64, 25> m_netSales{};
    std::array<QString, 25> m_names;
    std::array<QColor, 25> m_colours;
    std::array<QColor, 25> m_textColours;
    QColor m_low;
    QColor m_high;
    qint64 m_max = 0;
    qint64 m_totalCustomers = 0;
    qint64 m_totalNetSales = 0;
    Metric m_metric = Metric::Customers;
    QString m_selected;
    int m_current = -1;
    bool m_hasData = false;
    ChartActions *m_actions = nullptr;
};

} // namespace storelens::ui
