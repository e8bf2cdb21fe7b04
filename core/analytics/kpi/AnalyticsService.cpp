#include "core/analytics/kpi/AnalyticsService.h"

#include "core/analytics/kpi/KpiEngine.h"
#include "core/analytics/query/LineFilter.h"
#include "core/analytics/snapshot/SnapshotCache.h"

#include <QCoreApplication>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace storelens::core::analytics {

namespace {

class AnalyticsServiceText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::analytics::AnalyticsService)
};

Error cancelled()
{
    return Error(ErrorCode::Cancelled, AnalyticsServiceText::tr("The computation was cancelled."));
}

} // namespace

AnalyticsService::AnalyticsService(QObject *parent)
    : QObject(parent)
{
}

AnalyticsService::~AnalyticsService()
{
    cancel();
}

Result<AnalyticsResult> AnalyticsService::compute(const QString &workspacePath, const Query &query,
                                                  const AnalyticsRequestOptions &options,
                                                  const std::function<bool()> &isCancelled,
                                                  const std::function<void(int)> &progress)
{
    const auto stop = [&isCancelled] { return isCancelled && isCancelled(); };
    const auto report = [&progress](int percent) {
        if (progress)
            progress(percent);
    };
    report(0);
    auto snapshot = SnapshotCache::instance().get(workspacePath, [&](qint64 done, qint64 total) {
        if (total > 0)
            report(int(done * 50 / total));
        return !stop();
    });
    if (!snapshot)
        return snapshot.error();
    if (stop())
        return cancelled();
    const Snapshot &s = *snapshot.value();

    auto filter = resolveFullFilter(s, workspacePath, query.filter);
    if (!filter)
        return filter.error();
    report(55);
    const CancelCheck cancelCheck = [&stop] { return stop(); };
    auto kpis = computeKpiReport(snapshot.value(), query, filter.value(), cancelCheck);
    if (!kpis)
        return kpis.error();
    report(80);

    AnalyticsResult result;
    result.workspacePath = workspacePath;
    result.query = query;
    result.snapshot = snapshot.value();
    result.kpis = std::move(kpis.value());
    const Period &period = result.kpis.period;
    if (options.timeSeries) {
        const KpiCustomerFacts facts = buildKpiCustomerFacts(s, filter.value());
        result.series = computeTimeSeries(s, filter.value(), facts, period, options.seriesGrain, cancelCheck,
                                          query.activityWindowDays);
        if (result.kpis.comparisonPeriod.isValid())
            result.comparisonSeries =
                computeTimeSeries(s, filter.value(), facts, result.kpis.comparisonPeriod, options.seriesGrain,
                                  cancelCheck, query.activityWindowDays);
        if (stop())
            return cancelled();
    }
    report(90);
    if (options.breakdowns) {
        for (BreakdownDimension d :
             {BreakdownDimension::Store, BreakdownDimension::Channel, BreakdownDimension::Country,
              BreakdownDimension::Category, BreakdownDimension::Product}) {
            result.breakdowns.push_back(
                computeBreakdown(s, filter.value(), period, d,
                                 d == BreakdownDimension::Product ? options.topProducts : 0, cancelCheck));
            if (stop())
                return cancelled();
        }
    }
    report(100);
    return result;
}

quint64 AnalyticsService::submit(const QString &workspacePath, const Query &query,
                                 const AnalyticsRequestOptions &options)
{
    cancel();
    const quint64 id = m_nextId++;
    m_currentId = id;

    auto task = [workspacePath, query, options, id](QPromise<AnalyticsOutcome> &promise) {
        promise.setProgressRange(0, 100);
        auto result = compute(
            workspacePath, query, options, [&promise] { return promise.isCanceled(); },
            [&promise](int percent) { promise.setProgressValue(percent); });
        AnalyticsOutcome outcome;
        if (result) {
            result.value().requestId = id;
            outcome.result = std::make_shared<const AnalyticsResult>(std::move(result.value()));
        } else {
            outcome.error = result.error();
        }
        promise.addResult(std::move(outcome));
    };

    m_watcher = std::make_unique<QFutureWatcher<AnalyticsOutcome>>();
    QFutureWatcher<AnalyticsOutcome> *watcher = m_watcher.get();
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, id](int value) {
        if (id == m_currentId)
            Q_EMIT progressChanged(id, value);
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, id] { onFinished(id); });
    watcher->setFuture(QtConcurrent::run(task));
    return id;
}

void AnalyticsService::cancel()
{
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->future().cancel();
        m_watcher.release()->deleteLater(); // may be inside one of its own signals
    }
    m_currentId = 0;
}

bool AnalyticsService::isRunning() const
{
    return m_watcher && m_watcher->isRunning();
}

void AnalyticsService::onFinished(quint64 id)
{
    if (id != m_currentId || !m_watcher)
        return;
    const QFuture<AnalyticsOutcome> future = m_watcher->future();
    m_currentId = 0;
    if (future.isCanceled() || future.resultCount() == 0)
        return;
    const AnalyticsOutcome outcome = future.result();
    m_watcher.release()->deleteLater(); // we are inside its finished() signal
    if (outcome.result)
        Q_EMIT resultReady(id, outcome.result);
    else if (outcome.error.code() != ErrorCode::Cancelled)
        Q_EMIT failed(id, outcome.error.message());
}

} // namespace storelens::core::analytics
