#include "core/analytics/clv/WorkspaceClv.h"
#include "core/analytics/customers/CustomerBase.h"
#include "core/analytics/segments/RuleSegment.h"
#include "core/analytics/segments/SegmentStore.h"

#include "CdnowData.h"
#include "CompareNear.h"
#include "core/analytics/SnapshotFixture.h"

#include <QLocale>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>

using namespace storelens::core::analytics;
using namespace storelens::core::analytics::clv;
using storelens::core::ErrorCode;
using storelens::core::Result;
using storelens::test::SnapshotFixture;

Q_DECLARE_METATYPE(ClvStatus)

namespace {

// The CDNOW sample (2,357 customers, 1997-01-01 .. 1998-06-30) as a snapshot: one single-line order per row
// of the file, the dollar value as the price.
std::shared_ptr<Snapshot> cdnowSnapshot()
{
    SnapshotFixture f;
    int n = 0;
    for (const QByteArray &line : cdnow::readLines("CDNOW_sample.txt")) {
        const QList<QByteArray> p = line.simplified().split(' ');
        const QDate date = QDate::fromString(QString::fromLatin1(p.at(2)), QStringLiteral("yyyyMMdd"));
        f.sale(date, QStringLiteral("o%1").arg(++n), QString::fromLatin1(p.at(1)),
               std::llround(p.at(4).toDouble() * 100.0));
    }
    return f.build();
}

const QDate kCalibrationEnd(1997, 9, 30); // the paper's 39 calibration weeks

} // namespace

class TestWorkspaceClv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cdnowFitAndHoldout();
    void trackingAddsUp();
    void asOfWithoutHoldout();
    void guards_data();
    void guards();
    void attachAndRules();
    void filteredLinesOnly();
    void modelChosenByHoldout();
    void modelTestedOnTheLastThirteenWeeks();
    void oneTimeBuyersFadeWithTime();
    void nextPurchasesCountFromTheAsOfDate();
    void cancelledAtAnyStage_data();
    void cancelledAtAnyStage();

private:
    Result<WorkspaceClv> calibratedClv(std::optional<PurchaseModelKind> model) const;

    std::shared_ptr<Snapshot> m_cdnow;
};

void TestWorkspaceClv::initTestCase()
{
    m_cdnow = cdnowSnapshot();
    QCOMPARE(m_cdnow->customers.size(), size_t(2357));
    QCOMPARE(m_cdnow->asOfDate(), QDate(1998, 6, 30));
}

// The CLV of the CDNOW snapshot calibrated on the paper's 39 weeks, with `model` (empty: chosen by the
// holdout).
Result<WorkspaceClv> TestWorkspaceClv::calibratedClv(std::optional<PurchaseModelKind> model) const
{
    WorkspaceClvRequest request;
    request.calibrationEnd = kCalibrationEnd;
    request.model = model;
    return computeWorkspaceClv(*m_cdnow, request);
}

