#include "core/sample/SampleWorkspace.h"

#include "core/store/Currency.h"
#include "core/store/Workspace.h"
#include "core/store/WorkspaceWriter.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace storelens::core {

namespace {
class SampleWorkspaceText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::SampleWorkspace)
};
} // namespace

QString sampleCurrency(const QLocale &locale)
{
    const QString own = localeCurrency(locale);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C || own.isEmpty())
        return QStringLiteral("GBP");
    return own;
}

Result<SampleStats> writeSampleWorkspace(const QString &workspacePath, const SampleOptions &options,
                                         const std::function<bool(qint64, qint64)> &progress)
{
    auto workspace = Workspace::open(workspacePath, true);
    if (!workspace)
        return workspace.error();
    Connection connection(workspace->path());
    if (!connection.isOpen())
        return connection.error();
    QSqlDatabase &db = connection.db();
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT EXISTS(SELECT 1 FROM order_lines)")) && q.next() && q.value(0).toBool())
        return Error(
            ErrorCode::InvalidValue,
            SampleWorkspaceText::tr(
                "The workspace already holds order lines; the sample store goes into a new workspace."),
            workspacePath);
    if (!db.transaction())
        return Error(ErrorCode::Database, db.lastError().text(), workspacePath);

    WorkspaceWriter writer(db);
    auto stats = writer.begin().ok() ? SampleStore(options).generate(writer, progress)
                                     : Result<SampleStats>(writer.error());
    if (stats) {
        if (auto written = writer.finish(); !written)
            stats = written.error();
    }
    // Shown with its currency like any workspace whose currency is known (a currency set for the empty
    // workspace before stays).
    if (stats && workspaceCurrency(db).isEmpty()) {
        if (auto stored = setWorkspaceCurrency(db, sampleCurrency()); !stored)
            stats = stored.error();
    }
    if (stats) {
        if (auto bumped = bumpWorkspaceRevision(db); !bumped)
            stats = bumped.error();
    }
    if (!stats || !db.commit()) {
        const Error e =
            stats ? Error(ErrorCode::Database, db.lastError().text(), workspacePath) : stats.error();
        db.rollback();
        return e;
    }
    return stats;
}

} // namespace storelens::core
