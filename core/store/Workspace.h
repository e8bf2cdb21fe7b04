#pragma once

#include "core/model/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace storelens::core {

// A store business's data: one SQLite file (extension .storelens) in WAL mode with foreign keys on.
// A Workspace is only its path, cheap to copy; work on it goes through a Connection per thread.
class Workspace
{
public:
    static QString fileSuffix() { return QStringLiteral("storelens"); }

    // Opens (and when asked creates) the file and migrates its schema to the current version. An existing
    // file is first checked without writing to it: an empty file, a file that is not SQLite or another
    // program's SQLite database is refused with "not a StoreLens workspace" and left byte-identical. A
    // workspace of the current schema is only read here.
    static Result<Workspace> open(const QString &path, bool createIfMissing = true);

    const QString &path() const { return m_path; }
    QString displayName() const; // the file name without its suffix

private:
    explicit Workspace(QString path)
        : m_path(std::move(path))
    {
    }
    QString m_path;
};

// A connection owned by the thread that creates it (QSqlDatabase cannot move between threads in Qt 6.4):
// each worker opens its own, under a unique name, and it is removed when this object goes.
class Connection
{
public:
    enum class Access { ReadWrite, ReadOnly };
    // ReadOnly sets no journal mode and turns on PRAGMA query_only: nothing can be written through it.
    explicit Connection(const QString &workspacePath, Access access = Access::ReadWrite);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool isOpen() const { return m_error.code() == ErrorCode::None; }
    const Error &error() const { return m_error; }
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
    Error m_error;
};

// Key/value settings stored in the workspace (the meta table).
QString metaValue(QSqlDatabase &db, const QString &key, const QString &fallback = {});
Result<void> setMetaValue(QSqlDatabase &db, const QString &key, const QString &value);

// The revision grows with every change of data; caches (the analytics snapshot) key on it.
qint64 workspaceRevision(QSqlDatabase &db);
Result<void> bumpWorkspaceRevision(QSqlDatabase &db);

} // namespace storelens::core
