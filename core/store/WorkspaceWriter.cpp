#include "core/store/WorkspaceWriter.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QVariant>

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

// Counts how often each (order id, product) pair was seen in this import, in a compact open-addressing table
// keyed by a 64-bit hash (memory grows with distinct pairs, about 12 bytes each, never with the file).
class WorkspaceWriter::OccurrenceCounter
{
public:
    quint32 next(const QString &orderId, qint64 productId)
    {
        quint64 key = quint64(qHash(orderId, 0x5eed)) * 0x9E3779B97F4A7C15ull ^
                      quint64(productId) * 0xC2B2AE3D27D4EB4Full;
        if (key == 0)
            key = 1;
        if ((m_used + 1) * 2 > m_keys.size())
            grow();
        size_t i = key & (m_keys.size() - 1);
        while (m_keys[i] != 0 && m_keys[i] != key)
            i = (i + 1) & (m_keys.size() - 1);
        if (m_keys[i] == 0) {
            m_keys[i] = key;
            ++m_used;
        }
        return m_counts[i]++;
    }

private:
    void grow()
    {
        std::vector<quint64> keys(std::max<size_t>(1024, m_keys.size() * 2), 0);
        std::vector<quint32> counts(keys.size(), 0);
        for (size_t j = 0; j < m_keys.size(); ++j) {
            if (m_keys[j] == 0)
                continue;
            size_t i = m_keys[j] & (keys.size() - 1);
            while (keys[i] != 0)
                i = (i + 1) & (keys.size() - 1);
            keys[i] = m_keys[j];
            counts[i] = m_counts[j];
        }
        m_keys.swap(keys);
        m_counts.swap(counts);
    }

    std::vector<quint64> m_keys;
    std::vector<quint32> m_counts;
    size_t m_used = 0;
};

class WorkspaceWriter::Statements
{
public:
    explicit Statements(const QSqlDatabase &db)
        : insertStore(db)
        , insertChannel(db)
        , insertProduct(db)
        , fillProduct(db)
        , insertCustomer(db)
        , fillCustomerCountry(db)
        , insertLine(db)
        , selectLine(db)
        , updateLine(db)
        , selectCustomer(db)
        , upsertCustomer(db)
        , selectProduct(db)
        , upsertProduct(db)
        , selectInventory(db)
        , upsertInventory(db)
        , selectTraffic(db)
        , upsertTraffic(db)
        , selectStaffing(db)
        , upsertStaffing(db)
        , selectMarketing(db)
        , upsertMarketing(db)
    {
    }

