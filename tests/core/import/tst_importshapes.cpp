#include "ImportTestSupport.h"
#include "common/WorkspaceFixture.h"

#include "core/analytics/kpi/KpiEngine.h"
#include "core/analytics/query/LineFilter.h"
#include "core/analytics/snapshot/SnapshotLoader.h"
#include "core/import/FieldCatalog.h"

#include <QTest>

using namespace storelens;
using namespace storelens::core;
using test::importFixture;
using test::scalar;

// Files with parts missing and unusual layouts (issue 14 item 4): no order id, no SKU, no quantity, no
// prices, whitespace-aligned text, month names in the shipped languages.
class TestImportShapes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void partsMissing_data();
    void partsMissing();
    void noPricesNeedsConfirmation();
    void kpisSayNoPricesImported();
    void whitespaceAlignedText_data();
    void whitespaceAlignedText();
    void monthNames_data();
    void monthNames();
    void delimitersOnlyAboveTheHeader();

private:
    test::TemporaryWorkspaces m_dir; // create() makes the next empty workspace
};

void TestImportShapes::partsMissing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("noPrices");
    QTest::addColumn<bool>("perCustomerDay");
    QTest::addColumn<qint64>("lines");
    QTest::addColumn<qint64>("orders");
    QTest::addColumn<qint64>("units"); // thousandths
    QTest::addColumn<qint64>("unpriced");
    QTest::addColumn<qint64>("gross");    // ten-thousandths
    QTest::addColumn<QString>("product"); // the product of every line, or empty when they differ

    // Bakery till log (Date, Time, Transaction, Item): no SKU (the item names the product), no quantity (one
    // unit a row), no price. 7 rows = 7 lines and 7 units in transactions 1–4; no amount is known.
    QTest::newRow("bakery till log: no quantity, no prices")
        << QStringLiteral("bakery_till_log.csv") << true << false << qint64(7) << qint64(4) << qint64(7000)
        << qint64(7) << qint64(0) << QString();
    // Customer purchase log (customer, day): no order id, SKU, quantity or price. Each row is an order: 5.
    QTest::newRow("customer purchase log, an order per row")
        << QStringLiteral("customer_purchase_log.csv") << true << false << qint64(5) << qint64(5)
        << qint64(5000) << qint64(5) << qint64(0) << QStringLiteral("Unspecified");
    // One order per customer per day: C-1 on 5 Jan (2 rows), C-2 on 9 Jan, C-1 and C-3 on 11 Feb: 4 orders.
    QTest::newRow("customer purchase log, an order per customer and day")
        << QStringLiteral("customer_purchase_log.csv") << true << true << qint64(5) << qint64(4)
        << qint64(5000) << qint64(5) << qint64(0) << QStringLiteral("Unspecified");
    // CDNOW: no order id, no SKU, dollars as line totals. 11.77 + 12.00 + 77.00 + 20.76 + 20.76 + 19.54 =
    // 161.83; 1 + 1 + 5 + 2 + 2 + 2 = 13 CDs; 6 rows are 6 orders.
    QTest::newRow("CDNOW log, an order per row")
        << QStringLiteral("cdnow_purchase_log.txt") << false << false << qint64(6) << qint64(6)
        << qint64(13000) << qint64(0) << qint64(1618300) << QStringLiteral("Unspecified");
    // Customer 00002 bought twice on 12 Jan 1997: one order per customer and day makes 5.
    QTest::newRow("CDNOW log, an order per customer and day")
        << QStringLiteral("cdnow_purchase_log.txt") << false << true << qint64(6) << qint64(5)
        << qint64(13000) << qint64(0) << qint64(1618300) << QStringLiteral("Unspecified");
}

