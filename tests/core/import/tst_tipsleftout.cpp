// Trial 20: the same till file gave 176,234.56 of net sales from `storelens import` and 176,174.96 from the
// import wizard, whose Check page left the tips out on a second check while the command line kept them. One
// rule now (ImportProfile::leaveTipsOut, NotSalesRule.h): a new profile leaves every line whose SKU or
// product name looks like a tip out of sales on the first pass, unless the user kept that SKU in sales
// (salesSkus); a profile saved before the rule (no "leave_tips_out") keeps its tips, so its source imports as
// before.

#include "ImportTestSupport.h"
#include "common/WorkspaceFixture.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace storelens::core;
using storelens::test::importFixture;
using storelens::test::summaryOf;

namespace {

// kasse_de_trinkgeld.csv (a German till, Windows-1252, `;`, dd.mm.yyyy; the suggestion maps every column:
// Einzelpreis is the unit price, Rabatt the line discount, Gesamtbetrag the total after it):
//   line 2  Bon 50001  13.11  K00011  Geschenkkorb            1 x 49.00 − 4.90  = 44.10
//   line 3  Bon 50001  13.11  K00011  TRINKGELD (Trinkgeld)   1 x  2.00         =  2.00  (a tip)
//   line 4  Bon 50002  13.11  (guest) Grüner Tee              2 x  5.95         = 11.90
//   line 5  Bon 50002  13.11  (guest) TIP (Tip)               1 x  1.50         =  1.50  (a tip)
//   line 6  Bon 50003  14.11  K00012  TRINKGELD (Trinkgeld)   1 x  3.00         =  3.00  (a receipt of a tip)
//   line 7  Bon 50004  14.11  K00011  Mineralwasser           1 x  6.49         =  6.49
//   line 8  Bon 50004  14.11  K00011  Tip Top Erdbeerkonfitüre 1 x 3.95         =  3.95  (merchandise)
//   line 9  Bon 50005  15.11  K00011  Mineralwasser          −1 x  6.49         = −6.49  (a return)
// Tips in sales: gross 49.00 + 2.00 + 11.90 + 1.50 + 3.00 + 6.49 + 3.95 = 77.84, discounts 4.90, returns
// 6.49, net 77.84 − 4.90 − 6.49 = 66.45; orders with a sale line 50001 to 50004 = 4; 8 order lines; buying
// customers K00011, K00012 = 2.
// Tips left out: gross 49.00 + 11.90 + 6.49 + 3.95 = 71.34, net 71.34 − 4.90 − 6.49 = 59.95 (6.50 = 2.00 +
// 1.50 + 3.00 less); orders 50001, 50002, 50004 = 3; 5 order lines; buying customers K00011 = 1 (K00012 only
// gave a tip). Left out: TRINKGELD 2 lines (3, 6), 5.00; TIP 1 line (5), 1.50.
// TIP kept in sales, TRINKGELD left out: net 59.95 + 1.50 = 61.45; orders 3 (50003 held only a Trinkgeld); 6
// lines; buying customers 1.
const QString Fixture = QStringLiteral("kasse_de_trinkgeld.csv");

ImportProfile suggested()
{
    const auto preview = previewFile(importFixture(Fixture));
    return preview ? suggestProfile(preview.value()) : ImportProfile();
}

} // namespace

class TestTipsLeftOut : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aNewProfileLeavesTipsOut();
    void salesFigures_data();
    void salesFigures();
    void leftOutTipsAreCounted();
    void profileSavedBeforeKeepsTips();
    void profileKeepsTheChoice();

private:
    storelens::test::TemporaryWorkspaces m_dir;
};

void TestTipsLeftOut::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English));
}

void TestTipsLeftOut::aNewProfileLeavesTipsOut()
{
    const ImportProfile p = suggested();
    QCOMPARE(p.entity, Entity::Orders);
    QVERIFY(p.leaveTipsOut);
    QVERIFY(p.notSalesSkus.isEmpty());
    QVERIFY(p.salesSkus.isEmpty());
    QVERIFY(!ImportProfile().leaveTipsOut); // the struct's default is a profile saved before the rule
}

void TestTipsLeftOut::salesFigures_data()
{
    QTest::addColumn<bool>("leaveTipsOut");
    QTest::addColumn<QStringList>("kept");
    QTest::addColumn<qint64>("gross");
    QTest::addColumn<qint64>("net");
    QTest::addColumn<qint64>("orders");
    QTest::addColumn<qint64>("lines");
    QTest::addColumn<qint64>("buyingCustomers");
    QTest::newRow("new profile: tips left out")
        << true << QStringList() << qint64(713400) << qint64(599500) << qint64(3) << qint64(5) << qint64(1);
    QTest::newRow("tips kept in sales")
        << false << QStringList() << qint64(778400) << qint64(664500) << qint64(4) << qint64(8) << qint64(2);
    QTest::newRow("both tip SKUs kept by name")
        << true << QStringList{QStringLiteral("TRINKGELD"), QStringLiteral(" TIP ")} << qint64(778400)
        << qint64(664500) << qint64(4) << qint64(8) << qint64(2);
    QTest::newRow("TIP kept, TRINKGELD left out")
        << true << QStringList{QStringLiteral("TIP")} << qint64(728400) << qint64(614500) << qint64(3)
        << qint64(6) << qint64(1);
}

