#pragma once

#include "core/model/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace storelens::core {

// What a persisted analytics snapshot (core/analytics/snapshot/SnapshotFile.h) is checked against before it
// is used: the workspace's identity (random, made once), its revision and the revision's key (random, made
// anew with every revision). A workspace copied over another, restored from a backup or made anew at the same
// path differs in one of them, so a snapshot file left from other data is never taken for this data.
struct WorkspaceKey
{
    QString identity;
    qint64 revision = -1;
    QString revisionKey;

    bool isComplete() const { return !identity.isEmpty() && revision >= 0 && !revisionKey.isEmpty(); }
    friend bool operator==(const WorkspaceKey &a, const WorkspaceKey &b)
    {
        return a.identity == b.identity && a.revision == b.revision && a.revisionKey == b.revisionKey;
    }
};

WorkspaceKey readWorkspaceKey(QSqlDatabase &db);
// Gives a workspace made before these keys existed its identity and revision key, without a new revision.
// Call inside a write transaction.
Result<void> completeWorkspaceKey(QSqlDatabase &db);
// Gives a new revision its key (bumpWorkspaceRevision() calls it), and the workspace its identity if it has
// none.
Result<void> renewWorkspaceKey(QSqlDatabase &db);

// The persisted snapshot of a workspace lives beside it: "shop.storelens" → "shop.storelens-snapshot".
QString snapshotFilePath(const QString &workspacePath);
// Deletes it (it holds customers' names and emails): after every write of new data, and when a customer is
// forgotten. Quiet when there is none.
void removeSnapshotFile(const QString &workspacePath);

} // namespace storelens::core
