#include "core/analytics/snapshot/SnapshotLoader.h"

#include "core/model/Countries.h"
#include "core/model/Money.h"
#include "core/store/SqliteStatement.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QThreadPool>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>

namespace storelens::core::analytics {

namespace {

class SnapshotLoaderText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::analytics::SnapshotLoader)
};

Error queryError(const QSqlQuery &q, const QString &path)
{
    return Error(ErrorCode::Database,
                 SnapshotLoaderText::tr("The workspace could not be read: %1").arg(q.lastError().text()),
                 path);
}

// Database id -> dictionary index. Ids of INTEGER PRIMARY KEY tables are small and dense, so a vector serves.
class IdMap
{
public:
    void set(qint64 id, int32_t index)
    {
        if (id < 0)
            return;
        if (size_t(id) >= m_index.size())
            m_index.resize(size_t(id) + 1, -1);
        m_index[size_t(id)] = index;
    }
    int32_t get(qint64 id) const { return id >= 0 && size_t(id) < m_index.size() ? m_index[size_t(id)] : -1; }

private:
    std::vector<int32_t> m_index;
};

// Interns strings into a dictionary.
class Interner
{
public:
    explicit Interner(QStringList *dictionary)
        : m_dictionary(dictionary)
    {
    }
    int32_t intern(const QString &s)
    {
        auto it = m_index.constFind(s);
        if (it != m_index.constEnd())
            return it.value();
        const auto i = int32_t(m_dictionary->size());
        m_dictionary->append(s);
        m_index.insert(s, i);
        return i;
    }
    void reserve(qsizetype n)
    {
        m_index.reserve(n);
        m_dictionary->reserve(n);
    }

private:
    QStringList *m_dictionary;
    QHash<QString, int32_t> m_index;
};

template<typename T> void permute(std::vector<T> &column, const std::vector<uint32_t> &order)
{
    std::vector<T> sorted(column.size());
    for (size_t i = 0; i < order.size(); ++i)
        sorted[i] = column[order[i]];
    column.swap(sorted);
}

// Stable counting sort of `indexes` by key[index] - minKey.
void countingSort(std::vector<uint32_t> &indexes, const std::vector<int32_t> &key, int32_t minKey,
                  int32_t maxKey)
{
    std::vector<uint32_t> start(size_t(maxKey - minKey) + 2, 0);
    for (uint32_t i : indexes)
        ++start[size_t(key[i] - minKey) + 1];
    for (size_t k = 1; k < start.size(); ++k)
        start[k] += start[k - 1];
    std::vector<uint32_t> out(indexes.size());
    for (uint32_t i : indexes)
        out[start[size_t(key[i] - minKey)]++] = i;
    indexes.swap(out);
}

// Sorts the lines by (day, order) with two stable counting sorts (order first, then day).
void sortLines(Snapshot &s)
{
    const size_t n = s.lineCount();
    if (n < 2)
        return;
    std::vector<uint32_t> order(n);
    for (size_t i = 0; i < n; ++i)
        order[i] = uint32_t(i);
    countingSort(order, s.order, 0, std::max(0, int32_t(s.orderIds.size()) - 1));
    const auto [minDay, maxDay] = std::minmax_element(s.day.begin(), s.day.end());
    countingSort(order, s.day, *minDay, *maxDay);
    bool identity = true;
    for (size_t i = 0; i < n && identity; ++i)
        identity = order[i] == i;
    if (identity)
        return;
    permute(s.day, order);
    permute(s.order, order);
    permute(s.customer, order);
    permute(s.product, order);
    permute(s.store, order);
    permute(s.channel, order);
    permute(s.country, order);
    permute(s.quantity, order);
    permute(s.gross, order);
    permute(s.discount, order);
    permute(s.lineCost, order);
    if (!s.unpriced.empty())
        permute(s.unpriced, order);
}

// A million-line snapshot takes tens of milliseconds to free. When the last reference goes away on the GUI
// thread (a view replacing an old result after an import), it is freed on the thread pool instead, so the
// window never stalls for it. QCoreApplication waits for the pool before it is destroyed.
void releaseSnapshot(const Snapshot *snapshot)
{
    const QCoreApplication *app = QCoreApplication::instance();
    if (app && QThread::currentThread() == app->thread()) {
        QThreadPool::globalInstance()->start([snapshot] { delete snapshot; });
        return;
    }
    delete snapshot;
}

