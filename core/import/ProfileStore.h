#pragma once

#include "core/import/ImportProfile.h"
#include "core/model/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <vector>

namespace storelens::core {

struct SavedProfile
{
    qint64 id = 0;
    QString headerSignature; // ImportProfile::headerSignature() of the file it was made for
    ImportProfile profile;   // profile.name is the saved name
};

// The import profiles saved in a workspace (its import_profiles table): named column mappings that the import
// wizard offers again when a file with the same header comes along. Names are unique, compared without case.
class ProfileStore
{
public:
    static Result<std::vector<SavedProfile>> list(QSqlDatabase &db);         // by name
    static Result<SavedProfile> find(QSqlDatabase &db, const QString &name); // ErrorCode::NotFound
    // The profiles made for a file with this header (same names in the same order), by name.
    static Result<std::vector<SavedProfile>> matching(QSqlDatabase &db, const QStringList &header);
    // Saves `profile` under profile.name (trimmed) for files with `header`; replaces a profile of that name.
    static Result<qint64> save(QSqlDatabase &db, const ImportProfile &profile, const QStringList &header);
    static Result<void> rename(QSqlDatabase &db, const QString &oldName, const QString &newName);
    static Result<void> remove(QSqlDatabase &db, const QString &name);
    // The sources an import can name (METRICS.md section 1): the workspace's sources and those the saved
    // profiles remember, once each, by name. "Default", which every workspace has, only when it holds order
    // lines or a profile names it (DefaultSource.h).
    static Result<QStringList> sourceNames(QSqlDatabase &db);
};

} // namespace storelens::core
