#include "core/import/DefaultStore.h"

#include "core/import/DefaultSource.h"
#include "core/model/Entities.h"

#include <QSqlError>
#include <QSqlQuery>

namespace storelens::core {

Result<void> keepStoreOfEarlierLines(QSqlDatabase &db, ImportProfile &profile)
{
    if (profile.entity != Entity::Orders || profile.defaultStore != onlineShopStoreName())
        return {};
    const Result<QString> source = importSource(db, profile);
    if (!source)
        return source.error();
    // Each EXISTS walks the source's lines (the line key index starts with the source) until one is found;
    // without a store called "Online shop" the second asks nothing.
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT EXISTS(SELECT 1 FROM order_lines l WHERE l.source_id = s.id"
                       "  AND l.store_id = (SELECT id FROM stores WHERE name = ?))"
                       " AND NOT EXISTS(SELECT 1 FROM stores st JOIN order_lines l ON l.store_id = st.id"
                       "  WHERE st.name = ? AND l.source_id = s.id)"
                       " FROM sources s WHERE s.name = ?"));
    q.addBindValue(defaultStoreName());
    q.addBindValue(onlineShopStoreName());
    q.addBindValue(source.value());
    if (!q.exec())
        return Error(ErrorCode::Database, q.lastError().text(), db.databaseName());
    if (q.next() && q.value(0).toBool())
        profile.defaultStore.clear();
    return {};
}

} // namespace storelens::core
