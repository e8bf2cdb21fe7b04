#pragma once

#include "core/session/AnalysisResults.h"
#include "ui/cohorts/CohortColourScale.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QPalette>

#include <vector>

namespace storelens::ui {

// The cohort matrix as a table: one row per cohort; column 0 is the cohort size, column 1 + k is age k. Texts
// and colours are computed once when the result, metric or palette changes; data() only reads them.
class CohortHeatmapModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        PartialRole = Qt::UserRole + 1, // bool: the cell's period ends after the as-of date
        EmptyRole,                      // bool: past the as-of date, no value
        ValueRole,                      // double: the metric's value; invalid when empty
        AgeRole,                        // int: the age, -1 for the size column
    };

    explicit CohortHeatmapModel(QObject *parent = nullptr);

    void setResult(core::session::CohortsResultPtr data, core::analytics::CohortMetric metric,
                   const QPalette &palette);
    void setMetric(core::analytics::CohortMetric metric);
    void setPalette(const QPalette &palette);
    void clear();

    const core::session::CohortsResultPtr &result() const { return m_data; }
    core::analytics::CohortMetric metric() const { return m_metric; }
    const CohortColourScale &scale() const { return m_scale; }
    static int ageOfColumn(int column) { return column - 1; }
    static int columnOfAge(int age) { return age + 1; }

    // The cell's customers count for a drill-down (the cohort size for age 0 or the size column).
    int drillCount(int row, int column) const;
    // The title the Customers view shows for a cell's drill-down.
    QString drillTitle(int row, int column) const;
    // The row's cohort as the user reads it ("Nov 2026", "Q4 2026"; cohortPeriodName), not its ISO label.
    QString cohortName(int row) const;
    QString ageName(int age) const; // "month 3", "week 3", "quarter 3"
    QString metricName() const;
    static QString metricName(core::analytics::CohortMetric metric);
    QString formatValue(core::analytics::CohortMetric metric, double value) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Cell
    {
        QString text;
        QColor background;
        QColor foreground;
    };
    void rebuild();
    QString toolTip(int row, int age) const;
    QString periodText(int32_t periodIndex) const;

    core::session::CohortsResultPtr m_data;
    core::analytics::CohortMetric m_metric = core::analytics::CohortMetric::Retention;
    QPalette m_palette;
    CohortColourScale m_scale;
    int m_moneyDecimals = 2;
    std::vector<Cell> m_cells; // row-major, ageCount() per row
};

} // namespace storelens::ui
