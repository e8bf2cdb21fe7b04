#include "ImportTestSupport.h"
#include "common/WorkspaceFixture.h"

#include <QTest>
#include <QTranslator>

using namespace storelens;
using namespace storelens::core;
using test::importFixture;
using test::importWithSuggestion;
using test::scalar;

class TestImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exportStyles_data();
    void exportStyles();
    void decodesText();
    void cancellationMarkersMakeReturns();
    void skipPolicyReportsEveryRejection();
    void abortLeavesWorkspaceUnchanged();
    void cancelLeavesWorkspaceUnchanged();
    void dryRunChangesNothing();
    void reimportIsIdempotent();
    void overlappingExportUpdates();
    void laterLinesFillBlanks();
    void totalsAreExactToTheCent();
    void otherEntities();
    void customersReimportUpdates();
    void rejectionsSaveAsCsv();
    void noSaleStatusesLeftOut();
    void defaultStoreAndChannelInEveryLanguage();
    void etsyOrdersOverTheirItemsRefused();

private:
    test::TemporaryWorkspaces m_dir; // create() makes the next empty workspace
};

void TestImporter::exportStyles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("rows");  // records in the file
    QTest::addColumn<qint64>("lines"); // order lines: a refunded-status row is a sale and a return
    QTest::addColumn<qint64>("gross"); // ten-thousandths
    QTest::addColumn<qint64>("discounts");
    QTest::addColumn<qint64>("returns");
    QTest::addColumn<qint64>("net");
    QTest::addColumn<qint64>("buyers");
    QTest::addColumn<qint64>("guestLines");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");

    // 6×2.55 + 6×3.39 + 6×1.85 + 32×1.69 = 15.30 + 20.34 + 11.10 + 54.08 = 100.82; the C invoice returns
    // 2×3.39 = 6.78; net 94.04. Customers 17850 and 13047 (written 17850.0); one guest line.
    QTest::newRow("ERP line export") << QStringLiteral("erp_online_retail.csv") << qint64(5) << qint64(5)
                                     << qint64(1008200) << qint64(0) << qint64(67800) << qint64(940400)
                                     << qint64(2) << qint64(1) << QDate(2010, 12, 1) << QDate(2010, 12, 14);
    // 2×39.90 + 1×12.50 + 3×1.999 = 79.80 + 12.50 + 5.997 = 98.297, plus the refunded order's scarf 25.00
    // sold = 123.297; discount 2.50; the scarf's refund returns 25.00 (METRICS.md section 1: sale and
    // return); net 123.297 − 2.50 − 25.00 = 95.797. Customers by e-mail: anna, ben.
    QTest::newRow("Shopify orders") << QStringLiteral("shopify_orders.csv") << qint64(4) << qint64(5)
                                    << qint64(1232970) << qint64(25000) << qint64(250000) << qint64(957970)
                                    << qint64(2) << qint64(0) << QDate(2024, 3, 1) << QDate(2024, 3, 5);
    // Shopify writes status, e-mail and discount on an order's first row only. #3001 sells 40.00 + 2×10.00,
    // discount 2.00; #3002 (refunded) sells 5.00 + 3×6.00 + 12.00 = 35.00, discount 1.00: gross 95.00,
    // discounts 3.00. Every #3002 line is refunded, not only its first, each return minus its sale's amount:
    // returns 35.00 − 1.00 = 34.00, net 95.00 − 3.00 − 34.00 = 58.00 (#3002 nets 0); 5 rows = 5 sale lines
    // + 3 return lines; the later rows take their order's e-mail: 2 customers, no guest line.
    QTest::newRow("Shopify refunded order with several lines")
        << QStringLiteral("shopify_refunded_lines.csv") << qint64(5) << qint64(8) << qint64(950000)
        << qint64(30000) << qint64(340000) << qint64(580000) << qint64(2) << qint64(0) << QDate(2024, 5, 2)
        << QDate(2024, 5, 3);
    // Line totals 9.00 (2 lattes) + 3.25; discount |−1.00|; the refund event (its own row, a negative
    // amount) returns 4.50; net 6.75.
    QTest::newRow("Square items") << QStringLiteral("square_items.csv") << qint64(3) << qint64(3)
                                  << qint64(122500) << qint64(10000) << qint64(45000) << qint64(67500)
                                  << qint64(1) << qint64(1) << QDate(2024, 5, 3) << QDate(2024, 5, 4);
    // 3×12.00 + 1×1,234.50 + the cancelled order's 1×12.00 = 1,282.50; the cancelled order returns 12.00;
    // net 1,270.50.
    QTest::newRow("WooCommerce orders") << QStringLiteral("woocommerce_orders.csv") << qint64(3) << qint64(4)
                                        << qint64(12825000) << qint64(0) << qint64(120000) << qint64(12705000)
                                        << qint64(2) << qint64(0) << QDate(2024, 6, 1) << QDate(2024, 6, 2);
    // 2×12,50 + 1×8,99 + 1×25,00 = 58.99; discount 1,00; net 57.99; dates are day/month (25/07).
    QTest::newRow("Lightspeed Windows-1252")
        << QStringLiteral("lightspeed_sales_cp1252.csv") << qint64(3) << qint64(3) << qint64(589900)
        << qint64(10000) << qint64(0) << qint64(579900) << qint64(1) << qint64(1) << QDate(2024, 7, 25)
        << QDate(2024, 8, 2);
    // 1.5×2.00 + 1×0.001 = 3.001; a return of 1×2.00; net 1.001. Leap day 2024-02-29 in between.
    QTest::newRow("POS UTF-16 tabs") << QStringLiteral("pos_utf16.tsv") << qint64(3) << qint64(3)
                                     << qint64(30010) << qint64(0) << qint64(20000) << qint64(10010)
                                     << qint64(1) << qint64(1) << QDate(2024, 1, 15) << QDate(2024, 3, 1);
}

