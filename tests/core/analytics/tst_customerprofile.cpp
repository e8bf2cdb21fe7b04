#include "core/analytics/customers/CustomerProfile.h"

#include "core/analytics/SnapshotFixture.h"
#include "core/analytics/customers/CustomerMetrics.h"

#include <QTest>

using namespace storelens::core::analytics;
using storelens::test::SnapshotFixture;

namespace {

// Customer A (amounts in cents):
//   A1 on 2024-01-05: SKU-1 (Shoes) 60.00 and SKU-2 (Bags) 2 × 20.00
//   A2 on 2024-02-10: SKU-1 50.00
//   A2R on 2024-02-20: a return of one SKU-1 at 20.00
//   A3 on 2024-03-01: SKU-3 (no category) 30.00, sold online
// Customer B: B1 on 2024-01-20, SKU-1 40.00 (never part of A's profile). A guest line on 2024-01-10.
std::shared_ptr<Snapshot> fixture()
{
    SnapshotFixture fx;
    fx.customer(QStringLiteral("A"));
    fx.customer(QStringLiteral("B"));
    fx.product(QStringLiteral("SKU-1"), QStringLiteral("Shoes"), QStringLiteral("Runner"));
    fx.product(QStringLiteral("SKU-2"), QStringLiteral("Bags"), QStringLiteral("Tote"));
    fx.product(QStringLiteral("SKU-3"), QString(), QStringLiteral("Gift card"));
    fx.sale(QDate(2024, 1, 5), QStringLiteral("A1"), QStringLiteral("A"), 6000);
    fx.add(SnapshotFixture::line(QDate(2024, 1, 5), QStringLiteral("A1"), QStringLiteral("A"), 2000,
                                 QStringLiteral("SKU-2"), 2));
    fx.sale(QDate(2024, 2, 10), QStringLiteral("A2"), QStringLiteral("A"), 5000);
    fx.sale(QDate(2024, 2, 20), QStringLiteral("A2R"), QStringLiteral("A"), 2000, -1);
    SnapshotFixture::Line online = SnapshotFixture::line(QDate(2024, 3, 1), QStringLiteral("A3"),
                                                         QStringLiteral("A"), 3000, QStringLiteral("SKU-3"));
    online.channel = QStringLiteral("Online");
    fx.add(online);
    fx.sale(QDate(2024, 1, 20), QStringLiteral("B1"), QStringLiteral("B"), 4000);
    fx.sale(QDate(2024, 1, 10), QStringLiteral("G1"), QString(), 99900);
    return fx.build();
}

constexpr int32_t A = 0;
constexpr int64_t Cent = 100; // ten-thousandths per cent

} // namespace

class TestCustomerProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ordersInTimeOrder();
    void productsAndCategoriesByNetSales();
    void totalsEqualCustomerMetrics_data();
    void totalsEqualCustomerMetrics();
    void unknownCustomerIsEmpty();
};

void TestCustomerProfile::ordersInTimeOrder()
{
    const auto s = fixture();
    const CustomerProfile p = CustomerProfile::compute(*s, nullptr, A);
    QCOMPARE(p.customer, A);
    QCOMPARE(p.orders.size(), size_t(4));
    const QStringList expectedIds{QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("A2R"),
                                  QStringLiteral("A3")};
    const std::vector<int64_t> expectedNet{10000 * Cent, 5000 * Cent, -2000 * Cent, 3000 * Cent};
    const std::vector<int32_t> expectedLines{2, 1, 1, 1};
    for (size_t k = 0; k < p.orders.size(); ++k) {
        QCOMPARE(s->orderIds.at(p.orders[k].order), expectedIds.at(qsizetype(k)));
        QCOMPARE(p.orders[k].netSales, expectedNet[k]);
        QCOMPARE(p.orders[k].lines, expectedLines[k]);
    }
    QCOMPARE(QDate::fromJulianDay(p.orders[0].day), QDate(2024, 1, 5));
    QCOMPARE(p.orders[0].units, int64_t(3000)); // 1 + 2 units, in thousandths
    QCOMPARE(p.orders[2].hasSale, false);       // the return alone is not an order
    QCOMPARE(p.orders[2].units, int64_t(0));
    QCOMPARE(p.orders[2].returnedUnits, int64_t(1000));
    QCOMPARE(p.orders[0].returnedUnits, int64_t(0));
    QCOMPARE(s->channels.at(p.orders[3].channel), QStringLiteral("Online"));
    QCOMPARE(p.saleOrders, 3);
    QCOMPARE(p.netSales, 16000 * Cent); // 60 + 40 + 50 − 20 + 30
}

