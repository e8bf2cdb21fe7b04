#include "core/store/Workspace.h"

#include "core/store/Schema.h"
#include "core/store/SqliteStatement.h"
#include "core/store/WorkspaceKey.h"
#include "core/store/WorkspacePresence.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace storelens::core {

namespace {

class WorkspaceText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::Workspace)
};

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("storelens-%1").arg(counter.fetchAndAddRelaxed(1));
}

Error notAWorkspace(const QString &path, const QString &why)
{
    return Error(
        ErrorCode::Format,
        WorkspaceText::tr("The file is not a StoreLens workspace (%1); it was left as it is.").arg(why),
        path);
}

// Why a file SQLite could not read is not a workspace: it cannot be opened, it is not SQLite, or
// `sqliteError`.
Error unreadableFile(const QString &path, const Error &sqliteError)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io,
                     WorkspaceText::tr("The workspace cannot be opened: %1").arg(file.errorString()), path);
    if (file.read(16) != QByteArray("SQLite format 3\0", 16))
        return notAWorkspace(path, WorkspaceText::tr("it is not an SQLite database"));
    return sqliteError;
}

// The schema version of an existing file, read without writing to it; an error for anything that is not a
// StoreLens workspace. A workspace is read through SQLite only: opening and closing it any other way drops
// the POSIX locks SQLite holds on it for this process's other connections (the window's write queue), and a
// command line process closing its connection would then take the workspace for unused, checkpoint it and
// delete its -wal and -shm under the window ("disk I/O error").
Result<int> existingSchemaVersion(const QString &path)
{
    if (QFileInfo(path).size() == 0)
        return notAWorkspace(path, WorkspaceText::tr("the file is empty"));
    Connection connection(path, Connection::Access::ReadOnly);
    if (!connection.isOpen())
        return unreadableFile(path, connection.error());
    QSqlQuery q(connection.db());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return unreadableFile(path, notAWorkspace(path, q.lastError().text()));
    const int version = q.value(0).toInt();
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                               "('meta', 'order_lines', 'customers', 'products')")) ||
        !q.next())
        return notAWorkspace(path, q.lastError().text());
    if (version < 1 || q.value(0).toInt() != 4)
        return notAWorkspace(path, WorkspaceText::tr("another program's database"));
    return version;
}

} // namespace

Result<Workspace> Workspace::open(const QString &path, bool createIfMissing)
{
    const QFileInfo info(path);
    if (!info.exists() && !createIfMissing)
        return Error(ErrorCode::NotFound, WorkspaceText::tr("The workspace does not exist."), path);
    if (info.exists() && !info.isFile())
        return Error(ErrorCode::Io, WorkspaceText::tr("The path is not a file."), path);
    // SQLite's own words for a missing folder are "unable to open database file".
    if (!info.exists() && !info.absoluteDir().exists())
        return Error(
            ErrorCode::NotFound,
            WorkspaceText::tr("The folder %1 does not exist; create it first or choose another place.")
                .arg(QDir::toNativeSeparators(info.absolutePath())),
            path);
    if (info.exists()) {
        const Result<int> version = existingSchemaVersion(path);
        if (!version)
            return version.error();
        if (version.value() == Schema::currentVersion())
            return Workspace(info.absoluteFilePath());
    }

    Connection connection(path);
    if (!connection.isOpen())
        return connection.error();
    auto migrated = Schema::migrate(connection.db());
    if (!migrated)
        return migrated.error();
    return Workspace(info.absoluteFilePath());
}

QString Workspace::displayName() const
{
    return QFileInfo(m_path).completeBaseName();
}

Connection::Connection(const QString &workspacePath, Access access)
    : m_name(uniqueConnectionName())
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(workspacePath);
    if (!m_db.open()) {
        m_error =
            Error(ErrorCode::Database,
                  WorkspaceText::tr("The workspace could not be opened: %1").arg(m_db.lastError().text()),
                  workspacePath);
        return;
    }
    QSqlQuery q(m_db);
    // A file that is not SQLite fails at the first statement, not at open().
    const char *const pragmas[] = {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON",
                                   "PRAGMA synchronous=NORMAL", "PRAGMA busy_timeout=5000",
                                   "PRAGMA temp_store=MEMORY"};
    for (const char *p : pragmas) {
        // Read-only: no journal mode switch, and SQLite refuses every write on this connection. The file is
        // opened read-write all the same, so that the last connection to close removes the -wal and -shm
        // files as always (a read-only open leaves them behind).
        if (access == Access::ReadOnly && qstrcmp(p, "PRAGMA journal_mode=WAL") == 0)
            p = "PRAGMA query_only=ON";
        if (!q.exec(QLatin1String(p))) {
            m_error = Error(
                ErrorCode::Database,
                WorkspaceText::tr("The file is not a StoreLens workspace: %1").arg(q.lastError().text()),
                workspacePath);
            return;
        }
    }
}

Connection::~Connection()
{
    if (m_db.isOpen()) {
        // Another process's session holds the workspace, whose SQLite locks may be gone
        // (WorkspacePresence.h): this connection must not take itself for the last one, checkpoint and delete
        // the -wal and -shm.
        sqlite3 *handle = SqliteStatement::handleOf(m_db);
        if (handle && WorkspacePresence::heldElsewhere(m_db.databaseName()))
            sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QString metaValue(QSqlDatabase &db, const QString &key, const QString &fallback)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

Result<void> setMetaValue(QSqlDatabase &db, const QString &key, const QString &value)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return Error(ErrorCode::Database,
                     WorkspaceText::tr("A setting could not be saved: %1").arg(q.lastError().text()),
                     db.databaseName());
    return {};
}

qint64 workspaceRevision(QSqlDatabase &db)
{
    return metaValue(db, QStringLiteral("revision"), QStringLiteral("0")).toLongLong();
}

Result<void> bumpWorkspaceRevision(QSqlDatabase &db)
{
    // The persisted snapshot stands for the old data from now on (and may hold a forgotten customer).
    removeSnapshotFile(db.databaseName());
    if (Result<void> bumped =
            setMetaValue(db, QStringLiteral("revision"), QString::number(workspaceRevision(db) + 1));
        !bumped)
        return bumped;
    return renewWorkspaceKey(db);
}

} // namespace storelens::core
