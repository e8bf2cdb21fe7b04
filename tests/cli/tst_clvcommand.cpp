#include "cli/CliCommand.h"
#include "cli/CliRunner.h"
#include "common/SampleFixture.h"
#include "common/SpendWithoutAverage.h"
#include "core/analytics/clv/WorkspaceClv.h"
#include "core/analytics/segments/SegmentStore.h"
#include "core/analytics/snapshot/SnapshotCache.h"
#include "core/store/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace storelens::core;
using namespace storelens::core::analytics;
using namespace storelens::core::analytics::clv;
using namespace storelens::cli;

namespace {

using storelens::test::runCli;
using storelens::test::runSample;

QStringList clvArgs(const QString &workspace, const QStringList &more)
{
    return QStringList{QStringLiteral("clv"), QStringLiteral("--workspace"), workspace} + more;
}

} // namespace

// `storelens clv` on a generated sample store: the figures it prints are the engine's (computeWorkspaceClv on
// the same snapshot), the JSON fields are the documented ones, the guards exit with 2.
class TestClvCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void json();
    void holdout();
    void csvAndLimit();
    void table();
    void savedSegmentOnProbabilityAlive();
    void modelByName();
    void guard();
    void spendWithoutAnAverage();
    void badUsage_data();
    void badUsage();

private:
    storelens::test::SampleStoreFile m_store; // 800 customers over 2 years
};

void TestClvCommand::initTestCase()
{
    QVERIFY(m_store.write(800, 2));
}