void TestImporter::exportStyles()
{
    QFETCH(QString, file);
    QFETCH(qint64, rows);
    QFETCH(qint64, lines);
    QFETCH(qint64, gross);
    QFETCH(qint64, discounts);
    QFETCH(qint64, returns);
    QFETCH(qint64, net);
    QFETCH(qint64, buyers);
    QFETCH(qint64, guestLines);
    QFETCH(QDate, first);
    QFETCH(QDate, last);

    const QString ws = m_dir.create();
    auto report = importWithSuggestion(ws, importFixture(file));
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->rowsRead, rows);
    QCOMPARE(report->counts.added, lines);
    QCOMPARE(report->rejectedCount, qint64(0));
    QCOMPARE(report->grossSales.units(), gross);
    QCOMPARE(report->netSales.units(), net);

    auto summary = WorkspaceSummary::read(ws);
    QVERIFY(summary.ok());
    QCOMPARE(summary->orderLines, lines);
    QCOMPARE(summary->grossSales.units(), gross);
    QCOMPARE(summary->discounts.units(), discounts);
    QCOMPARE(summary->returns.units(), returns);
    QCOMPARE(summary->netSales.units(), net);
    QCOMPARE(summary->buyingCustomers, buyers);
    QCOMPARE(summary->guestLines, guestLines);
    QCOMPARE(summary->firstDate, first);
    QCOMPARE(summary->lastDate, last);
    QCOMPARE(summary->revision, qint64(1));
}

