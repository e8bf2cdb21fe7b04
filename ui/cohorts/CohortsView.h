#pragma once

#include "core/session/AnalysisResults.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QModelIndex;
class QStackedWidget;

namespace storelens::ui {

class VisibleRefresh;

class AnalysisContext;
class CohortCurveChart;
class CohortHeatmapModel;
class CohortHeatmapView;
class CohortLegend;
class LatestTask;
class StagedUpdate;

// The Cohorts view (METRICS.md section 4): a heatmap of cohorts × ages for the chosen metric with the cohort
// sizes and a legend, and beside it the cumulative revenue per customer of the most recent cohorts as lines.
// The view owns the cohort grain (week, month, quarter) and sets it on the shared query. A click on a cell,
// or Enter, lists the cell's customers in the Customers view. Asks the session (WorkspaceSession::cohorts) in
// the background when shown.
class CohortsView : public QWidget
{
    Q_OBJECT

public:
    explicit CohortsView(AnalysisContext *context, QWidget *parent = nullptr);

    static constexpr int CurveCohorts = 12; // cohorts drawn in the curve chart, the most recent ones

    CohortHeatmapView *heatmap() const { return m_heatmap; }
    CohortHeatmapModel *model() const { return m_model; }
    CohortCurveChart *curveChart() const { return m_chart; }
    const core::session::CohortsResultPtr &result() const { return m_data; }
    LatestTask *task() const { return m_task; }
    void setMetric(core::analytics::CohortMetric metric);

    // Forgets what the user did in the previous workspace (AnalysisContext::workspaceChanged): the selected
    // cell and the matrix itself.
    void resetState();

Q_SIGNALS:
    void resultShown(); // a current result (or an empty state) is on screen

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void showResult(const core::session::CohortsResultPtr &data);
    void showCurves(const core::session::CohortsResult &data);
    void showEmptyState(const QString &text);
    void syncGrainFromQuery();
    void onGrainChosen();
    void onMetricChosen();
    void updateLegend();
    void drill(const QModelIndex &index);

    AnalysisContext *m_context = nullptr;
    LatestTask *m_task = nullptr;
    StagedUpdate *m_staged = nullptr;
    LatestTask *m_drillTask = nullptr;
    QComboBox *m_metricBox = nullptr;
    QComboBox *m_grainBox = nullptr;
    QLabel *m_summary = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyState = nullptr;
    CohortHeatmapModel *m_model = nullptr;
    CohortHeatmapView *m_heatmap = nullptr;
    CohortLegend *m_legend = nullptr;
    CohortCurveChart *m_chart = nullptr;
    core::session::CohortsResultPtr m_data;
    VisibleRefresh *m_refresh = nullptr; // computes while shown and out of date
};

} // namespace storelens::ui
