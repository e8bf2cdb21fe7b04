#include "core/analytics/clv/ClvExplanation.h"

#include <QTest>

using namespace storelens::core::analytics::clv;

Q_DECLARE_METATYPE(PurchaseModelKind)

// The plain-language lines of each purchase model's parameters, in the C locale.
class TestClvExplanation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void purchaseModelParameters_data();
    void purchaseModelParameters();
};

void TestClvExplanation::purchaseModelParameters_data()
{
    QTest::addColumn<PurchaseModelKind>("kind");
    QTest::addColumn<double>("p0");
    QTest::addColumn<double>("p1");
    QTest::addColumn<double>("p2");
    QTest::addColumn<double>("p3");
    QTest::addColumn<QString>("key");      // the parameter whose line is checked
    QTest::addColumn<QString>("contains"); // a figure or phrase worked out by hand
    // r / alpha = 0.5 / 2 = 0.250 a week, 13.0 a year.
    QTest::newRow("Pareto/NBD purchase rate")
        << PurchaseModelKind::ParetoNbd << 0.5 << 2.0 << 2.0 << 10.0 << QStringLiteral("alpha")
        << QStringLiteral("0.250 times a week");
    // beta / (s - 1) = 10 / (2 - 1) = 10 weeks.
    QTest::newRow("Pareto/NBD average stay")
        << PurchaseModelKind::ParetoNbd << 0.5 << 2.0 << 2.0 << 10.0 << QStringLiteral("beta")
        << QStringLiteral("10 weeks on average");
    QTest::newRow("Pareto/NBD, s below 1")
        << PurchaseModelKind::ParetoNbd << 0.553 << 10.578 << 0.606 << 11.669 << QStringLiteral("beta")
        << QStringLiteral("has no limit");
    // a / (a + b) = 1 / 3 = 33.3 %, from the first purchase on.
    QTest::newRow("MBG/NBD dropout")
        << PurchaseModelKind::MbgNbd << 1.0 << 1.0 << 1.0 << 2.0 << QStringLiteral("a")
        << QStringLiteral("the first one included: on average a \u00f7 (a + b) = 33.3\u00a0%");
    QTest::newRow("BG/NBD dropout") << PurchaseModelKind::BgNbd << 1.0 << 1.0 << 1.0 << 2.0
                                    << QStringLiteral("a")
                                    << QStringLiteral(
                                           "after a purchase: on average a \u00f7 (a + b) = 33.3\u00a0%");
}

void TestClvExplanation::purchaseModelParameters()
{
    QFETCH(PurchaseModelKind, kind);
    QFETCH(double, p0);
    QFETCH(double, p1);
    QFETCH(double, p2);
    QFETCH(double, p3);
    QFETCH(QString, key);
    QFETCH(QString, contains);
    const std::vector<ParameterExplanation> rows =
        explainPurchaseModel(PurchaseModelFit{kind, {p0, p1, p2, p3}, {}}, QLocale::c());
    QCOMPARE(rows.size(), size_t(4));
    const std::array<QString, 4> keys = purchaseModelParameterKeys(kind);
    for (size_t i = 0; i < 4; ++i) {
        QCOMPARE(rows[i].key, keys[i]);
        QVERIFY(!rows[i].meaning.isEmpty());
        if (rows[i].key == key)
            QVERIFY2(rows[i].meaning.contains(contains), qPrintable(rows[i].meaning));
    }
}

QTEST_GUILESS_MAIN(TestClvExplanation)
#include "tst_clvexplanation.moc"
