#pragma once

#include "core/analytics/kpi/KpiResult.h"
#include "core/analytics/kpi/KpiTargets.h"
#include "ui/dashboard/KpiTile.h"
#include "ui/dashboard/OverviewData.h"

#include <QWidget>

#include <functional>
#include <map>
#include <optional>
#include <vector>

class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QSplitter;

namespace storelens::ui {

class AnalysisContext;
class BreakdownBarChart;
class ExplainPanel;
class FlowLayout;
class LatestTask;
class StagedUpdate;
class NetSalesTrendChart;
class NewReturningCustomersChart;
class YearOverYearChart;

// The Overview: KPI tiles (chosen, ordered and given targets by the user) above the charts (net sales over
// time with the comparison overlaid, year over year by month, new and returning customers, breakdowns by
// store, channel and category, top products). Recomputes in the background on every change of the analysis
// context; a result computed for an older generation is dropped, never shown.
class OverviewView : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewView(AnalysisContext *context, QWidget *parent = nullptr);

    // The tiles shown, in order, and the tile of a KPI (nullptr when not shown).
    const std::vector<core::analytics::KpiId> &tileChoice() const { return m_tileChoice; }
    KpiTile *tile(core::analytics::KpiId id) const;
    // Changes the tiles shown (kept in QSettings).
    void setTileChoice(const std::vector<core::analytics::KpiId> &tiles);
    // Changes the targets (kept in the workspace, written in the background).
    void setTargets(const core::analytics::KpiTargets &targets);
    const core::analytics::KpiTargets &targets() const { return m_targets; }
    // Opens the dialog that chooses tiles and targets.
    void chooseTiles();

    // The result on screen and the context generation it was computed for; nullptr before the first and while
    // a new result is put on screen (chart by chart, see StagedUpdate).
    const OverviewData *shownData() const;
    // The context generation the screen shows (a result, an empty state or an error); 0 before the first.
    quint64 shownGeneration() const { return m_shownGeneration; }
    // The chart widgets, for tests and the report.
    BreakdownBarChart *breakdownChart(core::analytics::BreakdownDimension dimension) const;
    NetSalesTrendChart *trendChart() const { return m_trend; }
    YearOverYearChart *yearOverYearChart() const { return m_yoy; }
    NewReturningCustomersChart *newReturningChart() const { return m_newReturning; }
    // "Why?" (issue 19): the panel beside the tiles, opened for a tile's KPI.
    ExplainPanel *explainPanel() const { return m_explain; }
    void explain(core::analytics::KpiId id);
    // The context generation whose normal-variation verdicts the tiles show; 0 before the first.
    quint64 verdictGeneration() const { return m_verdictGeneration; }

Q_SIGNALS:
    // Emitted after the view has painted a freshly computed result (the start-up benchmark waits for it).
    void resultShown();
    // A result was dropped because the context changed while it was computed.
    void staleResultDropped();
    // A row of the explanation was clicked: the dashboard should show only this member (FilterBar::filterTo).
    void filterRequested(const QString &dimensionKey, const QString &member);
    // The tiles show the normal-variation verdicts of the current result.
    void verdictsShown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildUi();
    void recompute();
    void loadTargets();
    void showData(OverviewData data);
    void showFailure(quint64 generation, const core::Error &error);
    void showEmpty(const QString &message);
    void rebuildTiles();
    void fillTiles();
    void computeVerdicts();
    std::vector<std::function<void()>> chartSteps();
    void fillBreakdown(core::analytics::BreakdownDimension dimension);
    void placeCharts();
    bool isToDate(QDate start, core::analytics::Grain grain) const;
    QString toDate(QDate start, core::analytics::Grain grain) const;
    // What a time chart's buckets are, heading their column in Copy Data ("Month", not "Category").
    QString grainTitle(core::analytics::Grain grain) const;
    QString bucketLabel(QDate start, core::analytics::Grain grain, bool withYear) const;
    // Each bucket's label with its year, "(to date)" after a partial one.
    QStringList seriesLabels(const core::analytics::TimeSeries &series) const;
    QString comparisonName() const;

    AnalysisContext *m_context = nullptr;
    LatestTask *m_task = nullptr;
    LatestTask *m_targetsTask = nullptr;
    LatestTask *m_verdictTask = nullptr;
    // Per KPI: the verdict on the tile (METRICS.md section 9).
    struct TileVerdict
    {
        bool within = false;
        KpiTile::VariationCheck check = KpiTile::VariationCheck::Tested;
        QString sentence;
    };
    std::map<core::analytics::KpiId, TileVerdict> m_verdicts;
    quint64 m_verdictGeneration = 0;
    StagedUpdate *m_staged = nullptr;
    std::optional<OverviewData> m_data;
    std::vector<core::analytics::KpiId> m_tileChoice;
    core::analytics::KpiTargets m_targets;
    std::map<core::analytics::KpiId, KpiTile *> m_tiles;
    bool m_awaitingPaint = false;
    // The verdicts of a result wait for its first paint (computeVerdicts()).
    bool m_verdictsAfterPaint = false;
    quint64 m_shownGeneration = 0;
    int m_chartColumns = 0;

    QSplitter *m_splitter = nullptr;
    QScrollArea *m_scroll = nullptr;
    ExplainPanel *m_explain = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_warnings = nullptr;
    QPushButton *m_chooseTiles = nullptr;
    QWidget *m_tileArea = nullptr;
    FlowLayout *m_tileLayout = nullptr;
    QWidget *m_chartArea = nullptr;
    QGridLayout *m_chartLayout = nullptr;
    NetSalesTrendChart *m_trend = nullptr;
    YearOverYearChart *m_yoy = nullptr;
    NewReturningCustomersChart *m_newReturning = nullptr;
    BreakdownBarChart *m_byStore = nullptr;
    BreakdownBarChart *m_byChannel = nullptr;
    BreakdownBarChart *m_byCategory = nullptr;
    BreakdownBarChart *m_byCountry = nullptr;
    BreakdownBarChart *m_topProducts = nullptr;
};

} // namespace storelens::ui
