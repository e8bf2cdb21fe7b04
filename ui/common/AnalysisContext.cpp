#include "ui/common/AnalysisContext.h"

#include "core/session/WorkspaceSession.h"

namespace storelens::ui {

AnalysisContext::AnalysisContext(QObject *parent)
    : QObject(parent)
{
}

void AnalysisContext::setWorkspace(const QString &path,
                                   std::shared_ptr<core::session::WorkspaceSession> session)
{
    if (!session && m_session && m_session->workspacePath() == path)
        session = m_session;
    if (!path.isEmpty() && (!session || session->workspacePath() != path))
        session = std::make_shared<core::session::WorkspaceSession>(path);
    m_session = path.isEmpty() ? nullptr : std::move(session);
    m_workspacePath = path;
    bump();
    Q_EMIT workspaceChanged(path);
    Q_EMIT changed();
}

void AnalysisContext::setQuery(const core::analytics::Query &query)
{
    m_query = query;
    bump();
    Q_EMIT queryChanged();
    Q_EMIT changed();
}

void AnalysisContext::notifyDataChanged()
{
    bump();
    Q_EMIT dataChanged();
    Q_EMIT changed();
}

void AnalysisContext::notifySegmentsChanged()
{
    Q_EMIT segmentsChanged();
}

void AnalysisContext::showCustomers(const QString &title, const QStringList &customerIds)
{
    Q_EMIT customersRequested(title, customerIds);
}

void AnalysisContext::bump()
{
    ++m_generation;
}

} // namespace storelens::ui
