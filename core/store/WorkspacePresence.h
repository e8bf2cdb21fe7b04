#pragma once

#include <QString>

namespace storelens::core {

// A StoreLens window's hold on its workspace that another process can see.
//
// SQLite locks a workspace with POSIX record locks, and a process loses all of them on a file as soon as any
// of its descriptors of that file is closed: a file dialog that reads the folder's files to tell their type
// does just that. A `storelens` command closing its connection then took the workspace for unused,
// checkpointed it and deleted its -wal and -shm under the window: every later read failed with "disk I/O
// error", and what the window wrote went to a deleted file (trial 17, after Forget This Customer). A session
// therefore also holds an open-file-description lock on a byte SQLite never locks, which no other
// descriptor's close releases; a connection that sees another's hold leaves the -wal and -shm alone when it
// closes (Connection::~Connection).
class WorkspacePresence
{
public:
    explicit WorkspacePresence(const QString &workspacePath);
    ~WorkspacePresence();
    WorkspacePresence(const WorkspacePresence &) = delete;
    WorkspacePresence &operator=(const WorkspacePresence &) = delete;

    // Whether a session of another process (or of another descriptor) holds the workspace.
    static bool heldElsewhere(const QString &workspacePath);

private:
    int m_descriptor = -1;
};

} // namespace storelens::core
