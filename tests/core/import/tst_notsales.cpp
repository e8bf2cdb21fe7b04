// Trial 18 (an épicerie fine in Lyon): the till's 128 tip lines (Type Pourboire, SKU POURBOIRE, 162.50 in
// all) sat on tickets that also held goods and were counted as sales; the only offer was "not a product:
// keep in sales". Tips belong to the staff: a SKU the profile leaves out of sales (notSalesSkus) is not
// imported at all, so it makes no order line, no order and no buying customer, and the summary counts its
// lines and money.

#include "ImportTestSupport.h"
#include "common/WorkspaceFixture.h"
#include "core/import/FieldCatalog.h"

using namespace storelens::core;
using storelens::test::importFixture;
using storelens::test::summaryOf;

namespace {

// caisse_pourboires_fr.csv (Windows-1252, `;`, jj/mm/aaaa; mapped below: unit price and discount, Total TTC
// left unmapped):
//   line 2  ticket 101  03/11  Noé Petit       MIE-ACA-250  2 x 8.50           = 17.00
//   line 3  ticket 101  03/11  Noé Petit       POURBOIRE    1 x 1.00           =  1.00  (a tip)
//   line 4  ticket 102  05/11  (guest)         CAFE-EXP     1 x 2.20           =  2.20
//   line 5  ticket 103  05/11  Léa Martin      POURBOIRE    1 x 2.00           =  2.00  (a ticket of a tip
//   only) line 6  ticket 104  12/11  Hélène Vincent  HUI-OLV-50   1 x 14.90 − 1.49   = 13.41 line 7  ticket
//   104  12/11  Hélène Vincent  POURBOIRE    1 x 0.50           =  0.50  (a tip) line 8  ticket 105  20/11
//   Noé Petit       MIE-ACA-250 −1 x 8.50           = −8.50  (Avoir: a return)
// Tips in sales: gross 17.00 + 1.00 + 2.20 + 2.00 + 14.90 + 0.50 = 37.60, discounts 1.49, returns 8.50, net
// 37.60 − 1.49 − 8.50 = 27.61; orders with a sale line 101, 102, 103, 104 = 4; 7 order lines; buying
// customers Noé, Léa, Hélène = 3, and 3 customers.
// Tips left out: gross 17.00 + 2.20 + 14.90 = 34.10, discounts 1.49, returns 8.50, net 34.10 − 1.49 − 8.50 =
// 24.11 (3.50 = 1.00 + 2.00 + 0.50 less); orders 101, 102, 104 = 3; 4 order lines; buying customers Noé and
// Hélène = 2, and 2 customers (Léa only gave a tip). Left out: POURBOIRE, 3 lines (3, 5, 7), 3.50.
const QString Fixture = QStringLiteral("caisse_pourboires_fr.csv");

// Tips kept in sales unless named (leaveTipsOut off, as a profile saved before it): the SKUs named here are
// what the tests leave out (tst_tipsleftout.cpp tests the rule that leaves tips out by itself).
ImportProfile tillProfile(const QStringList &notSales = {})
{
    const auto preview = previewFile(importFixture(Fixture));
    if (!preview)
        return {};
    ImportProfile p = suggestProfile(preview.value());
    const QHash<QString, QString> fields{{QStringLiteral("Date"), field::Date},
                                         {QStringLiteral("Heure"), field::Time},
                                         {QStringLiteral("N° ticket"), field::OrderId},
                                         {QStringLiteral("Client"), field::CustomerName},
                                         {QStringLiteral("E-mail client"), field::CustomerEmail},
                                         {QStringLiteral("Référence"), field::Sku},
                                         {QStringLiteral("Produit"), field::ProductName},
                                         {QStringLiteral("Catégorie"), field::Category},
                                         {QStringLiteral("Quantité"), field::Quantity},
                                         {QStringLiteral("Prix unitaire TTC"), field::UnitPrice},
                                         {QStringLiteral("Remise"), field::Discount}};
    for (ColumnMapping &c : p.columns)
        c.field = fields.value(c.column);
    p.source = QStringLiteral("Till");
    p.notSalesSkus = notSales;
    p.leaveTipsOut = false;
    return p;
}

const QStringList Tips{QStringLiteral("POURBOIRE")};

} // namespace

class TestNotSales : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tipsLeaveTheSales_data();
    void tipsLeaveTheSales();
    void leftOutLinesAreCounted();
    void replaceRemovesTipsImportedBefore();
    void profileKeepsTheChoice();
    void looksLikeTip_data();
    void looksLikeTip();

private:
    storelens::test::TemporaryWorkspaces m_dir;
};

void TestNotSales::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English));
}

void TestNotSales::tipsLeaveTheSales_data()
{
    QTest::addColumn<QStringList>("notSales");
    QTest::addColumn<qint64>("gross");
    QTest::addColumn<qint64>("net");
    QTest::addColumn<qint64>("orders");
    QTest::addColumn<qint64>("lines");
    QTest::addColumn<qint64>("buyingCustomers");
    QTest::addColumn<qint64>("customers");
    QTest::newRow("tips in sales") << QStringList() << qint64(376000) << qint64(276100) << qint64(4)
                                   << qint64(7) << qint64(3) << qint64(3);
    QTest::newRow("tips left out") << Tips << qint64(341000) << qint64(241100) << qint64(3) << qint64(4)
                                   << qint64(2) << qint64(2);
}