void TestTipsLeftOut::salesFigures()
{
    QFETCH(bool, leaveTipsOut);
    QFETCH(QStringList, kept);
    ImportProfile p = suggested();
    p.leaveTipsOut = leaveTipsOut;
    p.salesSkus = kept;
    const QString ws = m_dir.create();
    auto report = Importer::run(ws, importFixture(Fixture), p);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->rejectedCount, qint64(0));
    QTEST(report->netSales.units(), "net");
    QTEST(report->orders, "orders");
    const WorkspaceSummary s = summaryOf(ws);
    QTEST(s.grossSales.units(), "gross");
    QCOMPARE(s.discounts.units(), qint64(49000));
    QCOMPARE(s.returns.units(), qint64(64900));
    QTEST(s.netSales.units(), "net");
    QTEST(s.orders, "orders");
    QTEST(s.orderLines, "lines");
    QTEST(s.buyingCustomers, "buyingCustomers");
}

// Left out on the first pass and counted as the profile's notSalesSkus are: the same summary line and list.
void TestTipsLeftOut::leftOutTipsAreCounted()
{
    ImportOptions options;
    options.dryRun = true;
    auto report = Importer::run(m_dir.create(), importFixture(Fixture), suggested(), options);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    const DataQuality &q = report->quality;
    QCOMPARE(q.notSales.size(), 2);
    QCOMPARE(q.notSales.at(0).sku, QStringLiteral("TRINKGELD"));
    QCOMPARE(q.notSales.at(0).lines.count, qint64(2));
    QCOMPARE(q.notSales.at(0).lines.firstLine, qint64(3));
    QCOMPARE(q.notSales.at(0).netSales.units(), qint64(50000));
    QCOMPARE(q.notSales.at(1).sku, QStringLiteral("TIP"));
    QCOMPARE(q.notSales.at(1).netSales.units(), qint64(15000));
    QVERIFY(q.feeSkus.isEmpty()); // "Tip Top Erdbeerkonfitüre" is merchandise
    QCOMPARE(q.notSalesItems([](const Money &m) { return m.toString(2); }),
             (QStringList{QStringLiteral("TRINKGELD (Trinkgeld): 2 lines, 5.00"),
                          QStringLiteral("TIP (Tip): 1 line, 1.50")}));
    QVERIFY2(q.sentences().contains(QStringLiteral("Lines read: 8 (5 accepted, 3 skipped, 0 rejected).")),
             qPrintable(q.sentences().join(QLatin1Char('\n'))));
}

// A profile saved before the rule has no "leave_tips_out": it kept tips in sales (unless it named them in
// not_sales_skus), and importing its source again gives the 66.45 it gave, not 59.95.
void TestTipsLeftOut::profileSavedBeforeKeepsTips()
{
    QJsonObject root = QJsonDocument::fromJson(suggested().toJson()).object();
    QVERIFY(root.contains(QStringLiteral("leave_tips_out")));
    root.remove(QStringLiteral("leave_tips_out"));
    const auto old = ImportProfile::fromJson(QJsonDocument(root).toJson());
    QVERIFY2(old.ok(), qPrintable(old.error().toString()));
    QVERIFY(!old->leaveTipsOut);
    const QString ws = m_dir.create();
    auto report = Importer::run(ws, importFixture(Fixture), old.value());
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->netSales.units(), qint64(664500));
    QVERIFY(report->quality.notSales.isEmpty());
    QCOMPARE(report->quality.feeSkus.size(), 2); // still offered as fees, as before
}

void TestTipsLeftOut::profileKeepsTheChoice()
{
    ImportProfile p = suggested();
    p.salesSkus = QStringList{QStringLiteral("TIP")};
    const QJsonObject json = QJsonDocument::fromJson(p.toJson()).object();
    QCOMPARE(json.value(QStringLiteral("leave_tips_out")), QJsonValue(true));
    const auto back = ImportProfile::fromJson(p.toJson());
    QVERIFY2(back.ok(), qPrintable(back.error().toString()));
    QVERIFY(back->leaveTipsOut);
    QCOMPARE(back->salesSkus, QStringList{QStringLiteral("TIP")});
    p.leaveTipsOut = false; // --keep-tips: saved as such, not as a profile from before
    p.salesSkus.clear();
    const QJsonObject kept = QJsonDocument::fromJson(p.toJson()).object();
    QCOMPARE(kept.value(QStringLiteral("leave_tips_out")), QJsonValue(false));
    QVERIFY(!kept.contains(QStringLiteral("kept_in_sales_skus")));
}

QTEST_GUILESS_MAIN(TestTipsLeftOut)
#include "tst_tipsleftout.moc"
