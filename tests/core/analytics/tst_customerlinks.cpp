// Trial 12b: a web shop's list that names customers only as "A. Fabre" (imported as guest sales) and a till
// that names none left every customer page empty, with advice to clear filters that changed nothing. The
// pages now say the real reason when no sale of the workspace names a customer.

#include "SnapshotFixture.h"
#include "core/analytics/customers/CustomerLinks.h"
#include "core/model/EnglishPlurals.h"

#include <QLocale>
#include <QTest>

using namespace storelens::core::analytics;
using storelens::test::d;
using storelens::test::SnapshotFixture;

class TestCustomerLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        storelens::core::installEnglishPlurals();
    }
    void counts_data();
    void counts();
    void reasonOnlyWithoutAnyIdentifiedSale();
    void reasonNamesTheCustomersFileCount();
};

void TestCustomerLinks::counts_data()
{
    QTest::addColumn<int>("shape");
    QTest::addColumn<qint64>("buying");
    QTest::addColumn<qint64>("onFile");
    // Guest sales only; customers A, B, C of a customers file that no line names.
    QTest::newRow("guest sales and a customers file") << 0 << qint64(0) << qint64(3);
    // B buys, A only returns (named by a line but not buying), C is only on file.
    QTest::newRow("one buyer, one returner, one on file") << 1 << qint64(1) << qint64(1);
    // No customer at all.
    QTest::newRow("guest sales only") << 2 << qint64(0) << qint64(0);
}

namespace {

std::shared_ptr<storelens::core::analytics::Snapshot> build(int shape)
{
    SnapshotFixture f;
    if (shape != 2)
        f.customers({"A", "B", "C"});
    f.sale(d(2026, 10, 1), QStringLiteral("1"), QString(), 1000);
    f.sale(d(2026, 10, 2), QStringLiteral("2"), QString(), 2000);
    if (shape == 1) {
        f.sale(d(2026, 10, 3), QStringLiteral("3"), QStringLiteral("B"), 1500);
        f.sale(d(2026, 10, 4), QStringLiteral("4"), QStringLiteral("A"), 500, -1);
    }
    return f.build();
}

} // namespace

void TestCustomerLinks::counts()
{
    QFETCH(int, shape);
    QFETCH(qint64, buying);
    QFETCH(qint64, onFile);
    const CustomerLinks links = CustomerLinks::of(*build(shape));
    QCOMPARE(links.buyingCustomers, buying);
    QCOMPARE(links.customersOnFile, onFile);
    QCOMPARE(links.noneIdentified(), buying == 0);
}

void TestCustomerLinks::reasonOnlyWithoutAnyIdentifiedSale()
{
    // One identified sale: an empty page is the filters' doing, so no reason is given.
    QVERIFY(noIdentifiedCustomersReason(*build(1)).isEmpty());
    // An empty workspace has its own message ("No orders yet").
    QVERIFY(noIdentifiedCustomersReason(storelens::core::analytics::Snapshot()).isEmpty());
    const QString reason = noIdentifiedCustomersReason(*build(2));
    QVERIFY2(
        reason.startsWith(QStringLiteral("No sale in this workspace names a customer (guest sales only)")),
        qPrintable(reason));
    QVERIFY2(reason.contains(QStringLiteral("a customer number or an e-mail address")), qPrintable(reason));
    QVERIFY2(!reason.contains(QStringLiteral("customers file")), qPrintable(reason));
}

void TestCustomerLinks::reasonNamesTheCustomersFileCount()
{
    QVERIFY2(noIdentifiedCustomersReason(*build(0)).contains(
                 QStringLiteral("3 customers imported from a customers file: no order names any "
                                "of them.")),
             qPrintable(noIdentifiedCustomersReason(*build(0))));
    // The trial's 521, with the locale's digit grouping for larger counts.
    CustomerLinks links;
    links.customersOnFile = 1521;
    QVERIFY2(noIdentifiedCustomersReason(links).contains(QStringLiteral("1,521 customers imported")),
             qPrintable(noIdentifiedCustomersReason(links)));
    links.customersOnFile = 1;
    QVERIFY2(noIdentifiedCustomersReason(links).contains(QStringLiteral("1 customer imported")),
             qPrintable(noIdentifiedCustomersReason(links)));
}

QTEST_GUILESS_MAIN(TestCustomerLinks)
#include "tst_customerlinks.moc"