// The published BG/NBD and Gamma-Gamma parameters (../shared/datasets/README.md) from the snapshot, and the
// holdout (weeks 40-78, 273 days = 39 weeks) checked against a count from the raw file.
void TestWorkspaceClv::cdnowFitAndHoldout()
{
    const Result<WorkspaceClv> clv = calibratedClv(PurchaseModelKind::BgNbd);
    QVERIFY(clv.ok());
    QCOMPARE(clv->status, ClvStatus::Ok);
    QVERIFY(clv->message.isEmpty());
    QCOMPARE(clv->result.model, PurchaseModelKind::BgNbd);
    QCOMPARE(clv->choice.basis, ClvModelBasis::Requested);
    QCOMPARE(clv->calibrationEnd, kCalibrationEnd);
    QCOMPARE(clv->result.customers.size(), size_t(2357));
    const BgNbdParameters &p = clv->result.bgNbd.parameters;
    COMPARE_NEAR(p.r / 0.2426, 1.0, 1e-3);
    COMPARE_NEAR(p.alpha / 4.4136, 1.0, 1e-3);
    COMPARE_NEAR(p.a / 0.7929, 1.0, 1e-3);
    COMPARE_NEAR(p.b / 2.4259, 1.0, 1e-3);
    COMPARE_NEAR(clv->result.bgNbd.diagnostics.logLikelihood, -9582.43, 0.01);
    COMPARE_NEAR(clv->result.gammaGamma.parameters.p, 6.25, 0.01);
    COMPARE_NEAR(clv->result.gammaGamma.parameters.q, 3.74, 0.01);
    COMPARE_NEAR(clv->result.gammaGamma.parameters.gamma, 15.44, 0.01);

    QVERIFY(clv->hasHoldout());
    const ClvHoldout &h = clv->holdout.front();
    QCOMPARE(h.from, QDate(1997, 10, 1));
    QCOMPARE(h.to, QDate(1998, 6, 30));
    COMPARE_NEAR(h.weeks, 39.0, 1e-12);
    // Repeat purchases in the holdout counted from the file: distinct (customer, day) pairs after 1997-09-30
    // (every CDNOW customer made the first purchase in the first 12 weeks, so all of them are repeats).
    QSet<QString> pairs;
    for (const QByteArray &line : cdnow::readLines("CDNOW_sample.txt")) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.at(2) > QByteArrayLiteral("19970930"))
            pairs.insert(QString::fromLatin1(f.at(1) + ' ' + f.at(2)));
    }
    QCOMPARE(h.actualTotal, double(pairs.size()));
    int customers = 0;
    double actual = 0;
    for (const HoldoutGroup &g : h.groups) {
        customers += g.customers;
        actual += g.actualMean * g.customers;
    }
    QCOMPARE(customers, 2357);
    COMPARE_NEAR(actual, h.actualTotal, 1e-9);
    QCOMPARE(h.groups.size(), size_t(8));
    QVERIFY(h.groups.back().orMore);
    // Expected: the model's conditional expectation over 39 weeks, summed over the published summary rows.
    const BgNbdModel model(p);
    double expected = 0;
    for (const RfmSummaryRow &row : cdnow::summary("cdnow_customers_summary.csv"))
        expected += model.conditionalExpectedPurchases(39.0, row.x, row.tx, row.T);
    COMPARE_NEAR(h.expectedTotal, expected, 1.0); // T in the file is rounded to 2 places
    // The paper's check value: x = 2, t_x = 30.43, T = 38.86 expects 1.226 purchases in the next 39 weeks.
    COMPARE_NEAR(model.conditionalExpectedPurchases(39.0, 2, 30.43, 38.86), 1.226, 5e-4);
}

// Month by month, the actual repeat purchases of the calibration months add up to the summary's x, the
// expected ones to the sum of E[X(T)] of every customer, and the forecast to the calculator's month sums.
void TestWorkspaceClv::trackingAddsUp()
{
    const Result<WorkspaceClv> clv = calibratedClv(PurchaseModelKind::BgNbd);
    QVERIFY(clv.ok());
    double actualHistory = 0;
    double expectedHistory = 0;
    double actualForecast = 0;
    int forecastMonths = 0;
    for (const ClvTrackingMonth &m : clv->tracking) {
        QVERIFY(m.from <= m.to);
        if (m.forecast) {
            ++forecastMonths;
            QVERIFY(m.from > kCalibrationEnd);
            if (m.hasActual)
                actualForecast += m.actual;
        } else {
            QVERIFY(m.to <= kCalibrationEnd);
            actualHistory += m.actual;
            expectedHistory += m.expected;
        }
    }
    QCOMPARE(forecastMonths, 12);
    QCOMPARE(clv->tracking.back().hasActual, false); // ends 365 days after 1997-09-30, past the as-of date
    double x = 0;
    double ex = 0;
    const BgNbdModel model(clv->result.bgNbd.parameters);
    for (const RfmSummaryRow &row : clv->summary) {
        x += row.x;
        ex += model.expectedPurchases(row.T);
    }
    QCOMPARE(actualHistory, x);
    COMPARE_NEAR(expectedHistory, ex, 1e-6 * ex);
    // The eight whole months after the calibration end (8 x 30.44 = 243.5 days) are inside the holdout.
    QVERIFY(actualForecast > 0 && actualForecast <= clv->holdout.front().actualTotal);
    for (size_t m = 0; m < 12; ++m)
        QCOMPARE(clv->tracking[clv->tracking.size() - 12 + m].expected,
                 clv->result.expectedPurchasesByMonth[m]);
}

