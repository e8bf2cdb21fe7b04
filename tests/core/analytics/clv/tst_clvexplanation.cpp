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
    void parameterValuesInFixedNotation_data();
    void parameterValuesInFixedNotation();
    void fitAtALimitSaysSo();
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

void TestClvExplanation::parameterValuesInFixedNotation_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("spanish");
    // Four significant digits, at least two decimals, never E-notation (trial 16's PDF: "3,174E+05" and
    // "1,152E-05" for beta and s).
    QTest::newRow("trial 16's beta") << 317372.9502 << QStringLiteral("317,372.95")
                                     << QStringLiteral("317.372,95");
    QTest::newRow("trial 16's s") << 0.0000115207 << QStringLiteral("0.00001152")
                                  << QStringLiteral("0,00001152");
    QTest::newRow("below one") << 0.80614 << QStringLiteral("0.8061") << QStringLiteral("0,8061");
    QTest::newRow("one to ten") << 1.08194 << QStringLiteral("1.082") << QStringLiteral("1,082");
    QTest::newRow("tens") << 16.898 << QStringLiteral("16.90") << QStringLiteral("16,90");
    QTest::newRow("thousands") << 1517.0 << QStringLiteral("1,517.00") << QStringLiteral("1517,00");
    QTest::newRow("zero") << 0.0 << QStringLiteral("0.00") << QStringLiteral("0,00");
}

void TestClvExplanation::parameterValuesInFixedNotation()
{
    QFETCH(double, value);
    QFETCH(QString, english);
    QFETCH(QString, spanish);
    QCOMPARE(formatParameterValue(value, QLocale(QLocale::English, QLocale::UnitedStates)), english);
    QCOMPARE(formatParameterValue(value, QLocale(QLocale::Spanish, QLocale::Spain)), spanish);
}

// Model details name the parameters at a limit of their range instead of a plain "Converged" (trial 16).
void TestClvExplanation::fitAtALimitSaysSo()
{
    PurchaseModelFit fit{PurchaseModelKind::ParetoNbd, {1.08, 16.9, 0.0000115, 317373.0}, {}};
    fit.diagnostics.converged = true;
    fit.diagnostics.evaluations = 42;
    fit.diagnostics.customers = 385;
    fit.diagnostics.logLikelihood = -4108.55;
    QCOMPARE(describeFit(fit, QLocale::c()),
             QStringLiteral("Converged after 42 evaluations on 385 customers; log-likelihood -4108.55."));
    QVERIFY(!findsNoDropout(fit));
    fit.diagnostics.towardsZero = 1u << 2;     // s
    fit.diagnostics.towardsInfinity = 1u << 3; // beta
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(
        describeFit(fit, english),
        QStringLiteral("Converged at a limit after 42 evaluations on 385 customers: s and \u03b2 ran to the "
                       "bound of the allowed range (a value there marks where the fit stopped, not an "
                       "estimate); log-likelihood -4,108.55."));
    QVERIFY(findsNoDropout(fit));
    // r and alpha growing together (one purchase rate for all) is a limit too, but not of the dropout.
    fit.diagnostics.towardsZero = 0;
    fit.diagnostics.towardsInfinity = (1u << 0) | (1u << 1);
    QVERIFY(!findsNoDropout(fit));
    QVERIFY(describeFit(fit, english).contains(QStringLiteral(": r and \u03b1 ran to the bound")));
}

QTEST_GUILESS_MAIN(TestClvExplanation)
#include "tst_clvexplanation.moc"