void TestImporter::decodesText()
{
    const QString ws = m_dir.create();
    QVERIFY(importWithSuggestion(ws, importFixture(QStringLiteral("lightspeed_sales_cp1252.csv"))).ok());
    QCOMPARE(test::text(ws, QStringLiteral("SELECT name FROM products WHERE sku = 'KB-1'")),
             QStringLiteral("Kaffeebecher \u201EGro\u00DF\u201C"));
    QCOMPARE(test::text(ws, QStringLiteral("SELECT external_id FROM customers")),
             QStringLiteral("M\u00FCller"));
    QCOMPARE(test::text(ws, QStringLiteral("SELECT name FROM stores")), QStringLiteral("K\u00F6ln"));
    // No channel column: the default of METRICS.md section 1.
    QCOMPARE(test::text(ws, QStringLiteral("SELECT name FROM channels")), QStringLiteral("In store"));

    const QString erp = m_dir.create();
    QVERIFY(importWithSuggestion(erp, importFixture(QStringLiteral("erp_online_retail.csv"))).ok());
    // "17850.0" is the id 17850; the quoted description keeps its comma.
    QCOMPARE(scalar(erp, QStringLiteral("SELECT COUNT(*) FROM customers WHERE external_id = '17850'")),
             qint64(1));
    QCOMPARE(test::text(erp, QStringLiteral("SELECT name FROM products WHERE sku = '22633'")),
             QStringLiteral("HAND WARMER UNION JACK, RED"));
    // Time of day is kept: 12/1/2010 8:26 -> 08:26:00.
    QCOMPARE(scalar(erp, QStringLiteral("SELECT MIN(seconds) FROM order_lines")), qint64(8 * 3600 + 26 * 60));
}

void TestImporter::cancellationMarkersMakeReturns()
{
    const QString ws = m_dir.create();
    QVERIFY(importWithSuggestion(ws, importFixture(QStringLiteral("woocommerce_orders.csv"))).ok());
    // Order 5002 is "cancelled" with quantity 1: sold and returned, a sale of 1 and a return of 1
    // (+1000 and −1000 thousandths) on its order date.
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM order_lines WHERE order_id = '5002'")),
             qint64(2));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT MIN(quantity) FROM order_lines WHERE order_id = '5002'")),
             qint64(-1000));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT MAX(quantity) FROM order_lines WHERE order_id = '5002'")),
             qint64(1000));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM order_lines WHERE quantity < 0")), qint64(1));

    // The ERP's C invoice already has a negative quantity: it stays −2, not +2.
    const QString erp = m_dir.create();
    QVERIFY(importWithSuggestion(erp, importFixture(QStringLiteral("erp_online_retail.csv"))).ok());
    QCOMPARE(scalar(erp, QStringLiteral("SELECT quantity FROM order_lines WHERE order_id = 'C536379'")),
             qint64(-2000));
}

void TestImporter::skipPolicyReportsEveryRejection()
{
    const QString ws = m_dir.create();
    ImportOptions options;
    options.onError = ErrorPolicy::Skip;
    auto report = importWithSuggestion(ws, importFixture(QStringLiteral("broken_rows.csv")), options);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->rowsRead, qint64(7));
    QCOMPARE(report->counts.added, qint64(2));
    QCOMPARE(report->rejectedCount, qint64(4));
    // Line 6 sells 0 units at 5.00: amount 0, skipped and counted (METRICS.md section 1).
    QCOMPARE(report->quality.zeroQuantity.count, qint64(1));
    QCOMPARE(report->quality.zeroQuantity.firstLine, qint64(6));

    struct Expected
    {
        qint64 line;
        int column;
        const char *value;
    };
    // date 2024-13-01; quantity "abc"; 1.2345 has four places; empty unit price.
    const Expected expected[] = {{3, 2, "2024-13-01"}, {4, 5, "abc"}, {5, 5, "1.2345"}, {8, 6, ""}};
    QCOMPARE(report->rejections.size(), qsizetype(std::size(expected)));
    for (int i = 0; i < report->rejections.size(); ++i) {
        const Rejection &r = report->rejections.at(i);
        QCOMPARE(r.line, expected[i].line);
        QCOMPARE(r.column, expected[i].column);
        QCOMPARE(r.value, QString::fromLatin1(expected[i].value));
        QVERIFY2(!r.reason.isEmpty(), "every rejection says why");
    }
    QCOMPARE(report->rejections.at(1).columnName, QStringLiteral("quantity"));
    QVERIFY2(report->rejections.at(2).reason.contains(QLatin1String("3")),
             qPrintable(report->rejections.at(2).reason));
    // Lines 2 and 7 landed: 2×10.00 + 1×5.00.
    auto summary = WorkspaceSummary::read(ws);
    QCOMPARE(summary->netSales.units(), qint64(250000));
}

