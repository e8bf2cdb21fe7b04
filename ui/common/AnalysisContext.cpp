#include "ui/common/AnalysisContext.h"

namespace storelens::ui {

AnalysisContext::AnalysisContext(QObject *parent)
    : QObject(parent)
{
}

void AnalysisContext::setWorkspace(const QString &path)
{
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