void TestClvCommand::json()
{
    QString out;
    QString err;
    QCOMPARE(
        runCli(clvArgs(m_store.path(), {QStringLiteral("--format"), QStringLiteral("json")}), &out, &err),
        int(Success));
    const QJsonObject root = QJsonDocument::fromJson(out.toUtf8()).object();
    const Result<WorkspaceClv> engine = computeWorkspaceClv(*m_store.snapshot(), WorkspaceClvRequest());
    QVERIFY(engine.ok());
    QCOMPARE(engine->status, ClvStatus::Ok);

    QCOMPARE(root.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(root.value(QStringLiteral("as_of")).toString(),
             m_store.snapshot()->asOfDate().toString(Qt::ISODate));
    QCOMPARE(root.value(QStringLiteral("calibration_end")).toString(), QStringLiteral("2026-09-30"));
    QCOMPARE(root.value(QStringLiteral("horizon_months")).toInt(), 12);
    QCOMPARE(root.value(QStringLiteral("annual_discount_rate")).toDouble(), 0.10);
    QVERIFY(root.value(QStringLiteral("holdout")).isNull());
    const QJsonObject bg = root.value(QStringLiteral("bg_nbd")).toObject();
    QCOMPARE(bg.value(QStringLiteral("r")).toDouble(), engine->result.bgNbd.parameters.r);
    QCOMPARE(bg.value(QStringLiteral("alpha")).toDouble(), engine->result.bgNbd.parameters.alpha);
    QCOMPARE(bg.value(QStringLiteral("a")).toDouble(), engine->result.bgNbd.parameters.a);
    QCOMPARE(bg.value(QStringLiteral("b")).toDouble(), engine->result.bgNbd.parameters.b);
    QCOMPARE(bg.value(QStringLiteral("log_likelihood")).toDouble(),
             engine->result.bgNbd.diagnostics.logLikelihood);
    QCOMPARE(bg.value(QStringLiteral("converged")).toBool(), true);
    // The model in use, chosen on the last 13 weeks, with the sentence that names it and its test.
    const QJsonObject model = root.value(QStringLiteral("model")).toObject();
    QCOMPARE(model.value(QStringLiteral("in_use")).toString(), purchaseModelKey(engine->result.model));
    QCOMPARE(model.value(QStringLiteral("chosen_by")).toString(), QStringLiteral("holdout"));
    QCOMPARE(model.value(QStringLiteral("sentence")).toString(), engine->choice.sentence);
    QVERIFY(engine->choice.sentence.contains(purchaseModelName(engine->result.model)));
    QVERIFY(engine->choice.sentence.contains(QLatin1String("in the last 13 weeks")));
    const QJsonObject test = model.value(QStringLiteral("test")).toObject();
    QCOMPARE(test.value(QStringLiteral("from")).toString(), QStringLiteral("2026-07-02")); // 91 days
    QCOMPARE(test.value(QStringLiteral("weeks")).toDouble(), 13.0);
    QCOMPARE(test.value(QStringLiteral("models")).toArray().size(), qsizetype(2)); // Pareto/NBD and MBG/NBD
    QVERIFY(engine->result.model != PurchaseModelKind::BgNbd);
    QCOMPARE(model.value(QStringLiteral("fits")).toArray().size(), qsizetype(2)); // BG/NBD and the one in use
    const QJsonObject gg = root.value(QStringLiteral("gamma_gamma")).toObject();
    QCOMPARE(gg.value(QStringLiteral("gamma")).toDouble(), engine->result.gammaGamma.parameters.gamma);
    for (const char *key :
         {"p", "q", "log_likelihood", "converged", "evaluations", "gradient_norm", "customers"})
        QVERIFY2(gg.contains(QLatin1String(key)), key);

    const QJsonArray customers = root.value(QStringLiteral("customers")).toArray();
    QCOMPARE(customers.size(), qsizetype(engine->result.customers.size()));
    QCOMPARE(root.value(QStringLiteral("customer_count")).toInt(), int(customers.size()));
    double previous = INFINITY;
    double total = 0;
    for (const QJsonValue &value : customers) {
        const QJsonObject c = value.toObject();
        const CustomerClv *expected = engine->find(c.value(QStringLiteral("customer_id")).toString());
        QVERIFY(expected);
        const double clv = c.value(QStringLiteral("predicted_clv")).toDouble();
        QCOMPARE(clv, expected->predictedClv);
        QVERIFY(clv <= previous); // highest CLV first
        previous = clv;
        total += clv;
        QCOMPARE(c.value(QStringLiteral("probability_alive")).toDouble(), expected->probabilityAlive);
        QCOMPARE(c.value(QStringLiteral("expected_purchases_52_weeks")).toDouble(),
                 expected->expectedPurchases52Weeks);
        QCOMPARE(c.value(QStringLiteral("expected_average_order_value")).toDouble(),
                 expected->expectedAverageSpend);
        // The next purchase: the as-of date (no holdout: the calibration end) plus the median wait, when the
        // customer is likely still there.
        const QJsonValue next = c.value(QStringLiteral("expected_next_purchase"));
        QCOMPARE(next.isNull(), !expected->medianWeeksToNextPurchase.has_value());
        if (!next.isNull()) {
            const qint64 days = std::max<qint64>(1, std::llround(*expected->medianWeeksToNextPurchase * 7.0));
            QCOMPARE(next.toString(), QDate(2026, 9, 30).addDays(days).toString(Qt::ISODate));
        }
    }
    QVERIFY(std::fabs(root.value(QStringLiteral("predicted_clv_total")).toDouble() - total) < 1e-6 * total);
}

// --holdout-from 2026-04-01: fitted on the purchases to 2026-03-31, the holdout runs to the as-of date, 183
// days; the actual repeat purchases are the distinct purchase days of the calibration customers after the
// split, counted here from the snapshot.
void TestClvCommand::holdout()
{
    QString out;
    QCOMPARE(runCli(clvArgs(m_store.path(), {QStringLiteral("--holdout-from"), QStringLiteral("2026-04-01"),
                                             QStringLiteral("--format"), QStringLiteral("json")}),
                    &out),
             int(Success));
    const QJsonObject root = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("calibration_end")).toString(), QStringLiteral("2026-03-31"));
    const QJsonObject h = root.value(QStringLiteral("holdout")).toObject();
    QCOMPARE(h.value(QStringLiteral("from")).toString(), QStringLiteral("2026-04-01"));
    QCOMPARE(h.value(QStringLiteral("to")).toString(), QStringLiteral("2026-09-30"));
    QCOMPARE(h.value(QStringLiteral("weeks")).toDouble(), 183.0 / 7.0);

    const Snapshot &s = *m_store.snapshot();
    const auto split = int32_t(QDate(2026, 4, 1).toJulianDay());
    QSet<int32_t> calibrationCustomers;
    QSet<QPair<int32_t, int32_t>> holdoutDays;
    for (size_t i = 0; i < s.lineCount(); ++i) {
        if (s.customer[i] < 0 || s.quantity[i] <= 0)
            continue;
        if (s.day[i] < split)
            calibrationCustomers.insert(s.customer[i]);
        else
            holdoutDays.insert({s.customer[i], s.day[i]});
    }
    int actual = 0;
    for (const auto &pair : holdoutDays)
        actual += calibrationCustomers.contains(pair.first) ? 1 : 0;
    QCOMPARE(h.value(QStringLiteral("actual_repeat_purchases")).toDouble(), double(actual));
    QCOMPARE(root.value(QStringLiteral("customer_count")).toInt(), int(calibrationCustomers.size()));
    int grouped = 0;
    double expected = 0;
    for (const QJsonValue &g : h.value(QStringLiteral("by_frequency")).toArray()) {
        const QJsonObject o = g.toObject();
        grouped += o.value(QStringLiteral("customers")).toInt();
        expected += o.value(QStringLiteral("expected_mean")).toDouble() *
                    o.value(QStringLiteral("customers")).toInt();
    }
    QCOMPARE(grouped, int(calibrationCustomers.size()));
    const double expectedTotal = h.value(QStringLiteral("expected_repeat_purchases")).toDouble();
    QVERIFY(std::fabs(expected - expectedTotal) < 1e-6 * expectedTotal);
    QVERIFY(expectedTotal > 0);
    // The models were tested on the same holdout, and every next purchase lies after the as-of date.
    const QJsonObject test =
        root.value(QStringLiteral("model")).toObject().value(QStringLiteral("test")).toObject();
    QCOMPARE(test.value(QStringLiteral("from")).toString(), QStringLiteral("2026-04-01"));
    QCOMPARE(test.value(QStringLiteral("actual_repeat_purchases")).toDouble(), double(actual));
    int dated = 0;
    for (const QJsonValue &value : root.value(QStringLiteral("customers")).toArray()) {
        const QJsonValue next = value.toObject().value(QStringLiteral("expected_next_purchase"));
        if (next.isNull())
            continue;
        ++dated;
        QVERIFY2(QDate::fromString(next.toString(), Qt::ISODate) > QDate(2026, 9, 30),
                 qPrintable(next.toString()));
    }
    QVERIFY(dated > 0);
}

