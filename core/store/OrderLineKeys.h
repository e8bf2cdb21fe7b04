#pragma once

#include "core/store/ByteIdMap.h"
#include "core/store/OrderLineRecord.h"

#include <QByteArray>
#include <QSet>

#include <algorithm>
#include <memory>
#include <vector>

namespace storelens::core {

// The rows an order line names, resolved to ids in memory, and what writing the line must add first: rows
// that do not exist yet (with the ids given to them here) and blanks of existing rows the line fills.
struct LineKeys
{
    enum Action : quint8 {
        NewProduct = 1,
        FillProduct = 2,
        NewCustomer = 4,
        FillCustomerCountry = 8,
        NewStore = 16,
        NewChannel = 32,
    };
    qint64 product = -1;
    qint64 customer = -1; // -1: a guest line
    qint64 store = -1;
    qint64 channel = -1;
    qint64 seq = 0; // the line's identity among its order's lines (METRICS.md section 1)
    quint8 actions = 0;
};

// WorkspaceWriter's keys: the workspace's stores, channels, products and customers by name, SKU and external
// id, the ids new ones get (each table's highest id + 1, in the order they are met, as SQLite would give
// them), and how often each (order, day, sale or return, product) occurred in this import. All in memory and
// without SQL, so an import resolves its lines on the parsing thread while the writer writes the lines
// before. One thread at a time.
class OrderLineKeys
{
public:
    enum class Table { Stores, Channels, Products, Customers };

    OrderLineKeys();
    ~OrderLineKeys();
    OrderLineKeys(const OrderLineKeys &) = delete;
    OrderLineKeys &operator=(const OrderLineKeys &) = delete;

    // A stored row (loading, or a row the writer inserted itself); the next new id stays above it.
    void known(Table table, QByteArrayView key, qint64 id);
    // A customer id that was forgotten (forgottenCustomerKey()): their lines stay guest lines.
    void forgotten(const QByteArray &forgottenKey) { m_forgotten.insert(forgottenKey); }

    // Sizes the occurrence table for about `lines` order lines at once (the parsing thread's estimate from
    // the file size), so a large import does not grow it step by step, holding the old table beside the new.
    void expectLines(qint64 lines);
    // The ids of the line's rows, its seq, and which rows to insert or fill before it.
    LineKeys resolve(const OrderLineRecord &line);
    // resolve() of each line in turn into `keys`, the tables' memory each line reads fetched a few lines
    // ahead (each lookup is otherwise a cache miss or two, most of the resolving time).
    void resolveAll(const std::vector<OrderLineRecord> &lines, std::vector<LineKeys> &keys);
    // A store, channel or product by name or SKU (empty: the default store or channel); `created`: the caller
    // inserts it with the returned id.
    qint64 id(Table table, QByteArrayView key, bool &created);

    const QByteArray &defaultStore() const { return m_defaultStore; }
    const QByteArray &defaultChannel() const { return m_defaultChannel; }

private:
    class OccurrenceCounter;
    // What resolveAll() learnt of a line while fetching its tables ahead: the SKU's and customer id's hashes,
    // the product's id when it existed then (-1 otherwise) and the occurrence key that id gives (0: none).
    struct Ahead
    {
        quint64 sku = 0;
        quint64 customer = 0;
        qint64 product = -1;
        quint64 occurrence = 0;
    };
    Ahead hashesOf(const OrderLineRecord &line) const;
    LineKeys resolve(const OrderLineRecord &line, const Ahead &ahead);
    // A set of row ids: one bit per id up to a bound (ids are dense, given out as each table's highest + 1),
    // so the check an order line makes is one cached bit instead of a hash lookup that misses the cache.
    class IdSet
    {
    public:
        bool contains(qint64 id) const
        {
            if (id >= 0 && id < MaxBitId)
                return size_t(id >> 6) < m_bits.size() && (m_bits[size_t(id >> 6)] >> (id & 63)) & 1;
            return m_others.contains(id);
        }
        void insert(qint64 id)
        {
            if (id < 0 || id >= MaxBitId) {
                m_others.insert(id);
                return;
            }
            const size_t word = size_t(id >> 6);
            if (word >= m_bits.size())
                m_bits.resize(std::max(word + 1, m_bits.size() * 2), 0);
            m_bits[word] |= quint64(1) << (id & 63);
        }

    private:
        static constexpr qint64 MaxBitId = qint64(1) << 30; // 128 MiB of bits at most
        std::vector<quint64> m_bits;
        QSet<qint64> m_others;
    };
    struct Rows
    {
        ByteIdMap ids;
        qint64 next = 1;
    };
    Rows &rows(Table table) { return m_rows[int(table)]; }
    qint64 lastId(std::pair<QByteArray, qint64> &last, Table table, QByteArrayView name, bool &created);

    Rows m_rows[4];
    std::unique_ptr<OccurrenceCounter> m_occurrences;
    IdSet m_filledProducts;  // products whose name and category need no filling in this import
    IdSet m_filledCustomers; // customers whose country needs no filling
    QSet<QByteArray> m_forgotten;
    std::pair<QByteArray, qint64> m_lastStore{QByteArray(), -1}; // consecutive lines mostly share it
    std::pair<QByteArray, qint64> m_lastChannel{QByteArray(), -1};
    QByteArray m_defaultStore;   // defaultStoreName() in UTF-8
    QByteArray m_defaultChannel; // defaultChannelName() in UTF-8
};

} // namespace storelens::core
