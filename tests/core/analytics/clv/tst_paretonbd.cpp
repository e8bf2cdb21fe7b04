#include "core/analytics/clv/ClvCalculator.h"
#include "core/analytics/clv/ParetoNbdModel.h"
#include "core/analytics/clv/SpecialFunctions.h"

#include "CdnowData.h"
#include "CompareNear.h"
#include "SyntheticCustomers.h"

#include <QElapsedTimer>
#include <QTest>

#include <cmath>

using namespace storelens::core::analytics::clv;

namespace {

// Composite Simpson's rule on 200,000 panels of the integrand, in the variable v = ln(a + tau) (which spreads
// the steep start of the integrand): the reference the quadrature must meet.
double referenceIntegral(double a, double p, double b, double q, double t0, double t1)
{
    const int n = 200000;
    const double v0 = std::log(a + t0);
    const double v1 = std::log(a + t1);
    const double h = (v1 - v0) / n;
    const auto f = [&](double v) {
        const double tau = std::exp(v) - a;
        return std::exp(v) * std::pow(a + tau, -p) * std::pow(b + tau, -q); // dtau = exp(v) dv
    };
    double sum = f(v0) + f(v1);
    for (int i = 1; i < n; ++i)
        sum += (i % 2 ? 4.0 : 2.0) * f(v0 + i * h);
    return sum * h / 3.0;
}

// ln L of one customer written out (the bracket's integral by referenceIntegral): ln Gamma(r + x) -
// ln Gamma(r) + r ln alpha + s ln beta + ln[(alpha + T)^-(r + x) (beta + T)^-s + s integral_{t_x}^{T} ...].
double referenceLogLikelihood(const ParetoNbdParameters &p, double x, double tx, double T)
{
    const double alive = std::pow(p.alpha + T, -(p.r + x)) * std::pow(p.beta + T, -p.s);
    const double dropout = tx < T ? p.s * referenceIntegral(p.alpha, p.r + x, p.beta, p.s + 1.0, tx, T) : 0.0;
    return std::lgamma(p.r + x) - std::lgamma(p.r) + p.r * std::log(p.alpha) + p.s * std::log(p.beta) +
           std::log(alive + dropout);
}

} // namespace

class TestParetoNbd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cdnowPublishedMaximum();
    void integralAgainstReference_data();
    void integralAgainstReference();
    void likelihoodAgainstReference_data();
    void likelihoodAgainstReference();
    void probabilityAliveByHand();
    void expectationsAgreeWithEachOther();
    void medianWaitIsTheHalfwayPoint();
    void cancelledFitStopsAtOnce_data();
    void cancelledFitStopsAtOnce();
    void hundredThousandCustomers();

private:
    std::vector<RfmSummaryRow> m_cdnow;
    ParetoNbdFit m_fit;
};

void TestParetoNbd::initTestCase()
{
    cdnow::fitModel<ParetoNbdModel>("cdnow_customers_summary.csv", &m_cdnow, &m_fit);
    if (QTest::currentTestFailed())
        return;
    qInfo("CDNOW Pareto/NBD fit: r %.4f, alpha %.4f, s %.4f, beta %.4f, LL %.4f; %d evaluations, gradient "
          "max-norm %.2e, %s, %.1f ms",
          m_fit.parameters.r, m_fit.parameters.alpha, m_fit.parameters.s, m_fit.parameters.beta,
          m_fit.diagnostics.logLikelihood, m_fit.diagnostics.evaluations, m_fit.diagnostics.gradientNorm,
          qPrintable(m_fit.diagnostics.stopReason), m_fit.diagnostics.seconds * 1000);
}

// METRICS.md section 8 and datasets/README.md: log-likelihood -9595.0 to 0.1, with r = 0.553, alpha = 10.578,
// s = 0.606, beta = 11.669 within 1 %.
void TestParetoNbd::cdnowPublishedMaximum()
{
    QVERIFY2(m_fit.diagnostics.converged, qPrintable(m_fit.diagnostics.stopReason));
    QCOMPARE(m_fit.diagnostics.customers, 2357);
    COMPARE_NEAR(m_fit.diagnostics.logLikelihood, -9595.0, 0.1);
    const ParetoNbdParameters &p = m_fit.parameters;
    COMPARE_NEAR(p.r / 0.553, 1.0, 0.01);
    COMPARE_NEAR(p.alpha / 10.578, 1.0, 0.01);
    COMPARE_NEAR(p.s / 0.606, 1.0, 0.01);
    COMPARE_NEAR(p.beta / 11.669, 1.0, 0.01);
    // The summed log-likelihood at the published parameters is the same maximum (a flat surface).
    COMPARE_NEAR(ParetoNbdModel::logLikelihood(ParetoNbdParameters{0.553, 10.578, 0.606, 11.669}, m_cdnow),
                 -9595.0, 0.1);
}