void TestClvCommand::csvAndLimit()
{
    QString out;
    QCOMPARE(runCli(clvArgs(m_store.path(), {QStringLiteral("--format"), QStringLiteral("csv")}), &out),
             int(Success));
    const QStringList lines = out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(
        lines.first(),
        QStringLiteral("customer_id,x,t_x,T,monetary,probability_alive,expected_purchases_4_weeks,"
                       "expected_purchases_13_weeks,expected_purchases_52_weeks,expected_average_order_value,"
                       "predicted_clv,expected_next_purchase"));
    const Result<WorkspaceClv> engine = computeWorkspaceClv(*m_store.snapshot(), WorkspaceClvRequest());
    QCOMPARE(lines.size() - 1, qsizetype(engine->result.customers.size()));

    QCOMPARE(runCli(clvArgs(m_store.path(), {QStringLiteral("--format"), QStringLiteral("csv"),
                                             QStringLiteral("--limit"), QStringLiteral("5")}),
                    &out),
             int(Success));
    QCOMPARE(out.trimmed().split(QLatin1Char('\n')).size(), qsizetype(6));
}

void TestClvCommand::table()
{
    QString out;
    QCOMPARE(runCli(clvArgs(m_store.path(), {QStringLiteral("--horizon-months"), QStringLiteral("24"),
                                             QStringLiteral("--discount-rate"), QStringLiteral("0.05")}),
                    &out),
             int(Success));
    QVERIFY(out.contains(QStringLiteral("Purchase model (BG/NBD): Converged")));
    QVERIFY(out.contains(QStringLiteral("Spend model (Gamma-Gamma): Converged")));
    QVERIFY(out.contains(QStringLiteral("next 24 months")));
    QVERIFY(out.contains(QStringLiteral("--limit 0 lists all")));
    // 20 customers by default in the table, after the header row.
    const qsizetype header = out.indexOf(QStringLiteral("P(alive)"));
    QVERIFY(header > 0);
    QCOMPARE(out.mid(header).split(QLatin1Char('\n')).size(), qsizetype(1 + 20 + 1 + 1));
}

