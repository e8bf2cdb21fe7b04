#pragma once

#include "core/model/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace storelens::core {

// A workspace table of rows with an id and a unique name, compared trimmed and without case: the saved
// segments and the saved import profiles. Each store keeps its own columns and JSON; this holds what they
// share: their errors, removal by name and the checks of a rename.
class NamedRowTable
{
public:
    // The store's messages, translated in its own context. %1: the SQL error (database), the name asked for
    // (notFound) or the new name (nameTaken).
    struct Messages
    {
        QString database;
        QString notFound;
        QString nameMissing;
        QString nameTaken;
    };

    NamedRowTable(QSqlDatabase &db, QString table, Messages messages);

    Error databaseError(const QSqlQuery &query) const;
    Error notFound(const QString &name) const;
    Error nameMissing() const;

    // Deletes the row named `name`; ErrorCode::NotFound when there is none.
    Result<void> remove(const QString &name) const;

    // Sets the name of the row `id`, and `column` to `value` when a column is given (JSON that holds the
    // name).
    Result<void> setName(qint64 id, const QString &name, const QString &column = {},
                         const QString &value = {}) const;

    // The row to rename from `oldName` to `newName` (trimmed), found with `find`: an error when the new name
    // is empty, the old one unknown or the new one taken by another row. setName() then renames it.
    template<typename Row>
    Result<Row> renameTarget(const QString &oldName, const QString &newName,
                             Result<Row> (*find)(QSqlDatabase &, const QString &)) const
    {
        const QString trimmed = newName.trimmed();
        if (trimmed.isEmpty())
            return nameMissing();
        Result<Row> existing = find(m_db, oldName);
        if (!existing)
            return existing.error();
        const Result<Row> clash = find(m_db, trimmed);
        if (clash && clash->id != existing->id)
            return Error(ErrorCode::InvalidValue, m_messages.nameTaken.arg(trimmed));
        return existing;
    }

private:
    QSqlDatabase &m_db;
    QString m_table;
    Messages m_messages;
};

} // namespace storelens::core
