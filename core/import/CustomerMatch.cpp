#include "core/import/CustomerMatch.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace storelens::core {

namespace {

class CustomerMatchText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::CustomerMatch)
};

QString count(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

Result<CustomerMatch> matchCustomers(QSqlDatabase &db, const QStringList &fileIds)
{
    CustomerMatch match;
    match.fileCustomers = fileIds.size();
    if (fileIds.isEmpty())
        return match;
    // The file's ids travel as one JSON array: one statement whatever the file's size. order_lines has no
    // index on customer_id (Schema migration 5), so the customers that orders name are read in one pass and
    // kept (`IN named` then probes SQLite's own index of them), never looked up line by line per customer.
    const QByteArray ids = QJsonDocument(QJsonArray::fromStringList(fileIds)).toJson(QJsonDocument::Compact);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "WITH file(id) AS (SELECT value FROM json_each(?)),"
        " named(id) AS MATERIALIZED (SELECT DISTINCT customer_id FROM order_lines WHERE customer_id IS NOT "
        "NULL)"
        " SELECT (SELECT c.external_id FROM customers c WHERE c.id IN named ORDER BY c.id LIMIT 1),"
        "  (SELECT count(*) FROM file f JOIN customers c ON c.external_id = f.id WHERE c.id IN named),"
        "  (SELECT f.id FROM file f WHERE NOT EXISTS(SELECT 1 FROM customers c"
        "   WHERE c.external_id = f.id AND c.id IN named) LIMIT 1),"
        "  EXISTS(SELECT 1 FROM order_lines)"));
    q.addBindValue(QString::fromUtf8(ids));
    if (!q.exec() || !q.next())
        return Error(ErrorCode::Database, q.lastError().text(), db.databaseName());
    match.orderExample = q.value(0).toString();
    match.ordersNameCustomers = !q.value(0).isNull();
    match.matching = q.value(1).toLongLong();
    match.fileExample = q.value(2).toString();
    match.anyOrders = q.value(3).toBool();
    return match;
}

QString customerMatchSentence(const CustomerMatch &m)
{
    if (m.fileCustomers == 0 || (!m.ordersNameCustomers && !m.anyOrders))
        return {};
    // Trial 12b: PrestaShop's orders name customers only as "A. Fabre" (guest sales), so its customers export
    // links to nothing, and the import said only "521 new".
    if (!m.ordersNameCustomers)
        return CustomerMatchText::
            tr("No imported order names a customer (they are guest sales), so none of the %1 customers in "
               "this file links to an order, and customer figures and segments leave them out. They link "
               "when an order export names each order's customer by this file's id or e-mail address.")
                .arg(count(m.fileCustomers));
    if (m.matching == 0)
        return CustomerMatchText::tr(
                   "0 of %1 customers in this file match a customer of the imported orders: the order export "
                   "names customers differently (such as \"%2\"; this file: \"%3\"), so no order reaches "
                   "this file's names, e-mail addresses and consent. They link only when the order export "
                   "names customers by the same id or e-mail address as this file.")
            .arg(count(m.fileCustomers), m.orderExample, m.fileExample);
    if (m.matching < m.fileCustomers)
        return CustomerMatchText::tr(
                   "%1 of %2 customers in this file match a customer of the imported orders; "
                   "no imported order names the other %3 (such as \"%4\").")
            .arg(count(m.matching), count(m.fileCustomers), count(m.fileCustomers - m.matching),
                 m.fileExample);
    return CustomerMatchText::tr("All %1 customers in this file match a customer of the imported orders.")
        .arg(count(m.fileCustomers));
}

} // namespace storelens::core
