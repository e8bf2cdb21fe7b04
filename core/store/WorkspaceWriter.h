#pragma once

#include "core/model/EntitySink.h"
#include "core/model/Result.h"
#include "core/store/OrderLineKeys.h"
#include "core/store/OrderLineRecord.h"

#include <QHash>
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
    qint64 removed = 0; // order lines only: lines a re-export no longer holds (replace)
    qint64 total() const { return added + updated + unchanged; }
};

// The money of the order lines an import adds, changes, leaves and removes: Σ line amount of each group
// (changed lines before and after the change).
struct LineAmounts
{
    Money added;
    Money changedBefore;
    Money changedAfter;
    Money unchanged;
    Money removed;
    // Orders already in the workspace whose sale this import left as it was but now marks refunded or
    // cancelled (a re-export after a refund): the new return lines' count of orders and Σ |line amount|.
    qint64 laterRefundOrders = 0;
    Money laterRefunds;
};

// The order lines of one source on a range of days that an import did not match.
struct UnmatchedLines
{
    qint64 count = 0;
    Money amount; // Σ line amount
    // The source's orders stored on those days before the import, the days they are on, and how many of those
    // orders the import's lines name (a line matched, or a new line of the same order id): a re-export of
    // the source names nearly all of them, another till's or shop's file none (core/import/OtherSource.h).
    qint64 storedOrders = 0;
    qint64 storedDays = 0;
    qint64 sharedOrders = 0;
};

// Writes entities into an open workspace connection. The caller owns the transaction (one per import, so a
// failure rolls everything back). Writes are upserts on each table's natural key, so re-importing the same or
// an overlapping export updates instead of duplicating:
//   order lines (METRICS.md section 1, "Sources and identity"): (source, the export's line id, sale or
//   return) when the line has one, else (source, order id, day, sale or return, SKU, occurrence of that SKU
//   among the order's sale or return lines of that day in this import);
//   customers: id; products: SKU; inventory: (day, store, SKU); traffic: (store, day); staffing: (store,
//   month); marketing spend: (channel, from, to).
// Order lines and inventory also create missing customers, products, stores and channels; such implicit rows
// are not counted. A database failure is kept in error(); later calls do nothing.
class WorkspaceWriter : public EntitySink
{
public:
    explicit WorkspaceWriter(QSqlDatabase db);
    ~WorkspaceWriter() override;

    // The source every order line written belongs to (created when new); empty: defaultSourceName().
    // Call before begin().
    void setSource(const QString &name) { m_sourceName = name; }
    // Prepares statements and loads the id caches. Call inside the caller's transaction.
    Result<void> begin();

    void addOrderLine(const OrderLine &line) override;
    // The import's hot path: the same as addOrderLine(OrderLine) without a QString per field.
    void addOrderLine(const OrderLineRecord &line);
    // The same with the line's keys resolved by keys().resolve(line), which may run on another thread, in
    // the order the lines are written. No other add*() call may run while another thread uses keys().
    void addOrderLine(const OrderLineRecord &line, const LineKeys &keys);
    OrderLineKeys &keys() { return *m_keys; }
    void addCustomer(const Customer &customer) override;
    void addProduct(const Product &product) override;
    void addInventory(const InventorySnapshot &snapshot) override;
    void addTraffic(const TrafficDay &day) override;
    void addStaffing(const StaffingMonth &month) override;
    void addMarketing(const MarketingSpend &spend) override;

    // Writes the order lines still waiting for a wide INSERT (a first import into an empty table batches
    // them). Call before reading order lines or committing.
    Result<void> finish();

    bool failed() const { return m_error.code() != ErrorCode::None; }
    const Error &error() const { return m_error; }
    const WriteCounts &counts(Entity entity) const { return m_counts[int(entity)]; }
    const LineAmounts &lineAmounts() const { return m_amounts; }

    // The order lines of this writer's source on days [from, to] that were in the workspace before and that
    // no line written since begin() matched: the lines a re-export no longer holds. With `remove` they are
    // deleted and counted as removed.
    Result<UnmatchedLines> unmatchedLines(const QDate &from, const QDate &to, bool remove);
    // The highest order-line id before begin(): the lines above it were written by this writer.
    qint64 lastLineBefore() const { return m_lastLineBefore; }

private:
    class Statements;
    // Adds the order ids of the source's stored lines on days [from, to] that a line written since begin()
    // names too; false on a database error (failed()).
    bool addOrdersOfNewLines(const QDate &from, const QDate &to, QSet<QByteArray> &orders);
    struct PendingLine;

    // An order line with its ids resolved.
    struct ResolvedLine
    {
        const OrderLineRecord &line;
        qint64 day, product, customer, store, channel;
    };
    // The stored line an order line is.
    struct Match
    {
        qint64 rowId = -1; // -1: a new line
        bool same = false; // its values are the stored ones
        Money before;      // the stored line amount
    };
    Match matchLine(const ResolvedLine &r, qint64 &seq);
    static bool sameValues(const SqliteStatement &s, const ResolvedLine &r);
    // Binds an INSERT's source, order id, line id, product, seq and line values, from `first`.
    // `stableText`: the line's text stays as it is until `q` has run (SQLite does not copy it).
    void bindNewLine(SqliteStatement &q, int first, const ResolvedLine &r, qint64 seq,
                     bool stableText = false) const;
    bool flushLines();

    // A store, channel or product (inventory, traffic, staffing, marketing), inserted when new.
    qint64 rowId(OrderLineKeys::Table table, QByteArrayView key);
    bool insertRow(OrderLineKeys::Table table, qint64 id, QByteArrayView key, QByteArrayView a,
                   QByteArrayView b);
    bool fillCustomerContact(qint64 customer, const OrderLineRecord &line, qint64 day);
    bool exec(SqliteStatement &statement);
    bool fail(const QString &detail);
    bool upsert(Entity entity, SqliteStatement &select, SqliteStatement &upsert, const QVariantList &key,
                QVariantList values, bool blankKeepsKnown = false, qint64 *insertedId = nullptr);
    void count(Entity entity, bool existed, bool changed);
    void noteLaterRefund(const OrderLineRecord &line, Money amount);

    QSqlDatabase m_db;
    std::unique_ptr<Statements> m_sql;
    std::unique_ptr<OrderLineKeys> m_keys;
    QHash<qint64, qint64> m_contactDays; // customer -> the day of the order whose contact was written
    bool m_orderLinesWereEmpty = false;
    QString m_sourceName;
    qint64 m_source = -1;
    qint64 m_lastLineBefore = 0;        // the highest order-line id before this import
    QSet<qint64> m_matched;             // ids of stored lines that a written line matched
    std::vector<PendingLine> m_pending; // new lines waiting for a wide INSERT
    QByteArray m_pendingText;           // their order ids, line ids and countries
    LineAmounts m_amounts;
    QByteArray m_storedSaleOrder;  // the order of the last sale line that matched a stored line, else empty
    QByteArray m_laterRefundOrder; // the last order counted in LineAmounts::laterRefundOrders
    WriteCounts m_counts[7];
    Error m_error;
};

} // namespace storelens::core