    bool prepare()
    {
        const std::pair<QSqlQuery *, const char *> all[] = {
            {&insertStore, "INSERT INTO stores(name) VALUES(?)"},
            {&insertChannel, "INSERT INTO channels(name) VALUES(?)"},
            {&insertProduct, "INSERT INTO products(sku, name, category) VALUES(?, ?, ?)"},
            {&fillProduct,
             "UPDATE products SET name = COALESCE(name, ?), category = COALESCE(category, ?) WHERE id = ?"},
            {&insertCustomer, "INSERT INTO customers(external_id, country) VALUES(?, ?)"},
            {&fillCustomerCountry, "UPDATE customers SET country = ? WHERE id = ? AND country IS NULL"},
            {&insertLine,
             "INSERT INTO order_lines(order_id, product_id, seq, day, seconds, customer_id, quantity,"
             " unit_price, discount, unit_cost, store_id, channel_id, country)"
             " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
            {&selectLine,
             "SELECT id, day, seconds, customer_id, quantity, unit_price, discount, unit_cost, store_id,"
             " channel_id, country FROM order_lines WHERE order_id = ? AND product_id = ? AND seq = ?"},
            {&updateLine,
             "UPDATE order_lines SET day = ?, seconds = ?, customer_id = ?, quantity = ?, unit_price = ?,"
             " discount = ?, unit_cost = ?, store_id = ?, channel_id = ?, country = ? WHERE id = ?"},
            {&selectCustomer,
             "SELECT name, email, birth_date, age_band, gender, city, region, country, postal_code,"
             " loyalty_tier, acquisition_channel, consent_email, consent_sms"
             " FROM customers WHERE external_id = ?"},
            {&upsertCustomer,
             "INSERT INTO customers(external_id, name, email, birth_date, age_band, gender, city,"
             " region, country, postal_code, loyalty_tier, acquisition_channel, consent_email,"
             " consent_sms) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
             " ON CONFLICT(external_id) DO UPDATE SET name = excluded.name, email = excluded.email,"
             " birth_date = excluded.birth_date, age_band = excluded.age_band,"
             " gender = excluded.gender, city = excluded.city, region = excluded.region,"
             " country = excluded.country, postal_code = excluded.postal_code,"
             " loyalty_tier = excluded.loyalty_tier,"
             " acquisition_channel = excluded.acquisition_channel,"
             " consent_email = excluded.consent_email, consent_sms = excluded.consent_sms"},
            {&selectProduct, "SELECT name, category, cost, price FROM products WHERE sku = ?"},
            {&upsertProduct,
             "INSERT INTO products(sku, name, category, cost, price) VALUES(?, ?, ?, ?, ?)"
             " ON CONFLICT(sku) DO UPDATE SET name = excluded.name, category = excluded.category,"
             " cost = excluded.cost, price = excluded.price"},
            {&selectInventory,
             "SELECT on_hand, unit_cost FROM inventory WHERE day = ? AND store_id = ? AND product_id = ?"},
            {&upsertInventory,
             "INSERT INTO inventory(day, store_id, product_id, on_hand, unit_cost) VALUES(?, ?, ?, ?, ?)"
             " ON CONFLICT DO UPDATE SET on_hand = excluded.on_hand, unit_cost = excluded.unit_cost"},
            {&selectTraffic, "SELECT visitors FROM traffic WHERE store_id = ? AND day = ?"},
            {&upsertTraffic, "INSERT INTO traffic(store_id, day, visitors) VALUES(?, ?, ?)"
                             " ON CONFLICT DO UPDATE SET visitors = excluded.visitors"},
            {&selectStaffing, "SELECT headcount FROM staffing WHERE store_id = ? AND month = ?"},
            {&upsertStaffing, "INSERT INTO staffing(store_id, month, headcount) VALUES(?, ?, ?)"
                              " ON CONFLICT DO UPDATE SET headcount = excluded.headcount"},
            {&selectMarketing,
             "SELECT amount FROM marketing_spend WHERE channel_id = ? AND day_from = ? AND day_to = ?"},
            {&upsertMarketing,
             "INSERT INTO marketing_spend(channel_id, day_from, day_to, amount) VALUES(?, ?, ?, ?)"
             " ON CONFLICT DO UPDATE SET amount = excluded.amount"},
        };
        for (const auto &[query, sql] : all) {
            if (!query->prepare(QString::fromLatin1(sql))) {
                failedQuery = query;
                return false;
            }
        }
        return true;
    }

    QSqlQuery insertStore, insertChannel, insertProduct, fillProduct, insertCustomer, fillCustomerCountry;
    QSqlQuery insertLine, selectLine, updateLine;
    QSqlQuery selectCustomer, upsertCustomer, selectProduct, upsertProduct;
    QSqlQuery selectInventory, upsertInventory, selectTraffic, upsertTraffic, selectStaffing, upsertStaffing;
    QSqlQuery selectMarketing, upsertMarketing;
    QSqlQuery *failedQuery = nullptr;
};

WorkspaceWriter::WorkspaceWriter(QSqlDatabase db)
    : m_db(std::move(db))
    , m_occurrences(new OccurrenceCounter)
{
}

WorkspaceWriter::~WorkspaceWriter() = default;

Result<void> WorkspaceWriter::begin()
{
    m_sql = std::make_unique<Statements>(m_db);
    if (!m_sql->prepare()) {
        m_error = Error(ErrorCode::Database,
                        QCoreApplication::translate("storelens::core::WorkspaceWriter",
                                                    "The workspace could not be written: %1")
                            .arg(m_sql->failedQuery->lastError().text()),
                        m_db.databaseName());
        return m_error;
    }
    const std::pair<QHash<QString, qint64> *, const char *> caches[] = {
        {&m_stores, "SELECT name, id FROM stores"},
        {&m_channels, "SELECT name, id FROM channels"},
        {&m_products, "SELECT sku, id FROM products"},
        {&m_customers, "SELECT external_id, id FROM customers"},
    };
    for (const auto &[cache, sql] : caches) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QString::fromLatin1(sql)))
            return Error(ErrorCode::Database, q.lastError().text(), m_db.databaseName());
        while (q.next())
            cache->insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    QSqlQuery any(m_db);
    m_orderLinesWereEmpty = any.exec(QStringLiteral("SELECT NOT EXISTS(SELECT 1 FROM order_lines)")) &&
                            any.next() && any.value(0).toBool();
    return {};
}

bool WorkspaceWriter::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_error = Error(ErrorCode::Database,
                    QCoreApplication::translate("storelens::core::WorkspaceWriter",
                                                "The workspace could not be written: %1")
                        .arg(query.lastError().text()),
                    m_db.databaseName());
    return false;
}

void WorkspaceWriter::count(Entity entity, bool existed, bool changed)
{
    WriteCounts &c = m_counts[int(entity)];
    if (!existed)
        ++c.added;
    else if (changed)
        ++c.updated;
    else
        ++c.unchanged;
}