// The range checks of METRICS.md section 1, made once per load so that no analysis sum can overflow: every
// line's quantity × price (and × cost) is exact in 64 bits, and Σ|gross| + Σ|discount|, Σ|cost|, Σ|quantity|
// and the side tables' sums lie in the fixed-point range. Any sum an analysis forms over a subset of the
// lines (net sales, a customer's spend, a cohort's running total) is then bounded by these, so the analyses
// add in 64 bits without a check per line. The sums here are 128-bit and checked once, at the end.
struct RangeCheck
{
    __int128 amounts = 0;
    __int128 costs = 0;
    __int128 quantities = 0;
    __int128 inventory = 0;
    __int128 marketing = 0;
    __int128 counts = 0;
    bool outside = false;

    // price × quantity rounded to ten-thousandths; an inexact product is noted (no branch in the loop).
    qint64 product(qint64 price, qint64 quantityMilli)
    {
        const __int128 p = __int128(price) * quantityMilli;
        outside |= (p > std::numeric_limits<qint64>::max()) | (p < -std::numeric_limits<qint64>::max());
        return divideRounded(p, Quantity::Scale);
    }

    Result<void> check(const QString &path) const
    {
        if (!outside && inFixedPointRange(amounts) && inFixedPointRange(costs) &&
            inFixedPointRange(quantities) && inFixedPointRange(inventory) && inFixedPointRange(marketing) &&
            inFixedPointRange(counts))
            return {};
        return Error(
            ErrorCode::InvalidValue,
            SnapshotLoaderText::tr("The workspace holds amounts or quantities that add up beyond the "
                                   "range StoreLens computes exactly (±99,999,999,999,999.9999); it "
                                   "cannot be analysed."),
            path);
    }
};

class Loader
{
public:
    Loader(QSqlDatabase &db, QString path, const LoadProgress &progress)
        : m_db(db)
        , m_path(std::move(path))
        , m_progress(progress)
        , m_countries(&m_snapshot.countries)
        , m_categories(&m_snapshot.categories)
    {
    }

