// Trial 16: the till names its products ("Mantel de lino natural"), the web shop gives each its SKU beside
// the name ("TEX-MAN-01 Mantel de lino natural"): one tablecloth was two products in Top products, and
// nothing said so. The importer does not guess: it says which products without a code have the name of
// exactly one coded product, offers to count them as that product (ImportProfile::productsByName), and never
// matches a name two coded products share. Both ways round: the till after the web shop, and the web shop
// after the till.

#include "ImportTestSupport.h"
#include "common/WorkspaceFixture.h"
#include "core/import/ProductNames.h"

using namespace storelens::core;
using storelens::test::importFixture;
using storelens::test::scalar;

namespace {

// tiendanube_same_names.csv, the web shop's four lines: TEX-MAN-01 "Mantel de lino natural", TEX-BOL-03
// "Bolso de  Esparto", CER-TAZ-01 and CER-TAZ-02 both "Taza cerámica Manises".
// agora_ventas.csv, the till's nine lines (tst_orderseries.cpp) of five products without a code: Café solo
// (lines 2, 10), Bolso de esparto (3, 8), Taza cerámica Manises (4, 7, and the return 9), Mantel de lino
// natural (5), Cortado (6).
// Names shared, case and spaces aside: "bolso de esparto" and "mantel de lino natural" with one coded product
// each (2 matching; the first in order is the bag), "taza cerámica manises" with two (1 ambiguous).
// Products: 4 + 5 = 9 as keyed; counted by name the bag and the tablecloth are one product each: 7.
const QString Web = QStringLiteral("tiendanube_same_names.csv");
const QString Till = QStringLiteral("agora_ventas.csv");

Result<ImportReport> import(const QString &ws, const QString &file, bool byName, bool dryRun = false)
{
    const auto preview = previewFile(importFixture(file));
    if (!preview)
        return preview.error();
    ImportProfile profile = suggestProfile(preview.value());
    profile.productsByName = byName;
    ImportOptions options;
    options.dryRun = dryRun;
    return Importer::run(ws, importFixture(file), profile, options);
}

qint64 linesOf(const QString &ws, const char *sku)
{
    return scalar(ws,
                  QStringLiteral("SELECT count(*) FROM order_lines l JOIN products p ON p.id = l.product_id"
                                 " WHERE p.sku = '%1'")
                      .arg(QString::fromUtf8(sku)));
}

qint64 products(const QString &ws)
{
    return scalar(ws, QStringLiteral("SELECT count(*) FROM products"));
}

} // namespace

class TestProductNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameNamesAreSaidNotGuessed_data();
    void sameNamesAreSaidNotGuessed();
    void tillAfterTheWebShopTakesItsCodes();
    void webShopAfterTheTillTakesItsProducts();
    void profileKeepsTheChoice();

private:
    storelens::test::TemporaryWorkspaces m_dir;
};

void TestProductNames::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English));
}

void TestProductNames::sameNamesAreSaidNotGuessed_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("the till after the web shop") << Web << Till;
    QTest::newRow("the web shop after the till") << Till << Web;
}

void TestProductNames::sameNamesAreSaidNotGuessed()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    const QString ws = m_dir.create();
    auto report = import(ws, first, false);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->productNames.matching, qint64(0)); // nothing to meet yet
    report = import(ws, second, false);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    const ProductNameMatch &m = report->productNames;
    QCOMPARE(m.matching, qint64(2));
    QCOMPARE(m.exampleName, QStringLiteral("Bolso de esparto")); // the product without a code, as written
    QCOMPARE(m.exampleCode, QStringLiteral("TEX-BOL-03"));
    QCOMPARE(m.ambiguous, qint64(1));
    QCOMPARE(m.ambiguousName, QStringLiteral("Taza cerámica Manises"));
    QCOMPARE(m.ambiguousCodes, (QStringList{QStringLiteral("CER-TAZ-01"), QStringLiteral("CER-TAZ-02")}));
    QCOMPARE(m.counted, qint64(0));
    QCOMPARE(
        m.offerSentence(),
        QStringLiteral("2 products without a code have the name of a product with one (such as \"Bolso "
                       "de esparto\" and TEX-BOL-03), so each is counted as two products. To count a "
                       "product without a code as the one product with a code of the same name, in this "
                       "file and in the workspace, choose \"Count as One Product\" on the Check page, or "
                       "import with --products-by-name on the command line."));
    QCOMPARE(m.ambiguousSentence(),
             QStringLiteral("1 product without a code (\"Taza cerámica Manises\") has the name of several "
                            "products with a code (CER-TAZ-01 and CER-TAZ-02): it is not counted as any of "
                            "them."));
    // Not guessed: every product stays as keyed.
    QCOMPARE(products(ws), qint64(9));
    QCOMPARE(linesOf(ws, "TEX-MAN-01"), qint64(1));
}