void TestParetoNbd::integralAgainstReference_data()
{
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("b");
    QTest::addColumn<double>("q");
    QTest::addColumn<double>("t0");
    QTest::addColumn<double>("t1");
    // The CDNOW fit's scale: a one-time buyer, a regular and a frequent buyer who went quiet.
    QTest::newRow("one-time buyer, alpha < beta") << 10.58 << 0.553 << 11.67 << 1.606 << 0.0 << 38.86;
    QTest::newRow("two repeats, alpha < beta") << 10.58 << 2.553 << 11.67 << 1.606 << 30.43 << 38.86;
    QTest::newRow("frequent buyer, steep start") << 10.58 << 30.553 << 11.67 << 1.606 << 5.0 << 77.0;
    QTest::newRow("alpha far above beta") << 50.0 << 3.0 << 0.5 << 1.2 << 2.0 << 60.0;
    QTest::newRow("beta far above alpha") << 0.3 << 1.5 << 80.0 << 4.0 << 0.0 << 100.0;
    QTest::newRow("short interval") << 4.0 << 2.0 << 6.0 << 1.5 << 20.0 << 20.01;
    QTest::newRow("exponents just above one") << 1.0 << 0.6 << 2.0 << 0.41 << 0.0 << 52.0;
    // A store's scale (the fit on a million order lines: r 1.94, alpha 47.8, s 19.8, beta 2260) and extremes.
    QTest::newRow("store fit, regular") << 47.83 << 7.94 << 2260.4 << 20.8 << 60.0 << 130.0;
    QTest::newRow("store fit, one-time buyer") << 47.83 << 1.94 << 2260.4 << 20.8 << 0.0 << 140.0;
    QTest::newRow("beta a million times alpha") << 0.01 << 1.2 << 1e4 << 3.0 << 0.0 << 80.0;
    QTest::newRow("alpha a million times beta, 60 repeats") << 1e4 << 60.5 << 0.01 << 1.3 << 70.0 << 150.0;
}

// The 32-point quadrature against a 200,000-panel Simpson rule, and its means of ln(a + tau) and 1/(a + tau)
// against finite differences of ln I in p and a (d ln I / dp = -E[ln(a + tau)], d ln I / da = -p E[1/(a +
// tau)]).
void TestParetoNbd::integralAgainstReference()
{
    QFETCH(double, a);
    QFETCH(double, p);
    QFETCH(double, b);
    QFETCH(double, q);
    QFETCH(double, t0);
    QFETCH(double, t1);
    const PowerProductIntegral I = powerProductIntegral(a, p, b, q, t0, t1);
    const double reference = referenceIntegral(a, p, b, q, t0, t1);
    COMPARE_NEAR(std::exp(I.logValue) / reference, 1.0, 1e-9);
    const double h = 1e-6;
    const double dp = (powerProductIntegral(a, p + h, b, q, t0, t1).logValue -
                       powerProductIntegral(a, p - h, b, q, t0, t1).logValue) /
                      (2 * h);
    COMPARE_NEAR(dp, -I.meanLogA, 1e-6 * std::max(1.0, std::fabs(dp)));
    const double dq = (powerProductIntegral(a, p, b, q + h, t0, t1).logValue -
                       powerProductIntegral(a, p, b, q - h, t0, t1).logValue) /
                      (2 * h);
    COMPARE_NEAR(dq, -I.meanLogB, 1e-6 * std::max(1.0, std::fabs(dq)));
    const double ha = h * a;
    const double da = (powerProductIntegral(a + ha, p, b, q, t0, t1).logValue -
                       powerProductIntegral(a - ha, p, b, q, t0, t1).logValue) /
                      (2 * ha);
    COMPARE_NEAR(da, -p * I.meanInverseA, 1e-6 * std::max(1.0, std::fabs(da)));
    // A wider step in b: ln I is of the order of p ln a, so a step of 1e-6 b is lost in its rounding when b
    // is tiny and a is large.
    const double hb = 1e-4 * b;
    const double db = (powerProductIntegral(a, p, b + hb, q, t0, t1).logValue -
                       powerProductIntegral(a, p, b - hb, q, t0, t1).logValue) /
                      (2 * hb);
    COMPARE_NEAR(db, -q * I.meanInverseB, 1e-6 * std::max(1.0, std::fabs(db)));
}

