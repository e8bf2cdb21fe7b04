// Sources and line identity across imports (METRICS.md section 1, "Sources and identity"): refunds exported
// later, re-exports with and without replace, the same order id from two sources, orders marked refunded and
// reordered exports. Each case checks the workspace summary (`storelens info`) and the KPI engine
// (`storelens kpi`) against totals worked out by hand.
#include "ImportTestSupport.h"
#include "common/WorkspaceFixture.h"

#include "core/analytics/kpi/KpiEngine.h"
#include "core/analytics/query/LineFilter.h"
#include "core/analytics/snapshot/SnapshotLoader.h"
#include "core/analytics/snapshot/SnapshotSummary.h"

#include <QSqlError>

using namespace storelens;
using namespace storelens::core;
using storelens::test::importFixture;
using storelens::test::scalar;

namespace {

// One import of a fixture: its file, the source it is imported as and whether it replaces.
struct Step
{
    QString file;
    QString source;
    bool replace = false;
};

// What the workspace holds after the steps, in ten-thousandths.
struct Totals
{
    qint64 lines = 0;
    qint64 orders = 0; // (source, order id) with a sale line
    qint64 orderIds = 0;
    qint64 buyers = 0;
    qint64 gross = 0;
    qint64 returns = 0;
    qint64 net = 0;
};

} // namespace

Q_DECLARE_METATYPE(Step)
Q_DECLARE_METATYPE(QList<Step>)
Q_DECLARE_METATYPE(Totals)

class TestLineIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsKeepEveryCent_data();
    void importsKeepEveryCent();
    void reexportReportsEveryLine_data();
    void reexportReportsEveryLine();
    void refundedOrderIsSaleAndReturn();
    void laterRefundOfAStoredOrderIsNamed();
    void reorderedLinesAreUnchanged();
    void lineIdIdentifiesTheLine();
    void olderWorkspaceMigrates();

private:
    Result<ImportReport> run(const QString &ws, const Step &step, bool dryRun = false);
    void compareTotals(const QString &ws, const Totals &expected);

    test::TemporaryWorkspaces m_dir; // create() makes the next empty workspace
};

Result<ImportReport> TestLineIdentity::run(const QString &ws, const Step &step, bool dryRun)
{
    auto preview = previewFile(importFixture(step.file));
    if (!preview)
        return preview.error();
    ImportProfile profile = suggestProfile(preview.value());
    profile.source = step.source;
    ImportOptions options;
    options.replace = step.replace;
    options.dryRun = dryRun;
    return Importer::run(ws, importFixture(step.file), profile, options);
}

// `storelens info` (SQL and snapshot) and `storelens kpi` over all days must both give the hand count.
void TestLineIdentity::compareTotals(const QString &ws, const Totals &expected)
{
    const auto info = WorkspaceSummary::read(ws);
    QVERIFY(info.ok());
    QCOMPARE(info->orderLines, expected.lines);
    QCOMPARE(info->orders, expected.orders);
    QCOMPARE(info->orderIds, expected.orderIds);
    QCOMPARE(info->buyingCustomers, expected.buyers);
    QCOMPARE(info->grossSales.units(), expected.gross);
    QCOMPARE(info->returns.units(), expected.returns);
    QCOMPARE(info->netSales.units(), expected.net);

    const auto snapshot = analytics::loadSnapshot(ws);
    QVERIFY(snapshot.ok());
    const WorkspaceSummary fast = analytics::summarizeSnapshot(*snapshot.value());
    QCOMPARE(fast.orders, expected.orders);
    QCOMPARE(fast.orderIds, expected.orderIds);
    QCOMPARE(fast.buyingCustomers, expected.buyers);
    QCOMPARE(fast.netSales.units(), expected.net);

    analytics::Query query;
    query.period = analytics::Period{fast.firstDate, fast.lastDate};
    const auto filter = analytics::resolveFilter(*snapshot.value(), query.filter);
    const auto kpis = analytics::computeKpiReport(snapshot.value(), query, filter);
    QVERIFY(kpis.ok());
    const auto kpi = [&kpis](analytics::KpiId id) { return kpis->kpis.at(size_t(id)).current; };
    QCOMPARE(qint64(kpi(analytics::KpiId::Orders).value), expected.orders);
    QCOMPARE(qint64(kpi(analytics::KpiId::BuyingCustomers).value), expected.buyers);
    QCOMPARE(kpi(analytics::KpiId::GrossSales).money.units(), expected.gross);
    QCOMPARE(kpi(analytics::KpiId::Returns).money.units(), expected.returns);
    QCOMPARE(kpi(analytics::KpiId::NetSales).money.units(), expected.net);
}

