#include "common/WorkspaceFixture.h"
#include "core/analytics/snapshot/SnapshotCache.h"
#include "core/analytics/snapshot/SnapshotSummary.h"
#include "core/store/WorkspaceSummary.h"

#include <QSemaphore>
#include <QTemporaryDir>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

using namespace storelens::core;
using namespace storelens::core::analytics;
namespace test = storelens::test;
using storelens::test::exec;
using storelens::test::jd;

namespace {

// A load on the thread pool held at its first progress call until release(); then it goes on, or cancels, as
// `goOn` says. The constructor returns once the load is held.
class HeldLoad
{
public:
    HeldLoad(SnapshotCache &cache, const QString &path, bool goOn)
    {
        m_future = QtConcurrent::run([this, &cache, path, goOn] {
            return cache.get(path, [this, goOn](qint64, qint64) {
                m_started.release();
                m_proceed.acquire();
                m_proceed.release(); // later progress calls pass
                return goOn;
            });
        });
        m_started.acquire();
    }
    ~HeldLoad()
    {
        release();
        m_future.waitForFinished();
    }
    void release() { m_proceed.release(); }
    Result<SnapshotPtr> result() { return m_future.result(); }

private:
    QSemaphore m_started;
    QSemaphore m_proceed;
    QFuture<Result<SnapshotPtr>> m_future;
};

} // namespace

class TestSnapshotLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void columns_data();
    void columns();
    void dictionaries();
    void sideTables();
    void cacheFollowsRevision();
    void forgetServesARecreatedWorkspace();
    void concurrentGetsShareOneLoad();
    void waiterCancelsAlone();
    void waiterRetriesAfterOwnerCancelled();
    void summaryMatchesSql();
    void summaryCountsUnpricedLines();
    void cancelled();
    void missingFile();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestSnapshotLoader::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("shop-%1.storelens")
                                .arg(QString::fromLatin1(QTest::currentDataTag()))
                                .remove(QLatin1Char(' ')));
    QFile::remove(m_path);
    QVERIFY(Workspace::open(m_path).ok());
    Connection c(m_path);
    QVERIFY(c.isOpen());
    // Inserted out of order: rowid order B, A, C, A; order indexes follow first appearance (B 0, A 1, C 2).
    QVERIFY(
        exec(c.db(),
             {QStringLiteral("INSERT INTO stores(id, name) VALUES(1, 'North'), (2, 'South')"),
              QStringLiteral("INSERT INTO channels(id, name) VALUES(1, 'In store'), (2, 'Web')"),
              QStringLiteral("INSERT INTO customers(id, external_id, name, country, consent_email) "
                             "VALUES(1, 'c1', 'Ann', 'DE', 1), (2, 'c2', 'Bo', NULL, NULL)"),
              QStringLiteral("INSERT INTO products(id, sku, name, category, cost) "
                             "VALUES(1, 'P1', 'Bread', 'Food', 20000), (2, 'P2', 'Ball', NULL, NULL)"),
              QStringLiteral("INSERT INTO order_lines(order_id, product_id, seq, day, customer_id, quantity, "
                             "unit_price, gross, discount, unit_cost, store_id, channel_id, country) VALUES"
                             "('B', 1, 1, %1, 1, 1500, 3333, 5000, 0, 3333, 1, 1, NULL),"
                             "('A', 2, 1, %2, 2, 2000, 10000, 20000, 500, NULL, 2, 2, 'FR'),"
                             "('C', 1, 1, %2, NULL, -1000, 12345, -12345, 0, NULL, 1, 1, NULL),"
                             "('A', 1, 2, %2, 2, 1000, 10000, 10000, 0, 0, 2, 2, NULL)")
                  .arg(jd(2024, 2, 29), jd(2024, 2, 28)),
              QStringLiteral("INSERT INTO inventory(day, store_id, product_id, on_hand, unit_cost) VALUES"
                             "(%1, 1, 1, 5000, NULL), (%1, 1, 2, 1000, NULL), (%1, 2, 2, 2000, 7000)")
                  .arg(jd(2024, 2, 1)),
              QStringLiteral("INSERT INTO traffic(store_id, day, visitors) VALUES(2, %1, 40)")
                  .arg(jd(2024, 2, 28)),
              QStringLiteral("INSERT INTO staffing(store_id, month, headcount) VALUES(1, %1, 2500)")
                  .arg(jd(2024, 2, 1)),
              QStringLiteral("INSERT INTO marketing_spend(channel_id, day_from, day_to, amount) "
                             "VALUES(2, %1, %2, 1000000)")
                  .arg(jd(2024, 2, 1), jd(2024, 2, 29))}));
}

