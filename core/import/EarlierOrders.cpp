#include "core/import/EarlierOrders.h"

#include "core/import/ExportStylesEbay.h"
#include "core/import/FieldCatalog.h"
#include "core/import/ImportProfile.h"
#include "core/import/Importer.h"
#include "core/import/ProfileHeader.h"
#include "core/model/SourceNames.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace storelens::core {

namespace {

class EarlierOrdersText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::EarlierOrders)
};

QByteArray utf8(const QVariant &value)
{
    return value.isNull() ? QByteArray() : value.toString().toUtf8();
}

} // namespace

// The sale lines in the order they were written: an order's first one names its customer, store, channel and
// country as the refund's return line takes them.
Result<EarlierOrders> EarlierOrders::read(QSqlDatabase &db, const QString &source)
{
    EarlierOrders orders;
    orders.m_source = source;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT l.order_id, c.external_id, s.name, ch.name, l.country, l.gross, l.discount"
        " FROM order_lines l LEFT JOIN customers c ON c.id = l.customer_id"
        " JOIN stores s ON s.id = l.store_id JOIN channels ch ON ch.id = l.channel_id"
        " WHERE l.source_id = (SELECT id FROM sources WHERE name = ?) AND l.quantity > 0 ORDER BY l.id"));
    q.addBindValue(source);
    if (!q.exec())
        return Error(ErrorCode::Database, q.lastError().text(), db.databaseName());
    while (q.next()) {
        const QByteArray id = utf8(q.value(0));
        auto it = orders.m_orders.find(id);
        if (it == orders.m_orders.end())
            it = orders.m_orders.insert(
                id, Order{utf8(q.value(1)), utf8(q.value(2)), utf8(q.value(3)), utf8(q.value(4)), Money()});
        if (!q.value(5).isNull())
            it->sales +=
                Money::fromUnits(q.value(5).toLongLong()) - Money::fromUnits(q.value(6).toLongLong());
    }
    return orders;
}

const EarlierOrders::Order *EarlierOrders::find(QByteArrayView orderId) const
{
    const auto it = m_orders.constFind(orderId.toByteArray());
    return it == m_orders.cend() ? nullptr : &*it;
}

Result<QString> sourceHoldingOrders(QSqlDatabase &db, const QStringList &orderIds)
{
    if (orderIds.isEmpty())
        return QString();
    QStringList marks;
    for (qsizetype i = 0; i < orderIds.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT s.name FROM order_lines l JOIN sources s ON s.id = l.source_id"
                       " WHERE l.order_id IN (%1) GROUP BY s.id ORDER BY COUNT(DISTINCT l.order_id) DESC,"
                       " s.id LIMIT 1")
            .arg(marks.join(QLatin1Char(','))));
    for (const QString &id : orderIds)
        q.addBindValue(id);
    if (!q.exec())
        return Error(ErrorCode::Database, q.lastError().text(), db.databaseName());
    return q.next() ? q.value(0).toString() : QString();
}

QStringList refundOrderIds(const ImportProfile &profile, const QStringList &header,
                           const QList<QStringList> &rows)
{
    QStringList ids;
    const int order = int(header.indexOf(profile.columnFor(field::OrderId)));
    if (!profile.refundsOfEarlierOrders || order < 0)
        return ids;
    const int type = ebayTransactionTypeColumn(header);
    for (const QStringList &row : rows) {
        const QString id = row.value(order).trimmed();
        if (!id.isEmpty() && (type < 0 || isEbayRefundType(row.value(type).toUtf8())) && !ids.contains(id))
            ids << id;
    }
    return ids;
}

QString earlierRefundsHeadline(const ImportReport &report, const ImportProfile &profile,
                               const std::function<QString(Money)> &money)
{
    if (report.entity != Entity::Orders || !profile.refundsOfEarlierOrders)
        return {};
    const QStringList header = profileHeader(profile);
    const int refunds = int(std::min<qint64>(report.refundOrders, INT_MAX));
    const Money total = report.refunds + report.refundsLeftOut;
    const QString refundCount = refunds == 1
                                    ? EarlierOrdersText::tr("1 refund of an earlier order")
                                    : EarlierOrdersText::tr("%n refunds of earlier orders", nullptr, refunds);
    const QString text =
        (isEbayTransactionReport(header)
             ? EarlierOrdersText::tr("eBay transaction report: %1 of the source \"%2\", %3 in all.")
             : EarlierOrdersText::tr("A file of refunds: %1 of the source \"%2\", %3 in all."))
            .arg(refundCount, sourceDisplayName(report.source), money(-total));
    if (refunds == 0)
        return text;
    if (report.refundsLeftOut.isZero())
        return text + QLatin1Char(' ') +
               (refunds == 1
                    ? EarlierOrdersText::tr("It is counted as a return on its order, on the refund's day.")
                    : EarlierOrdersText::tr("They are counted as returns, each on its order and its refund's "
                                            "day."));
    return text + QLatin1Char(' ') +
           EarlierOrdersText::tr(
               "%1 is counted as returns, each on its order and its refund's day; %2 "
               "refunded beyond the orders' sales (shipping or tax, which are not sales) is "
               "left out.")
               .arg(money(report.refunds), money(report.refundsLeftOut));
}

} // namespace storelens::core
