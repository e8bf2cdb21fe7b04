#include "core/analytics/clv/GammaGammaModel.h"

#include "CdnowData.h"
#include "CompareNear.h"
#include "SyntheticCustomers.h"

#include <QElapsedTimer>
#include <QTest>

#include <cmath>

using namespace storelens::core::analytics::clv;

class TestGammaGamma : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cdnowFit();
    void cdnowExpectedSpend_data();
    void cdnowExpectedSpend();
    void expectedSpendByHand_data();
    void expectedSpendByHand();
    void skipsCustomersWithoutRepeatSpend();
    void noRepeatBuyers();
    void syntheticCustomers();

private:
    std::vector<RfmSummaryRow> m_cdnow;
    GammaGammaFit m_fit;
};

void TestGammaGamma::initTestCase()
{
    cdnow::fitModel<GammaGammaModel>("cdnow_customers_summary_with_transactions.csv", &m_cdnow, &m_fit);
}

// Published (datasets/README.md): p = 6.25, q = 3.74, gamma = 15.44, log-likelihood -4055.92 on 946 buyers.
void TestGammaGamma::cdnowFit()
{
    QVERIFY2(m_fit.diagnostics.converged, qPrintable(m_fit.diagnostics.stopReason));
    QCOMPARE(m_fit.diagnostics.customers, 946);
    COMPARE_NEAR(m_fit.parameters.p, 6.25, 0.01);
    COMPARE_NEAR(m_fit.parameters.q, 3.74, 0.01);
    COMPARE_NEAR(m_fit.parameters.gamma, 15.44, 0.01);
    COMPARE_NEAR(m_fit.diagnostics.logLikelihood, -4055.92, 0.01);
    QVERIFY(m_fit.diagnostics.gradientNorm < 1e-5);
    // A finite best value for every parameter: none at a limit of its range.
    QCOMPARE(m_fit.diagnostics.towardsZero, 0u);
    QCOMPARE(m_fit.diagnostics.towardsInfinity, 0u);
}

void TestGammaGamma::cdnowExpectedSpend_data()
{
    QTest::addColumn<int>("customer");
    QTest::addColumn<double>("expected");
    // Published conditional expected average spend of CDNOW customers 1, 2 and 3 (customer 3 has x = 0: the
    // population mean).
    QTest::newRow("customer 1, two repeats") << 1 << 24.66;
    QTest::newRow("customer 2, one repeat") << 2 << 18.91;
    QTest::newRow("customer 3, no repeat") << 3 << 35.17;
}

void TestGammaGamma::cdnowExpectedSpend()
{
    QFETCH(int, customer);
    QFETCH(double, expected);
    const RfmSummaryRow &row = m_cdnow.at(size_t(customer - 1));
    QCOMPARE(row.customerId, QString::number(customer));
    const GammaGammaModel model(m_fit.parameters);
    COMPARE_NEAR(model.conditionalExpectedAverageSpend(row.x, row.monetary), expected, 0.01);
}

void TestGammaGamma::expectedSpendByHand_data()
{
    QTest::addColumn<double>("q");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("monetary");
    QTest::addColumn<double>("expected");
    // p = 2, gamma = 4: E = p (gamma + x zbar) / (p x + q - 1).
    QTest::newRow("two repeats of 10: 2 * 24 / 6") << 3.0 << 2.0 << 10.0 << 8.0;
    QTest::newRow("no repeat: population mean 2 * 4 / 2") << 3.0 << 0.0 << 0.0 << 4.0;
    QTest::newRow("negative repeat spend: population mean") << 3.0 << 2.0 << -5.0 << 4.0;
    QTest::newRow("q = 1: no mean exists") << 1.0 << 2.0 << 10.0 << std::nan("");
}

void TestGammaGamma::expectedSpendByHand()
{
    QFETCH(double, q);
    QFETCH(double, x);
    QFETCH(double, monetary);
    QFETCH(double, expected);
    const double actual =
        GammaGammaModel(GammaGammaParameters{2.0, q, 4.0}).conditionalExpectedAverageSpend(x, monetary);
    if (std::isnan(expected))
        QVERIFY(std::isnan(actual));
    else
        COMPARE_NEAR(actual, expected, 1e-12);
}

// Rows with x = 0 or a non-positive mean spend take no part in the fit.
void TestGammaGamma::skipsCustomersWithoutRepeatSpend()
{
    std::vector<RfmSummaryRow> rows = m_cdnow;
    rows.push_back({QStringLiteral("refunder"), 3.0, 10.0, 20.0, -12.0});
    rows.push_back({QStringLiteral("free gifts"), 2.0, 10.0, 20.0, 0.0});
    const auto fit = GammaGammaModel::fit(rows);
    QVERIFY(fit.ok());
    QCOMPARE(fit->diagnostics.customers, 946);
    COMPARE_NEAR(fit->diagnostics.logLikelihood, -4055.92, 0.01);
}

void TestGammaGamma::noRepeatBuyers()
{
    const std::vector<RfmSummaryRow> rows = {{QStringLiteral("a"), 0.0, 0.0, 10.0, 0.0},
                                             {QStringLiteral("b"), 0.0, 0.0, 12.0, 0.0}};
    const auto fit = GammaGammaModel::fit(rows);
    QVERIFY(!fit.ok());
    QCOMPARE(fit.error().code(), storelens::core::ErrorCode::TooLittleData);
    QVERIFY(!fit.error().message().isEmpty());
}

// Recovery and fit time on the repeat buyers among 100,000 customers drawn from the models.
void TestGammaGamma::syntheticCustomers()
{
    const GammaGammaParameters truth{6.0, 4.0, 15.0};
    const std::vector<RfmSummaryRow> rows =
        synthetic::customers(100000, BgNbdParameters{0.25, 4.0, 0.8, 2.5}, truth, 78.0, 20240502u);
    QElapsedTimer timer;
    timer.start();
    const auto fit = GammaGammaModel::fit(rows);
    const qint64 ms = timer.elapsed();
    QVERIFY(fit.ok());
    qInfo("Gamma-Gamma fit on %d repeat buyers: %lld ms, %d evaluations, p %.4f q %.4f gamma %.4f",
          fit->diagnostics.customers, ms, fit->diagnostics.evaluations, fit->parameters.p, fit->parameters.q,
          fit->parameters.gamma);
    QVERIFY(fit->diagnostics.converged);
    COMPARE_NEAR(fit->parameters.p, truth.p, 0.1 * truth.p);
    COMPARE_NEAR(fit->parameters.q, truth.q, 0.1 * truth.q);
    COMPARE_NEAR(fit->parameters.gamma, truth.gamma, 0.1 * truth.gamma);
}

QTEST_GUILESS_MAIN(TestGammaGamma)
#include "tst_gammagamma.moc"