// A saved segment "probability alive above 0.5" is evaluated by `storelens segments` with the CLV models
// attached on the fly: its size is the number of such customers in the engine's prediction.
void TestClvCommand::savedSegmentOnProbabilityAlive()
{
    SegmentRule rule;
    rule.addGroup(
        {RuleJoin::And, {{RuleField::ProbabilityAlive, RuleOperator::Greater, {QStringLiteral("0.5")}}}});
    {
        Connection connection(m_store.path());
        QVERIFY(connection.isOpen());
        QVERIFY(SegmentStore::save(connection.db(), QStringLiteral("Likely active"), rule).ok());
    }
    const Result<WorkspaceClv> engine = computeWorkspaceClv(*m_store.snapshot(), WorkspaceClvRequest());
    QVERIFY(engine.ok());
    int alive = 0;
    for (const CustomerClv &c : engine->result.customers)
        alive += c.probabilityAlive > 0.5 ? 1 : 0;
    QVERIFY(alive > 0 && alive < int(engine->result.customers.size()));

    QString out;
    QString err;
    QCOMPARE(runCli({QStringLiteral("segments"), QStringLiteral("--workspace"), m_store.path(),
                     QStringLiteral("--segment"), QStringLiteral("Likely active"), QStringLiteral("--format"),
                     QStringLiteral("json")},
                    &out, &err),
             int(Success));
    const QJsonObject root = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("segment")).toObject().value(QStringLiteral("size")).toInt(), alive);
}

// --model bg_nbd: the BG/NBD is used as asked, and the table's first lines say so in a sentence.
void TestClvCommand::modelByName()
{
    WorkspaceClvRequest request;
    request.model = PurchaseModelKind::BgNbd;
    const Result<WorkspaceClv> engine = computeWorkspaceClv(*m_store.snapshot(), request);
    QVERIFY(engine.ok());
    QString out;
    QCOMPARE(runCli(clvArgs(m_store.path(), {QStringLiteral("--model"), QStringLiteral("bg_nbd"),
                                             QStringLiteral("--format"), QStringLiteral("json")}),
                    &out),
             int(Success));
    const QJsonObject root = QJsonDocument::fromJson(out.toUtf8()).object();
    const QJsonObject model = root.value(QStringLiteral("model")).toObject();
    QCOMPARE(model.value(QStringLiteral("in_use")).toString(), QStringLiteral("bg_nbd"));
    QCOMPARE(model.value(QStringLiteral("chosen_by")).toString(), QStringLiteral("requested"));
    QCOMPARE(root.value(QStringLiteral("predicted_clv_total")).toDouble() > 0, true);
    QCOMPARE(runCli(clvArgs(m_store.path(), {QStringLiteral("--model"), QStringLiteral("bg_nbd")}), &out),
             int(Success));
    QVERIFY2(out.contains(engine->choice.sentence), qPrintable(out.left(400)));
    QVERIFY(engine->choice.sentence.startsWith(QLatin1String("Predictions use the BG/NBD model, as chosen")));
}

// Thin data: a clear message on standard error, exit status 2 and nothing on standard output.
void TestClvCommand::guard()
{
    const QString small = m_store.filePath(QStringLiteral("small.storelens"));
    QString out;
    QString err;
    QCOMPARE(runSample(small, 60, 1), int(Success));
    QCOMPARE(runCli(clvArgs(small, {QStringLiteral("--format"), QStringLiteral("json")}), &out, &err),
             int(InputRejected));
    QVERIFY(out.isEmpty());
    QVERIFY2(err.contains(QStringLiteral("at least 200")), qPrintable(err));
    // Trial 12: the reason comes with what would help.
    QVERIFY2(
        err.contains(QStringLiteral("this selection has 60, so no prediction is shown. More customers would "
                                    "help: orders that name the customer (an id or an e-mail address).")),
        qPrintable(err));
    // Trial 14: no filter is set, so none is suggested.
    QVERIFY2(!err.contains(QStringLiteral("filter")), qPrintable(err));
}