// Without a calibration end the summary runs to the as-of date, there is no holdout, and find() and the
// customer-index lookup agree.
void TestWorkspaceClv::asOfWithoutHoldout()
{
    WorkspaceClvRequest bgNbd;
    bgNbd.model = PurchaseModelKind::BgNbd;
    const Result<WorkspaceClv> clv = computeWorkspaceClv(*m_cdnow, bgNbd);
    QVERIFY(clv.ok());
    QCOMPARE(clv->status, ClvStatus::Ok);
    QCOMPARE(clv->calibrationEnd, QDate(1998, 6, 30));
    QVERIFY(!clv->hasHoldout());
    QCOMPARE(clv->result.customers.size(), size_t(2357));
    // Customer "0001": purchases on 1997-01-01, 01-18, 08-02, 12-12 -> x = 3, T = 545 days.
    const CustomerClv *c = clv->find(QStringLiteral("0001"));
    QVERIFY(c);
    const int32_t index = int32_t(m_cdnow->customers.size()) - 1;
    QVERIFY(clv->forCustomerIndex(index));
    QCOMPARE(clv->forCustomerIndex(index)->customerId, m_cdnow->customers.externalId(size_t(index)));
    const RfmSummaryRow *row = clv->summaryOf(0);
    QVERIFY(row);
    QCOMPARE(clv->forCustomerIndex(0), c);
    QCOMPARE(row->x, 3.0);
    COMPARE_NEAR(row->T, 545.0 / 7.0, 1e-12);
    const BgNbdModel model(clv->result.bgNbd.parameters);
    QCOMPARE(c->probabilityAlive, model.probabilityAlive(row->x, row->tx, row->T));
    QVERIFY(!clv->find(QStringLiteral("nobody")));
    QVERIFY(!clv->forCustomerIndex(-1));
    // The same request again is answered from the cache with the same figures.
    const Result<WorkspaceClv> again = computeWorkspaceClv(*m_cdnow, bgNbd);
    QVERIFY(again.ok());
    QCOMPARE(again->result.bgNbd.diagnostics.logLikelihood, clv->result.bgNbd.diagnostics.logLikelihood);
    QCOMPARE(again->find(QStringLiteral("0001"))->predictedClv, c->predictedClv);
}

void TestWorkspaceClv::guards_data()
{
    QTest::addColumn<int>("customers");
    QTest::addColumn<int>("spanDays");
    QTest::addColumn<bool>("repeat");
    QTest::addColumn<ClvStatus>("status");
    QTest::newRow("199 customers") << 199 << 200 << true << ClvStatus::TooFewCustomers;
    QTest::newRow("89 days of history") << 250 << 88 << true << ClvStatus::HistoryTooShort;
    QTest::newRow("nobody came back") << 250 << 200 << false << ClvStatus::NoRepeatBuyers;
}

// Thin data: a status and a message, and no numbers at all.
void TestWorkspaceClv::guards()
{
    QFETCH(int, customers);
    QFETCH(int, spanDays);
    QFETCH(bool, repeat);
    QFETCH(ClvStatus, status);
    SnapshotFixture f;
    const QDate first(2024, 1, 1);
    for (int c = 1; c < customers; ++c) {
        const QString id = QStringLiteral("c%1").arg(c);
        f.sale(first.addDays(c % 10), QStringLiteral("a%1").arg(c), id, 1000);
        if (repeat && c % 3 == 0)
            f.sale(first.addDays(20 + c % 7), QStringLiteral("b%1").arg(c), id, 1500);
    }
    // The last of the customers buys once, spanDays after the first day: the history is that long.
    f.sale(first.addDays(spanDays), QStringLiteral("last"), QStringLiteral("late"), 500);
    const auto s = f.build();
    const Result<WorkspaceClv> clv = computeWorkspaceClv(*s, WorkspaceClvRequest());
    QVERIFY(clv.ok());
    QCOMPARE(clv->status, status);
    QVERIFY(!clv->message.isEmpty());
    // c1 ... c(customers - 1) and "late": `customers` identified customers, said beside the threshold.
    if (status == ClvStatus::TooFewCustomers)
        QVERIFY2(
            clv->message.contains(
                QStringLiteral("at least 200 identified customers; this selection has %1,").arg(customers)),
            qPrintable(clv->message));
    QVERIFY(clv->result.customers.empty());
    QVERIFY(clv->tracking.empty());
    QVERIFY(!clv->hasHoldout());
    QVERIFY(!clv->find(QStringLiteral("c1")));

    CustomerBase base = CustomerBase::build(*s, nullptr);
    attachClv(base, clv.value());
    QVERIFY(base.predictedClv.empty());
    QVERIFY(base.probabilityAlive.empty());
}