void TestImporter::abortLeavesWorkspaceUnchanged()
{
    const QString ws = m_dir.create();
    QVERIFY(importWithSuggestion(ws, importFixture(QStringLiteral("erp_online_retail.csv"))).ok());
    const auto before = WorkspaceSummary::read(ws);

    auto report = importWithSuggestion(ws, importFixture(QStringLiteral("broken_rows.csv")));
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code(), ErrorCode::InvalidValue);
    QCOMPARE(report.error().line(), qint64(3));
    QCOMPARE(report.error().column(), 2);
    QVERIFY(report.error().file().endsWith(QLatin1String("broken_rows.csv")));
    QVERIFY2(report.error().message().contains(QLatin1String("2024-13-01")),
             qPrintable(report.error().message()));

    const auto after = WorkspaceSummary::read(ws);
    QCOMPARE(after->orderLines, before->orderLines);
    QCOMPARE(after->netSales, before->netSales);
    QCOMPARE(after->customers, before->customers);
    QCOMPARE(after->products, before->products);
    QCOMPARE(after->revision, before->revision);
    // The good line 2 of the rejected file did not land either.
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM order_lines WHERE order_id = '1'")), qint64(0));
}

void TestImporter::cancelLeavesWorkspaceUnchanged()
{
    // About 3 MB, so the reader reports progress (about every MiB) before the end.
    QByteArray csv("order_id,date,customer_id,sku,quantity,unit_price\n");
    for (int i = 0; i < 80000; ++i)
        csv += "ORD-" + QByteArray::number(i) + ",2024-01-01,C" + QByteArray::number(i % 500) + ",SKU-" +
               QByteArray::number(i % 97) + ",1,1.25\n";
    const QString file = m_dir.filePath(QStringLiteral("big.csv"));
    test::writeFile(file, csv);
    const QString ws = m_dir.create();

    auto preview = previewFile(file);
    QVERIFY(preview.ok());
    int calls = 0;
    auto report = Importer::run(ws, file, suggestProfile(preview.value()), {}, [&calls](qint64, qint64) {
        ++calls;
        return false;
    });
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code(), ErrorCode::Cancelled);
    QVERIFY(calls >= 1);
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM order_lines")), qint64(0));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM customers")), qint64(0));
    // The two identity indexes are still there (schema 5 has no other index on order lines).
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'order_lines_%'")),
             qint64(2));

    // Uncancelled, the same file lands whole.
    auto full = Importer::run(ws, file, suggestProfile(preview.value()));
    QVERIFY(full.ok());
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM order_lines")), qint64(80000));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'order_lines_%'")),
             qint64(2));
}

void TestImporter::dryRunChangesNothing()
{
    const QString ws = m_dir.create();
    QVERIFY(importWithSuggestion(ws, importFixture(QStringLiteral("erp_online_retail.csv"))).ok());
    ImportOptions options;
    options.dryRun = true;
    // Against a workspace holding the ERP file: the same file is all unchanged, the Shopify file all new.
    auto same = importWithSuggestion(ws, importFixture(QStringLiteral("erp_online_retail.csv")), options);
    QVERIFY(same.ok());
    QCOMPARE(same->counts.unchanged, qint64(5));
    QCOMPARE(same->counts.added, qint64(0));
    auto other = importWithSuggestion(ws, importFixture(QStringLiteral("shopify_orders.csv")), options);
    QVERIFY(other.ok());
    QCOMPARE(other->counts.added, qint64(5)); // 4 rows; the refunded order's row is a sale and a return
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM order_lines")), qint64(5));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM imports")), qint64(1));
}