void TestImportShapes::partsMissing()
{
    QFETCH(QString, file);
    QFETCH(bool, noPrices);
    QFETCH(bool, perCustomerDay);
    QFETCH(qint64, lines);
    QFETCH(qint64, orders);
    QFETCH(qint64, units);
    QFETCH(qint64, unpriced);
    QFETCH(qint64, gross);
    QFETCH(QString, product);

    auto preview = previewFile(importFixture(file));
    QVERIFY2(preview.ok(), qPrintable(preview.error().toString()));
    // CDNOW has no header: its columns are mapped by their values (no saved profile needed).
    ImportProfile profile = suggestProfile(preview.value(), Entity::Orders);
    profile.noPrices = noPrices;
    profile.ordersWithoutId = perCustomerDay ? OrdersWithoutId::PerCustomerDay : OrdersWithoutId::PerRow;
    const QString ws = m_dir.create();
    auto report = Importer::run(ws, preview->path, profile);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->counts.added, lines);
    QCOMPARE(report->unpricedLines, unpriced);
    QCOMPARE(report->grossSales.units(), gross);

    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(DISTINCT order_id) FROM order_lines")), orders);
    QCOMPARE(scalar(ws, QStringLiteral("SELECT SUM(quantity) FROM order_lines")), units);
    // An unknown amount is stored as unknown (NULL), never as 0.
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM order_lines WHERE gross IS NULL")), unpriced);
    if (!product.isEmpty())
        QCOMPARE(test::text(ws, QStringLiteral("SELECT DISTINCT p.sku FROM order_lines l JOIN products p"
                                               " ON p.id = l.product_id")),
                 product);
    auto summary = WorkspaceSummary::read(ws);
    QVERIFY(summary.ok());
    QCOMPARE(summary->unpricedLines, unpriced);
    QCOMPARE(summary->grossSales.units(), gross);
}

void TestImportShapes::noPricesNeedsConfirmation()
{
    auto preview = previewFile(importFixture(QStringLiteral("bakery_till_log.csv")));
    QVERIFY(preview.ok());
    ImportProfile profile = suggestProfile(preview.value(), Entity::Orders);
    QCOMPARE(profile.missingRequiredFields(), QStringList{field::UnitPrice});
    const QString ws = m_dir.create();
    auto refused = Importer::run(ws, preview->path, profile);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), ErrorCode::MissingField);
    QCOMPARE(scalar(ws, QStringLiteral("SELECT COUNT(*) FROM order_lines")), qint64(0));
    profile.noPrices = true;
    QCOMPARE(profile.missingRequiredFields(), QStringList());
}

void TestImportShapes::kpisSayNoPricesImported()
{
    using namespace storelens::core::analytics;
    const QString ws = m_dir.create();
    auto preview = previewFile(importFixture(QStringLiteral("bakery_till_log.csv")));
    QVERIFY(preview.ok());
    ImportProfile profile = suggestProfile(preview.value(), Entity::Orders);
    profile.noPrices = true;
    QVERIFY(Importer::run(ws, preview->path, profile).ok());

    const auto kpis = [&ws](const QDate &from, const QDate &to) {
        auto snapshot = loadSnapshot(ws);
        Query query;
        query.period = Period{from, to};
        query.comparison = Comparison::None;
        return computeKpiReport(snapshot.value(), query, resolveFilter(*snapshot.value(), query.filter));
    };
    // Only unpriced lines: money KPIs say so, never 0; orders (transactions 1–4) and units (7) count.
    auto report = kpis(QDate(2016, 10, 30), QDate(2016, 10, 31));
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    for (const KpiId id : {KpiId::GrossSales, KpiId::NetSales, KpiId::AverageOrderValue, KpiId::ReturnRate}) {
        QVERIFY(!report->kpi(id).current.hasData);
        QVERIFY2(report->kpi(id).current.noDataReason.contains(QLatin1String("No prices imported")),
                 qPrintable(report->kpi(id).current.noDataReason));
    }
    QCOMPARE(report->kpi(KpiId::Orders).current.value, 4.0);
    QCOMPARE(report->kpi(KpiId::UnitsPerTransaction).current.value, 7.0 / 4.0);

    // Beside priced lines (3 lines, 19.90): the money KPIs count those and say that 7 of 10 are left out.
    QVERIFY(test::importWithSuggestion(ws, importFixture(QStringLiteral("month_names_en.csv")), {},
                                       Entity::Orders)
                .ok());
    report = kpis(QDate(2016, 10, 30), QDate(2024, 12, 31));
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    const KpiValue &gross = report->kpi(KpiId::GrossSales).current;
    QVERIFY(gross.hasData);
    QCOMPARE(gross.money.units(), qint64(199000));
    QVERIFY2(gross.warning.contains(QLatin1String("7 of the period's 10")), qPrintable(gross.warning));
    QCOMPARE(report->kpi(KpiId::Orders).current.value, 7.0);
    QVERIFY(report->kpi(KpiId::Orders).current.warning.isEmpty());
}

void TestImportShapes::whitespaceAlignedText_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("header");
    QTest::addColumn<int>("columns");
    QTest::addColumn<qint64>("lines");
    QTest::addColumn<qint64>("gross");

    // A till's fixed-width log with a header: 2 × 3.50 + 1 × 1.80 + 1 × 3.50 = 12.30.
    QTest::newRow("aligned till log with a header")
        << QStringLiteral("till_log_aligned.txt") << true << 6 << qint64(3) << qint64(123000);
    // CDNOW without a header, leading spaces and CRLF: 161.83 (see partsMissing).
    QTest::newRow("CDNOW without a header")
        << QStringLiteral("cdnow_purchase_log.txt") << false << 4 << qint64(6) << qint64(1618300);
}