// attachClv() fills the population rows; a saved-segment style rule on probability alive is evaluated with
// the CLV attached on the fly (segmentAllowList), matching the count taken from the prediction itself.
void TestWorkspaceClv::attachAndRules()
{
    const Result<WorkspaceClv> clv = computeWorkspaceClv(*m_cdnow, WorkspaceClvRequest());
    QVERIFY(clv.ok());
    CustomerBase base = CustomerBase::build(*m_cdnow, nullptr);
    QCOMPARE(base.size(), size_t(2357));
    attachClv(base, clv.value());
    QCOMPARE(base.predictedClv.size(), base.size());
    int alive = 0;
    double richest = 0;
    for (size_t row = 0; row < base.size(); ++row) {
        const CustomerClv *c = clv->forCustomerIndex(base.metrics.population[row]);
        QVERIFY(c);
        QCOMPARE(base.predictedClv[row], c->predictedClv);
        QCOMPARE(base.probabilityAlive[row], c->probabilityAlive);
        alive += c->probabilityAlive > 0.5 ? 1 : 0;
        richest = std::max(richest, c->predictedClv);
    }
    QVERIFY(alive > 0 && alive < 2357);
    QVERIFY(richest > 0);

    SegmentRule rule;
    RuleGroup group;
    group.conditions.push_back({RuleField::ProbabilityAlive, RuleOperator::Greater, {QStringLiteral("0.5")}});
    rule.addGroup(group);
    QVERIFY(ruleUsesClv(rule));
    SegmentRule plain;
    plain.addGroup({RuleJoin::And, {{RuleField::Orders, RuleOperator::Greater, {QStringLiteral("1")}}}});
    QVERIFY(!ruleUsesClv(plain));

    const CustomerBase bare = CustomerBase::build(*m_cdnow, nullptr);
    QVERIFY(bare.probabilityAlive.empty());
    const Result<std::vector<uint8_t>> allow = segmentAllowList(bare, *m_cdnow, nullptr, rule);
    QVERIFY(allow.ok());
    int members = 0;
    for (uint8_t flag : allow.value())
        members += flag;
    QCOMPARE(members, alive);

    CustomerBase attached = CustomerBase::build(*m_cdnow, nullptr);
    QVERIFY(attachClvForRule(attached, *m_cdnow, nullptr, rule).ok());
    QCOMPARE(attached.probabilityAlive, base.probabilityAlive);
}

// A line mask restricts the summary: keeping only the lines up to 1997-12-31 is the same as a calibration
// end on that day, and the customers outside the mask get no prediction.
void TestWorkspaceClv::filteredLinesOnly()
{
    WorkspaceClvRequest masked;
    masked.lineMask.assign(m_cdnow->lineCount(), 0);
    const auto lastDay = int32_t(QDate(1997, 12, 31).toJulianDay());
    for (size_t i = 0; i < m_cdnow->lineCount(); ++i)
        masked.lineMask[i] = m_cdnow->day[i] <= lastDay ? 1 : 0;
    const Result<WorkspaceClv> a = computeWorkspaceClv(*m_cdnow, masked);
    QVERIFY(a.ok());
    QCOMPARE(a->status, ClvStatus::Ok);
    // The as-of date stays the snapshot's (1998-06-30), so T runs to it; compare x and t_x with a calibration
    // end on 1997-12-31, whose rows have the same purchases.
    WorkspaceClvRequest cut;
    cut.calibrationEnd = QDate(1997, 12, 31);
    const Result<WorkspaceClv> b = computeWorkspaceClv(*m_cdnow, cut);
    QVERIFY(b.ok());
    QCOMPARE(a->summary.size(), b->summary.size());
    for (size_t i = 0; i < a->summary.size(); ++i) {
        QCOMPARE(a->summary[i].x, b->summary[i].x);
        QCOMPARE(a->summary[i].tx, b->summary[i].tx);
        QCOMPARE(a->summary[i].monetary, b->summary[i].monetary);
        COMPARE_NEAR(a->summary[i].T - b->summary[i].T, 181.0 / 7.0, 1e-9);
    }
}