void TestCustomerProfile::productsAndCategoriesByNetSales()
{
    const auto s = fixture();
    const CustomerProfile p = CustomerProfile::compute(*s, nullptr, A);
    QCOMPARE(p.products.size(), size_t(3));
    // SKU-1: 60 + 50 − 20 = 90.00, quantity 1 + 1 − 1, orders A1 and A2.
    QCOMPARE(s->skus.at(p.products[0].product), QStringLiteral("SKU-1"));
    QCOMPARE(p.products[0].netSales, 9000 * Cent);
    QCOMPARE(p.products[0].quantity, int64_t(1000));
    QCOMPARE(p.products[0].orders, 2);
    QCOMPARE(QDate::fromJulianDay(p.products[0].lastDay), QDate(2024, 2, 10));
    QCOMPARE(s->skus.at(p.products[1].product), QStringLiteral("SKU-2"));
    QCOMPARE(p.products[1].netSales, 4000 * Cent);
    QCOMPARE(p.products[1].quantity, int64_t(2000));
    QCOMPARE(s->skus.at(p.products[2].product), QStringLiteral("SKU-3"));
    QCOMPARE(p.products[2].netSales, 3000 * Cent);

    QCOMPARE(p.categories.size(), size_t(3));
    QCOMPARE(s->categories.at(p.categories[0].category), QStringLiteral("Shoes"));
    QCOMPARE(p.categories[0].netSales, 9000 * Cent);
    QCOMPARE(s->categories.at(p.categories[1].category), QStringLiteral("Bags"));
    QCOMPARE(p.categories[2].category, -1); // SKU-3 has no category
    QCOMPARE(p.categories[2].netSales, 3000 * Cent);
}

void TestCustomerProfile::totalsEqualCustomerMetrics_data()
{
    QTest::addColumn<bool>("onlineOnly");
    QTest::addColumn<int64_t>("expectedNet");
    QTest::addColumn<int>("expectedOrders");
    QTest::newRow("all lines") << false << 16000 * Cent << 3;
    QTest::newRow("online lines only") << true << 3000 * Cent << 1;
}

void TestCustomerProfile::totalsEqualCustomerMetrics()
{
    QFETCH(bool, onlineOnly);
    QFETCH(int64_t, expectedNet);
    QFETCH(int, expectedOrders);
    const auto s = fixture();
    std::vector<uint8_t> mask;
    if (onlineOnly) {
        const int32_t online = int32_t(s->channels.indexOf(QStringLiteral("Online")));
        for (int32_t c : s->channel)
            mask.push_back(c == online ? 1 : 0);
    }
    const std::vector<uint8_t> *lineMask = onlineOnly ? &mask : nullptr;
    const CustomerProfile p = CustomerProfile::compute(*s, lineMask, A);
    const CustomerMetrics m = CustomerMetrics::compute(*s, lineMask);
    QCOMPARE(p.netSales, expectedNet);
    QCOMPARE(p.saleOrders, expectedOrders);
    QCOMPARE(p.netSales, m.netSales[A]);
    QCOMPARE(p.saleOrders, m.orders[A]);
}

void TestCustomerProfile::unknownCustomerIsEmpty()
{
    const auto s = fixture();
    for (int32_t customer : {-1, 99}) {
        const CustomerProfile p = CustomerProfile::compute(*s, nullptr, customer);
        QCOMPARE(p.orders.size(), size_t(0));
        QCOMPARE(p.netSales, int64_t(0));
    }
}

QTEST_GUILESS_MAIN(TestCustomerProfile)
#include "tst_customerprofile.moc"