void TestLineIdentity::importsKeepEveryCent_data()
{
    QTest::addColumn<QList<Step>>("steps");
    QTest::addColumn<Totals>("expected");

    const Step may{QStringLiteral("square_items_may.csv"), QStringLiteral("Till")};
    const Step june{QStringLiteral("square_items_june.csv"), QStringLiteral("Till")};
    // May: T-200 sells a large latte for 8.00 (CUST-9), T-201 two croissants for 6.50 (a guest). June:
    // T-200's latte is refunded 4.50 on June 3, T-300 sells a croissant for 3.25 (a guest). Gross 8.00 + 6.50
    // + 3.25 = 17.75, returns 4.50, net 13.25 (T-200 keeps +3.50, never −4.50). Orders with a sale: T-200,
    // T-201, T-300; order ids the same three. One identified buyer, CUST-9.
    const Totals refund{4, 3, 3, 1, 177500, 45000, 132500};
    QTest::newRow("refund in a later export") << QList<Step>{may, june} << refund;
    QTest::newRow("refund imported before the sale") << QList<Step>{june, may} << refund;
    QTest::newRow("refund export imported twice") << QList<Step>{may, june, june} << refund;

    // The till's receipts 1001 (a loaf 4.20 and three cookies 3 × 1.50 = 4.50) and 1002 (two loaves 8.40,
    // L-77), and the web shop's order 1001 (a loaf 4.20, customer 12) on the same day: three orders, four
    // lines, net 4.20 + 4.50 + 8.40 + 4.20 = 21.30. Buyers L-77 and 12.
    const Step till{QStringLiteral("pos_till_receipts.csv"), QStringLiteral("Till")};
    const Step web{QStringLiteral("woocommerce_order_1001.csv"), QStringLiteral("Web shop")};
    const Totals twoSources{4, 3, 3, 2, 213000, 0, 213000};
    QTest::newRow("same order id from two sources") << QList<Step>{till, web} << twoSources;
    QTest::newRow("same order id from two sources, web first") << QList<Step>{web, till} << twoSources;
    // Both as one source, the web shop's order 1001 is the till's receipt 1001 (its loaf line is changed to
    // the web's): 2 orders, 3 lines, 4.20 + 4.50 + 8.40 = 17.10; the web's customer 12 is on the loaf line
    // now, so buyers 12 and L-77. (Without a name they are two sources now, "Till" and "Web shop", as in the
    // rows above; they were one, "Default", before trial 15.)
    QTest::newRow("one source: the same order")
        << QList<Step>{Step{till.file, QStringLiteral("Shop")}, Step{web.file, QStringLiteral("Shop")}}
        << Totals{3, 2, 2, 2, 171000, 0, 171000};
}

void TestLineIdentity::importsKeepEveryCent()
{
    QFETCH(QList<Step>, steps);
    QFETCH(Totals, expected);
    const QString ws = m_dir.create();
    for (const Step &step : steps) {
        const auto report = run(ws, step);
        QVERIFY2(report.ok(), qPrintable(report.error().toString()));
        QCOMPARE(report->counts.removed, qint64(0));
    }
    compareTotals(ws, expected);
}

void TestLineIdentity::reexportReportsEveryLine_data()
{
    QTest::addColumn<bool>("replace");
    QTest::addColumn<qint64>("removed");
    QTest::addColumn<Totals>("expected");

    // woocommerce_june.csv: 5999 (May 31, a candle 12.00), 6001 (June 1, two candles 24.00 and four wicks
    // 20.00), 6002 (June 2, a vase 80.00), 6003 (June 3, a candle 12.00): 148.00. The re-export covers June 1
    // to 3 and no longer holds 6002. The till sells a loaf 4.20 and cookies 4.50 (receipt 1001) and two
    // loaves 8.40 (receipt 1002, L-77) on June 2: 17.10, another source, never removed. Without replace
    // nothing is removed: 5 + 3 lines, 148.00 + 17.10 = 165.10; orders 5999, 6001, 6002, 6003 (web) and 1001,
    // 1002 (till) = 6; buyers 12, 15, 14 and L-77.
    QTest::newRow("without replace the line stays")
        << false << qint64(0) << Totals{8, 6, 6, 4, 1651000, 0, 1651000};
    // With replace 6002's vase goes: 165.10 − 80.00 = 85.10; 5 orders; customer 15 bought nothing else.
    QTest::newRow("replace removes the line") << true << qint64(1) << Totals{7, 5, 5, 3, 851000, 0, 851000};
}