// With the paper's holdout (39 weeks after 1997-09-30) and no model asked for, the Pareto/NBD and MBG/NBD
// are fitted on the calibration weeks and the one whose expected repeat purchases in the holdout are closer
// to the actual ones is used; its holdout figures are the holdout check's, and the sentence names them.
void TestWorkspaceClv::modelChosenByHoldout()
{
    const Result<WorkspaceClv> clv = calibratedClv(std::nullopt);
    QVERIFY(clv.ok());
    QCOMPARE(clv->status, ClvStatus::Ok);
    const ClvModelChoice &choice = clv->choice;
    QCOMPARE(choice.basis, ClvModelBasis::Holdout);
    QVERIFY(choice.tested);
    QVERIFY(!choice.lastWeeks);
    QCOMPARE(choice.testFrom, QDate(1997, 10, 1));
    QCOMPARE(choice.testTo, QDate(1998, 6, 30));
    QCOMPARE(choice.customers, 2357);
    QCOMPARE(choice.candidates.size(), size_t(2));
    QCOMPARE(choice.candidates[0].kind, PurchaseModelKind::ParetoNbd);
    QCOMPARE(choice.candidates[1].kind, PurchaseModelKind::MbgNbd);
    const ClvHoldout &h = clv->holdout.front();
    QCOMPARE(choice.actualRepeatPurchases, h.actualTotal);
    const double pareto = std::fabs(choice.candidates[0].expectedRepeatPurchases - h.actualTotal) / 2357.0;
    const double mbg = std::fabs(choice.candidates[1].expectedRepeatPurchases - h.actualTotal) / 2357.0;
    QCOMPARE(choice.holdoutError(PurchaseModelKind::ParetoNbd), pareto);
    QCOMPARE(choice.holdoutError(PurchaseModelKind::MbgNbd), mbg);
    QVERIFY(std::isnan(choice.holdoutError(PurchaseModelKind::BgNbd)));
    const PurchaseModelKind closer = pareto <= mbg ? PurchaseModelKind::ParetoNbd : PurchaseModelKind::MbgNbd;
    QCOMPARE(choice.model, closer);
    QCOMPARE(clv->result.model, closer);
    const ClvModelCandidate *used = choice.candidate(closer);
    COMPARE_NEAR(h.expectedTotal, used->expectedRepeatPurchases, 1e-9 * h.expectedTotal);
    qInfo("CDNOW holdout, %d repeat purchases: Pareto/NBD expected %.1f, MBG/NBD %.1f; %s",
          int(h.actualTotal), choice.candidates[0].expectedRepeatPurchases,
          choice.candidates[1].expectedRepeatPurchases, qPrintable(choice.sentence));
    const QLocale locale;
    QVERIFY(choice.sentence.contains(purchaseModelName(closer)));
    QVERIFY(choice.sentence.contains(locale.toString(qint64(std::llround(used->expectedRepeatPurchases)))));
    QVERIFY(choice.sentence.contains(locale.toString(qint64(h.actualTotal))));
    // The BG/NBD is still fitted (its published parameters), only not used.
    COMPARE_NEAR(clv->result.bgNbd.diagnostics.logLikelihood, -9582.43, 0.01);
}

// Without a holdout the models are tested on the last 13 weeks (1998-04-01 .. 06-30, 91 days), fitted on the
// purchases before them; the actual repeat purchases are counted here from the file (every CDNOW customer
// first bought in 1997, so every purchase day in those weeks is a repeat).
void TestWorkspaceClv::modelTestedOnTheLastThirteenWeeks()
{
    const Result<WorkspaceClv> clv = computeWorkspaceClv(*m_cdnow, WorkspaceClvRequest());
    QVERIFY(clv.ok());
    const ClvModelChoice &choice = clv->choice;
    QVERIFY(choice.tested);
    QVERIFY(choice.lastWeeks);
    QCOMPARE(choice.testFrom, QDate(1998, 4, 1));
    QCOMPARE(choice.testWeeks, 13.0);
    QSet<QString> pairs;
    for (const QByteArray &line : cdnow::readLines("CDNOW_sample.txt")) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.at(2) >= QByteArrayLiteral("19980401"))
            pairs.insert(QString::fromLatin1(f.at(1) + ' ' + f.at(2)));
    }
    QCOMPARE(choice.actualRepeatPurchases, double(pairs.size()));
    QVERIFY(choice.model != PurchaseModelKind::BgNbd);
    QCOMPARE(clv->result.model, choice.model);
    QVERIFY2(choice.sentence.contains(QLatin1String("in the last 13 weeks")), qPrintable(choice.sentence));
    qInfo("%s", qPrintable(choice.sentence));
    // Asked for by name, the BG/NBD is used and the sentence says so.
    WorkspaceClvRequest bgNbd;
    bgNbd.model = PurchaseModelKind::BgNbd;
    const Result<WorkspaceClv> asked = computeWorkspaceClv(*m_cdnow, bgNbd);
    QVERIFY(asked.ok());
    QCOMPARE(asked->result.model, PurchaseModelKind::BgNbd);
    QCOMPARE(asked->choice.basis, ClvModelBasis::Requested);
    QVERIFY(asked->choice.sentence.contains(QLatin1String("BG/NBD model, as chosen")));
}

