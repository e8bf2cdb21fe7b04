// Shopware 6's orders through Settings › Import/Export (issue 18's sixth trial): the "Default orders" profile
// (order_number, order_date_time, amount_total, order_state_id as an internal id) and a profile of the user's
// own with Shopware's field names (orderCustomer.email, salesChannel.name, the payment's state). The trial's
// wizard could not tell what either file held; mapped by hand, every order counted in the channel "In store"
// and nothing said that the total holds shipping or that cancelled orders could not be recognised.

#include "ImportTestSupport.h"
#include "common/WorkspaceFixture.h"
#include "core/import/EntityDetector.h"
#include "core/import/FieldCatalog.h"

using namespace storelens::core;
using storelens::test::importFixture;
using storelens::test::importWithSuggestion;
using storelens::test::scalar;
using storelens::test::summaryOf;

namespace {

// Both fixtures hold the same five orders (amount_total, the order's total with tax and shipping):
//   10001 2026-10-01 Zoë Hoffmann   Storefront      29.30  paid
//   10002 2026-10-02 Maren Voß      Ladengeschäft   34.40  paid
//   10003 2026-10-03 Zoë Hoffmann   Storefront      58.50  cancelled (order and payment)
//   10004 2026-10-04 Jörg Müller    Storefront      14.80  refunded
//   10005 2026-10-05 Maren Voß      Ladengeschäft   12.00  refunded_partially (the amount is not in the file)
// Default profile: the states are ids, so every order is a sale: gross = net = 149.00, 5 orders, 3 buyers,
// one channel (Online). Own profile: 10003 and 10004 are each a sale and a return: gross 149.00, returns
// 58.50 + 14.80 = 73.30, net 75.70; channels Storefront 29.30 (29.30 + 58.50 − 58.50 + 14.80 − 14.80) and
// Ladengeschäft 46.40.
const QString DefaultProfile = QStringLiteral("shopware_default_orders.csv");
const QString OwnProfile = QStringLiteral("shopware_custom_orders.csv");

ImportProfile suggested(const QString &fixture)
{
    const auto preview = previewFile(importFixture(fixture));
    return preview ? suggestProfile(preview.value()) : ImportProfile();
}

} // namespace

class TestShopware : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultProfileIsRecognised_data();
    void defaultProfileIsRecognised();
    void ownProfileIsRecognised_data();
    void ownProfileIsRecognised();
    void defaultProfileSaysWhatItCannotGive();
    void ownProfileCountsCancelledAndRefundedOrders();
    void productExportIsProducts();

private:
    storelens::test::TemporaryWorkspaces m_dir;
};

void TestShopware::defaultProfileIsRecognised_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("column");
    QTest::newRow("order number") << field::OrderId << "order_number";
    QTest::newRow("date") << field::Date << "order_date_time";
    QTest::newRow("customer e-mail") << field::CustomerEmail << "customer_email";
    QTest::newRow("the order's total") << field::LineTotal << "amount_total";
    QTest::newRow("state ids are no status") << field::Status << "";
    QTest::newRow("channel ids are no channel") << field::Channel << "";
    QTest::newRow("an address is no shipping") << field::Shipping << "";
    QTest::newRow("the row id is no line id") << field::LineId << "";
}

void TestShopware::defaultProfileIsRecognised()
{
    QFETCH(QString, field);
    QFETCH(QString, column);
    const auto preview = previewFile(importFixture(DefaultProfile));
    QVERIFY(preview.ok());
    QCOMPARE(preview->dialect.delimiter, ';');
    QVERIFY(isShopwareOrdersExport(preview->header));
    const EntityGuess guess = detectEntity(preview.value());
    QCOMPARE(guess.entity, Entity::Orders);
    QVERIFY(guess.clear);
    const ImportProfile p = suggestProfile(preview.value());
    QCOMPARE(p.columnFor(field), column);
    QCOMPARE(p.name + QLatin1Char('|') + p.source + QLatin1Char('|') + p.defaultChannel,
             QStringLiteral("Shopware orders|Shopware|Online"));
    QVERIFY(p.lineTotalAfterDiscount); // promotions are line items inside the total
    QVERIFY(p.missingRequiredFields().isEmpty());
}

void TestShopware::ownProfileIsRecognised_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("column");
    QTest::newRow("order number") << field::OrderId << "orderNumber";
    QTest::newRow("date") << field::Date << "orderDateTime";
    QTest::newRow("customer e-mail") << field::CustomerEmail << "orderCustomer.email";
    QTest::newRow("the order's total") << field::LineTotal << "amountTotal";
    QTest::newRow("the payment's state") << field::Status << "transactions.stateMachineState.technicalName";
    QTest::newRow("sales channel") << field::Channel << "salesChannel.name";
    QTest::newRow("shipping is inside the total") << field::Shipping << "";
}

