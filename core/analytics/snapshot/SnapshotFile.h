#pragma once

#include "core/analytics/snapshot/Snapshot.h"
#include "core/store/WorkspaceKey.h"

#include <QString>

namespace storelens::core::analytics {

// The persisted snapshot (issue 20): a workspace's Snapshot saved beside it (snapshotFilePath()) as whole
// columns, so that the next start reads it column by column instead of parsing every line and customer from
// SQLite. Layout: a header (magic, format version, the WorkspaceKey it was made from, the payload's length
// and 64-bit checksum), then each column as its length in bytes and its raw bytes, in a fixed order.
// Written to a temporary file and renamed; read only when magic, version, key, lengths and checksum all
// agree, else not at all.
namespace snapshotfile {

// The snapshot persisted for `workspacePath`, or null when there is none or it is not exactly `key`'s
// (another workspace, an older revision, a damaged or truncated file).
SnapshotPtr read(const QString &workspacePath, const WorkspaceKey &key);
// Saves `snapshot`, made from the data `key` stands for; false when it cannot (a read-only folder: no error,
// the next start loads from SQLite). After the rename the workspace's key is read again, and a file that no
// longer matches it (a write landed meanwhile) is deleted.
bool write(const QString &workspacePath, const Snapshot &snapshot, const WorkspaceKey &key);
// Whether SnapshotCache writes the file after a load from SQLite, for the whole process: off by default, so
// that the command line's read-only commands (info, kpi...) write nothing beside the workspace; the window
// turns it on. Reading a file is always allowed.
void setWritingAllowed(bool allowed);
bool writingAllowed();
// The checksum the file keeps, over any bytes (exposed for the tests).
uint64_t checksum(const void *data, size_t bytes, uint64_t seed = 0);

} // namespace snapshotfile

} // namespace storelens::core::analytics