void TestNotSales::tipsLeaveTheSales()
{
    QFETCH(QStringList, notSales);
    const QString ws = m_dir.create();
    auto report = Importer::run(ws, importFixture(Fixture), tillProfile(notSales));
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->rejectedCount, qint64(0));
    QTEST(report->orders, "orders");
    QTEST(report->netSales.units(), "net");
    const WorkspaceSummary s = summaryOf(ws);
    QTEST(s.grossSales.units(), "gross");
    QCOMPARE(s.discounts.units(), qint64(14900));
    QCOMPARE(s.returns.units(), qint64(85000));
    QTEST(s.netSales.units(), "net");
    QTEST(s.orders, "orders");
    QTEST(s.orderLines, "lines");
    QTEST(s.buyingCustomers, "buyingCustomers");
    QTEST(s.customers, "customers");
}

void TestNotSales::leftOutLinesAreCounted()
{
    ImportOptions options;
    options.dryRun = true;
    auto report = Importer::run(m_dir.create(), importFixture(Fixture), tillProfile(Tips), options);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    const DataQuality &q = report->quality;
    QCOMPARE(q.notSales.size(), 1);
    QCOMPARE(q.notSales.at(0).sku, QStringLiteral("POURBOIRE"));
    QCOMPARE(q.notSales.at(0).lines.count, qint64(3));
    QCOMPARE(q.notSales.at(0).lines.firstLine, qint64(3));
    QCOMPARE(q.notSales.at(0).netSales.units(), qint64(35000));
    QVERIFY(q.feeSkus.isEmpty()); // out of sales, so not offered as "not a product" either
    QCOMPARE(q.notSalesItems([](const Money &m) { return m.toString(2); }),
             QStringList{QStringLiteral("POURBOIRE (Pourboire): 3 lines, 3.50")});
    QVERIFY2(q.sentences().contains(QStringLiteral("Lines read: 7 (4 accepted, 3 skipped, 0 rejected).")),
             qPrintable(q.sentences().join(QLatin1Char('\n'))));
    QCOMPARE(report->counts.added, qint64(4));
}

// The tips imported in sales first; the same file again with the tips left out: with replace its 3 tip lines
// (3.50) are removed, as lines the file no longer holds; without it they are kept and counted as not in the
// file.
void TestNotSales::replaceRemovesTipsImportedBefore()
{
    for (const bool replace : {false, true}) {
        const QString ws = m_dir.create();
        QVERIFY(Importer::run(ws, importFixture(Fixture), tillProfile()).ok());
        ImportOptions options;
        options.replace = replace;
        auto report = Importer::run(ws, importFixture(Fixture), tillProfile(Tips), options);
        QVERIFY2(report.ok(), qPrintable(report.error().toString()));
        QCOMPARE(report->counts.added, qint64(0));
        QCOMPARE(report->counts.unchanged, qint64(4));
        QCOMPARE(report->counts.removed, qint64(replace ? 3 : 0));
        QCOMPARE(report->notInFile.count, qint64(3));
        QCOMPARE(report->notInFile.amount.units(), qint64(35000));
        QCOMPARE(summaryOf(ws).netSales.units(), replace ? qint64(241100) : qint64(276100));
        QCOMPARE(summaryOf(ws).orders, replace ? qint64(3) : qint64(4));
    }
}

void TestNotSales::profileKeepsTheChoice()
{
    const ImportProfile p = tillProfile({QStringLiteral("POURBOIRE"), QStringLiteral("CONSIGNE")});
    const QByteArray json = p.toJson();
    QVERIFY2(json.contains("\"not_sales_skus\""), json.constData());
    const auto back = ImportProfile::fromJson(json);
    QVERIFY2(back.ok(), qPrintable(back.error().toString()));
    QCOMPARE(back->notSalesSkus, (QStringList{QStringLiteral("POURBOIRE"), QStringLiteral("CONSIGNE")}));
    // A profile saved before the choice existed, or without one, leaves nothing out.
    QVERIFY(!tillProfile().toJson().contains("not_sales_skus"));
    const auto old = ImportProfile::fromJson(tillProfile().toJson());
    QVERIFY(old.ok());
    QVERIFY(old->notSalesSkus.isEmpty());
}

void TestNotSales::looksLikeTip_data()
{
    QTest::addColumn<QString>("sku");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("tip");
    QTest::newRow("a French till's tip")
        << QStringLiteral("POURBOIRE") << QStringLiteral("Pourboire") << true;
    QTest::newRow("tip by name only") << QStringLiteral("900") << QStringLiteral("Pourboire CB") << true;
    QTest::newRow("Tips") << QStringLiteral("TIPS") << QString() << true;
    QTest::newRow("Gratuity") << QStringLiteral("G1") << QStringLiteral("Gratuity") << true;
    QTest::newRow("Trinkgeld") << QStringLiteral("TG") << QStringLiteral("Trinkgeld") << true;
    QTest::newRow("propina") << QStringLiteral("PROPINA") << QStringLiteral("Propina voluntaria") << true;
    QTest::newRow("mancia") << QStringLiteral("M-1") << QStringLiteral("Mancia") << true;
    QTest::newRow("fooi") << QStringLiteral("FOOI") << QStringLiteral("Fooi") << true;
    QTest::newRow("merchandise named tip")
        << QStringLiteral("JAM-1") << QStringLiteral("Tip Top Jam") << false;
    QTest::newRow("postage is a fee, no tip") << QStringLiteral("POST") << QStringLiteral("Postage") << false;
}

void TestNotSales::looksLikeTip()
{
    QFETCH(QString, sku);
    QFETCH(QString, name);
    QFETCH(bool, tip);
    QCOMPARE(DataQualityCollector::looksLikeTip(sku.toUtf8(), name.toUtf8()), tip);
    if (tip) // every tip is a fee-like SKU, offered on the Check page
        QVERIFY(DataQualityCollector::looksLikeFee(sku.toUtf8(), name.toUtf8()));
}

QTEST_GUILESS_MAIN(TestNotSales)
#include "tst_notsales.moc"
