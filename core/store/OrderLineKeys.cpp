#include "core/store/OrderLineKeys.h"

#include "core/model/Entities.h"
#include "core/store/ByteHash.h"
#include "core/store/CustomerRecords.h"
#include "core/store/HashSlots.h"

#include <algorithm>
#include <vector>

namespace storelens::core {

// Counts how often each (order id, day, sale or return, product) key was seen in this import, in a compact
// HashSlots table keyed by a 64-bit hash. Memory grows with distinct keys, 12 bytes a slot at most three
// quarters full; a key is about one per order line (~200 MB at 10,000,000 lines).
class OrderLineKeys::OccurrenceCounter
{
public:
    static quint64 keyOf(QByteArrayView orderId, qint64 day, bool isReturn, qint64 productId)
    {
        const quint64 key = bytehash::hash(orderId, 0x5eed) * 0x9E3779B97F4A7C15ull ^
                            quint64(productId) * 0xC2B2AE3D27D4EB4Full ^
                            (quint64(day) * 2 + quint64(isReturn)) * 0x165667B19E3779F9ull;
        return key == 0 ? 1 : key;
    }

    void prefetch(quint64 key) const { m_slots.prefetch(key); }
    quint32 next(quint64 key)
    {
        bool inserted = false;
        return m_slots.findOrInsert(key, 0, inserted).value++;
    }
    void reserve(size_t keys) { m_slots.reserve(keys); }

private:
    HashSlots m_slots;
};

OrderLineKeys::OrderLineKeys()
    : m_occurrences(new OccurrenceCounter)
    , m_defaultStore(defaultStoreName().toUtf8())
    , m_defaultChannel(defaultChannelName().toUtf8())
{
}

OrderLineKeys::~OrderLineKeys() = default;

void OrderLineKeys::expectLines(qint64 lines)
{
    constexpr qint64 MaxExpected = 64 * 1024 * 1024; // as DataQualityCollector's duplicate table
    m_occurrences->reserve(size_t(std::clamp<qint64>(lines, 0, MaxExpected)));
}

void OrderLineKeys::known(Table table, QByteArrayView key, qint64 id)
{
    Rows &r = rows(table);
    r.ids.insert(key, id);
    r.next = std::max(r.next, id + 1);
}

qint64 OrderLineKeys::id(Table table, QByteArrayView key, bool &created)
{
    if (key.isEmpty() && table == Table::Stores)
        key = m_defaultStore;
    else if (key.isEmpty() && table == Table::Channels)
        key = m_defaultChannel;
    Rows &r = rows(table);
    const qint64 found = r.ids.find(key);
    created = found < 0;
    if (found >= 0)
        return found;
    const qint64 id = r.next++;
    r.ids.insert(key, id);
    return id;
}

qint64 OrderLineKeys::lastId(std::pair<QByteArray, qint64> &last, Table table, QByteArrayView name,
                             bool &created)
{
    created = false;
    if (last.second >= 0 && QByteArrayView(last.first) == name)
        return last.second;
    last = {name.toByteArray(), id(table, name, created)};
    return last.second;
}

OrderLineKeys::Ahead OrderLineKeys::hashesOf(const OrderLineRecord &line) const
{
    Ahead a;
    a.sku = ByteIdMap::hashOf(line.sku);
    if (!line.customerId.isEmpty())
        a.customer = ByteIdMap::hashOf(line.customerId);
    return a;
}

LineKeys OrderLineKeys::resolve(const OrderLineRecord &line)
{
    return resolve(line, hashesOf(line));
}

// A product or customer created by an order line is complete when the line names everything the fill
// statements would add; otherwise a later line of this import may still fill its blanks. Rows that existed
// before this import, or were created without these fields, get their blanks filled once per import.
LineKeys OrderLineKeys::resolve(const OrderLineRecord &line, const Ahead &ahead)
{
    LineKeys k;
    bool created = false;
    Rows &products = rows(Table::Products);
    k.product = ahead.product >= 0 ? ahead.product : products.ids.find(line.sku, ahead.sku);
    if (k.product < 0) {
        k.product = products.next++;
        products.ids.insert(line.sku, k.product, ahead.sku);
        k.actions |= LineKeys::NewProduct;
        if (!line.productName.isEmpty() && !line.category.isEmpty())
            m_filledProducts.insert(k.product);
    } else if ((!line.productName.isEmpty() || !line.category.isEmpty()) &&
               !m_filledProducts.contains(k.product)) {
        m_filledProducts.insert(k.product);
        k.actions |= LineKeys::FillProduct;
    }
    if (!line.customerId.isEmpty()) {
        Rows &customers = rows(Table::Customers);
        k.customer = customers.ids.find(line.customerId, ahead.customer);
        if (k.customer < 0 &&
            (m_forgotten.isEmpty() || !m_forgotten.contains(forgottenCustomerKey(line.customerId)))) {
            // A forgotten customer stays forgotten: their lines stay guest lines.
            k.customer = customers.next++;
            customers.ids.insert(line.customerId, k.customer, ahead.customer);
            k.actions |= LineKeys::NewCustomer;
            if (!line.country.isEmpty())
                m_filledCustomers.insert(k.customer);
        } else if (k.customer >= 0 && !line.country.isEmpty() && !m_filledCustomers.contains(k.customer)) {
            m_filledCustomers.insert(k.customer);
            k.actions |= LineKeys::FillCustomerCountry;
        }
    }
    k.store = lastId(m_lastStore, Table::Stores, line.store.isEmpty() ? m_defaultStore : line.store, created);
    if (created)
        k.actions |= LineKeys::NewStore;
    k.channel = lastId(m_lastChannel, Table::Channels,
                       line.channel.isEmpty() ? m_defaultChannel : line.channel, created);
    if (created)
        k.actions |= LineKeys::NewChannel;

    const bool isReturn = line.quantity.isNegative();
    k.seq = isReturn ? -1 : 0;
    if (line.lineId.isEmpty()) {
        const quint64 key =
            ahead.occurrence != 0
                ? ahead.occurrence
                : OccurrenceCounter::keyOf(line.orderId, line.date.toJulianDay(), isReturn, k.product);
        const qint64 occurrence = m_occurrences->next(key);
        k.seq = isReturn ? -occurrence - 1 : occurrence;
    }
    return k;
}

// Two stages ahead of the line resolved: the customer's and product's slots (each key hashed once here, for
// all three uses), then (slots in the cache) the customer's key bytes, the product's id and the occurrence
// counter's slot, whose key needs that id. A row created between the stages is simply not prefetched.
void OrderLineKeys::resolveAll(const std::vector<OrderLineRecord> &lines, std::vector<LineKeys> &keys)
{
    constexpr size_t SlotsAhead = 16; // a power of two: the ring below
    constexpr size_t KeysAhead = 8;
    Rows &products = rows(Table::Products);
    Rows &customers = rows(Table::Customers);
    Ahead ring[SlotsAhead];
    const auto fetchSlots = [&](size_t j) {
        Ahead &a = ring[j % SlotsAhead];
        a = hashesOf(lines[j]);
        products.ids.prefetch(a.sku, false);
        if (a.customer != 0)
            customers.ids.prefetch(a.customer, false);
    };
    const auto fetchKeys = [&](size_t j) {
        const OrderLineRecord &line = lines[j];
        Ahead &a = ring[j % SlotsAhead];
        if (a.customer != 0)
            customers.ids.prefetch(a.customer, true);
        a.product = products.ids.find(line.sku, a.sku);
        if (a.product >= 0 && line.lineId.isEmpty()) {
            a.occurrence = OccurrenceCounter::keyOf(line.orderId, line.date.toJulianDay(),
                                                    line.quantity.isNegative(), a.product);
            m_occurrences->prefetch(a.occurrence);
        }
    };
    keys.resize(lines.size());
    for (size_t j = 0; j < std::min(SlotsAhead, lines.size()); ++j)
        fetchSlots(j);
    for (size_t j = 0; j < std::min(KeysAhead, lines.size()); ++j)
        fetchKeys(j);
    for (size_t i = 0; i < lines.size(); ++i) {
        keys[i] = resolve(lines[i], ring[i % SlotsAhead]);
        if (i + SlotsAhead < lines.size())
            fetchSlots(i + SlotsAhead);
        if (i + KeysAhead < lines.size())
            fetchKeys(i + KeysAhead);
    }
}

} // namespace storelens::core