void TestLineIdentity::reexportReportsEveryLine()
{
    QFETCH(bool, replace);
    QFETCH(qint64, removed);
    QFETCH(Totals, expected);
    const QString ws = m_dir.create();
    const QString web = QStringLiteral("Web shop");
    QVERIFY(run(ws, Step{QStringLiteral("woocommerce_june.csv"), web}).ok());
    QVERIFY(run(ws, Step{QStringLiteral("pos_till_receipts.csv"), QStringLiteral("Till")}).ok());

    const Step reexport{QStringLiteral("woocommerce_june_reexport.csv"), web, replace};
    // The dry run says what the import will do, and does nothing.
    for (const bool dryRun : {true, false}) {
        const auto report = run(ws, reexport, dryRun);
        QVERIFY2(report.ok(), qPrintable(report.error().toString()));
        QCOMPARE(report->counts.added, qint64(0));
        QCOMPARE(report->counts.updated, qint64(0));
        QCOMPARE(report->counts.unchanged, qint64(3));
        QCOMPARE(report->counts.removed, removed);
        QCOMPARE(report->coveredFrom, QDate(2024, 6, 1));
        QCOMPARE(report->coveredTo, QDate(2024, 6, 3));
        // 24.00 + 20.00 + 12.00 unchanged; the vase's 80.00 is not in the file.
        QCOMPARE(report->amounts.unchanged.units(), qint64(560000));
        QCOMPARE(report->amounts.removed.units(), removed * 800000);
        QCOMPARE(report->notInFile.count, qint64(1));
        QCOMPARE(report->notInFile.amount.units(), qint64(800000));
    }
    compareTotals(ws, expected);
    QCOMPARE(scalar(ws, QStringLiteral("SELECT rows_removed FROM imports ORDER BY id DESC LIMIT 1")),
             removed);
}

void TestLineIdentity::refundedOrderIsSaleAndReturn()
{
    // #2001 sells a shirt 39.90; #2002 (refunded, cancelled at 2024-04-10) sold two scarves 2 × 25.00 =
    // 50.00 and returned them: gross 89.90, returns 50.00, net 39.90. Both orders have a sale line: 2 orders,
    // 2 buyers; three lines, the return dated on the refund date.
    const QString ws = m_dir.create();
    const auto report = run(ws, Step{QStringLiteral("shopify_refunded.csv"), QStringLiteral("Web shop")});
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->rowsRead, qint64(2));
    QCOMPARE(report->counts.added, qint64(3));
    QCOMPARE(report->coveredTo, QDate(2024, 4, 3)); // the refund does not widen the days the file covers
    compareTotals(ws, Totals{3, 2, 2, 2, 899000, 500000, 399000});
    QCOMPARE(scalar(ws, QStringLiteral("SELECT day FROM order_lines WHERE quantity < 0")),
             QDate(2024, 4, 10).toJulianDay());
    QCOMPARE(scalar(ws, QStringLiteral("SELECT SUM(quantity) FROM order_lines WHERE order_id = '#2002'")),
             qint64(0));
    // Imported again: the sale and the return are the same two lines.
    const auto again = run(ws, Step{QStringLiteral("shopify_refunded.csv"), QStringLiteral("Web shop")});
    QVERIFY(again.ok());
    QCOMPARE(again->counts.unchanged, qint64(3));
    QCOMPARE(again->counts.added, qint64(0));
}

void TestLineIdentity::laterRefundOfAStoredOrderIsNamed()
{
    // The first export has both orders paid: 39.90 + 50.00. The next one marks #2002 refunded (cancelled at
    // 2024-04-10): its sale is unchanged and its return of 2 × 25.00 = 50.00 is new, so the import names one
    // order already in the workspace that is now refunded, for 50.00. #2001 is unchanged and not counted.
    const QString ws = m_dir.create();
    const auto first =
        run(ws, Step{QStringLiteral("shopify_refunded_before.csv"), QStringLiteral("Web shop")});
    QVERIFY2(first.ok(), qPrintable(first.error().toString()));
    QCOMPARE(first->amounts.laterRefundOrders, qint64(0));
    const auto later = run(ws, Step{QStringLiteral("shopify_refunded.csv"), QStringLiteral("Web shop")});
    QVERIFY2(later.ok(), qPrintable(later.error().toString()));
    QCOMPARE(later->counts.unchanged, qint64(2));
    QCOMPARE(later->counts.added, qint64(1));
    QCOMPARE(later->amounts.laterRefundOrders, qint64(1));
    QCOMPARE(later->amounts.laterRefunds.units(), qint64(500000));
    compareTotals(ws, Totals{3, 2, 2, 2, 899000, 500000, 399000});
    // A refund exported with its sale in one file is no later refund.
    const auto fresh =
        run(m_dir.create(), Step{QStringLiteral("shopify_refunded.csv"), QStringLiteral("Web")});
    QVERIFY(fresh.ok());
    QCOMPARE(fresh->amounts.laterRefundOrders, qint64(0));
}