void TestImporter::reimportIsIdempotent()
{
    const QString ws = m_dir.create();
    QVERIFY(importWithSuggestion(ws, importFixture(QStringLiteral("erp_online_retail.csv"))).ok());
    const auto before = WorkspaceSummary::read(ws);
    auto again = importWithSuggestion(ws, importFixture(QStringLiteral("erp_online_retail.csv")));
    QVERIFY(again.ok());
    QCOMPARE(again->counts.added, qint64(0));
    QCOMPARE(again->counts.updated, qint64(0));
    QCOMPARE(again->counts.unchanged, qint64(5));
    const auto after = WorkspaceSummary::read(ws);
    QCOMPARE(after->orderLines, before->orderLines);
    QCOMPARE(after->netSales, before->netSales);
    QCOMPARE(after->customers, before->customers);
    // Nothing changed, so caches keyed on the revision stay valid.
    QCOMPARE(after->revision, before->revision);
}

void TestImporter::overlappingExportUpdates()
{
    const QString ws = m_dir.create();
    const QByteArray header("order_id,date,sku,quantity,unit_price\n");
    // January's export, then February's export that repeats order 2 and corrects order 3's price.
    const QString jan = m_dir.filePath(QStringLiteral("jan.csv"));
    const QString feb = m_dir.filePath(QStringLiteral("feb.csv"));
    test::writeFile(jan, header + "1,2024-01-30,A,1,10.00\n2,2024-01-31,A,1,10.00\n3,2024-01-31,B,2,5.00\n"
                                  "3,2024-01-31,B,1,5.00\n");
    test::writeFile(feb, header + "2,2024-01-31,A,1,10.00\n3,2024-01-31,B,2,5.50\n3,2024-01-31,B,1,5.00\n"
                                  "4,2024-02-01,A,1,10.00\n");
    QVERIFY(importWithSuggestion(ws, jan).ok());
    auto report = importWithSuggestion(ws, feb);
    QVERIFY(report.ok());
    // Order 3 has SKU B twice: the first B line changed, the second did not.
    QCOMPARE(report->counts.added, qint64(1));
    QCOMPARE(report->counts.updated, qint64(1));
    QCOMPARE(report->counts.unchanged, qint64(2));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM order_lines")), qint64(5));
    // 10 + 10 + 2×5.50 + 5 + 10 = 46.00
    QCOMPARE(WorkspaceSummary::read(ws)->netSales.units(), qint64(460000));
}

// A product or customer first seen without a category or country gets it from a later line of the same
// import, as it would from a later import.
void TestImporter::laterLinesFillBlanks()
{
    const QString ws = m_dir.create();
    const QString csv = m_dir.filePath(QStringLiteral("blanks.csv"));
    test::writeFile(csv, "order_id,date,sku,product_name,category,customer_id,country,quantity,unit_price\n"
                         "1,2024-01-30,SKU-9,,,C1,,1,10.00\n"
                         "2,2024-01-31,SKU-9,Green tea,Tea,C1,DE,1,10.00\n"
                         "3,2024-02-01,SKU-9,Other name,Coffee,C1,FR,1,10.00\n");
    QVERIFY(importWithSuggestion(ws, csv).ok());
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM products WHERE sku = 'SKU-9' AND "
                                       "name = 'Green tea' AND category = 'Tea'")),
             qint64(1)); // filled once, not overwritten by line 3
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM customers WHERE external_id = 'C1' AND "
                                       "country = 'DE'")),
             qint64(1));
}

void TestImporter::totalsAreExactToTheCent()
{
    // 5,000 lines of 1 × 0.0001 and 5,000 lines of 1.5 × 0.3333 = 0.49995, each rounded once to 0.5000:
    // gross = 0.5 + 2,500 = 2,500.5000 exactly (summing doubles of 0.49995 would give 2,499.75).
    QByteArray csv("order_id,date,sku,quantity,unit_price\n");
    for (int i = 0; i < 10000; ++i)
        csv += QByteArray::number(i) + (i % 2 ? ",2024-05-01,X,1.5,0.3333\n" : ",2024-05-01,Y,1,0.0001\n");
    const QString file = m_dir.filePath(QStringLiteral("cents.csv"));
    test::writeFile(file, csv);
    const QString ws = m_dir.create();
    auto report = importWithSuggestion(ws, file);
    QVERIFY(report.ok());
    QCOMPARE(report->grossSales.units(), qint64(25005000));
    QCOMPARE(WorkspaceSummary::read(ws)->grossSales.toString(2), QStringLiteral("2500.50"));
}