// With the choice the till's bag (lines 3 and 8) and tablecloth (line 5) are the web shop's TEX-BOL-03 and
// TEX-MAN-01: 1 + 2 and 1 + 1 lines; the cups stay apart. Imported again with the choice, the till's lines
// meet the ones they wrote: 9 unchanged, none added.
void TestProductNames::tillAfterTheWebShopTakesItsCodes()
{
    const QString ws = m_dir.create();
    QVERIFY(import(ws, Web, false).ok());
    auto report = import(ws, Till, true);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->productNames.counted, qint64(2));
    QCOMPARE(
        report->productNames.countedSentence(),
        QStringLiteral("2 products without a code are counted as the product with a code of the same name "
                       "(such as \"Bolso de esparto\" as TEX-BOL-03)."));
    QCOMPARE(report->productNames.matching, qint64(0));
    QCOMPARE(report->productNames.ambiguous, qint64(1));
    QCOMPARE(products(ws), qint64(7));
    QCOMPARE(linesOf(ws, "TEX-BOL-03"), qint64(3));
    QCOMPARE(linesOf(ws, "TEX-MAN-01"), qint64(2));
    QCOMPARE(linesOf(ws, "Taza cerámica Manises"), qint64(3));
    report = import(ws, Till, true);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->counts.added, qint64(0));
    QCOMPARE(report->counts.unchanged, qint64(9));
    QCOMPARE(products(ws), qint64(7));
}

// The other way round the till's products are in the workspace first: the web shop's file, imported with the
// choice, takes them (their lines move to TEX-BOL-03 and TEX-MAN-01, the products without a code go). The
// till's next import with the choice meets its lines again.
void TestProductNames::webShopAfterTheTillTakesItsProducts()
{
    const QString ws = m_dir.create();
    QVERIFY(import(ws, Till, false).ok());
    // A dry run with the choice counts them and changes nothing.
    auto report = import(ws, Web, true, true);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->productNames.counted, qint64(2));
    QCOMPARE(products(ws), qint64(5));
    report = import(ws, Web, true);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->productNames.counted, qint64(2));
    QCOMPARE(report->productNames.countedName, QStringLiteral("Bolso de esparto"));
    QCOMPARE(report->productNames.countedCode, QStringLiteral("TEX-BOL-03"));
    QCOMPARE(products(ws), qint64(7));
    QCOMPARE(linesOf(ws, "TEX-BOL-03"), qint64(3));
    QCOMPARE(linesOf(ws, "TEX-MAN-01"), qint64(2));
    QCOMPARE(linesOf(ws, "Bolso de esparto"), qint64(0));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM order_lines")), qint64(13));
    report = import(ws, Till, true);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->counts.added, qint64(0));
    QCOMPARE(report->counts.unchanged, qint64(9));
    QCOMPARE(products(ws), qint64(7));
}

void TestProductNames::profileKeepsTheChoice()
{
    ImportProfile p;
    QVERIFY(!p.toJson().contains("products_by_name")); // profiles saved before read as they were
    p.productsByName = true;
    const auto loaded = ImportProfile::fromJson(p.toJson());
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().toString()));
    QVERIFY(loaded->productsByName);
}

QTEST_GUILESS_MAIN(TestProductNames)
#include "tst_productnames.moc"