    Result<SnapshotPtr> run(WorkspaceKey *key)
    {
        const WorkspaceKey read = readWorkspaceKey(m_db);
        if (key)
            *key = read;
        m_snapshot.revision = read.revision;
        if (auto r = loadDictionaries(); !r)
            return r.error();
        if (auto r = loadCustomers(); !r)
            return r.error();
        if (auto r = loadLines(); !r)
            return r.error();
        sortLines(m_snapshot);
        if (auto r = loadSideTables(); !r)
            return r.error();
        return shareSnapshot(std::move(m_snapshot));
    }

private:
    QSqlQuery query(const char *sql, bool *ok)
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        *ok = q.exec(QLatin1String(sql));
        return q;
    }

    Result<void> loadDictionaries()
    {
        bool ok = false;
        QSqlQuery q = query("SELECT id, name FROM sources", &ok);
        if (!ok)
            return queryError(q, m_path);
        while (q.next()) {
            m_sources.set(q.value(0).toLongLong(), int32_t(m_snapshot.sources.size()));
            m_snapshot.sources.append(q.value(1).toString());
        }
        q = query("SELECT id, name FROM stores", &ok);
        if (!ok)
            return queryError(q, m_path);
        while (q.next()) {
            m_stores.set(q.value(0).toLongLong(), int32_t(m_snapshot.stores.size()));
            m_snapshot.stores.append(q.value(1).toString());
        }
        q = query("SELECT id, name FROM channels", &ok);
        if (!ok)
            return queryError(q, m_path);
        while (q.next()) {
            m_channels.set(q.value(0).toLongLong(), int32_t(m_snapshot.channels.size()));
            m_snapshot.channels.append(q.value(1).toString());
        }
        q = query("SELECT id, sku, name, category, cost, non_merchandise FROM products", &ok);
        if (!ok)
            return queryError(q, m_path);
        while (q.next()) {
            m_products.set(q.value(0).toLongLong(), int32_t(m_snapshot.skus.size()));
            m_snapshot.skus.append(q.value(1).toString());
            m_snapshot.productNames.append(q.value(2).toString());
            const QVariant category = q.value(3);
            const QString categoryName = category.isNull() ? QString() : category.toString().trimmed();
            m_snapshot.productCategory.push_back(categoryName.isEmpty() ? -1
                                                                        : m_categories.intern(categoryName));
            const QVariant cost = q.value(4);
            m_productCost.push_back(cost.isNull() ? kUnknownCost : cost.toLongLong());
            m_snapshot.productNonMerchandise.push_back(q.value(5).toInt() != 0 ? 1 : 0);
        }
        return {};
    }

    Result<void> loadCustomers()
    {
        bool counted = false;
        QSqlQuery count = query("SELECT COUNT(*) FROM customers", &counted);
        if (!counted || !count.next())
            return queryError(count, m_path);
        m_snapshot.customers.reserve(size_t(count.value(0).toLongLong()));
        count.finish();
        // Up to a million rows of sixteen columns: the C API reads them without a QVariant per value.
        SqliteStatement q;
        if (!q.prepare(SqliteStatement::handleOf(m_db),
                       "SELECT id, external_id, name, email, birth_date, age_band, gender, city, region, "
                       "country, postal_code, loyalty_tier, acquisition_channel, consent_email, consent_sms, "
                       "phone FROM customers"))
            return sqliteError(q);
        const auto optionalBool = [&q](int column) {
            return q.isNull(column) ? std::optional<bool>() : std::optional<bool>(q.int64(column) != 0);
        };
        CustomerTable &customers = m_snapshot.customers;
        while (q.next()) {
            CustomerTable::Utf8Row c;
            c.text = {q.bytes(1), q.bytes(2), q.bytes(3), q.bytes(10), q.bytes(15)};
            c.attributes = {q.bytes(7), q.bytes(8), q.bytes(6), q.bytes(5), q.bytes(11), q.bytes(12)};
            if (!q.isNull(4))
                c.birthDay = int32_t(q.int64(4));
            const QByteArrayView country = q.bytes(9).trimmed();
            c.country = country.isEmpty() ? -1 : internCountry(country);
            c.consentEmail = optionalBool(13);
            c.consentSms = optionalBool(14);
            m_customers.set(q.int64(0), int32_t(customers.size()));
            customers.append(c);
        }
        if (!q.ok())
            return sqliteError(q);
        return {};
    }

    // Few distinct countries: match the raw bytes, and make a QString only for a new one. A workspace
    // imported before countries had keys holds names and codes as the exports wrote them ("Germany", "DEU"):
    // each reads as its key ("DE"), so they are one country.
    int32_t internCountry(QByteArrayView bytes)
    {
        auto known = std::find_if(m_countryBytes.begin(), m_countryBytes.end(),
                                  [&bytes](const auto &entry) { return entry.first == bytes; });
        if (known == m_countryBytes.end()) {
            m_countryBytes.emplace_back(bytes.toByteArray(),
                                        m_countries.intern(QString::fromUtf8(countryKey(bytes))));
            known = m_countryBytes.end() - 1;
        }
        return known->second;
    }

    Error sqliteError(const SqliteStatement &q) const
    {
        return Error(ErrorCode::Database,
                     SnapshotLoaderText::tr("The workspace could not be read: %1").arg(q.errorMessage()),
                     m_path);
    }

    Result<void> loadLines()
    {
        bool ok = false;
        QSqlQuery count = query("SELECT COUNT(*) FROM order_lines", &ok);
        if (!ok || !count.next())
            return queryError(count, m_path);
        const qint64 total = count.value(0).toLongLong();
        count.finish();
        Snapshot &s = m_snapshot;
        const auto n = size_t(total);
        s.day.reserve(n);
        s.order.reserve(n);
        s.customer.reserve(n);
        s.product.reserve(n);
        s.store.reserve(n);
        s.channel.reserve(n);
        s.country.reserve(n);
        s.quantity.reserve(n);
        s.gross.reserve(n);
        s.discount.reserve(n);
        s.lineCost.reserve(n);
        s.orderIds.reserve(qsizetype(total / 2 + 16), qsizetype(total / 2 + 16) * 12);

        sqlite3 *handle = nullptr;
        const QVariant v = m_db.driver()->handle();
        if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
            handle = *static_cast<sqlite3 *const *>(v.data());
        if (!handle)
            return Error(ErrorCode::Database,
                         SnapshotLoaderText::tr("The workspace could not be read: %1")
                             .arg(SnapshotLoaderText::tr("no SQLite handle")),
                         m_path);
        // The hot loop reads 1,000,000 rows: the SQLite C API avoids a QVariant per value, and order ids are
        // interned from their bytes (a QString is made once per distinct order).
        sqlite3_stmt *stmt = nullptr;
        const char *sql = "SELECT order_id, product_id, day, customer_id, quantity, gross, discount, "
                          "unit_cost, store_id, channel_id, country, source_id FROM order_lines";
        if (sqlite3_prepare_v2(handle, sql, -1, &stmt, nullptr) != SQLITE_OK) {
            return Error(ErrorCode::Database,
                         SnapshotLoaderText::tr("The workspace could not be read: %1")
                             .arg(QString::fromUtf8(sqlite3_errmsg(handle))),
                         m_path);
        }
        std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> guard(stmt, sqlite3_finalize);
        // Orders' lines are mostly next to each other: the last order is checked before the interner. An
        // order is (source, order id): each source interns its order ids on its own, into the one pool.
        std::vector<std::unique_ptr<StringPoolInterner>> orderIndex(
            size_t(std::max<qsizetype>(1, s.sources.size())));
        int32_t lastOrder = -1;
        int32_t lastSource = -1;
        bool anyUnpriced = false;
        qint64 done = 0;
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            const QByteArrayView id(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)),
                                    sqlite3_column_bytes(stmt, 0));
            const int32_t source = std::max(0, m_sources.get(sqlite3_column_int64(stmt, 11)));
            if (lastOrder < 0 || source != lastSource || id != s.orderIds.bytes(lastOrder)) {
                if (size_t(source) >= orderIndex.size())
                    orderIndex.resize(size_t(source) + 1);
                std::unique_ptr<StringPoolInterner> &interner = orderIndex[size_t(source)];
                if (!interner)
                    interner = std::make_unique<StringPoolInterner>(
                        &s.orderIds, s.orderIds.isEmpty() ? qsizetype(total / 2 + 16) : qsizetype(1024),
                        false);
                lastOrder = interner->intern(id);
                lastSource = source;
                if (size_t(lastOrder) >= s.orderSource.size())
                    s.orderSource.push_back(source);
            }
            s.order.push_back(lastOrder);
            s.product.push_back(m_products.get(sqlite3_column_int64(stmt, 1)));
            s.day.push_back(int32_t(sqlite3_column_int64(stmt, 2)));
            const int32_t customer = sqlite3_column_type(stmt, 3) == SQLITE_NULL
                                         ? -1
                                         : m_customers.get(sqlite3_column_int64(stmt, 3));
            s.customer.push_back(customer);
            const qint64 quantity = sqlite3_column_int64(stmt, 4);
            s.quantity.push_back(quantity);
            const bool unpriced = sqlite3_column_type(stmt, 5) == SQLITE_NULL;
            if (unpriced && !anyUnpriced) {
                anyUnpriced = true; // the first line without a price: the lines before had prices
                s.unpriced.assign(s.gross.size(), 0);
            }
            if (anyUnpriced)
                s.unpriced.push_back(unpriced ? 1 : 0);
            const qint64 gross = sqlite3_column_int64(stmt, 5);
            const qint64 discount = sqlite3_column_int64(stmt, 6);
            s.gross.push_back(gross);
            s.discount.push_back(discount);
            m_range.amounts += magnitude(gross) + magnitude(discount);
            m_range.quantities += magnitude(quantity);
            if (sqlite3_column_type(stmt, 7) == SQLITE_NULL) {
                s.lineCost.push_back(kUnknownCost);
            } else {
                const qint64 cost = m_range.product(sqlite3_column_int64(stmt, 7), quantity);
                s.lineCost.push_back(cost);
                m_range.costs += magnitude(cost);
            }
            s.store.push_back(m_stores.get(sqlite3_column_int64(stmt, 8)));
            s.channel.push_back(m_channels.get(sqlite3_column_int64(stmt, 9)));
            int32_t countryIndex = -1;
            if (sqlite3_column_type(stmt, 10) != SQLITE_NULL) {
                // Few distinct countries: match the raw bytes, and make a QString only for a new one.
                const QByteArrayView bytes(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 10)),
                                           sqlite3_column_bytes(stmt, 10));
                if (!bytes.isEmpty())
                    countryIndex = internCountry(bytes);
            }
            if (countryIndex < 0 && customer >= 0)
                countryIndex = s.customers.country(size_t(customer));
            s.country.push_back(countryIndex);
            if ((++done & 0xFFFF) == 0 && m_progress && !m_progress(done, total))
                return snapshotLoadCancelled();
        }
        if (rc != SQLITE_DONE) {
            return Error(ErrorCode::Database,
                         SnapshotLoaderText::tr("The workspace could not be read: %1")
                             .arg(QString::fromUtf8(sqlite3_errmsg(handle))),
                         m_path);
        }
        if (m_progress && !m_progress(done, std::max(total, done)))
            return snapshotLoadCancelled();
        return m_range.check(m_path);
    }

    Result<void> loadSideTables()
    {
        Snapshot &s = m_snapshot;
        bool ok = false;
        QSqlQuery q = query("SELECT store_id, day, visitors FROM traffic", &ok);
        if (!ok)
            return queryError(q, m_path);
        while (q.next())
            s.traffic.push_back({m_stores.get(q.value(0).toLongLong()), int32_t(q.value(1).toLongLong()),
                                 q.value(2).toLongLong()});
        q = query("SELECT store_id, month, headcount FROM staffing", &ok);
        if (!ok)
            return queryError(q, m_path);
        while (q.next())
            s.staffing.push_back({m_stores.get(q.value(0).toLongLong()), int32_t(q.value(1).toLongLong()),
                                  q.value(2).toLongLong()});
        q = query("SELECT day, store_id, product_id, on_hand, unit_cost FROM inventory", &ok);
        if (!ok)
            return queryError(q, m_path);
        while (q.next()) {
            Snapshot::Inventory row;
            row.day = int32_t(q.value(0).toLongLong());
            row.store = m_stores.get(q.value(1).toLongLong());
            row.product = m_products.get(q.value(2).toLongLong());
            row.onHandMilli = q.value(3).toLongLong();
            const QVariant cost = q.value(4);
            row.unitCost = !cost.isNull()     ? cost.toLongLong()
                           : row.product >= 0 ? m_productCost[size_t(row.product)]
                                              : kUnknownCost;
            if (row.unitCost != kUnknownCost)
                m_range.inventory += magnitude(m_range.product(row.unitCost, row.onHandMilli));
            s.inventory.push_back(row);
        }
        q = query("SELECT channel_id, day_from, day_to, amount FROM marketing_spend", &ok);
        if (!ok)
            return queryError(q, m_path);
        while (q.next()) {
            s.marketing.push_back({m_channels.get(q.value(0).toLongLong()), int32_t(q.value(1).toLongLong()),
                                   int32_t(q.value(2).toLongLong()), q.value(3).toLongLong()});
            m_range.marketing += magnitude(s.marketing.back().amount);
        }
        for (const Snapshot::Traffic &t : s.traffic)
            m_range.counts += magnitude(t.visitors);
        for (const Snapshot::Staffing &st : s.staffing)
            m_range.counts += magnitude(st.headcountMilli);
        return m_range.check(m_path);
    }

    QSqlDatabase &m_db;
    QString m_path;
    RangeCheck m_range;
    const LoadProgress &m_progress;
    Snapshot m_snapshot;
    Interner m_countries;
    Interner m_categories;
    IdMap m_sources;
    IdMap m_stores;
    IdMap m_channels;
    IdMap m_products;
    IdMap m_customers;
    std::vector<qint64> m_productCost;
    std::vector<std::pair<QByteArray, int32_t>> m_countryBytes; // country bytes -> dictionary index
};

} // namespace

Error snapshotLoadCancelled()
{
    return Error(ErrorCode::Cancelled, SnapshotLoaderText::tr("Loading the workspace was cancelled."));
}

SnapshotPtr shareSnapshot(Snapshot &&snapshot)
{
    // Owned by the shared pointer at once; its deleter decides on which thread the memory is freed.
    return SnapshotPtr(new Snapshot(std::move(snapshot)), releaseSnapshot);
}

Result<SnapshotPtr> loadSnapshot(const QString &workspacePath, const LoadProgress &progress,
                                 WorkspaceKey *key)
{
    Connection connection(workspacePath, Connection::Access::ReadOnly);
    if (!connection.isOpen())
        return connection.error();
    QSqlDatabase &db = connection.db();
    // One read transaction: the snapshot sees one consistent state even while an import runs.
    db.transaction();
    Loader loader(db, workspacePath, progress);
    Result<SnapshotPtr> result = loader.run(key);
    db.rollback();
    return result;
}

} // namespace storelens::core::analytics