void TestImporter::otherEntities()
{
    const QString ws = m_dir.create();
    const struct
    {
        const char *name;
        const char *content;
        Entity entity;
        qint64 rows;
    } files[] = {
        {"customers.csv",
         "Customer ID,Name,Email,Birth date,Gender,City,Region,Country,Zip,Loyalty tier,Accepts Email "
         "Marketing,"
         "SMS consent\nC1,Ann Lee,ann@example.com,1980-02-29,F,Leeds,Yorkshire,United "
         "Kingdom,LS1,Gold,yes,no\n"
         "C2,Bo Ek,bo@example.com,,M,Malmö,Skåne,Sweden,211,,no,\n",
         Entity::Customers, 2},
        {"products.csv", "SKU,Name,Category,Cost,Price\nA,Apple,Fruit,0.20,0.50\nB,Bread,Bakery,,2.10\n",
         Entity::Products, 2},
        {"inventory.csv",
         "Date,Store,SKU,On hand,Unit cost\n2024-01-31,North,A,120.5,0.20\n2024-01-31,North,B,30,\n",
         Entity::Inventory, 2},
        {"traffic.csv", "Store,Date,Visitors\nNorth,2024-01-01,340\nNorth,2024-01-02,1 025\n",
         Entity::Traffic, 2},
        {"staffing.csv", "Store,Month,Headcount\nNorth,2024-01,4.5\nNorth,2024-02-01,5\n", Entity::Staffing,
         2},
        {"marketing.csv", "Channel,Month,Spend\nOnline,2024-01,1200.00\nOnline,2024-02-14,300\n",
         Entity::Marketing, 2},
    };
    for (const auto &f : files) {
        const QString path = m_dir.filePath(QString::fromLatin1(f.name));
        test::writeFile(path, f.content);
        auto preview = previewFile(path);
        QVERIFY(preview.ok());
        QCOMPARE(guessEntity(preview->header), f.entity);
        auto report = importWithSuggestion(ws, path);
        QVERIFY2(report.ok(), qPrintable(report.error().toString()));
        QCOMPARE(report->counts.added, f.rows);
    }
    QCOMPARE(scalar(ws, QStringLiteral("SELECT consent_email FROM customers WHERE external_id = 'C1'")),
             qint64(1));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT consent_email FROM customers WHERE external_id = 'C2'")),
             qint64(0));
    QCOMPARE(
        test::text(ws, QStringLiteral("SELECT consent_sms IS NULL FROM customers WHERE external_id = 'C2'")),
        QStringLiteral("1"));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT birth_date FROM customers WHERE external_id = 'C1'")),
             QDate(1980, 2, 29).toJulianDay());
    QCOMPARE(scalar(ws, QStringLiteral("SELECT cost IS NULL FROM products WHERE sku = 'B'")), qint64(1));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT on_hand FROM inventory WHERE unit_cost = 2000")),
             qint64(120500));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT SUM(visitors) FROM traffic")), qint64(1365));
    // "2024-01" is January; a full date stands for its month.
    QCOMPARE(scalar(ws, QStringLiteral("SELECT headcount FROM staffing WHERE month = %1")
                            .arg(QDate(2024, 2, 1).toJulianDay())),
             qint64(5000));
    // A month of spend covers the whole month; a dated row one day.
    QCOMPARE(
        scalar(ws, QStringLiteral("SELECT day_to - day_from FROM marketing_spend WHERE amount = 12000000")),
        qint64(30));
    QCOMPARE(
        scalar(ws, QStringLiteral("SELECT day_to - day_from FROM marketing_spend WHERE amount = 3000000")),
        qint64(0));
}