qint64 WorkspaceWriter::dimensionId(QHash<QString, qint64> &cache, QSqlQuery &insert, const QString &name)
{
    const auto it = cache.constFind(name);
    if (it != cache.constEnd())
        return *it;
    insert.bindValue(0, name);
    if (!exec(insert))
        return -1;
    const qint64 id = insert.lastInsertId().toLongLong();
    cache.insert(name, id);
    return id;
}

qint64 WorkspaceWriter::storeId(const QString &name)
{
    return dimensionId(m_stores, m_sql->insertStore, name.isEmpty() ? defaultStoreName() : name);
}

qint64 WorkspaceWriter::channelId(const QString &name)
{
    return dimensionId(m_channels, m_sql->insertChannel, name.isEmpty() ? defaultChannelName() : name);
}

qint64 WorkspaceWriter::productId(const QString &sku, const QString &name, const QString &category)
{
    const auto it = m_products.constFind(sku);
    if (it != m_products.constEnd())
        return *it;
    QSqlQuery &q = m_sql->insertProduct;
    q.bindValue(0, sku);
    q.bindValue(1, nullable(name));
    q.bindValue(2, nullable(category));
    if (!exec(q))
        return -1;
    const qint64 id = q.lastInsertId().toLongLong();
    m_products.insert(sku, id);
    return id;
}

qint64 WorkspaceWriter::customerId(const QString &externalId, const QString &country)
{
    const auto it = m_customers.constFind(externalId);
    if (it != m_customers.constEnd())
        return *it;
    QSqlQuery &q = m_sql->insertCustomer;
    q.bindValue(0, externalId);
    q.bindValue(1, nullable(country));
    if (!exec(q))
        return -1;
    const qint64 id = q.lastInsertId().toLongLong();
    m_customers.insert(externalId, id);
    return id;
}

void WorkspaceWriter::addOrderLine(const OrderLine &line)
{
    if (failed())
        return;
    const bool knownProduct = m_products.contains(line.sku);
    const qint64 product = productId(line.sku, line.productName, line.category);
    const bool knownCustomer = line.customerId.isEmpty() || m_customers.contains(line.customerId);
    const qint64 customer = line.customerId.isEmpty() ? -1 : customerId(line.customerId, line.country);
    const qint64 store = storeId(line.store);
    const qint64 channel = channelId(line.channel);
    if (failed())
        return;
    // Rows that existed before this import get their blanks filled once per import.
    if (knownProduct && (!line.productName.isEmpty() || !line.category.isEmpty()) &&
        !m_filledProducts.contains(product)) {
        m_filledProducts.insert(product);
        m_sql->fillProduct.bindValue(0, nullable(line.productName));
        m_sql->fillProduct.bindValue(1, nullable(line.category));
        m_sql->fillProduct.bindValue(2, product);
        if (!exec(m_sql->fillProduct))
            return;
    }
    if (knownCustomer && customer >= 0 && !line.country.isEmpty() && !m_filledCustomers.contains(customer)) {
        m_filledCustomers.insert(customer);
        m_sql->fillCustomerCountry.bindValue(0, line.country);
        m_sql->fillCustomerCountry.bindValue(1, customer);
        if (!exec(m_sql->fillCustomerCountry))
            return;
    }

    const quint32 seq = m_occurrences->next(line.orderId, product);
    const QVariant customerValue = customer >= 0 ? QVariant(customer) : QVariant();
    const QVariant seconds = line.secondsOfDay >= 0 ? QVariant(line.secondsOfDay) : QVariant();
    const QVariant cost = nullable(line.unitCost);
    const QVariant country = nullable(line.country);

    if (!m_orderLinesWereEmpty) {
        QSqlQuery &s = m_sql->selectLine;
        s.bindValue(0, line.orderId);
        s.bindValue(1, product);
        s.bindValue(2, seq);
        if (!exec(s))
            return;
        if (s.next()) {
            const qint64 rowId = s.value(0).toLongLong();
            const bool same = s.value(1).toLongLong() == line.date.toJulianDay() &&
                              sameValue(s.value(2), seconds) && sameValue(s.value(3), customerValue) &&
                              s.value(4).toLongLong() == line.quantity.milli() &&
                              s.value(5).toLongLong() == line.unitPrice.units() &&
                              s.value(6).toLongLong() == line.discount.units() &&
                              sameValue(s.value(7), cost) && s.value(8).toLongLong() == store &&
                              s.value(9).toLongLong() == channel && sameValue(s.value(10), country);
            s.finish();
            if (!same) {
                QSqlQuery &u = m_sql->updateLine;
                const QVariant values[] = {line.date.toJulianDay(),
                                           seconds,
                                           customerValue,
                                           line.quantity.milli(),
                                           line.unitPrice.units(),
                                           line.discount.units(),
                                           cost,
                                           store,
                                           channel,
                                           country,
                                           rowId};
                for (int i = 0; i < int(std::size(values)); ++i)
                    u.bindValue(i, values[i]);
                if (!exec(u))
                    return;
            }
            count(Entity::Orders, true, !same);
            return;
        }
        s.finish();
    }

    QSqlQuery &q = m_sql->insertLine;
    q.bindValue(0, line.orderId);
    q.bindValue(1, product);
    q.bindValue(2, seq);
    q.bindValue(3, line.date.toJulianDay());
    q.bindValue(4, seconds);
    q.bindValue(5, customerValue);
    q.bindValue(6, line.quantity.milli());
    q.bindValue(7, line.unitPrice.units());
    q.bindValue(8, line.discount.units());
    q.bindValue(9, cost);
    q.bindValue(10, store);
    q.bindValue(11, channel);
    q.bindValue(12, country);
    if (exec(q))
        count(Entity::Orders, false, true);
}

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
                                 nullable(c.consentSms)};
    if (upsert(Entity::Customers, m_sql->selectCustomer, m_sql->upsertCustomer, {c.id}, values, true,
               &inserted) &&
        inserted >= 0)
        m_customers.insert(c.id, inserted);
}