void TestLineIdentity::reorderedLinesAreUnchanged()
{
    // The same December export with its rows in another order, invoice 537001's two lines of 85123A (6 at
    // 2.55 and 2 at 2.95) swapped: every line is unchanged. Gross 15.30 + 5.90 + 3.39 + 5.55 = 30.14, the
    // C invoice returns 2.55, net 27.59; orders 537001 and 537002 (C537003 holds only a return), buyer
    // 17850.
    const QString ws = m_dir.create();
    QVERIFY(run(ws, Step{QStringLiteral("erp_december.csv"), QString()}).ok());
    const auto report = run(ws, Step{QStringLiteral("erp_december_reordered.csv"), QString(), true});
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->counts.added, qint64(0));
    QCOMPARE(report->counts.updated, qint64(0));
    QCOMPARE(report->counts.unchanged, qint64(5));
    QCOMPARE(report->counts.removed, qint64(0));
    QCOMPARE(report->source, QStringLiteral("Till")); // an ERP's file names no source: not a web shop's
    compareTotals(ws, Totals{5, 2, 3, 1, 301400, 25500, 275900});
}

void TestLineIdentity::lineIdIdentifiesTheLine()
{
    // A POS export with its own line ids: the re-export corrects line L-2's SKU (CK-02 -> CK-03) and its
    // price (1.50 -> 1.60), which is a change of that line, not a new one. 4.20 + 3 × 1.60 = 9.00.
    const QString first = m_dir.filePath(QStringLiteral("lines1.csv"));
    const QString second = m_dir.filePath(QStringLiteral("lines2.csv"));
    const QByteArray header("Receipt No,Line ID,Date,Item Code,Qty,Unit Price\n");
    test::writeFile(first, header + "1001,L-1,2024-06-02,BR-01,1,4.20\n1001,L-2,2024-06-02,CK-02,3,1.50\n");
    test::writeFile(second, header + "1001,L-2,2024-06-02,CK-03,3,1.60\n1001,L-1,2024-06-02,BR-01,1,4.20\n");
    const QString ws = m_dir.create();
    QVERIFY(test::importWithSuggestion(ws, first).ok());
    const auto report = test::importWithSuggestion(ws, second);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->counts.added, qint64(0));
    QCOMPARE(report->counts.updated, qint64(1));
    QCOMPARE(report->counts.unchanged, qint64(1));
    QCOMPARE(report->amounts.changedBefore.units(), qint64(45000));
    QCOMPARE(report->amounts.changedAfter.units(), qint64(48000));
    QCOMPARE(WorkspaceSummary::read(ws)->netSales.units(), qint64(90000));
}

