#include "ImportTestSupport.h"
#include "common/WorkspaceFixture.h"

#include "core/import/FieldCatalog.h"
#include "core/store/WorkspaceSummary.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace storelens;
using namespace storelens::core;
using test::importFixture;

// Shopify's "Discount Amount" is the order's whole discount, its lines' "Lineitem discount" included:
// counting both took a line's discount twice (METRICS.md section 2: discounts D are what the customer was
// given off, once).
class TestShopifyDiscounts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void suggestionSaysTheOrderDiscountIncludesTheLines();
    void lineDiscountsCountOnce_data();
    void lineDiscountsCountOnce();
    void profileKeepsTheChoice();

private:
    test::TemporaryWorkspaces m_dir; // create() makes the next empty workspace
};

void TestShopifyDiscounts::suggestionSaysTheOrderDiscountIncludesTheLines()
{
    auto preview = previewFile(importFixture(QStringLiteral("shopify_line_discounts.csv")));
    QVERIFY(preview.ok());
    const ImportProfile profile = suggestProfile(preview.value());
    QCOMPARE(profile.columnFor(field::OrderDiscount), QStringLiteral("Discount Amount"));
    QCOMPARE(profile.columnFor(field::Discount), QStringLiteral("Lineitem discount"));
    QVERIFY(profile.orderDiscountIncludesLines);
    // Squarespace's Discount Amount stands beside no line discount: nothing to take out.
    auto squarespace = previewFile(importFixture(QStringLiteral("squarespace_orders_discounts.csv")));
    QVERIFY(squarespace.ok());
    QVERIFY(!suggestProfile(squarespace.value()).orderDiscountIncludesLines);
}

void TestShopifyDiscounts::lineDiscountsCountOnce_data()
{
    QTest::addColumn<bool>("includes");
    QTest::addColumn<qint64>("discounts"); // ten-thousandths
    QTest::addColumn<qint64>("spread");
    QTest::addColumn<qint64>("inOrders");
    QTest::addColumn<qint64>("below");
    // Gross: #3001 40.00 + 2 × 10.00 = 60.00, #3002 2 × 25.00 = 50.00, #3003 30.00 + 20.00 = 50.00,
    // #3004 15.00: 175.00.
    // Included: #3001's 4.00 is the shirt's 4.00 (nothing to spread), #3002's 9.50 holds the tin's 5.00 (4.50
    // spread), #3003's 5.00 is the order's code alone (spread 3.00 : 2.00), #3004's line discount 6.00 is
    // more than its 2.00: the 6.00 counts, nothing spread, the order named. Discounts 4.00 + 9.50 + 5.00 +
    // 6.00 = 24.50; spread 4.50 + 5.00 = 9.50; in orders 4.00 + 5.00 + 2.00 = 11.00; net 150.50.
    QTest::newRow("includes the lines (suggested)")
        << true << qint64(245000) << qint64(95000) << qint64(110000) << qint64(1);
    // Separate: lines 4.00 + 5.00 + 6.00 = 15.00 and orders 4.00 + 9.50 + 5.00 + 2.00 = 20.50, all spread:
    // 35.50; net 139.50 (what every import counted before).
    QTest::newRow("separate") << false << qint64(355000) << qint64(205000) << qint64(0) << qint64(0);
}

void TestShopifyDiscounts::lineDiscountsCountOnce()
{
    QFETCH(bool, includes);
    QFETCH(qint64, discounts);
    QFETCH(qint64, spread);
    QFETCH(qint64, inOrders);
    QFETCH(qint64, below);
    auto preview = previewFile(importFixture(QStringLiteral("shopify_line_discounts.csv")));
    QVERIFY(preview.ok());
    ImportProfile profile = suggestProfile(preview.value());
    profile.orderDiscountIncludesLines = includes;
    const QString ws = m_dir.create();
    auto report = Importer::run(ws, preview->path, profile);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->orderDiscountsSpread.units(), spread);
    QCOMPARE(report->lineDiscountsInOrders.units(), inOrders);
    QCOMPARE(report->ordersBelowLineDiscounts, below);
    QCOMPARE(report->orderBelowLineDiscountsExample, below ? QStringLiteral("#3004") : QString());
    auto summary = WorkspaceSummary::read(ws);
    QVERIFY(summary.ok());
    QCOMPARE(summary->grossSales.units(), qint64(1750000));
    QCOMPARE(summary->discounts.units(), discounts);
    QCOMPARE(summary->netSales.units(), qint64(1750000) - discounts);
}

void TestShopifyDiscounts::profileKeepsTheChoice()
{
    ImportProfile p;
    p.orderDiscountIncludesLines = true;
    auto back = ImportProfile::fromJson(p.toJson());
    QVERIFY(back.ok());
    QVERIFY(back->orderDiscountIncludesLines);
    QVERIFY(p.toJson().contains("\"order_discount\": \"includes_line_discounts\""));
    QByteArray unknown = p.toJson();
    unknown.replace("includes_line_discounts", "both");
    QVERIFY(!ImportProfile::fromJson(unknown).ok());
    p.orderDiscountIncludesLines = false;
    QVERIFY(p.toJson().contains("\"order_discount\": \"separate\""));
    QVERIFY(!ImportProfile::fromJson(p.toJson())->orderDiscountIncludesLines);
    // A Shopify profile saved before the key existed reads its two discount columns as the suggestion does;
    // with "separate" written it stays separate.
    auto preview = previewFile(importFixture(QStringLiteral("shopify_line_discounts.csv")));
    QVERIFY(preview.ok());
    ImportProfile shopify = suggestProfile(preview.value());
    QJsonObject saved = QJsonDocument::fromJson(shopify.toJson()).object();
    QCOMPARE(saved.take(QStringLiteral("order_discount")).toString(),
             QStringLiteral("includes_line_discounts"));
    const QByteArray old = QJsonDocument(saved).toJson();
    QVERIFY(!saved.contains(QStringLiteral("order_discount")));
    QVERIFY(ImportProfile::fromJson(old)->orderDiscountIncludesLines);
    shopify.orderDiscountIncludesLines = false;
    QVERIFY(!ImportProfile::fromJson(shopify.toJson())->orderDiscountIncludesLines);
}

QTEST_GUILESS_MAIN(TestShopifyDiscounts)
#include "tst_shopifydiscounts.moc"
