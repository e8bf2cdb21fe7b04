#include "core/store/WorkspaceKey.h"

#include "core/store/Workspace.h"

#include <QFile>
#include <QRandomGenerator>

namespace storelens::core {

namespace {

const QString &identityKey()
{
    static const QString key = QStringLiteral("identity");
    return key;
}

const QString &revisionKeyKey()
{
    static const QString key = QStringLiteral("revision_key");
    return key;
}

QString randomHex()
{
    QRandomGenerator *random = QRandomGenerator::system();
    return QStringLiteral("%1%2")
        .arg(random->generate64(), 16, 16, QLatin1Char('0'))
        .arg(random->generate64(), 16, 16, QLatin1Char('0'));
}

} // namespace

WorkspaceKey readWorkspaceKey(QSqlDatabase &db)
{
    WorkspaceKey key;
    key.identity = metaValue(db, identityKey());
    key.revision = workspaceRevision(db);
    key.revisionKey = metaValue(db, revisionKeyKey());
    return key;
}

Result<void> completeWorkspaceKey(QSqlDatabase &db)
{
    if (metaValue(db, identityKey()).isEmpty()) {
        if (Result<void> set = setMetaValue(db, identityKey(), randomHex()); !set)
            return set;
    }
    if (metaValue(db, revisionKeyKey()).isEmpty())
        return setMetaValue(db, revisionKeyKey(), randomHex());
    return {};
}

Result<void> renewWorkspaceKey(QSqlDatabase &db)
{
    if (Result<void> keyed = setMetaValue(db, revisionKeyKey(), randomHex()); !keyed)
        return keyed;
    return completeWorkspaceKey(db);
}

QString snapshotFilePath(const QString &workspacePath)
{
    return workspacePath + QStringLiteral("-snapshot");
}

void removeSnapshotFile(const QString &workspacePath)
{
    QFile::remove(snapshotFilePath(workspacePath));
}

} // namespace storelens::core
