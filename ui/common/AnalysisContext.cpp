#include "ui/common/AnalysisContext.h"

#include "core/session/WorkspaceSession.h"
#include "ui/common/Formatting.h"

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
    loadCurrency();
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
    if (m_session)
        m_session->reloadSettings(); // an import may have stored the currency it guessed
    loadCurrency();
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

void AnalysisContext::setCurrency(const QString &code)
{
    if (!m_session || code == m_currency)
        return;
    m_session->saveCurrency(code).then(this, [this](const core::Result<void> &saved) {
        if (!saved)
            Q_EMIT settingsWriteFailed(saved.error().message());
    });
    m_currency = code;
    setDisplayCurrency(code);
    bump();
    Q_EMIT currencyChanged(code);
    Q_EMIT changed();
}

// A small read of the workspace's settings (the session caches them for every view).
void AnalysisContext::loadCurrency()
{
    QString code;
    if (m_session) {
        if (const auto settings = m_session->settings())
            code = settings.value()->currency;
    }
    const bool differs = code != m_currency;
    m_currency = code;
    setDisplayCurrency(code);
    if (differs)
        Q_EMIT currencyChanged(code);
}

void AnalysisContext::bump()
{
    ++m_generation;
}

} // namespace storelens::ui
