#pragma once

#include "core/analytics/clv/WorkspaceClv.h"
#include "core/analytics/customers/CustomerProfile.h"
#include "core/analytics/query/Query.h"
#include "core/analytics/segments/RuleSegment.h"
#include "core/analytics/snapshot/SnapshotCache.h"
#include "core/model/Result.h"
#include "core/session/AnalysisResults.h"
#include "core/session/ReportResult.h"
#include "core/session/ResolvedQuery.h"
#include "core/session/TaskControl.h"
#include "core/session/WorkspaceSettings.h"
#include "core/session/WriteQueue.h"
#include "core/store/WorkspacePresence.h"
#include "core/store/WorkspaceSummary.h"

#include <QFuture>
#include <QMutex>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

namespace storelens::core::analytics::explain {
enum class Dimension; // Explain.h
enum class Depth;     // Explain.h
struct Explanation;
} // namespace storelens::core::analytics::explain

namespace storelens::core::session {

// One open workspace, the one entry point of every front end (the GUI, the CLI, the report): it owns the
// analytics snapshot (loaded once per workspace revision and shared read-only; freed with the session), the
// workspace's settings (RFM grid, lifecycle thresholds, KPI targets, saved segments, currency) and the
// customer bases built from them. A query is resolved once into a shared ResolvedQuery; each analysis is one
// function that returns an immutable result, reports progress and stops when cancelled (TaskControl). Reads
// are thread-safe and meant for worker threads; every write goes through the serial write queue.
class WorkspaceSession
{
public:
    explicit WorkspaceSession(QString workspacePath);
    ~WorkspaceSession(); // finishes the queued writes and frees the snapshot
    WorkspaceSession(const WorkspaceSession &) = delete;
    WorkspaceSession &operator=(const WorkspaceSession &) = delete;

    const QString &workspacePath() const { return m_path; }

    // ---- Building blocks (cached; thread-safe) ----
    Result<analytics::SnapshotPtr> snapshot(const TaskControl &control = {});
    Result<WorkspaceSettingsPtr> settings();
    // The period and the filters as masks. Loading the snapshot takes progress 0-90.
    Result<ResolvedQueryPtr> resolve(const analytics::Query &query, const TaskControl &control = {});
    // The customer base of the resolved lines with the workspace's grid and lifecycle settings.
    Result<std::shared_ptr<const analytics::CustomerBase>> customerBase(const ResolvedQuery &resolved,
                                                                        const TaskControl &control = {});
    // The CLV models on the resolved lines (the period does not apply), kept per (revision, filter,
    // calibration end, model) so views with different filters keep their own fits. `model` empty: the
    // purchase model with the lower holdout error (WorkspaceClv::choice says which and why). A cancelled
    // control stops the fit in progress (NLopt's force-stop) and returns ErrorCode::Cancelled.
    Result<std::shared_ptr<const analytics::clv::WorkspaceClv>>
    clv(const ResolvedQuery &resolved, const QDate &calibrationEnd = {}, const TaskControl &control = {},
        std::optional<analytics::clv::PurchaseModelKind> model = {});
    // The same for a whole request: its calibration end, options (the CLI's --horizon-months,
    // --discount-rate) and purchase model; the line mask is the resolved query's.
    Result<std::shared_ptr<const analytics::clv::WorkspaceClv>>
    clv(const ResolvedQuery &resolved, const analytics::clv::WorkspaceClvRequest &request,
        const TaskControl &control = {});

