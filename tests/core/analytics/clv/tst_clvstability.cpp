#include "core/analytics/clv/ClvExplanation.h"
#include "core/analytics/clv/WorkspaceClv.h"

#include "core/analytics/SnapshotFixture.h"

#include <QFile>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace storelens::core::analytics;
using namespace storelens::core::analytics::clv;
using storelens::core::Result;
using storelens::test::SnapshotFixture;

namespace {

// tests/data/import/trial20_deli_purchase_days.csv: the purchase days of trial 20's UK deli (synthetic: its
// customers never stop buying), one line per identified customer and day with the day's net sales, from
// 1 October 2025 to 30 November 2026. 295 customers (C001 .. C295), 1,367 purchase days.
struct PurchaseDay
{
    QDate date;
    QString customer;
    qint64 cents = 0;
};

std::vector<PurchaseDay> readPurchaseDays()
{
    QFile file(QStringLiteral(STORELENS_TEST_DATA "/import/trial20_deli_purchase_days.csv"));
    std::vector<PurchaseDay> days;
    if (!file.open(QIODevice::ReadOnly))
        return days;
    file.readLine(); // Order ID,Date,Customer ID,SKU,Quantity,Unit price
    while (!file.atEnd()) {
        const QList<QByteArray> f = file.readLine().trimmed().split(',');
        days.push_back({QDate::fromString(QString::fromLatin1(f.at(1)), Qt::ISODate),
                        QString::fromLatin1(f.at(2)), std::llround(f.at(5).toDouble() * 100.0)});
    }
    return days;
}

// The deli as a snapshot; the lines of `forgotten` become guest lines, as "Forget this customer" leaves them
// (the trial forgot C131, isla.taylor218@example.co.uk there, 10 purchase days).
std::shared_ptr<Snapshot> deliSnapshot(const std::vector<PurchaseDay> &days, const QString &forgotten = {})
{
    SnapshotFixture f;
    int order = 0;
    for (const PurchaseDay &day : days)
        f.sale(day.date, QStringLiteral("o%1").arg(++order),
               day.customer == forgotten ? QString() : day.customer, day.cents);
    return f.build();
}

} // namespace

class TestClvStability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void oneCustomerLessKeepsTheDecision_data();
    void oneCustomerLessKeepsTheDecision();

private:
    std::vector<PurchaseDay> m_days;
};

void TestClvStability::initTestCase()
{
    m_days = readPurchaseDays();
    QCOMPARE(m_days.size(), size_t(1367));
}

void TestClvStability::oneCustomerLessKeepsTheDecision_data()
{
    QTest::addColumn<QString>("forgotten");
    QTest::addColumn<int>("customers");
    QTest::addColumn<int>("testCustomers");
    QTest::addColumn<double>("actualInTest");
    QTest::addColumn<double>("expectedSpend"); // measured (a fitted model has no hand-worked figures)
    // Counted in the file: 283 customers bought by 31 August 2026, and they bought on 282 customer-days from
    // 1 September to 30 November; C131 and C183 bought before and on one day each after it.
    QTest::newRow("295 customers") << QString() << 295 << 283 << 282.0 << 48817.71;
    // The customer forgotten in the trial.
    QTest::newRow("294 customers, C131 forgotten")
        << QStringLiteral("C131") << 294 << 282 << 281.0 << 48586.18;
    // One whose absence made both test fits fail before (trial 20's "no stable fit" on these 294).
    QTest::newRow("294 customers, C183 forgotten")
        << QStringLiteral("C183") << 294 << 282 << 281.0 << 48356.90;
}

// Trial 20 (report item 7): with 295 customers the Predictions showed a forecast with every customer 100 %
// alive; with one customer forgotten they said "no stable fit". Every fit of this history runs to the limit
// in which nobody leaves, and whether L-BFGS passed the gradient test on the way turned on that one customer.
// Now both get the same decision, a forecast from a fit that finds no dropout, and say why every chance of
// still being a customer is close to 100 %.
void TestClvStability::oneCustomerLessKeepsTheDecision()
{
    QFETCH(QString, forgotten);
    QFETCH(int, customers);
    QFETCH(int, testCustomers);
    QFETCH(double, actualInTest);
    QFETCH(double, expectedSpend);
    const std::shared_ptr<Snapshot> snapshot = deliSnapshot(m_days, forgotten);
    QCOMPARE(snapshot->asOfDate(), QDate(2026, 11, 30));
    const Result<WorkspaceClv> clv = fitWorkspaceClv(*snapshot, WorkspaceClvRequest());
    QVERIFY(clv.ok());
    QVERIFY2(clv->status == ClvStatus::Ok, qPrintable(clv->message));
    QCOMPARE(int(clv->result.customers.size()), customers);

    // The test on the last 13 weeks: the Pareto/NBD fit converged and predicted those weeks closer (the
    // MBG/NBD's, at its own limit, did too or left no number), so it is the model in use every time.
    const ClvModelChoice &choice = clv->choice;
    QVERIFY(choice.tested);
    QCOMPARE(choice.testFrom, QDate(2026, 9, 1));
    QCOMPARE(choice.customers, testCustomers);
    QCOMPARE(choice.actualRepeatPurchases, actualInTest);
    QVERIFY(choice.candidate(PurchaseModelKind::ParetoNbd));
    QVERIFY(choice.candidate(PurchaseModelKind::ParetoNbd)->converged);
    QCOMPARE(choice.model, PurchaseModelKind::ParetoNbd);
    QCOMPARE(clv->result.model, choice.model);

    // The fit in use finds no dropout: every customer is close to certainly still a customer, and the
    // prediction says why.
    const PurchaseModelFit *fit = clv->result.fitOf(choice.model);
    QVERIFY(fit);
    QVERIFY(fit->diagnostics.converged);
    QVERIFY(findsNoDropout(*fit));
    QVERIFY(clv->aliveNote.contains(QLatin1String("close to 100 %")));
    double lowest = 1.0;
    double total = 0.0;
    for (const CustomerClv &c : clv->result.customers) {
        lowest = std::min(lowest, c.probabilityAlive);
        total += c.predictedClv;
    }
    QVERIFY2(lowest > 0.99, qPrintable(QString::number(lowest)));
    qInfo("%s: %s, r = %.4g, alpha = %.4g, log-likelihood %.4f, lowest P(alive) %.4f, expected spend %.2f",
          QTest::currentDataTag(), qPrintable(purchaseModelName(choice.model)), fit->parameters[0],
          fit->parameters[1], fit->diagnostics.logLikelihood, lowest, total);
    // One customer less moves the expected spend by about a 295th (0.5 %), not from all of it to nothing.
    QVERIFY2(std::fabs(total - expectedSpend) < 0.001 * expectedSpend,
             qPrintable(QString::number(total, 'f', 2)));
}

QTEST_GUILESS_MAIN(TestClvStability)
#include "tst_clvstability.moc"
