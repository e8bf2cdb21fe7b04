#include "core/store/WorkspaceWriter.h"

#include "core/store/CustomerRecords.h"
#include "core/store/WorkspaceWriterStatements.h"

#include <QVariant>

// WorkspaceWriter's rows other than order lines: customers, products, inventory, traffic, staffing and
// marketing spend, each upserted by its key.
namespace storelens::core {

namespace {

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant nullable(const std::optional<Money> &m)
{
    return m ? QVariant(m->units()) : QVariant();
}

QVariant nullable(const std::optional<bool> &b)
{
    return b ? QVariant(int(*b)) : QVariant();
}

QVariant julian(const QDate &d)
{
    return d.isValid() ? QVariant(d.toJulianDay()) : QVariant();
}

// Database values compared with what an import brings: NULL equals only NULL; numbers compare by value.
bool sameValue(const QVariant &stored, const QVariant &incoming)
{
    if (stored.isNull() || incoming.isNull())
        return stored.isNull() == incoming.isNull();
    const int type = incoming.typeId();
    if (type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::Bool)
        return stored.toLongLong() == incoming.toLongLong();
    return stored.toString() == incoming.toString();
}

} // namespace

// An empty field in a customers or products export keeps what the workspace knows.
void WorkspaceWriter::addCustomer(const Customer &c)
{
    qint64 inserted = -1;
    const QVariantList values = {nullable(c.name),
                                 nullable(c.email),
                                 julian(c.birthDate),
                                 nullable(c.ageBand),
                                 nullable(c.gender),
                                 nullable(c.city),
                                 nullable(c.region),
                                 nullable(c.country),
                                 nullable(c.postalCode),
                                 nullable(c.loyaltyTier),
                                 nullable(c.acquisitionChannel),
                                 nullable(c.consentEmail),
                                 nullable(c.consentSms),
                                 nullable(c.phone)};
    if (upsert(Entity::Customers, m_sql->selectCustomer, m_sql->upsertCustomer, {c.id}, values, true,
               &inserted) &&
        inserted >= 0)
        m_keys->known(OrderLineKeys::Table::Customers, c.id.toUtf8(), inserted);
}

void WorkspaceWriter::addProduct(const Product &p)
{
    qint64 inserted = -1;
    const QVariantList values = {nullable(p.name), nullable(p.category), nullable(p.cost), nullable(p.price)};
    if (upsert(Entity::Products, m_sql->selectProduct, m_sql->upsertProduct, {p.sku}, values, true,
               &inserted) &&
        inserted >= 0)
        m_keys->known(OrderLineKeys::Table::Products, p.sku.toUtf8(), inserted);
}

// Looks a row up by its key, then inserts, updates or leaves it; `select` returns the compared columns. With
// `blankKeepsKnown`, a NULL in `values` keeps the stored value. `insertedId` receives the new row's id.
bool WorkspaceWriter::upsert(Entity entity, SqliteStatement &select, SqliteStatement &upsert,
                             const QVariantList &key, QVariantList values, bool blankKeepsKnown,
                             qint64 *insertedId)
{
    if (failed())
        return false;
    for (int i = 0; i < key.size(); ++i)
        select.bind(i, key.at(i));
    const bool existed = select.next();
    if (!select.ok()) {
        select.reset();
        return fail(select.errorMessage());
    }
    bool changed = !existed;
    for (int i = 0; existed && i < values.size(); ++i) {
        if (blankKeepsKnown && values.at(i).isNull())
            values[i] = select.value(i);
        else if (!sameValue(select.value(i), values.at(i)))
            changed = true;
    }
    select.reset();
    if (changed) {
        int i = 0;
        for (const QVariant &v : key)
            upsert.bind(i++, v);
        for (const QVariant &v : values)
            upsert.bind(i++, v);
        if (!exec(upsert))
            return false;
        if (!existed && insertedId)
            *insertedId = upsert.lastInsertId();
    }
    count(entity, existed, changed);
    return true;
}

void WorkspaceWriter::addInventory(const InventorySnapshot &snapshot)
{
    const qint64 store = rowId(OrderLineKeys::Table::Stores, snapshot.store.toUtf8());
    const qint64 product = rowId(OrderLineKeys::Table::Products, snapshot.sku.toUtf8());
    if (failed())
        return;
    upsert(Entity::Inventory, m_sql->selectInventory, m_sql->upsertInventory,
           {snapshot.date.toJulianDay(), store, product},
           {snapshot.onHand.milli(), nullable(snapshot.unitCost)});
}

void WorkspaceWriter::addTraffic(const TrafficDay &day)
{
    const qint64 store = rowId(OrderLineKeys::Table::Stores, day.store.toUtf8());
    if (!failed())
        upsert(Entity::Traffic, m_sql->selectTraffic, m_sql->upsertTraffic, {store, day.date.toJulianDay()},
               {day.visitors});
}

void WorkspaceWriter::addStaffing(const StaffingMonth &month)
{
    const qint64 store = rowId(OrderLineKeys::Table::Stores, month.store.toUtf8());
    const QDate first(month.month.year(), month.month.month(), 1);
    if (!failed())
        upsert(Entity::Staffing, m_sql->selectStaffing, m_sql->upsertStaffing, {store, first.toJulianDay()},
               {month.headcountMilli});
}

void WorkspaceWriter::addMarketing(const MarketingSpend &spend)
{
    const qint64 channel = rowId(OrderLineKeys::Table::Channels, spend.channel.toUtf8());
    if (!failed())
        upsert(Entity::Marketing, m_sql->selectMarketing, m_sql->upsertMarketing,
               {channel, spend.from.toJulianDay(), spend.to.toJulianDay()}, {spend.amount.units()});
}

} // namespace storelens::core