void TestClvCommand::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::newRow("horizon 0") << QStringList{QStringLiteral("--horizon-months"), QStringLiteral("0")}
                               << int(BadUsage);
    QTest::newRow("rate not a number")
        << QStringList{QStringLiteral("--discount-rate"), QStringLiteral("ten")} << int(BadUsage);
    QTest::newRow("holdout not a date")
        << QStringList{QStringLiteral("--holdout-from"), QStringLiteral("soon")} << int(BadUsage);
    QTest::newRow("holdout before the data")
        << QStringList{QStringLiteral("--holdout-from"), QStringLiteral("2020-01-01")} << int(InputRejected);
    QTest::newRow("holdout after the as-of date")
        << QStringList{QStringLiteral("--holdout-from"), QStringLiteral("2026-10-01")} << int(InputRejected);
    QTest::newRow("unknown model") << QStringList{QStringLiteral("--model"), QStringLiteral("nbd")}
                                   << int(BadUsage);
    QTest::newRow("unknown store") << QStringList{QStringLiteral("--filter"), QStringLiteral("store=Nowhere")}
                                   << int(InputRejected);
}

void TestClvCommand::badUsage()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    QString out;
    QString err;
    QCOMPARE(runCli(clvArgs(m_store.path(), args), &out, &err), status);
    QVERIFY(!err.isEmpty());
}

// A store whose spend has no average (tests/common/SpendWithoutAverage.h): the purchase predictions are
// printed (exit 0), spend and CLV are null in JSON, empty in CSV and "-" in the table, and the JSON says why.
void TestClvCommand::spendWithoutAnAverage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ws = dir.filePath(QStringLiteral("varied.storelens"));
    QVERIFY(storelens::test::writeSpendWithoutAverage(ws, dir.filePath(QStringLiteral("varied.csv"))));
    const auto snapshot = SnapshotCache::instance().get(ws);
    QVERIFY(snapshot.ok());
    const Result<WorkspaceClv> engine = computeWorkspaceClv(*snapshot.value(), WorkspaceClvRequest());
    QVERIFY(engine.ok());
    QCOMPARE(engine->status, ClvStatus::Ok);
    QCOMPARE(engine->result.spendStatus, ClvStatus::SpendTooVaried);

    QString out;
    QCOMPARE(runCli(clvArgs(ws, {QStringLiteral("--format"), QStringLiteral("json")}), &out), int(Success));
    const QJsonObject root = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(root.value(QStringLiteral("spend_status")).toString(), QStringLiteral("spend_too_varied"));
    QCOMPARE(root.value(QStringLiteral("spend_message")).toString(), engine->spendMessage);
    QCOMPARE(root.value(QStringLiteral("alive_note")).toString(), engine->aliveNote); // the GUI's note
    QVERIFY(root.value(QStringLiteral("predicted_clv_total")).isNull());
    const QJsonArray customers = root.value(QStringLiteral("customers")).toArray();
    QCOMPARE(customers.size(), qsizetype(engine->result.customers.size()));
    double previous = INFINITY;
    for (const QJsonValue &value : customers) {
        const QJsonObject c = value.toObject();
        const CustomerClv *expected = engine->find(c.value(QStringLiteral("customer_id")).toString());
        QVERIFY(expected);
        QVERIFY(c.value(QStringLiteral("predicted_clv")).isNull());
        QVERIFY(c.value(QStringLiteral("expected_average_order_value")).isNull());
        QCOMPARE(c.value(QStringLiteral("probability_alive")).toDouble(), expected->probabilityAlive);
        const double year = c.value(QStringLiteral("expected_purchases_52_weeks")).toDouble();
        QCOMPARE(year, expected->expectedPurchases52Weeks);
        QVERIFY(year <= previous); // most purchases expected first
        previous = year;
    }

    QCOMPARE(runCli(clvArgs(ws, {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--limit"),
                                 QStringLiteral("3")}),
                    &out),
             int(Success));
    const QStringList lines = out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), qsizetype(4));
    const QStringList cells = lines[1].split(QLatin1Char(','));
    QCOMPARE(cells.size(), qsizetype(12));
    QCOMPARE(cells[9], QString());  // expected_average_order_value
    QCOMPARE(cells[10], QString()); // predicted_clv
    QVERIFY(!cells[5].isEmpty());   // probability_alive

    QCOMPARE(runCli(clvArgs(ws, {QStringLiteral("--limit"), QStringLiteral("3")}), &out), int(Success));
    QVERIFY2(out.contains(engine->spendMessage), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("nan"), Qt::CaseInsensitive), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestClvCommand)
#include "tst_clvcommand.moc"
