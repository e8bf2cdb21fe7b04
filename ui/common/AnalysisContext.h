#pragma once

#include "core/analytics/query/Query.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace storelens::core::session {
class WorkspaceSession;
}

namespace storelens::ui {

// What every view shares: the open workspace, the query the filter bar built (period, comparison, filters,
// cohort grain) and a generation number that changes whenever any of them, or the workspace's data, changes.
// Views recompute on changed() and drop a result whose generation is no longer current, so a stale result is
// never shown as current. Drill-downs (a cohort cell, a segment) go through showCustomers().
class AnalysisContext : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisContext(QObject *parent = nullptr);

    const QString &workspacePath() const { return m_workspacePath; }
    bool hasWorkspace() const { return !m_workspacePath.isEmpty(); }
    const core::analytics::Query &query() const { return m_query; }
    quint64 generation() const { return m_generation; }
    // The open workspace's session, which every view asks for its figures and writes through; null when no
    // workspace is open. Tasks keep a copy, so a session outlives the views' last computation on it.
    const std::shared_ptr<core::session::WorkspaceSession> &session() const { return m_session; }

    // Empty path: no workspace open. Without a session, one is opened for the path.
    void setWorkspace(const QString &path, std::shared_ptr<core::session::WorkspaceSession> session = {});
    void setQuery(const core::analytics::Query &query);
    void notifyDataChanged();     // the workspace's content changed (an import landed)
    void notifySegmentsChanged(); // a saved segment was created, edited or deleted
    // Asks the window to show these customers (ids as stored) in the Customers view under `title`.
    void showCustomers(const QString &title, const QStringList &customerIds);
    // The open workspace's currency (ISO code; empty: not known), which money on screen is shown with
    // (formatMoney). Read from the workspace settings when a workspace opens and after an import.
    const QString &currency() const { return m_currency; }
    // Changes it: saved through the session's write queue, shown at once, and every view recomputes.
    void setCurrency(const QString &code);

Q_SIGNALS:
    void workspaceChanged(const QString &path);
    void queryChanged();
    void dataChanged();
    void segmentsChanged();
    void changed(); // after any of workspaceChanged, queryChanged, dataChanged: recompute
    void customersRequested(const QString &title, const QStringList &customerIds);
    void currencyChanged(const QString &code);
    // A write of the workspace settings failed; `message` says why.
    void settingsWriteFailed(const QString &message);

private:
    void bump();
    void loadCurrency();

    QString m_workspacePath;
    QString m_currency;
    std::shared_ptr<core::session::WorkspaceSession> m_session;
    core::analytics::Query m_query;
    quint64 m_generation = 1;
};

} // namespace storelens::ui
