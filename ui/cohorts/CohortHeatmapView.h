#pragma once

#include <QTableView>

namespace storelens::ui {

// The heatmap table: cohorts down, ages across. A click on a cell, or Enter on the current one, asks for its
// customers (cellActivated); arrow keys move the current cell.
class CohortHeatmapView : public QTableView
{
    Q_OBJECT

public:
    explicit CohortHeatmapView(QWidget *parent = nullptr);

    // Widens the cohort size column (column 0) to its header and largest count after a new result.
    void fitSizeColumn();

Q_SIGNALS:
    void cellActivated(const QModelIndex &index);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace storelens::ui