void TestSnapshotLoader::columns_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("orderId");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<qint64>("gross");
    QTest::addColumn<qint64>("cost");
    QTest::addColumn<QString>("country");
    QTest::addColumn<int>("customer");

    // Sorted by (day, order index): 28 Feb: A (P2), A (P1), C; 29 Feb: B.
    // A/P2: 2 × 1.0000 = 2.0000; cost unknown; the line's own country FR
    QTest::newRow("A ball") << 0 << "A" << QDate(2024, 2, 28) << qint64(20000) << kUnknownCost << "FR" << 1;
    // A/P1: cost 0 is a real cost; customer c2 has no country
    QTest::newRow("A bread") << 1 << "A" << QDate(2024, 2, 28) << qint64(10000) << qint64(0) << "" << 1;
    // C: a guest return, −1 × 1.2345
    QTest::newRow("C return") << 2 << "C" << QDate(2024, 2, 28) << qint64(-12345) << kUnknownCost << "" << -1;
    // B: gross stored at import, 1.5 × 0.3333 = 0.49995 → 0.5000 half away from zero; the same for the cost;
    // country from customer c1
    QTest::newRow("B weight") << 3 << "B" << QDate(2024, 2, 29) << qint64(5000) << qint64(5000) << "DE" << 0;
}

void TestSnapshotLoader::columns()
{
    QFETCH(int, line);
    QFETCH(QString, orderId);
    QFETCH(QDate, day);
    QFETCH(qint64, gross);
    QFETCH(qint64, cost);
    QFETCH(QString, country);
    QFETCH(int, customer);
    auto loaded = loadSnapshot(m_path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().toString()));
    const Snapshot &s = *loaded.value();
    QCOMPARE(s.lineCount(), size_t(4));
    const auto i = size_t(line);
    QCOMPARE(s.orderIds.at(s.order[i]), orderId);
    QCOMPARE(QDate::fromJulianDay(s.day[i]), day);
    QCOMPARE(s.gross[i], gross);
    QCOMPARE(s.lineCost[i], cost);
    QCOMPARE(s.country[i] < 0 ? QString() : s.countries.at(s.country[i]), country);
    QCOMPARE(s.customer[i], customer);
    QCOMPARE(s.firstDate(), QDate(2024, 2, 28));
    QCOMPARE(s.asOfDate(), QDate(2024, 2, 29));
}

void TestSnapshotLoader::dictionaries()
{
    auto loaded = loadSnapshot(m_path);
    QVERIFY(loaded.ok());
    const Snapshot &s = *loaded.value();
    QCOMPARE(s.stores, QStringList({QStringLiteral("North"), QStringLiteral("South")}));
    QCOMPARE(s.skus.toList(), QStringList({QStringLiteral("P1"), QStringLiteral("P2")}));
    QCOMPARE(s.categories, QStringList({QStringLiteral("Food")}));
    QCOMPARE(s.productCategory, std::vector<int32_t>({0, -1}));
    QCOMPARE(s.customers.size(), size_t(2));
    QCOMPARE(s.customers.externalId(0), QStringLiteral("c1"));
    QCOMPARE(s.customers.consentEmail(0), std::optional<bool>(true));
    QCOMPARE(s.customers.consentEmail(1), std::optional<bool>());
    QCOMPARE(s.customers.country(1), -1);
    QCOMPARE(s.store[0], 1);   // South
    QCOMPARE(s.channel[0], 1); // Web
    QCOMPARE(s.product[0], 1); // P2
}

void TestSnapshotLoader::sideTables()
{
    auto loaded = loadSnapshot(m_path);
    QVERIFY(loaded.ok());
    const Snapshot &s = *loaded.value();
    QCOMPARE(s.inventory.size(), size_t(3));
    // NULL snapshot cost: the product's cost (P1 2.0000), else unknown (P2); an explicit cost wins
    QCOMPARE(s.inventory[0].unitCost, qint64(20000));
    QCOMPARE(s.inventory[1].unitCost, kUnknownCost);
    QCOMPARE(s.inventory[2].unitCost, qint64(7000));
    QCOMPARE(s.traffic.size(), size_t(1));
    QCOMPARE(s.traffic[0].store, 1);
    QCOMPARE(s.traffic[0].visitors, qint64(40));
    QCOMPARE(s.staffing.size(), size_t(1));
    QCOMPARE(s.staffing[0].headcountMilli, qint64(2500));
    QCOMPARE(s.marketing.size(), size_t(1));
    QCOMPARE(s.marketing[0].channel, 1);
    QCOMPARE(s.marketing[0].amount, qint64(1000000));
}

