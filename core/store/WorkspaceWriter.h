#pragma once

#include "core/model/EntitySink.h"
#include "core/model/Result.h"
#include "core/store/ByteIdMap.h"
#include "core/store/OrderLineRecord.h"

#include <QSet>
#include <QSqlDatabase>
#include <QVariantList>

#include <memory>
#include <vector>

namespace storelens::core {

class SqliteStatement;

// How a write changed the workspace, per entity.
struct WriteCounts
{
    qint64 added = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 total() const { return added + updated + unchanged; }
};

// Writes entities into an open workspace connection. The caller owns the transaction (one per import, so a
// failure rolls everything back). Writes are upserts on each table's natural key, so re-importing the same or
// an overlapping export updates instead of duplicating:
//   order lines: (order id, SKU, occurrence of that SKU within the order in this import);
//   customers: id; products: SKU; inventory: (day, store, SKU); traffic: (store, day); staffing: (store,
//   month); marketing spend: (channel, from, to).
// Order lines and inventory also create missing customers, products, stores and channels; such implicit rows
// are not counted. A database failure is kept in error(); later calls do nothing.
class WorkspaceWriter : public EntitySink
{
public:
    explicit WorkspaceWriter(QSqlDatabase db);
    ~WorkspaceWriter() override;

    // Prepares statements and loads the id caches. Call inside the caller's transaction.
    Result<void> begin();

    void addOrderLine(const OrderLine &line) override;
    // The import's hot path: the same as addOrderLine(OrderLine) without a QString per field.
    void addOrderLine(const OrderLineRecord &line);
    void addCustomer(const Customer &customer) override;
    void addProduct(const Product &product) override;
    void addInventory(const InventorySnapshot &snapshot) override;
    void addTraffic(const TrafficDay &day) override;
    void addStaffing(const StaffingMonth &month) override;
    void addMarketing(const MarketingSpend &spend) override;

    bool failed() const { return m_error.code() != ErrorCode::None; }
    const Error &error() const { return m_error; }
    const WriteCounts &counts(Entity entity) const { return m_counts[int(entity)]; }

private:
    class Statements;
    class OccurrenceCounter;

    qint64 storeId(const QString &name);
    qint64 channelId(const QString &name);
    qint64 productId(QByteArrayView sku, QByteArrayView name, QByteArrayView category, bool &created);
    qint64 customerId(QByteArrayView externalId, QByteArrayView country, bool &created);
    qint64 dimensionId(ByteIdMap &cache, SqliteStatement &insert, QByteArrayView name);
    // The store or channel of an order line: consecutive lines mostly share it, so the last one is kept.
    qint64 lastDimensionId(std::pair<QByteArray, qint64> &last, ByteIdMap &cache, SqliteStatement &insert,
                           QByteArrayView name, const QByteArray &defaultName);
    bool exec(SqliteStatement &statement);
    bool fail(const QString &detail);
    bool upsert(Entity entity, SqliteStatement &select, SqliteStatement &upsert, const QVariantList &key,
                QVariantList values, bool blankKeepsKnown = false, qint64 *insertedId = nullptr);
    void count(Entity entity, bool existed, bool changed);

    QSqlDatabase m_db;
    std::unique_ptr<Statements> m_sql;
    std::unique_ptr<OccurrenceCounter> m_occurrences;
    ByteIdMap m_stores; // UTF-8 name -> id
    ByteIdMap m_channels;
    ByteIdMap m_products;                                        // SKU -> id
    ByteIdMap m_customers;                                       // external id -> id
    std::pair<QByteArray, qint64> m_lastStore{QByteArray(), -1}; // the last order line's store name and id
    std::pair<QByteArray, qint64> m_lastChannel{QByteArray(), -1};
    QByteArray m_defaultStore;   // defaultStoreName() in UTF-8
    QByteArray m_defaultChannel; // defaultChannelName() in UTF-8
    QSet<qint64> m_filledProducts;
    QSet<qint64> m_filledCustomers;
    bool m_orderLinesWereEmpty = false;
    WriteCounts m_counts[7];
    Error m_error;
};

} // namespace storelens::core
