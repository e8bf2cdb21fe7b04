#include "core/store/NamedRowTable.h"

#include <QSqlError>

namespace storelens::core {

NamedRowTable::NamedRowTable(QSqlDatabase &db, QString table, Messages messages)
    : m_db(db)
    , m_table(std::move(table))
    , m_messages(std::move(messages))
{
}

Error NamedRowTable::databaseError(const QSqlQuery &query) const
{
    return Error(ErrorCode::Database, m_messages.database.arg(query.lastError().text()), m_db.databaseName());
}

Error NamedRowTable::notFound(const QString &name) const
{
    return Error(ErrorCode::NotFound, m_messages.notFound.arg(name));
}

Error NamedRowTable::nameMissing() const
{
    return Error(ErrorCode::InvalidValue, m_messages.nameMissing);
}

Result<void> NamedRowTable::remove(const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE name = ? COLLATE NOCASE").arg(m_table));
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return databaseError(q);
    if (q.numRowsAffected() == 0)
        return notFound(name);
    return {};
}

Result<void> NamedRowTable::setName(qint64 id, const QString &name, const QString &column,
                                    const QString &value) const
{
    QSqlQuery q(m_db);
    q.prepare(column.isEmpty()
                  ? QStringLiteral("UPDATE %1 SET name = ? WHERE id = ?").arg(m_table)
                  : QStringLiteral("UPDATE %1 SET name = ?, %2 = ? WHERE id = ?").arg(m_table, column));
    q.addBindValue(name);
    if (!column.isEmpty())
        q.addBindValue(value);
    q.addBindValue(id);
    if (!q.exec())
        return databaseError(q);
    return {};
}

} // namespace storelens::core