void TestParetoNbd::likelihoodAgainstReference_data()
{
    QTest::addColumn<double>("r");
    QTest::addColumn<double>("alpha");
    QTest::addColumn<double>("s");
    QTest::addColumn<double>("beta");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("tx");
    QTest::addColumn<double>("T");
    // Every 40th CDNOW customer at the published parameters.
    for (size_t i = 0; i < m_cdnow.size(); i += 40) {
        const RfmSummaryRow &row = m_cdnow[i];
        QTest::addRow("CDNOW customer %d", int(i + 1))
            << 0.553 << 10.578 << 0.606 << 11.669 << row.x << row.tx << row.T;
    }
    QTest::newRow("store fit, one-time buyer") << 1.94 << 47.83 << 19.8 << 2260.4 << 0.0 << 0.0 << 140.0;
    QTest::newRow("store fit, 40 repeats") << 1.94 << 47.83 << 19.8 << 2260.4 << 40.0 << 120.0 << 125.0;
    QTest::newRow("tiny alpha, huge beta") << 0.05 << 0.01 << 5.0 << 1e4 << 3.0 << 20.0 << 90.0;
    QTest::newRow("huge alpha, tiny beta") << 8.0 << 1e4 << 0.05 << 0.02 << 12.0 << 50.0 << 52.0;
    QTest::newRow("last purchase a day before T")
        << 0.553 << 10.578 << 0.606 << 11.669 << 5.0 << 38.0 << 38.0 + 1.0 / 7.0;
}

// The summed log-likelihood of one customer against the formula with a 200,000-panel Simpson integral.
void TestParetoNbd::likelihoodAgainstReference()
{
    QFETCH(double, r);
    QFETCH(double, alpha);
    QFETCH(double, s);
    QFETCH(double, beta);
    QFETCH(double, x);
    QFETCH(double, tx);
    QFETCH(double, T);
    const ParetoNbdParameters p{r, alpha, s, beta};
    RfmSummaryRow row;
    row.x = x;
    row.tx = tx;
    row.T = T;
    const double reference = referenceLogLikelihood(p, x, tx, T);
    COMPARE_NEAR(ParetoNbdModel::logLikelihood(p, {row}), reference,
                 1e-9 * std::max(1.0, std::fabs(reference)));
}

// With r = s = 1 and alpha = beta = 1 the bracket has a closed form. A one-time buyer (x = 0) of age T:
// first term (1 + T)^-2, second term s * integral_0^T (1 + tau)^-3 dtau = (1 - (1 + T)^-2) / 2.
// T = 1: 0.25 and 0.375, so P(alive) = 0.25 / 0.625 = 0.4; T = 3: 0.0625 and 0.46875, P(alive) = 0.1176...
void TestParetoNbd::probabilityAliveByHand()
{
    const ParetoNbdModel model(ParetoNbdParameters{1.0, 1.0, 1.0, 1.0});
    COMPARE_NEAR(model.probabilityAlive(0, 0, 1), 0.4, 1e-12);
    COMPARE_NEAR(model.probabilityAlive(0, 0, 3), 0.0625 / (0.0625 + 0.46875), 1e-12);
    // Bought last at T: no time to drop out after the last purchase unseen, so alive for sure.
    COMPARE_NEAR(model.probabilityAlive(3, 5, 5), 1.0, 1e-15);
}

