#pragma once

#include "core/model/Money.h"
#include "core/model/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace storelens::core {

struct ImportProfile;
struct ImportReport;

// The orders of one source as a file of their later refunds needs them
// (ImportProfile::refundsOfEarlierOrders: eBay's transaction report beside its orders report): per order id,
// the customer, store, channel and country of its first sale line and its sales (Σ line amount of its sale
// lines with a price). Read once inside the import's transaction before it writes, then shared read-only with
// the import's worker thread.
class EarlierOrders
{
public:
    struct Order
    {
        QByteArray customer; // the customer's key (empty: a guest order)
        QByteArray store;
        QByteArray channel;
        QByteArray country;
        Money sales;
    };

    static Result<EarlierOrders> read(QSqlDatabase &db, const QString &source);

    // The order, or nullptr when the source holds no sale line of it.
    const Order *find(QByteArrayView orderId) const;
    const QString &source() const { return m_source; }

private:
    QString m_source;
    QHash<QByteArray, Order> m_orders;
};

// Of the workspace's sources, the one that holds most of `orderIds` as orders (the source eBay's orders were
// imported into, for its transaction report); empty when none holds any.
Result<QString> sourceHoldingOrders(QSqlDatabase &db, const QStringList &orderIds);

// For a file of refunds of earlier orders, the order ids of the refund rows among `rows` (a preview's), as
// the profile maps them; empty for any other profile.
QStringList refundOrderIds(const ImportProfile &profile, const QStringList &header,
                           const QList<QStringList> &rows);

// What a file of refunds of earlier orders was, in words, with its money written by `money`: "eBay
// transaction report: 3 refunds of earlier orders, −144.55 in all: 132.75 counted as returns, …"
// (translated); empty for any other import.
QString earlierRefundsHeadline(const ImportReport &report, const ImportProfile &profile,
                               const std::function<QString(Money)> &money);

} // namespace storelens::core
