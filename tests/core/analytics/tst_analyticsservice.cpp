#include "WorkspaceFixture.h"

#include "core/analytics/kpi/AnalyticsService.h"
#include "core/analytics/snapshot/SnapshotCache.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace storelens::core;
using namespace storelens::core::analytics;
using workspacefixture::exec;
using workspacefixture::jd;

using ResultPtr = std::shared_ptr<const AnalyticsResult>;

class TestAnalyticsService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void deliversResult();
    void newerRequestCancelsOlder();
    void cancelDeliversNothing();
    void computeHonoursCancellation();
    void unknownSegmentFails();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestAnalyticsService::initTestCase()
{
    qRegisterMetaType<ResultPtr>();
    m_path = m_dir.filePath(QStringLiteral("service.storelens"));
    QVERIFY(Workspace::open(m_path).ok());
    Connection c(m_path);
    // Two orders in March 2024: 2 × 10.00 (Web, c1) and 1 × 5.00 (In store, guest); net 25.00.
    QVERIFY(
        exec(c.db(),
             {QStringLiteral("INSERT INTO stores(id, name) VALUES(1, 'North')"),
              QStringLiteral("INSERT INTO channels(id, name) VALUES(1, 'In store'), (2, 'Web')"),
              QStringLiteral("INSERT INTO customers(id, external_id) VALUES(1, 'c1')"),
              QStringLiteral("INSERT INTO products(id, sku, category) VALUES(1, 'P1', 'Food')"),
              QStringLiteral("INSERT INTO order_lines(order_id, product_id, seq, day, customer_id, quantity, "
                             "unit_price, gross, store_id, channel_id) VALUES"
                             "('A', 1, 1, %1, 1, 2000, 100000, 200000, 1, 2),"
                             " ('B', 1, 1, %2, NULL, 1000, 50000, 50000, 1, 1)")
                  .arg(jd(2024, 3, 5), jd(2024, 3, 20))}));
}

void TestAnalyticsService::deliversResult()
{
    AnalyticsService service;
    QSignalSpy ready(&service, &AnalyticsService::resultReady);
    Query q;
    q.period = Period{QDate(2024, 3, 1), QDate(2024, 3, 31)};
    const quint64 id = service.submit(m_path, q);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 10000);
    QCOMPARE(ready.at(0).at(0).value<quint64>(), id);
    const auto result = ready.at(0).at(1).value<ResultPtr>();
    QCOMPARE(result->requestId, id);
    QCOMPARE(result->kpis.kpi(KpiId::NetSales).current.money.units(), qint64(250000));
    QCOMPARE(result->kpis.kpi(KpiId::Orders).current.value, 2.0);
    // month series over March: one bucket
    QCOMPARE(result->series.buckets.size(), size_t(1));
    QCOMPARE(result->series.series(KpiId::NetSales).at(0), 25.0);
    QCOMPARE(result->breakdowns.size(), size_t(5));
    // by channel: Web 20.00 first, In store 5.00
    QCOMPARE(result->breakdowns[1].rows.at(0).label, QStringLiteral("Web"));
    QCOMPARE(result->breakdowns[1].rows.at(0).shareOfNetSales, 0.8);
}

void TestAnalyticsService::newerRequestCancelsOlder()
{
    SnapshotCache::instance().clear();
    AnalyticsService service;
    QSignalSpy ready(&service, &AnalyticsService::resultReady);
    QSignalSpy failed(&service, &AnalyticsService::failed);
    Query older;
    older.period = Period{QDate(2024, 3, 1), QDate(2024, 3, 10)};
    Query newer;
    newer.period = Period{QDate(2024, 3, 11), QDate(2024, 3, 31)};
    const quint64 first = service.submit(m_path, older);
    const quint64 second = service.submit(m_path, newer);
    QVERIFY(second != first);
    QCOMPARE(service.currentRequestId(), second);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 10000);
    // give the older task time to finish: it must still never be reported
    QTest::qWait(300);
    QCOMPARE(ready.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(ready.at(0).at(0).value<quint64>(), second);
    // the newer period holds only order B (5.00)
    QCOMPARE(ready.at(0).at(1).value<ResultPtr>()->kpis.kpi(KpiId::NetSales).current.money.units(),
             qint64(50000));
}

void TestAnalyticsService::cancelDeliversNothing()
{
    AnalyticsService service;
    QSignalSpy ready(&service, &AnalyticsService::resultReady);
    service.submit(m_path, Query());
    service.cancel();
    QCOMPARE(service.currentRequestId(), quint64(0));
    QTest::qWait(300);
    QCOMPARE(ready.count(), 0);
}

void TestAnalyticsService::computeHonoursCancellation()
{
    auto r = AnalyticsService::compute(m_path, Query(), AnalyticsRequestOptions(), [] { return true; });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code(), ErrorCode::Cancelled);
}

void TestAnalyticsService::unknownSegmentFails()
{
    AnalyticsService service;
    QSignalSpy failed(&service, &AnalyticsService::failed);
    Query q;
    q.filter.segment = QStringLiteral("No such segment");
    service.submit(m_path, q);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
}

QTEST_GUILESS_MAIN(TestAnalyticsService)
#include "tst_analyticsservice.moc"
