#include "core/import/DefaultSource.h"

#include "core/import/MappingSuggester.h"
#include "core/import/ProfileHeader.h"
#include "core/model/Entities.h"
#include "core/model/SourceNames.h"

#include <QSqlError>
#include <QSqlQuery>

namespace storelens::core {

QString defaultSourceFor(const ImportProfile &profile, bool defaultSourceHoldsLines)
{
    if (defaultSourceHoldsLines)
        return defaultSourceName();
    const QStringList header = profileHeader(profile);
    return profile.defaultChannel == webShopChannelName() || isWebShopExport(header) ? webShopSourceName()
                                                                                     : tillSourceName();
}

Result<QString> importSource(QSqlDatabase &db, const ImportProfile &profile)
{
    // The workspace's sources, and whether "Default" holds order lines.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name, EXISTS(SELECT 1 FROM order_lines WHERE source_id = s.id)"
                               " FROM sources s")))
        return Error(ErrorCode::Database, q.lastError().text(), db.databaseName());
    QStringList names;
    bool defaultHoldsLines = false;
    while (q.next()) {
        names << q.value(0).toString();
        defaultHoldsLines = defaultHoldsLines || (names.last() == defaultSourceName() && q.value(1).toBool());
    }
    const QString named = profile.source.trimmed();
    return named.isEmpty() ? defaultSourceFor(profile, defaultHoldsLines) : canonicalSourceName(named, names);
}

} // namespace storelens::core