void TestSnapshotLoader::cacheFollowsRevision()
{
    SnapshotCache cache;
    auto first = cache.get(m_path);
    auto second = cache.get(m_path);
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(first.value().get(), second.value().get());
    {
        Connection c(m_path);
        QVERIFY(exec(c.db(),
                     {test::insertOrderLines({{QStringLiteral("D"), QDate(2024, 3, 1), 0, 1000, 10000}})}));
        QVERIFY(bumpWorkspaceRevision(c.db()).ok());
    }
    auto third = cache.get(m_path);
    QVERIFY(third.ok());
    QVERIFY(third.value().get() != first.value().get());
    QCOMPARE(third.value()->lineCount(), size_t(5));
    QCOMPARE(third.value()->revision, first.value()->revision + 1);
}

// A workspace deleted and created anew at the same path counts its revisions from 0 again: after forget(),
// the new one's revision 1 must not be answered with the old one's cached revision 1.
void TestSnapshotLoader::forgetServesARecreatedWorkspace()
{
    SnapshotCache cache;
    {
        Connection c(m_path);
        QVERIFY(bumpWorkspaceRevision(c.db()).ok());
    }
    auto old = cache.get(m_path);
    QVERIFY(old.ok());
    QCOMPARE(old.value()->lineCount(), size_t(4));
    cache.waitForPersisting(); // its connection closed before the file goes
    QVERIFY(QFile::remove(m_path));
    QVERIFY(Workspace::open(m_path).ok());
    {
        Connection c(m_path);
        QVERIFY(
            exec(c.db(), {QStringLiteral("INSERT INTO stores(id, name) VALUES(1, 'North')"),
                          QStringLiteral("INSERT INTO channels(id, name) VALUES(1, 'In store')"),
                          QStringLiteral("INSERT INTO products(id, sku) VALUES(1, 'P1')"),
                          test::insertOrderLines({{QStringLiteral("N"), QDate(2024, 5, 1), 0, 1000, 500}})}));
        QVERIFY(bumpWorkspaceRevision(c.db()).ok());
    }
    cache.forget(m_path);
    auto fresh = cache.get(m_path);
    QVERIFY(fresh.ok());
    QCOMPARE(fresh.value()->revision, old.value()->revision);
    QCOMPARE(fresh.value()->lineCount(), size_t(1));
}

// The first caller's load is held at its progress callback until the second caller is waiting: the second
// must get the first's snapshot, not load its own.
void TestSnapshotLoader::concurrentGetsShareOneLoad()
{
    SnapshotCache cache;
    HeldLoad first(cache, m_path, true);
    auto second = QtConcurrent::run([&] { return cache.get(m_path); });
    QThread::msleep(150); // the second is waiting for the first by now
    QVERIFY(!second.isFinished());
    first.release();
    const auto a = first.result();
    const auto b = second.result();
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(b.value().get(), a.value().get());
    QCOMPARE(cache.get(m_path).value().get(), a.value().get());
}

void TestSnapshotLoader::waiterCancelsAlone()
{
    SnapshotCache cache;
    HeldLoad owner(cache, m_path, true);
    const auto waiter = cache.get(m_path, [](qint64, qint64) { return false; });
    QVERIFY(!waiter.ok());
    QCOMPARE(waiter.error().code(), ErrorCode::Cancelled);
    owner.release();
    QVERIFY(owner.result().ok()); // the owner's load is not affected
}

void TestSnapshotLoader::waiterRetriesAfterOwnerCancelled()
{
    SnapshotCache cache;
    HeldLoad owner(cache, m_path, false);
    auto waiter = QtConcurrent::run([&] { return cache.get(m_path); });
    QThread::msleep(150);
    owner.release();
    QCOMPARE(owner.result().error().code(), ErrorCode::Cancelled);
    const auto loaded = waiter.result();
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message()));
    QCOMPARE(loaded.value()->lineCount(), size_t(4));
}