void TestImporter::customersReimportUpdates()
{
    const QString ws = m_dir.create();
    const QString v1 = m_dir.filePath(QStringLiteral("c1.csv"));
    const QString v2 = m_dir.filePath(QStringLiteral("c2.csv"));
    test::writeFile(v1, "Customer ID,Name,City\nC1,Ann,Leeds\nC2,Bo,York\n");
    // C1 moved; C2's city is empty in this export, which keeps the known city; C3 is new.
    test::writeFile(v2, "Customer ID,Name,City\nC1,Ann,Hull\nC2,Bo,\nC3,Cy,Bath\n");
    QVERIFY(importWithSuggestion(ws, v1).ok());
    auto report = importWithSuggestion(ws, v2);
    QVERIFY(report.ok());
    QCOMPARE(report->counts.added, qint64(1));
    QCOMPARE(report->counts.updated, qint64(1));
    QCOMPARE(report->counts.unchanged, qint64(1));
    QCOMPARE(test::text(ws, QStringLiteral("SELECT city FROM customers WHERE external_id = 'C2'")),
             QStringLiteral("York"));
    QCOMPARE(test::text(ws, QStringLiteral("SELECT city FROM customers WHERE external_id = 'C1'")),
             QStringLiteral("Hull"));
}

void TestImporter::rejectionsSaveAsCsv()
{
    const QString ws = m_dir.create();
    ImportOptions options;
    options.onError = ErrorPolicy::Skip;
    auto report = importWithSuggestion(ws, importFixture(QStringLiteral("broken_rows.csv")), options);
    QVERIFY(report.ok());
    const QString out = m_dir.filePath(QStringLiteral("rejected.csv"));
    QVERIFY(Importer::saveRejections(report->rejections, out).ok());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), qsizetype(5)); // header + four rejections (line 6, quantity 0, is skipped)
    QVERIFY(lines.at(1).startsWith("3,2,date,2024-13-01,"));
}

// woocommerce_statuses.csv: #6001 completed sells 2×12.00 + 30.00 = 54.00; #6002 failed (5×12.00) and #6003
// pending payment (30.00 + 12.00, the second row without a status) took no payment: 3 lines left out;
// #6004 refunded sells 12.00 and returns it; #6005 on-hold (a status StoreLens does not know) sells 12.00.
// Gross 54.00 + 12.00 + 12.00 = 78.00, returns 12.00, net 66.00; orders 6001, 6004, 6005; order lines
// 2 + 2 (sale and return) + 1 = 5.
void TestImporter::noSaleStatusesLeftOut()
{
    const QString ws = m_dir.create();
    auto report = importWithSuggestion(ws, importFixture("woocommerce_statuses.csv"));
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->rowsRead, qint64(7));
    QCOMPARE(report->counts.added, qint64(5));
    QCOMPARE(report->rejectedCount, qint64(0));

    auto summary = WorkspaceSummary::read(ws);
    QVERIFY(summary.ok());
    QCOMPARE(summary->grossSales.units(), qint64(780000));
    QCOMPARE(summary->returns.units(), qint64(120000));
    QCOMPARE(summary->netSales.units(), qint64(660000));
    QCOMPARE(summary->orders, qint64(3));

    const QStringList sentences = report->quality.sentences();
    QCOMPARE(sentences.first(), QStringLiteral("Lines read: 7 (4 accepted, 3 skipped, 0 rejected)."));
    QVERIFY2(
        sentences.contains(QStringLiteral(
            "1 order with status \"failed\" left out: no payment was taken (1 line, for example line 4).")),
        qPrintable(sentences.join(QLatin1Char('\n'))));
    QVERIFY(
        sentences.contains(QStringLiteral("1 order with status \"Pending payment\" left out: no payment was "
                                          "taken (2 lines, for example line 5).")));
    QVERIFY(
        sentences.contains(QStringLiteral("Order statuses StoreLens does not know, counted as sales: "
                                          "\"on-hold\" (1 line, for example line 8). Check that these "
                                          "orders were paid. If one of these values marks a refunded "
                                          "order, tick it in the Check page's status box and choose \"Count "
                                          "Ticked as Sold, Then Refunded\" (or give --cancel-status VALUE): "
                                          "its orders then count as a sale and a return.")));
}

