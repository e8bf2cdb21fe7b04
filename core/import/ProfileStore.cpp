#include "core/import/ProfileStore.h"

#include "core/model/Entities.h"
#include "core/store/NamedRowTable.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace storelens::core {

namespace {

class ProfileStoreText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::ProfileStore)
};

NamedRowTable profileTable(QSqlDatabase &db)
{
    return NamedRowTable(db, QStringLiteral("import_profiles"),
                         {ProfileStoreText::tr("The saved import profiles could not be read or written: %1"),
                          ProfileStoreText::tr("There is no import profile named \"%1\"."),
                          ProfileStoreText::tr("An import profile needs a name."),
                          ProfileStoreText::tr("An import profile named \"%1\" exists already.")});
}

const QString SelectColumns =
    QStringLiteral("SELECT id, name, header_signature, profile_json FROM import_profiles");

// Reads the rows of a query over SelectColumns.
Result<std::vector<SavedProfile>> readRows(QSqlQuery &q)
{
    std::vector<SavedProfile> result;
    while (q.next()) {
        const QString name = q.value(1).toString();
        Result<ImportProfile> profile = ImportProfile::fromJson(q.value(3).toString().toUtf8(), name);
        if (!profile)
            return Error(ErrorCode::Format,
                         ProfileStoreText::tr("The import profile \"%1\" cannot be read: %2")
                             .arg(name, profile.error().message()));
        SavedProfile saved{q.value(0).toLongLong(), q.value(2).toString(), std::move(profile).value()};
        saved.profile.name = name;
        result.push_back(std::move(saved));
    }
    return result;
}

Result<std::vector<SavedProfile>> select(QSqlDatabase &db, const QString &where, const QString &value)
{
    QSqlQuery q(db);
    q.prepare(SelectColumns + where + QStringLiteral(" ORDER BY name COLLATE NOCASE"));
    if (!where.isEmpty())
        q.addBindValue(value);
    if (!q.exec())
        return profileTable(db).databaseError(q);
    return readRows(q);
}

} // namespace

Result<std::vector<SavedProfile>> ProfileStore::list(QSqlDatabase &db)
{
    return select(db, QString(), QString());
}

Result<SavedProfile> ProfileStore::find(QSqlDatabase &db, const QString &name)
{
    auto rows = select(db, QStringLiteral(" WHERE name = ? COLLATE NOCASE"), name.trimmed());
    if (!rows)
        return rows.error();
    if (rows->empty())
        return profileTable(db).notFound(name);
    return std::move(rows->front());
}

Result<std::vector<SavedProfile>> ProfileStore::matching(QSqlDatabase &db, const QStringList &header)
{
    return select(db, QStringLiteral(" WHERE header_signature = ?"), ImportProfile::headerSignature(header));
}

Result<qint64> ProfileStore::save(QSqlDatabase &db, const ImportProfile &profileIn, const QStringList &header)
{
    ImportProfile profile = profileIn;
    profile.name = profile.name.trimmed();
    if (profile.name.isEmpty())
        return profileTable(db).nameMissing();
    const Result<SavedProfile> existing = find(db, profile.name);
    if (!existing && existing.error().code() != ErrorCode::NotFound)
        return existing.error();
    QSqlQuery q(db);
    if (existing) {
        q.prepare(QStringLiteral("UPDATE import_profiles SET name = ?, entity = ?, header_signature = ?,"
                                 " profile_json = ? WHERE id = ?"));
    } else {
        q.prepare(QStringLiteral("INSERT INTO import_profiles(name, entity, header_signature, profile_json)"
                                 " VALUES(?, ?, ?, ?)"));
    }
    q.addBindValue(profile.name);
    q.addBindValue(entityKey(profile.entity));
    q.addBindValue(ImportProfile::headerSignature(header));
    q.addBindValue(QString::fromUtf8(profile.toJson()));
    if (existing)
        q.addBindValue(existing->id);
    if (!q.exec())
        return profileTable(db).databaseError(q);
    return existing ? existing->id : q.lastInsertId().toLongLong();
}

Result<void> ProfileStore::rename(QSqlDatabase &db, const QString &oldName, const QString &newName)
{
    const NamedRowTable table = profileTable(db);
    Result<SavedProfile> existing = table.renameTarget(oldName, newName, &ProfileStore::find);
    if (!existing)
        return existing.error();
    existing->profile.name = newName.trimmed();
    return table.setName(existing->id, existing->profile.name, QStringLiteral("profile_json"),
                         QString::fromUtf8(existing->profile.toJson()));
}

Result<void> ProfileStore::remove(QSqlDatabase &db, const QString &name)
{
    return profileTable(db).remove(name);
}

Result<QStringList> ProfileStore::sourceNames(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name FROM sources s WHERE name <> ?"
                             " OR EXISTS(SELECT 1 FROM order_lines WHERE source_id = s.id)"));
    q.addBindValue(defaultSourceName());
    if (!q.exec())
        return profileTable(db).databaseError(q);
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    auto profiles = list(db);
    if (!profiles)
        return profiles.error();
    for (const SavedProfile &saved : profiles.value()) {
        if (!saved.profile.source.trimmed().isEmpty())
            names << saved.profile.source.trimmed();
    }
    names.removeDuplicates();
    names.sort(Qt::CaseInsensitive);
    return names;
}

} // namespace storelens::core