// A workspace written before sources existed (schema 1) opens with its lines in source "Default" and their
// identities renumbered per (order, day, sale or return, product), so that importing its export again
// changes nothing.
void TestLineIdentity::olderWorkspaceMigrates()
{
    const QString path = m_dir.filePath(QStringLiteral("schema1.storelens"));
    {
        Connection c(path);
        QSqlQuery q(c.db());
        const char *const schema1[] = {
            "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "CREATE TABLE stores(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
            "CREATE TABLE channels(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
            "CREATE TABLE customers(id INTEGER PRIMARY KEY, external_id TEXT NOT NULL UNIQUE, name TEXT,"
            " email TEXT, birth_date INTEGER, age_band TEXT, gender TEXT, city TEXT, region TEXT, country "
            "TEXT,"
            " postal_code TEXT, loyalty_tier TEXT, acquisition_channel TEXT, consent_email INTEGER,"
            " consent_sms INTEGER)",
            "CREATE TABLE products(id INTEGER PRIMARY KEY, sku TEXT NOT NULL UNIQUE, name TEXT, category "
            "TEXT,"
            " cost INTEGER, price INTEGER)",
            "CREATE TABLE order_lines(id INTEGER PRIMARY KEY, order_id TEXT NOT NULL,"
            " product_id INTEGER NOT NULL REFERENCES products(id), seq INTEGER NOT NULL, day INTEGER NOT "
            "NULL,"
            " seconds INTEGER, customer_id INTEGER REFERENCES customers(id), quantity INTEGER NOT NULL,"
            " unit_price INTEGER NOT NULL, discount INTEGER NOT NULL DEFAULT 0, unit_cost INTEGER,"
            " store_id INTEGER NOT NULL REFERENCES stores(id), channel_id INTEGER NOT NULL"
            " REFERENCES channels(id), country TEXT, UNIQUE(order_id, product_id, seq))",
            "CREATE TABLE imports(id INTEGER PRIMARY KEY, at TEXT NOT NULL, file TEXT NOT NULL,"
            " entity TEXT NOT NULL, rows_new INTEGER NOT NULL, rows_updated INTEGER NOT NULL,"
            " rows_unchanged INTEGER NOT NULL, rows_rejected INTEGER NOT NULL)",
            "CREATE TABLE inventory(day INTEGER NOT NULL, store_id INTEGER NOT NULL, product_id INTEGER NOT"
            " NULL, on_hand INTEGER NOT NULL, unit_cost INTEGER, PRIMARY KEY(day, store_id, product_id))"
            " WITHOUT ROWID",
            "CREATE TABLE traffic(store_id INTEGER NOT NULL, day INTEGER NOT NULL, visitors INTEGER NOT NULL,"
            " PRIMARY KEY(store_id, day)) WITHOUT ROWID",
            "CREATE TABLE staffing(store_id INTEGER NOT NULL, month INTEGER NOT NULL, headcount INTEGER NOT"
            " NULL, PRIMARY KEY(store_id, month)) WITHOUT ROWID",
            "CREATE TABLE marketing_spend(channel_id INTEGER NOT NULL, day_from INTEGER NOT NULL, day_to"
            " INTEGER NOT NULL, amount INTEGER NOT NULL, PRIMARY KEY(channel_id, day_from, day_to)) WITHOUT "
            "ROWID",
            "CREATE TABLE import_profiles(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, entity TEXT NOT"
            " NULL, header_signature TEXT NOT NULL, profile_json TEXT NOT NULL)",
            "CREATE TABLE segments(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, rule_json TEXT NOT "
            "NULL)",
            "INSERT INTO meta(key, value) VALUES('revision', '3')",
            "INSERT INTO stores VALUES(1, 'Main store')",
            "INSERT INTO channels VALUES(1, 'In store')",
            "INSERT INTO products(id, sku) VALUES(1, 'BR-01'), (2, 'CK-02')",
            // Receipt 1001 on June 2: a loaf (seq 0) and cookies; receipt 1002: two loaves (seq 0).
            "INSERT INTO order_lines(order_id, product_id, seq, day, seconds, quantity, unit_price, store_id,"
            " channel_id) VALUES('1001', 1, 0, 2460464, 34200, 1000, 42000, 1, 1),"
            " ('1001', 2, 0, 2460464, 34200, 3000, 15000, 1, 1), ('1002', 1, 0, 2460464, 36300, 2000, 42000, "
            "1, 1)",
            "PRAGMA user_version = 1",
        };
        for (const char *sql : schema1)
            QVERIFY2(q.exec(QLatin1String(sql)), qPrintable(q.lastError().text()));
    }
    QVERIFY(Workspace::open(path, false).ok());
    QCOMPARE(test::text(path, QStringLiteral("SELECT s.name FROM order_lines l JOIN sources s ON s.id = "
                                             "l.source_id GROUP BY s.name")),
             QStringLiteral("Default"));
    QCOMPARE(scalar(path, QStringLiteral("SELECT COUNT(*) FROM order_lines")), qint64(3));
    // The till export of the same receipts (the customer L-77 now known on 1002): 2 unchanged, 1 changed.
    const auto report = run(path, Step{QStringLiteral("pos_till_receipts.csv"), QString()});
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->counts.added, qint64(0));
    QCOMPARE(report->counts.unchanged, qint64(2));
    QCOMPARE(report->counts.updated, qint64(1));
}

QTEST_GUILESS_MAIN(TestLineIdentity)
#include "tst_lineidentity.moc"