// The fixture has a return line, a guest line, a discount and an order with two lines.
void TestSnapshotLoader::summaryMatchesSql()
{
    const auto sql = WorkspaceSummary::read(m_path);
    const auto snapshot = loadSnapshot(m_path);
    QVERIFY(sql.ok() && snapshot.ok());
    const WorkspaceSummary fast = summarizeSnapshot(*snapshot.value());
    QCOMPARE(fast.revision, sql->revision);
    QCOMPARE(fast.orderLines, sql->orderLines);
    QCOMPARE(fast.orders, sql->orders);
    QCOMPARE(fast.orderIds, sql->orderIds);
    QCOMPARE(fast.sources, sql->sources);
    QCOMPARE(fast.returnLines, sql->returnLines);
    QCOMPARE(fast.guestLines, sql->guestLines);
    QCOMPARE(fast.customers, sql->customers);
    QCOMPARE(fast.buyingCustomers, sql->buyingCustomers);
    QCOMPARE(fast.products, sql->products);
    QCOMPARE(fast.stores, sql->stores);
    QCOMPARE(fast.channels, sql->channels);
    QCOMPARE(fast.inventoryRows, sql->inventoryRows);
    QCOMPARE(fast.trafficRows, sql->trafficRows);
    QCOMPARE(fast.staffingRows, sql->staffingRows);
    QCOMPARE(fast.marketingRows, sql->marketingRows);
    QCOMPARE(fast.firstDate, sql->firstDate);
    QCOMPARE(fast.lastDate, sql->lastDate);
    QCOMPARE(fast.grossSales.units(), sql->grossSales.units());
    QCOMPARE(fast.discounts.units(), sql->discounts.units());
    QCOMPARE(fast.returns.units(), sql->returns.units());
    QCOMPARE(fast.netSales.units(), sql->netSales.units());
    // By hand: sales 1.5 × 0.3333 = 0.49995 -> 0.5000, 2 × 1.0000, 1 × 1.0000; return −1 × 1.2345.
    QCOMPARE(fast.grossSales.units(), qint64(35000));
    QCOMPARE(fast.discounts.units(), qint64(500));
    QCOMPARE(fast.returns.units(), qint64(12345));
    // Orders B and A have sale lines; C holds only a return: 2 orders (METRICS.md section 2), 3 order ids.
    QCOMPARE(fast.orders, qint64(2));
    QCOMPARE(fast.orderIds, qint64(3));
    QCOMPARE(fast.sources, qint64(1));
    // Customers c1 (B) and c2 (A) bought; the return line is a guest's.
    QCOMPARE(fast.buyingCustomers, qint64(2));
    QCOMPARE(fast.guestLines, qint64(1));
}

// A line imported without prices (gross NULL) counts as a line and in unpricedLines, and adds nothing to
// the sums, as SQL's SUM leaves NULL out.
void TestSnapshotLoader::summaryCountsUnpricedLines()
{
    {
        Connection c(m_path);
        QVERIFY(exec(c.db(), {test::insertOrderLines({{QStringLiteral("U"), QDate(2024, 2, 29), 1, 2000}})}));
    }
    const auto sql = WorkspaceSummary::read(m_path);
    const auto snapshot = loadSnapshot(m_path);
    QVERIFY(sql.ok() && snapshot.ok());
    const WorkspaceSummary fast = summarizeSnapshot(*snapshot.value());
    QCOMPARE(sql->unpricedLines, qint64(1));
    QCOMPARE(fast.unpricedLines, sql->unpricedLines);
    QCOMPARE(fast.orderLines, qint64(5));
    // The sums of the four priced lines, as summaryMatchesSql() works them out.
    QCOMPARE(fast.grossSales.units(), qint64(35000));
    QCOMPARE(fast.returns.units(), qint64(12345));
    QCOMPARE(fast.netSales.units(), sql->netSales.units());
    QCOMPARE(fast.orders, qint64(3)); // U is a sale, even without a price
}

void TestSnapshotLoader::cancelled()
{
    auto loaded = loadSnapshot(m_path, [](qint64, qint64) { return false; });
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code(), ErrorCode::Cancelled);
}

void TestSnapshotLoader::missingFile()
{
    auto loaded = loadSnapshot(m_dir.filePath(QStringLiteral("nowhere/none.storelens")));
    QVERIFY(!loaded.ok());
}

QTEST_GUILESS_MAIN(TestSnapshotLoader)
#include "tst_snapshotloader.moc"
