#pragma once

#include "core/analytics/kpi/Breakdowns.h"
#include "core/analytics/kpi/KpiResult.h"
#include "core/analytics/query/Query.h"
#include "core/analytics/snapshot/Snapshot.h"
#include "core/analytics/kpi/TimeSeries.h"
#include "core/model/Result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace storelens::core::analytics {

// What a dashboard refresh needs, computed together on one snapshot (immutable once delivered).
struct AnalyticsRequestOptions
{
    bool timeSeries = true;
    Grain seriesGrain = Grain::Month;
    bool breakdowns = true;
    int topProducts = 10;
};

struct AnalyticsResult
{
    quint64 requestId = 0;
    QString workspacePath;
    Query query;
    SnapshotPtr snapshot;
    KpiReport kpis;
    TimeSeries series;                 // empty when not asked for
    TimeSeries comparisonSeries;       // the comparison period's series, same grain; empty when none
    std::vector<Breakdown> breakdowns; // store, channel, country, category, product (when asked for)
};

// What the background task hands back: a result or an error (default-constructible for QFuture).
struct AnalyticsOutcome
{
    std::shared_ptr<const AnalyticsResult> result;
    Error error;
};

// Runs "load snapshot (cached per revision) + compute" on the global thread pool with a QPromise (progress in
// percent, cancellation checked inside the loops). A newer submit() cancels the older request, whose result
// is never delivered. Results arrive by signal on the thread that owns the service. Never blocks the caller.
class AnalyticsService : public QObject
{
    Q_OBJECT
public:
    explicit AnalyticsService(QObject *parent = nullptr);
    ~AnalyticsService() override;

    // Starts a request and returns its id (> 0). Any running request is cancelled.
    quint64 submit(const QString &workspacePath, const Query &query,
                   const AnalyticsRequestOptions &options = AnalyticsRequestOptions());
    // Cancels the running request, if any (nothing is delivered for it).
    void cancel();
    bool isRunning() const;
    quint64 currentRequestId() const { return m_currentId; }

    // The computation itself, synchronous, for the CLI and tests. `cancelled` and `progress` may be empty.
    static Result<AnalyticsResult> compute(const QString &workspacePath, const Query &query,
                                           const AnalyticsRequestOptions &options,
                                           const std::function<bool()> &cancelled = {},
                                           const std::function<void(int percent)> &progress = {});

Q_SIGNALS:
    void progressChanged(quint64 requestId, int percent);
    void resultReady(quint64 requestId,
                     const std::shared_ptr<const storelens::core::analytics::AnalyticsResult> &result);
    void failed(quint64 requestId, const QString &message);

private:
    void onFinished(quint64 id);

    quint64 m_nextId = 1;
    quint64 m_currentId = 0;
    std::unique_ptr<QFutureWatcher<AnalyticsOutcome>> m_watcher;
};

} // namespace storelens::core::analytics
