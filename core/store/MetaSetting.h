#pragma once

#include "core/model/Result.h"
#include "core/store/Workspace.h"

#include <QSqlDatabase>
#include <QString>

namespace storelens::core {

// A workspace setting kept as JSON in the meta table under Setting::metaKey() and read with
// Setting::fromJson(): the default Setting when none is saved.
template<typename Setting> Result<Setting> loadMetaSetting(QSqlDatabase &db)
{
    const QString json = metaValue(db, Setting::metaKey());
    if (json.isEmpty())
        return Setting();
    return Setting::fromJson(json);
}

// Saves `setting` (its toJson()) under Setting::metaKey().
template<typename Setting> Result<void> saveMetaSetting(QSqlDatabase &db, const Setting &setting)
{
    return setMetaValue(db, Setting::metaKey(), setting.toJson());
}

} // namespace storelens::core
