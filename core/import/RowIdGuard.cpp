#include "core/import/RowIdGuard.h"

#include "core/import/FieldCatalog.h"
#include "core/model/SourceNames.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace storelens::core {

namespace {

class RowIdGuardText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::Importer)
};

} // namespace

bool ordersNumberedByRow(const ImportProfile &profile)
{
    return profile.entity == Entity::Orders && profile.columnFor(field::OrderId).isEmpty() &&
           profile.ordersWithoutId == OrdersWithoutId::PerRow;
}

Result<void> refuseRowNumberedOrdersOverSource(QSqlDatabase &db, const QString &csvPath,
                                               const ImportProfile &profile, const QString &source)
{
    if (!ordersNumberedByRow(profile))
        return {};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM order_lines l JOIN sources s ON s.id = l.source_id"
                             " WHERE s.name = ?"));
    q.addBindValue(source);
    if (!q.exec() || !q.next())
        return Error(ErrorCode::Database, q.lastError().text(), csvPath);
    const qint64 held = q.value(0).toLongLong();
    if (held == 0)
        return {};
    return Error(ErrorCode::InvalidValue,
                 RowIdGuardText::tr("No column of %1 is mapped to the order number, so its orders are "
                                    "numbered by their line in the file, and the workspace already holds %2 "
                                    "order lines from the source \"%3\". StoreLens could not tell this "
                                    "file's orders from those: they would be counted twice or mixed up. "
                                    "Nothing was imported. Map the column that holds the order or receipt "
                                    "number (often \"ID\", \"Order #\", \"Receipt\" or \"Invoice "
                                    "number\"), or import the file as another source.")
                     .arg(QFileInfo(csvPath).fileName(), QLocale().toString(held), sourceDisplayName(source)),
                 csvPath);
}

} // namespace storelens::core
