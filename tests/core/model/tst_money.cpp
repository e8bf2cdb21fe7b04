#include "core/model/Money.h"

#include <QTest>

using storelens::core::Money;
using storelens::core::Quantity;

class TestMoney : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void times_data();
    void times();
    void toString_data();
    void toString();
    void quantityToString();
};

void TestMoney::times_data()
{
    QTest::addColumn<qint64>("priceUnits");
    QTest::addColumn<qint64>("quantityMilli");
    QTest::addColumn<qint64>("expectedUnits");

    QTest::newRow("whole units") << qint64(25500) << qint64(3000) << qint64(76500);
    // 0.3333 × 1.5 = 0.49995 -> 0.5000 (half away from zero)
    QTest::newRow("half rounds up") << qint64(3333) << qint64(1500) << qint64(5000);
    // 0.0001 × 0.4 = 0.00004 -> 0
    QTest::newRow("below half rounds down") << qint64(1) << qint64(400) << qint64(0);
    // return line: 0.3333 × -1.5 = -0.49995 -> -0.5000 (away from zero)
    QTest::newRow("negative half away from zero") << qint64(3333) << qint64(-1500) << qint64(-5000);
    // 2.999 kg at 1.2345 = 3.7022655 -> 3.7023
    QTest::newRow("weight") << qint64(12345) << qint64(2999) << qint64(37023);
    QTest::newRow("huge") << qint64(1'000'000'000'000) << qint64(1'000'000) << qint64(1'000'000'000'000'000);
}

void TestMoney::times()
{
    QFETCH(qint64, priceUnits);
    QFETCH(qint64, quantityMilli);
    QFETCH(qint64, expectedUnits);
    QCOMPARE(Money::fromUnits(priceUnits).times(Quantity::fromMilli(quantityMilli)).units(), expectedUnits);
}

void TestMoney::toString_data()
{
    QTest::addColumn<qint64>("units");
    QTest::addColumn<int>("places");
    QTest::addColumn<QString>("expected");

    QTest::newRow("four places") << qint64(12345678) << 4 << QStringLiteral("1234.5678");
    // 1.2350 is exactly half a cent above 1.23
    QTest::newRow("cents round half away") << qint64(12350) << 2 << QStringLiteral("1.24");
    QTest::newRow("negative cents") << qint64(-12350) << 2 << QStringLiteral("-1.24");
    QTest::newRow("negative below a cent") << qint64(-40) << 2 << QStringLiteral("0.00");
    QTest::newRow("whole") << qint64(5000) << 0 << QStringLiteral("1");
    QTest::newRow("zero") << qint64(0) << 2 << QStringLiteral("0.00");
}

void TestMoney::toString()
{
    QFETCH(qint64, units);
    QFETCH(int, places);
    QFETCH(QString, expected);
    QCOMPARE(Money::fromUnits(units).toString(places), expected);
}

void TestMoney::quantityToString()
{
    QCOMPARE(Quantity::fromMilli(2000).toString(), QStringLiteral("2"));
    QCOMPARE(Quantity::fromMilli(1250).toString(), QStringLiteral("1.25"));
    QCOMPARE(Quantity::fromMilli(-500).toString(), QStringLiteral("-0.5"));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