void TestImportShapes::whitespaceAlignedText()
{
    QFETCH(QString, file);
    QFETCH(bool, header);
    QFETCH(int, columns);
    QFETCH(qint64, lines);
    QFETCH(qint64, gross);

    auto preview = previewFile(importFixture(file));
    QVERIFY2(preview.ok(), qPrintable(preview.error().toString()));
    QCOMPARE(preview->dialect.delimiter, ' ');
    QCOMPARE(preview->dialect.hasHeader, header);
    QCOMPARE(int(preview->header.size()), columns);
    for (const QStringList &row : preview->rows)
        QCOMPARE(int(row.size()), columns);
    const ImportProfile profile = suggestProfile(preview.value(), Entity::Orders);
    auto report = Importer::run(m_dir.create(), preview->path, profile);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->counts.added, lines);
    QCOMPARE(report->grossSales.units(), gross);
    // The dialect survives a saved profile.
    auto back = ImportProfile::fromJson(profile.toJson());
    QVERIFY(back.ok());
    QCOMPARE(back->dialect.delimiter, ' ');
}

void TestImportShapes::monthNames_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<qint64>("gross");

    // 2 × 3.50 + 0.90 + 12.00 = 19.90 in both; 12 March to 24 December 2024.
    QTest::newRow("English: 12-Mar-2024") << QStringLiteral("month_names_en.csv") << QDate(2024, 3, 12)
                                          << QDate(2024, 12, 24) << qint64(199000);
    QTest::newRow("German: 12. März 2024, decimal commas")
        << QStringLiteral("month_names_de.csv") << QDate(2024, 3, 12) << QDate(2024, 12, 24)
        << qint64(199000);
}

void TestImportShapes::monthNames()
{
    QFETCH(QString, file);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(qint64, gross);
    auto report = test::importWithSuggestion(m_dir.create(), importFixture(file), {}, Entity::Orders);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->counts.added, qint64(3));
    QCOMPARE(report->firstDate, first);
    QCOMPARE(report->lastDate, last);
    QCOMPARE(report->grossSales.units(), gross);
}

// eBay's orders report opens with a line of bare commas, then the header, then another: the wizard took line
// 1 for the header (nameless columns) or for data (trial 18). Such lines are no records: the header is line
// 2, the rows keep their lines in the file. 2 x 3.50 + 0.90 = 7.90; the quantity "abc" of line 6 is rejected.
// Lines 3 and 7 (bare commas, and "" then commas) are counted as blank, as before.
void TestImportShapes::delimitersOnlyAboveTheHeader()
{
    const QString file = m_dir.filePath(QStringLiteral("commas_above_header.csv"));
    test::writeFile(file, QByteArray(",,,,\r\n"
                                     "Order,Date,SKU,Quantity,Unit Price\r\n"
                                     ",,,,\r\n"
                                     "A1,2024-03-12,TEA,2,3.50\r\n"
                                     "A2,2024-03-13,CAKE,1,0.90\r\n"
                                     "A3,2024-03-14,TEA,abc,3.50\r\n"
                                     "\"\",,,,\r\n"));
    auto preview = previewFile(file);
    QVERIFY2(preview.ok(), qPrintable(preview.error().toString()));
    QVERIFY(preview->dialect.hasHeader);
    QCOMPARE(preview->header,
             (QStringList{QStringLiteral("Order"), QStringLiteral("Date"), QStringLiteral("SKU"),
                          QStringLiteral("Quantity"), QStringLiteral("Unit Price")}));
    QCOMPARE(preview->rows.size(), 3);
    ImportOptions options;
    options.onError = ErrorPolicy::Skip;
    auto report = test::importWithSuggestion(m_dir.create(), file, options, Entity::Orders);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->counts.added, qint64(2));
    QCOMPARE(report->grossSales.units(), qint64(79000));
    QCOMPARE(report->rejectedCount, qint64(1));
    QCOMPARE(report->rejections.first().line, qint64(6));
    // Lines 3 and 7, below the header, are blank lines of the data; line 1 is above it.
    QCOMPARE(report->quality.blank.count, qint64(2));
    QCOMPARE(report->quality.blank.firstLine, qint64(3));
}

QTEST_GUILESS_MAIN(TestImportShapes)
#include "tst_importshapes.moc"