// E[X(t)] of a new customer is the conditional expectation of x = t_x = T = 0; the conditional expectation
// grows with t and stays below the expectation of a customer known to be alive; at s = 1 the closed form
// r / alpha * beta ln(1 + t / beta) holds (the limit of the general formula).
void TestParetoNbd::expectationsAgreeWithEachOther()
{
    const ParetoNbdModel model(m_fit.parameters);
    for (double t : {1.0, 13.0, 39.0, 78.0})
        COMPARE_NEAR(model.expectedPurchases(t), model.conditionalExpectedPurchases(t, 0, 0, 0), 1e-12);
    double previous = 0;
    for (double t : {4.0, 13.0, 52.0}) {
        const double e = model.conditionalExpectedPurchases(t, 2, 30.43, 38.86);
        QVERIFY(e > previous);
        QVERIFY(e < model.expectedPurchasesIfAlive(t, 2, 38.86));
        previous = e;
    }
    const ParetoNbdModel unit(ParetoNbdParameters{0.5, 2.0, 1.0, 4.0});
    COMPARE_NEAR(unit.expectedPurchases(10.0), 0.5 / 2.0 * 4.0 * std::log(1.0 + 10.0 / 4.0), 1e-12);
    const ParetoNbdModel nearUnit(ParetoNbdParameters{0.5, 2.0, 1.0 + 1e-7, 4.0});
    COMPARE_NEAR(nearUnit.expectedPurchases(10.0), unit.expectedPurchases(10.0), 1e-6);
}

// At the median wait the chance of a purchase is one half: P(alive) times the integral of the purchase
// density, here computed again with the reference Simpson rule.
void TestParetoNbd::medianWaitIsTheHalfwayPoint()
{
    const ParetoNbdModel model(m_fit.parameters);
    const ParetoNbdParameters &p = m_fit.parameters;
    const double x = 4, tx = 36, T = 38.86;
    const std::optional<double> median = model.medianWeeksToNextPurchase(x, tx, T);
    QVERIFY(median.has_value());
    const double a = p.alpha + T, b = p.beta + T;
    const double chance = model.probabilityAlive(x, tx, T) * (p.r + x) * std::pow(a, p.r + x) *
                          std::pow(b, p.s) * referenceIntegral(a, p.r + x + 1.0, b, p.s, 0.0, *median);
    COMPARE_NEAR(chance, 0.5, 1e-4); // the wait is found to 5e-5 of itself
    // A one-time buyer of long ago is more likely gone than buying again: no date.
    QVERIFY(!model.medianWeeksToNextPurchase(0, 0, 38.86).has_value());
}

void TestParetoNbd::cancelledFitStopsAtOnce_data()
{
    QTest::addColumn<int>("allowed"); // objective evaluations before the cancellation
    QTest::newRow("cancelled before the first evaluation") << 0;
    QTest::newRow("cancelled after the first evaluation") << 1;
    QTest::newRow("cancelled after ten evaluations") << 10;
}

void TestParetoNbd::cancelledFitStopsAtOnce()
{
    QFETCH(int, allowed);
    int asked = 0;
    FitOptions options;
    options.cancelled = [&asked, allowed] { return ++asked > allowed; };
    const auto fit = ParetoNbdModel::fit(m_cdnow, options);
    QVERIFY(fit.ok());
    QVERIFY(fit->diagnostics.cancelled);
    QVERIFY(!fit->diagnostics.converged);
    QCOMPARE(fit->diagnostics.evaluations, allowed);
    QCOMPARE(asked, allowed + 1); // asked once more, then NLopt stopped without calling again
}

// Timing (reported, not asserted) of the fit and of the whole CLV pipeline with the Pareto/NBD on 100,000
// customers of 78 weeks of history.
void TestParetoNbd::hundredThousandCustomers()
{
    const std::vector<RfmSummaryRow> rows = synthetic::customers(
        100000, BgNbdParameters{0.25, 4.0, 0.8, 2.5}, GammaGammaParameters{6.0, 4.0, 15.0}, 78.0, 99u);
    ClvOptions options;
    options.model = PurchaseModelKind::ParetoNbd;
    QElapsedTimer timer;
    timer.start();
    const auto result = ClvCalculator(options).compute(rows);
    const qint64 ms = timer.elapsed();
    QVERIFY2(result.ok(), qPrintable(result.error().message()));
    const PurchaseModelFit *fit = result->fitOf(PurchaseModelKind::ParetoNbd);
    QVERIFY(fit);
    QVERIFY(fit->diagnostics.converged);
    qInfo(
        "CLV pipeline with the Pareto/NBD on %d customers: %lld ms (Pareto/NBD fit %.0f ms, %d evaluations)",
        int(rows.size()), ms, fit->diagnostics.seconds * 1000.0, fit->diagnostics.evaluations);
    QCOMPARE(result->customers.size(), rows.size());
}

QTEST_GUILESS_MAIN(TestParetoNbd)
#include "tst_paretonbd.moc"