    // ---- One function per analysis ----
    Result<OverviewResultPtr> overview(const analytics::Query &query, const OverviewRequest &request = {},
                                       const TaskControl &control = {});
    Result<CohortsResultPtr> cohorts(const analytics::Query &query, const TaskControl &control = {});
    Result<SegmentsResultPtr> segments(const analytics::Query &query, const TaskControl &control = {});
    Result<CustomersResultPtr> customers(const analytics::Query &query, const TaskControl &control = {});
    // One customer (snapshot customer index) over the resolved lines.
    Result<analytics::CustomerProfile> customerProfile(const ResolvedQuery &resolved, int32_t customer,
                                                       const TaskControl &control = {});
    // The query's filters apply, its period does not: the models read the whole history up to the as-of
    // date, or up to calibrationEnd when it is valid.
    // result->clv->choice.sentence names the purchase model in use with its holdout result.
    Result<PredictionsResultPtr> predictions(const analytics::Query &query, const QDate &calibrationEnd = {},
                                             const TaskControl &control = {},
                                             std::optional<analytics::clv::PurchaseModelKind> model = {});
    // The same analyses on a query resolved already (the CLI resolves once, checks the data, then asks).
    Result<OverviewResultPtr> overview(const ResolvedQueryPtr &resolved, const OverviewRequest &request = {},
                                       const TaskControl &control = {});
    Result<CohortsResultPtr> cohorts(const ResolvedQueryPtr &resolved, const TaskControl &control = {});
    Result<SegmentsResultPtr> segments(const ResolvedQueryPtr &resolved, const TaskControl &control = {});
    Result<CustomersResultPtr> customers(const ResolvedQueryPtr &resolved, const TaskControl &control = {});
    Result<PredictionsResultPtr> predictions(const ResolvedQueryPtr &resolved,
                                             const analytics::clv::WorkspaceClvRequest &request = {},
                                             const TaskControl &control = {});
    // "Why?" (METRICS.md section 9): where the change of `kpi` between the query's comparison period and its
    // period came from, by the given dimensions. Not comparable periods give an explanation that only says
    // why (Explanation::notComparableReason).
    Result<std::shared_ptr<const analytics::explain::Explanation>>
    explain(const analytics::Query &query, analytics::KpiId kpi,
            const std::vector<analytics::explain::Dimension> &dimensions, const TaskControl &control = {});
    Result<std::shared_ptr<const analytics::explain::Explanation>>
    explain(const ResolvedQueryPtr &resolved, analytics::KpiId kpi,
            const std::vector<analytics::explain::Dimension> &dimensions, const TaskControl &control = {});
    // The explanations of several KPIs of one query, in the order of `kpis` (the Overview's tile verdicts):
    // the customer facts, the KPI report and the saved segments' members are built once for all of them.
    // `depth` as explainKpi takes it (Depth::Full when not given).
    Result<std::vector<std::shared_ptr<const analytics::explain::Explanation>>>
    explainEach(const ResolvedQueryPtr &resolved, const std::vector<analytics::KpiId> &kpis,
                const std::vector<analytics::explain::Dimension> &dimensions,
                const TaskControl &control = {});
    Result<std::vector<std::shared_ptr<const analytics::explain::Explanation>>>
    explainEach(const ResolvedQueryPtr &resolved, const std::vector<analytics::KpiId> &kpis,
                const std::vector<analytics::explain::Dimension> &dimensions, analytics::explain::Depth depth,
                const TaskControl &control = {});
    Result<ReportResult> reportData(const ReportRequest &request, const TaskControl &control = {});
    Result<FilterChoices> filterChoices(const TaskControl &control = {});
    // The workspace summary from the snapshot (path and schema version left to the caller).
    Result<WorkspaceSummary> summary(const TaskControl &control = {});

    // ---- Writes: serial, in order, one transaction each, never cancelled ----
    // Saves a segment's rule; renames it first when originalName is set and differs (one transaction).
    QFuture<Result<void>> saveSegment(const QString &originalName, const QString &name,
                                      const analytics::SegmentRule &rule);
    QFuture<Result<void>> renameSegment(const QString &oldName, const QString &newName);
    QFuture<Result<void>> deleteSegment(const QString &name);
    QFuture<Result<void>> saveLifecycleSettings(const analytics::LifecycleSettings &settings);
    QFuture<Result<void>> saveSegmentGrid(const analytics::SegmentGrid &grid);
    QFuture<Result<void>> saveKpiTargets(const analytics::KpiTargets &targets);
    // The workspace's currency: an ISO 4217 code, or empty for none (core/store/Currency.h).
    QFuture<Result<void>> saveCurrency(const QString &code);
    // Any other write of the workspace's settings (import profiles), in the same queue.
    QFuture<Result<void>> write(WriteQueue::Action action);
    // Runs `work` (an import) on the calling thread while no write runs.
    void runExclusive(const std::function<void()> &work);
    void waitForWrites();
    // Drops the cached settings so the next read sees what another program wrote.
    void reloadSettings();
    // The workspace's files were deleted and created anew (File, New over an existing file): drops every
    // cached value, the shared snapshot included, since the new workspace's revisions start again at 0.
    void workspaceReplaced();

private:
    struct FilterEntry;
    struct BaseEntry;
    struct ClvEntry;
    Result<std::shared_ptr<const analytics::ResolvedFilter>>
    resolveFilter(const analytics::SnapshotPtr &snapshot, const WorkspaceSettingsPtr &settings,
                  const analytics::Filter &filter, const TaskControl &control);
    Result<std::shared_ptr<const analytics::CustomerBase>>
    baseFor(const analytics::SnapshotPtr &snapshot, const WorkspaceSettingsPtr &settings,
            const analytics::Filter &filter, const std::vector<uint8_t> *mask, const TaskControl &control);
    void settingsWritten();

    QString m_path;
    WorkspacePresence m_presence; // seen by other processes' connections until the session's own have closed
    analytics::SnapshotCache &m_snapshots; // shared, so views not yet on the session share the one load
    QMutex m_mutex;                        // guards the caches below
    WorkspaceSettingsPtr m_settings;
    std::atomic<quint64> m_settingsVersion{1};
    std::vector<FilterEntry> m_filters; // most recent last
    std::vector<BaseEntry> m_bases;
    std::vector<ClvEntry> m_clvs;
    WriteQueue m_writes; // last: it stops (finishing its writes) before the caches go
};

} // namespace storelens::core::session