void TestShopware::ownProfileIsRecognised()
{
    QFETCH(QString, field);
    QFETCH(QString, column);
    const ImportProfile p = suggested(OwnProfile);
    QCOMPARE(p.entity, Entity::Orders);
    QCOMPARE(p.columnFor(field), column);
    QCOMPARE(p.source, QStringLiteral("Shopware"));
    QVERIFY(p.cancelStatusValues.contains(QStringLiteral("cancelled")));
    QVERIFY(p.cancelStatusValues.contains(QStringLiteral("refunded")));
}

void TestShopware::defaultProfileSaysWhatItCannotGive()
{
    const QString ws = m_dir.create();
    auto report = importWithSuggestion(ws, importFixture(DefaultProfile));
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    const WorkspaceSummary s = summaryOf(ws);
    QCOMPARE(s.grossSales.units(), qint64(1490000));
    QCOMPARE(s.netSales.units(), qint64(1490000));
    QCOMPARE(s.orders, qint64(5));
    QCOMPARE(s.buyingCustomers, qint64(3));
    QCOMPARE(s.channels, qint64(1));
    QCOMPARE(storelens::test::text(ws, QStringLiteral("SELECT name FROM customers WHERE external_id = "
                                                      "'joerg.mueller@example.de'")),
             QStringLiteral("Jörg Müller"));
    const QString said = report->quality.sentences().join(QLatin1Char('\n'));
    QVERIFY2(said.contains(QStringLiteral("\"amount_total\" is each order's total with tax and shipping: net "
                                          "sales include the shipping the orders charged.")),
             qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("\"order_state_id\" holds Shopware's internal state ids")),
             qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("\"line_items\" names products by Shopware's internal ids")),
             qPrintable(said));
}

void TestShopware::ownProfileCountsCancelledAndRefundedOrders()
{
    const QString ws = m_dir.create();
    auto report = importWithSuggestion(ws, importFixture(OwnProfile));
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    const WorkspaceSummary s = summaryOf(ws);
    QCOMPARE(s.grossSales.units(), qint64(1490000));
    QCOMPARE(s.returns.units(), qint64(733000));
    QCOMPARE(s.netSales.units(), qint64(757000));
    QCOMPARE(s.orders, qint64(5));
    QCOMPARE(s.buyingCustomers, qint64(3));
    QCOMPARE(s.channels, qint64(2));
    QCOMPARE(
        scalar(ws, QStringLiteral("SELECT sum(ol.gross - ol.discount) FROM order_lines ol JOIN channels c ON "
                                  "c.id = ol.channel_id WHERE c.name = 'Storefront'")),
        qint64(293000));
    const QString said = report->quality.sentences().join(QLatin1Char('\n'));
    QVERIFY2(said.contains(QStringLiteral("Orders marked partially refunded: 1 (for example line 6).")),
             qPrintable(said));
    QVERIFY(!said.contains(QStringLiteral("internal state ids")));
}

// Shopware's "Default products" profile: product_number is the SKU (the trial's file was taken for customers,
// with no SKU column).
void TestShopware::productExportIsProducts()
{
    FilePreview preview;
    preview.dialect.delimiter = ';';
    preview.header = QStringLiteral("id;parent_id;product_number;active;stock;name;description;price_net;"
                                    "price_gross;purchase_prices_net;purchase_prices_gross;tax_id;tax_rate;"
                                    "tax_name;manufacturer_name;categories")
                         .split(QLatin1Char(';'));
    const QStringList a =
        QStringLiteral("30b17d0b09204a658f3ebdd3102b938b;;TK-1001;1;25;Ostfriesen Broken 100 g;"
                       "<p>Ostfriesen Broken</p>;22.4299065;24;8.52;9.12;a66b0d38;7;7%;"
                       "Teekontor Hamburg;f6724ba0")
            .split(QLatin1Char(';'));
    const QStringList b = QStringLiteral("76c468aec7324cc087b37e1499809225;;TK-1002;1;28;Assam Halmari 100 g;"
                                         "<p>Assam Halmari</p>;8.317757;8.9;3.16;3.38;a66b0d38;7;7%;"
                                         "Teekontor Hamburg;f6724ba0")
                              .split(QLatin1Char(';'));
    preview.rows = {a, b};
    QCOMPARE(detectEntity(preview).entity, Entity::Products);
    const ImportProfile p = suggestProfile(preview, Entity::Products);
    QCOMPARE(p.columnFor(field::Sku), QStringLiteral("product_number"));
    QCOMPARE(p.columnFor(QStringLiteral("price")), QStringLiteral("price_gross"));
}

QTEST_GUILESS_MAIN(TestShopware)
#include "tst_shopware.moc"
