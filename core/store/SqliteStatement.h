#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QVariant>

#include <sqlite3.h>

namespace storelens::core {

// A prepared statement through the SQLite C API, on the connection behind a QSqlDatabase (so it shares that
// connection's transaction). The hot paths (import, snapshot load) use it instead of QSqlQuery, which builds
// a QVariant and a placeholder name per bound value. Indexes are 0-based for binding and reading alike.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement() { sqlite3_finalize(m_stmt); }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // The sqlite3 handle of an open QSQLITE connection, or nullptr.
    static sqlite3 *handleOf(const QSqlDatabase &db)
    {
        const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
        if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
            return *static_cast<sqlite3 *const *>(v.data());
        return nullptr;
    }

    bool prepare(sqlite3 *db, const char *sql)
    {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        m_db = db;
        return db &&
               sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) == SQLITE_OK;
    }

    void bind(int index, qint64 value) { sqlite3_bind_int64(m_stmt, index + 1, value); }
    void bindNull(int index) { sqlite3_bind_null(m_stmt, index + 1); }
    // UTF-8 text; an empty view binds an empty string, not NULL.
    void bindText(int index, QByteArrayView utf8)
    {
        sqlite3_bind_text64(m_stmt, index + 1, utf8.data() ? utf8.data() : "", sqlite3_uint64(utf8.size()),
                            SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    void bindText(int index, const QString &text) { bindText(index, QByteArrayView(text.toUtf8())); }
    // The same without SQLite's copy of the bytes: they must stay as they are until the statement has run
    // and clearBindings() (or another bind of `index`) has let go of them.
    void bindStaticText(int index, QByteArrayView utf8)
    {
        sqlite3_bind_text64(m_stmt, index + 1, utf8.data() ? utf8.data() : "", sqlite3_uint64(utf8.size()),
                            SQLITE_STATIC, SQLITE_UTF8);
    }
    void clearBindings() { sqlite3_clear_bindings(m_stmt); }
    // Null, an integer (int, long long, bool) or text.
    void bind(int index, const QVariant &value)
    {
        const int type = value.typeId();
        if (value.isNull())
            bindNull(index);
        else if (type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::Bool ||
                 type == QMetaType::UInt || type == QMetaType::ULongLong)
            bind(index, value.toLongLong());
        else
            bindText(index, value.toString());
    }

    // Runs to the next row: true when a row is ready; false at the end or on an error (see ok()).
    bool next()
    {
        m_rc = sqlite3_step(m_stmt);
        return m_rc == SQLITE_ROW;
    }
    // Runs a statement that returns no rows, then resets it for the next use.
    bool exec()
    {
        next();
        const bool done = m_rc == SQLITE_DONE;
        if (!done)
            m_message = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(m_stmt);
        return done;
    }
    // Ends a query early or after its last row; the bindings stay for the next use.
    void reset() { sqlite3_reset(m_stmt); }
    // False after a step that failed (SQLITE_ROW and SQLITE_DONE are fine).
    bool ok() const { return m_rc == SQLITE_ROW || m_rc == SQLITE_DONE; }

    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    qint64 int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
    QByteArrayView bytes(int column) const
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return QByteArrayView(text, sqlite3_column_bytes(m_stmt, column));
    }
    QString text(int column) const { return QString::fromUtf8(bytes(column)); }
    // NULL as a null QVariant, integers as qint64, everything else as text.
    QVariant value(int column) const
    {
        switch (sqlite3_column_type(m_stmt, column)) {
        case SQLITE_NULL:
            return {};
        case SQLITE_INTEGER:
            return QVariant(int64(column));
        default:
            return QVariant(text(column));
        }
    }

    qint64 lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }
    // The connection's last error message (exec() keeps the one of its failure).
    QString errorMessage() const
    {
        return m_message.isEmpty() ? QString::fromUtf8(sqlite3_errmsg(m_db)) : m_message;
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_OK;
    QString m_message;
};

} // namespace storelens::core