// Under the model in use, one-time buyers (x = 0) are not certainly alive, and the longer ago they bought,
// the less likely they are still customers: sorted by age T, P(alive) falls (strictly between distinct ages).
void TestWorkspaceClv::oneTimeBuyersFadeWithTime()
{
    const Result<WorkspaceClv> clv = computeWorkspaceClv(*m_cdnow, WorkspaceClvRequest());
    QVERIFY(clv.ok());
    std::vector<std::pair<double, double>> ageAndAlive;
    for (size_t i = 0; i < clv->summary.size(); ++i) {
        if (clv->summary[i].x == 0)
            ageAndAlive.emplace_back(clv->summary[i].T, clv->result.customers[i].probabilityAlive);
    }
    QVERIFY(ageAndAlive.size() > 500); // 1,411 in the 39 calibration weeks, fewer over all 78
    std::sort(ageAndAlive.begin(), ageAndAlive.end());
    for (size_t i = 0; i < ageAndAlive.size(); ++i) {
        QVERIFY(ageAndAlive[i].second < 1.0);
        if (i > 0 && ageAndAlive[i].first > ageAndAlive[i - 1].first)
            QVERIFY(ageAndAlive[i].second < ageAndAlive[i - 1].second);
    }
    QVERIFY(ageAndAlive.back().second < 0.5); // 78 weeks after a single purchase: probably gone
}

// After a holdout split the expected next purchase is counted from the as-of date, from each customer's
// purchases up to it, and is never on or before the as-of date.
void TestWorkspaceClv::nextPurchasesCountFromTheAsOfDate()
{
    const Result<WorkspaceClv> clv = calibratedClv(std::nullopt);
    QVERIFY(clv.ok());
    const QDate asOf(1998, 6, 30);
    const auto latest = RfmSummaryBuilder::build(*m_cdnow, int32_t(asOf.toJulianDay()));
    QVERIFY(latest.ok());
    QCOMPARE(latest->size(), clv->summary.size()); // everyone bought in the calibration weeks
    const PurchaseModel model = clv->result.purchaseModel();
    int dated = 0;
    for (size_t i = 0; i < clv->result.customers.size(); ++i) {
        const CustomerClv &c = clv->result.customers[i];
        const RfmSummaryRow &row = latest.value()[i];
        QCOMPARE(row.customerId, c.customerId);
        const std::optional<double> weeks = model.medianWeeksToNextPurchase(row.x, row.tx, row.T);
        QCOMPARE(c.nextPurchase.isValid(), weeks.has_value());
        if (!weeks)
            continue;
        ++dated;
        QVERIFY(c.nextPurchase > asOf);
        QCOMPARE(c.nextPurchase, asOf.addDays(std::max<qint64>(1, std::llround(*weeks * 7.0))));
    }
    QVERIFY(dated > 0);
}

void TestWorkspaceClv::cancelledAtAnyStage_data()
{
    QTest::addColumn<int>("share"); // the cancellation comes after this share (in %) of a full run's asks
    QTest::newRow("before anything") << 0;
    QTest::newRow("in the test fits") << 25;
    QTest::newRow("half way") << 50;
    QTest::newRow("in the fits used") << 75;
    QTest::newRow("at the last ask") << 100;
}

// A full fit asks whether to stop before every objective evaluation, between stages and per chunk of
// customers. Cancelled after any share of those asks it returns "cancelled" after at most three more.
void TestWorkspaceClv::cancelledAtAnyStage()
{
    QFETCH(int, share);
    int full = 0;
    const Result<WorkspaceClv> complete = fitWorkspaceClv(*m_cdnow, WorkspaceClvRequest(), [&full] {
        ++full;
        return false;
    });
    QVERIFY(complete.ok());
    QVERIFY2(full > 60, qPrintable(QString::number(full)));
    const int limit = std::min(full - 1, full * share / 100);
    int asked = 0;
    const Result<WorkspaceClv> stopped =
        fitWorkspaceClv(*m_cdnow, WorkspaceClvRequest(), [&asked, limit] { return ++asked > limit; });
    QVERIFY(!stopped.ok());
    QCOMPARE(stopped.error().code(), ErrorCode::Cancelled);
    QVERIFY2(asked <= limit + 3,
             qPrintable(QStringLiteral("%1 asks, cancelled at %2").arg(asked).arg(limit)));
}

QTEST_GUILESS_MAIN(TestWorkspaceClv)
#include "tst_workspaceclv.moc"