void WorkspaceWriter::addProduct(const Product &p)
{
    qint64 inserted = -1;
    const QVariantList values = {nullable(p.name), nullable(p.category), nullable(p.cost), nullable(p.price)};
    if (upsert(Entity::Products, m_sql->selectProduct, m_sql->upsertProduct, {p.sku}, values, true,
               &inserted) &&
        inserted >= 0)
        m_products.insert(p.sku, inserted);
}

// Looks a row up by its key, then inserts, updates or leaves it; `select` returns the compared columns. With
// `blankKeepsKnown`, a NULL in `values` keeps the stored value. `insertedId` receives the new row's id.
bool WorkspaceWriter::upsert(Entity entity, QSqlQuery &select, QSqlQuery &upsert, const QVariantList &key,
                             QVariantList values, bool blankKeepsKnown, qint64 *insertedId)
{
    if (failed())
        return false;
    for (int i = 0; i < key.size(); ++i)
        select.bindValue(i, key.at(i));
    if (!exec(select))
        return false;
    const bool existed = select.next();
    bool changed = !existed;
    for (int i = 0; existed && i < values.size(); ++i) {
        if (blankKeepsKnown && values.at(i).isNull())
            values[i] = select.value(i);
        else if (!sameValue(select.value(i), values.at(i)))
            changed = true;
    }
    select.finish();
    if (changed) {
        int i = 0;
        for (const QVariant &v : key)
            upsert.bindValue(i++, v);
        for (const QVariant &v : values)
            upsert.bindValue(i++, v);
        if (!exec(upsert))
            return false;
        if (!existed && insertedId)
            *insertedId = upsert.lastInsertId().toLongLong();
    }
    count(entity, existed, changed);
    return true;
}

void WorkspaceWriter::addInventory(const InventorySnapshot &snapshot)
{
    const qint64 store = storeId(snapshot.store);
    const qint64 product = productId(snapshot.sku, {}, {});
    if (failed())
        return;
    upsert(Entity::Inventory, m_sql->selectInventory, m_sql->upsertInventory,
           {snapshot.date.toJulianDay(), store, product},
           {snapshot.onHand.milli(), nullable(snapshot.unitCost)});
}

void WorkspaceWriter::addTraffic(const TrafficDay &day)
{
    const qint64 store = storeId(day.store);
    if (!failed())
        upsert(Entity::Traffic, m_sql->selectTraffic, m_sql->upsertTraffic, {store, day.date.toJulianDay()},
               {day.visitors});
}

void WorkspaceWriter::addStaffing(const StaffingMonth &month)
{
    const qint64 store = storeId(month.store);
    const QDate first(month.month.year(), month.month.month(), 1);
    if (!failed())
        upsert(Entity::Staffing, m_sql->selectStaffing, m_sql->upsertStaffing, {store, first.toJulianDay()},
               {month.headcountMilli});
}

void WorkspaceWriter::addMarketing(const MarketingSpend &spend)
{
    const qint64 channel = channelId(spend.channel);
    if (!failed())
        upsert(Entity::Marketing, m_sql->selectMarketing, m_sql->upsertMarketing,
               {channel, spend.from.toJulianDay(), spend.to.toJulianDay()}, {spend.amount.units()});
}

} // namespace storelens::core