namespace {

// The German names the default store and channel had in translations/storelens_de.ts.
class GermanNames : public QTranslator
{
public:
    QString translate(const char *, const char *source, const char *, int) const override
    {
        if (qstrcmp(source, "Main store") == 0)
            return QStringLiteral("Hauptfiliale");
        if (qstrcmp(source, "In store") == 0)
            return QStringLiteral("Im Laden");
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

// The ERP export has no store and no channel column: its lines go to "Main store" and "In store", stored
// under those names whatever the UI language, so an import in German and the same file again in English name
// one store and one channel, and the second import finds its 5 lines unchanged.
void TestImporter::defaultStoreAndChannelInEveryLanguage()
{
    const QString ws = m_dir.create();
    GermanNames german;
    QCoreApplication::installTranslator(&german);
    auto first = importWithSuggestion(ws, importFixture("erp_online_retail.csv"));
    QCoreApplication::removeTranslator(&german);
    QVERIFY2(first.ok(), qPrintable(first.error().toString()));
    QCOMPARE(first->counts.added, qint64(5));

    auto second = importWithSuggestion(ws, importFixture("erp_online_retail.csv"));
    QVERIFY2(second.ok(), qPrintable(second.error().toString()));
    QCOMPARE(second->counts.added, qint64(0));
    QCOMPARE(second->counts.updated, qint64(0));
    QCOMPARE(second->counts.unchanged, qint64(5));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM stores")), qint64(1));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM channels")), qint64(1));
    QCOMPARE(test::text(ws, QStringLiteral("SELECT name FROM stores")), QStringLiteral("Main store"));
    QCOMPARE(test::text(ws, QStringLiteral("SELECT name FROM channels")), QStringLiteral("In store"));
}

// etsy_sold_order_items.csv: 3 orders, 5 lines, gross 207.00, net 193.60 (tst_ordercustomers). Its Sold
// Orders export holds the same 3 orders, one row each (Order Value 78.00 + 45.00 + 84.00 = 207.00 again):
// imported after the items it would double gross sales to 414.00, so it is refused and the workspace keeps 5
// lines and 193.60. On its own, in a new workspace, it imports (3 lines).
void TestImporter::etsyOrdersOverTheirItemsRefused()
{
    const QString ws = m_dir.create();
    auto items = importWithSuggestion(ws, importFixture("etsy_sold_order_items.csv"));
    QVERIFY2(items.ok(), qPrintable(items.error().toString()));
    auto orders = importWithSuggestion(ws, importFixture("etsy_sold_orders.csv"));
    QVERIFY(!orders.ok());
    QCOMPARE(orders.error().code(), ErrorCode::InvalidValue);
    QVERIFY2(orders.error().message().startsWith(QStringLiteral(
                 "etsy_sold_orders.csv has one row per order, and 3 of its 3 orders (such as ")),
             qPrintable(orders.error().message()));
    auto summary = WorkspaceSummary::read(ws);
    QVERIFY(summary.ok());
    QCOMPARE(summary->orderLines, qint64(5));
    QCOMPARE(summary->netSales.units(), qint64(1936000));

    const QString alone = m_dir.create();
    auto own = importWithSuggestion(alone, importFixture("etsy_sold_orders.csv"));
    QVERIFY2(own.ok(), qPrintable(own.error().toString()));
    QCOMPARE(own->counts.added, qint64(3));
    auto again = importWithSuggestion(alone, importFixture("etsy_sold_orders.csv"));
    QVERIFY2(again.ok(), qPrintable(again.error().toString()));
    QCOMPARE(again->counts.unchanged, qint64(3));
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
