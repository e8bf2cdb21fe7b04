#include "core/store/CustomerRecords.h"

#include "core/model/Money.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTime>

namespace storelens::core {

namespace {

class CustomerRecordsText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::CustomerRecords)
};

Error queryError(const QSqlDatabase &db, const QSqlQuery &q)
{
    return Error(ErrorCode::Database,
                 CustomerRecordsText::tr("The customer's data could not be read or changed: %1")
                     .arg(q.lastError().text()),
                 db.databaseName());
}

Error unknownCustomer(const QSqlDatabase &db, const QString &customerId)
{
    return Error(ErrorCode::NotFound,
                 CustomerRecordsText::tr("The workspace has no customer with the id \"%1\".").arg(customerId),
                 db.databaseName());
}

QVariant dayValue(const QVariant &julianDay)
{
    return julianDay.isNull() ? QVariant()
                              : QVariant(QDate::fromJulianDay(julianDay.toLongLong()).toString(Qt::ISODate));
}

QVariant moneyValue(const QVariant &units)
{
    return units.isNull() ? QVariant() : QVariant(Money::fromUnits(units.toLongLong()).toString(4));
}

// The customers row of a stored id, `columns` of it, positioned on the row; ErrorCode::NotFound without one.
Result<void> selectCustomer(QSqlDatabase &db, QSqlQuery &q, const QString &columns, const QString &customerId)
{
    q.prepare(QStringLiteral("SELECT %1 FROM customers WHERE external_id = ?").arg(columns));
    q.addBindValue(customerId);
    if (!q.exec())
        return queryError(db, q);
    if (!q.next())
        return unknownCustomer(db, customerId);
    return {};
}

} // namespace

Result<CustomerRecord> readCustomerRecord(QSqlDatabase &db, const QString &customerId)
{
    QSqlQuery q(db);
    if (const Result<void> found = selectCustomer(db, q, QStringLiteral("*"), customerId); !found)
        return found.error();
    CustomerRecord record;
    record.customerId = customerId;
    const QSqlRecord row = q.record();
    qint64 rowId = 0;
    for (int i = 0; i < row.count(); ++i) {
        const QString name = row.fieldName(i);
        if (name == QLatin1String("id")) {
            rowId = q.value(i).toLongLong();
            continue;
        }
        QVariant value = q.value(i);
        if (name == QLatin1String("birth_date"))
            value = dayValue(value);
        else if (name.startsWith(QLatin1String("consent_")) && !value.isNull())
            value = QVariant(value.toLongLong() != 0);
        record.fieldNames.append(name);
        record.fieldValues.append(value);
    }

    record.lineColumns = {
        QStringLiteral("source"),     QStringLiteral("order_id"), QStringLiteral("line_id"),
        QStringLiteral("date"),       QStringLiteral("time"),     QStringLiteral("sku"),
        QStringLiteral("product"),    QStringLiteral("category"), QStringLiteral("quantity"),
        QStringLiteral("unit_price"), QStringLiteral("discount"), QStringLiteral("line_amount"),
        QStringLiteral("store"),      QStringLiteral("channel"),  QStringLiteral("country")};
    QSqlQuery lines(db);
    lines.prepare(QStringLiteral(
        "SELECT s.name, l.order_id, l.line_id, l.day, l.seconds, p.sku, p.name, p.category, l.quantity,"
        " l.unit_price, l.discount, l.gross, st.name, ch.name, l.country FROM order_lines l"
        " JOIN products p ON p.id = l.product_id JOIN stores st ON st.id = l.store_id"
        " JOIN channels ch ON ch.id = l.channel_id LEFT JOIN sources s ON s.id = l.source_id"
        " WHERE l.customer_id = ? ORDER BY l.day, l.seconds, l.order_id, l.id"));
    lines.addBindValue(rowId);
    if (!lines.exec())
        return queryError(db, lines);
    while (lines.next()) {
        const QVariant seconds = lines.value(4);
        const QVariant gross = lines.value(11);
        record.lines.push_back(
            {lines.value(0), lines.value(1), lines.value(2), dayValue(lines.value(3)),
             seconds.isNull() ? QVariant()
                              : QVariant(QTime(0, 0).addSecs(seconds.toInt()).toString(Qt::ISODate)),
             lines.value(5), lines.value(6), lines.value(7),
             QVariant(Quantity::fromMilli(lines.value(8).toLongLong()).toString()),
             gross.isNull() ? QVariant() : moneyValue(lines.value(9)), moneyValue(lines.value(10)),
             // line amount: the gross amount less the discount (METRICS.md section 1); unknown without prices
             gross.isNull()
                 ? QVariant()
                 : QVariant(Money::fromUnits(gross.toLongLong() - lines.value(10).toLongLong()).toString(4)),
             lines.value(12), lines.value(13), lines.value(14)});
    }
    return record;
}

QByteArray forgottenCustomerKey(QByteArrayView customerId)
{
    return QByteArray(ForgottenCustomerPrefix) +
           QCryptographicHash::hash(customerId, QCryptographicHash::Sha256).toHex();
}

Result<qint64> forgetCustomerRows(QSqlDatabase &db, const QString &customerId)
{
    QSqlQuery q(db);
    if (const Result<void> found = selectCustomer(db, q, QStringLiteral("id"), customerId); !found)
        return found.error();
    const qint64 rowId = q.value(0).toLongLong();
    // Deleted cells are overwritten with zeros instead of staying in free space.
    if (!q.exec(QStringLiteral("PRAGMA secure_delete = ON")))
        return queryError(db, q);
    q.prepare(QStringLiteral("UPDATE order_lines SET customer_id = NULL WHERE customer_id = ?"));
    q.addBindValue(rowId);
    if (!q.exec())
        return queryError(db, q);
    const qint64 guestLines = q.numRowsAffected();
    q.prepare(QStringLiteral("DELETE FROM customers WHERE id = ?"));
    q.addBindValue(rowId);
    if (!q.exec())
        return queryError(db, q);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO meta(key, value) VALUES(?, '')"));
    q.addBindValue(QString::fromLatin1(forgottenCustomerKey(customerId.toUtf8())));
    if (!q.exec())
        return queryError(db, q);
    if (const Result<void> bumped = bumpWorkspaceRevision(db); !bumped)
        return bumped.error();
    return guestLines;
}

Result<void> compactWorkspace(const QString &workspacePath)
{
    Connection connection(workspacePath);
    if (!connection.isOpen())
        return connection.error();
    QSqlQuery q(connection.db());
    for (const QString &statement :
         {QStringLiteral("VACUUM"), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")}) {
        if (!q.exec(statement))
            return queryError(connection.db(), q);
    }
    return {};
}

} // namespace storelens::core
