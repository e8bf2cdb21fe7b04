// Tiendanube's orders export (trial 16, a concept store in Valencia): the wizard left "Número de orden"
// unmapped (every row an order), took Total, the order's total with shipping repeated on each product row,
// as the line total and Descuento, the order's discount repeated on each row, as a line discount: 217,706.17
// of web sales instead of 84,038.58. "Pendiente" (a bank transfer not yet paid) counted as a sale and
// "Parcialmente reembolsado" was a status StoreLens did not know. Recognised, the export maps the product
// rows, gives the discount once per order and reads the payment's state.

#include "ImportTestSupport.h"
#include "common/WorkspaceFixture.h"
#include "core/import/DefaultStore.h"
#include "core/import/ExportStylesTiendanube.h"
#include "core/import/FieldCatalog.h"

using namespace storelens::core;
using storelens::test::importFixture;
using storelens::test::importWithSuggestion;
using storelens::test::scalar;
using storelens::test::summaryOf;

namespace {

// tiendanube_orders.csv (`;`, Latin-1, newest first as Tiendanube lists them; shipping and Total are the
// order's and stay out):
//   1005 05/11 pedro   Cancelada / Cancelado  1 x 59.90 = 59.90: a sale and a return
//   1004 04/11 ana     Cerrada / Parcialmente reembolsado  3 x 9.80 + 1 x 11.60 = 41.00: a sale (its
//                      refund is in no column; shipping 4.95 left out)
//   1003 03/11 carlos  Cerrada / Reembolsado  2 x 34.99 = 69.98: a sale and a return
//   1002 02/11 maria   Abierta / Pendiente    1 x 46.00: left out, no payment taken (line 6)
//   1001 01/11 ana     Cerrada / Recibido     59.90 + 3 x 9.80 = 89.30, Descuento 10.00 (Total 84.25 =
//                      89.30 - 10.00 + 4.95 shipping)
// Gross 59.90 + 41.00 + 69.98 + 89.30 = 260.18; discounts 10.00 (once, not once per row: 20.00);
// returns 59.90 + 69.98 = 129.88; net 260.18 - 10.00 - 129.88 = 120.30. Orders 4 (1001, 1003, 1004, 1005);
// buying customers ana, carlos, pedro = 3; lines 1 + 2 + 1 + 2 sales + 2 returns = 8.
// 1001's discount spread by gross: 10.00 x 59.90 / 89.30 = 6.70772... and 10.00 x 29.40 / 89.30 =
// 3.29227...; to 4 places 6.7077 + 3.2922 = 9.9999, the last 0.0001 to the larger remainder: 3.2923.
const QString Fixture = QStringLiteral("tiendanube_orders.csv");

} // namespace

class TestTiendanube : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportIsRecognised_data();
    void exportIsRecognised();
    void totalsMatchTheOrders();
    void cancellationDatesTheReturn();
    void webShopIsAStoreOfItsOwn();

private:
    storelens::test::TemporaryWorkspaces m_dir;
};

void TestTiendanube::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English));
}

void TestTiendanube::exportIsRecognised_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("column");
    QTest::newRow("order number") << field::OrderId << QStringLiteral("Número de orden");
    QTest::newRow("date") << field::Date << QStringLiteral("Fecha");
    QTest::newRow("customer e-mail") << field::CustomerEmail << QStringLiteral("Email");
    QTest::newRow("customer name") << field::CustomerName << QStringLiteral("Nombre del comprador");
    // The buyer's phone, not the recipient's (Teléfono para el envío).
    QTest::newRow("customer phone") << field::CustomerPhone << QStringLiteral("Teléfono");
    QTest::newRow("product") << field::ProductName << QStringLiteral("Nombre del producto");
    QTest::newRow("sku") << field::Sku << QStringLiteral("SKU");
    QTest::newRow("quantity") << field::Quantity << QStringLiteral("Cantidad del producto");
    QTest::newRow("unit price") << field::UnitPrice << QStringLiteral("Precio del producto");
    QTest::newRow("the payment's state") << field::Status << QStringLiteral("Estado del pago");
    QTest::newRow("the order's discount") << field::OrderDiscount << QStringLiteral("Descuento");
    QTest::newRow("country") << field::Country << QStringLiteral("País");
    QTest::newRow("the cancellation's date")
        << field::RefundDate << QStringLiteral("Fecha y hora de cancelación");
    QTest::newRow("no line discount") << field::Discount << QString();
    QTest::newRow("the order's total is no line total") << field::LineTotal << QString();
    QTest::newRow("shipping is not a sale") << field::Shipping << QString();
    QTest::newRow("Canal is the device, not a channel") << field::Channel << QString();
}

void TestTiendanube::exportIsRecognised()
{
    QFETCH(QString, field);
    QFETCH(QString, column);
    const auto preview = previewFile(importFixture(Fixture));
    QVERIFY(preview.ok());
    QVERIFY(isTiendanubeOrdersExport(preview->header));
    const ImportProfile p = suggestProfile(preview.value());
    QCOMPARE(p.columnFor(field), column);
    QCOMPARE(p.name + QLatin1Char('|') + p.source + QLatin1Char('|') + p.defaultChannel,
             QStringLiteral("Tiendanube orders|Tiendanube|Online"));
    QVERIFY(p.cancelStatusValues.contains(QStringLiteral("reembolsado")));
    QCOMPARE(p.dateOrder, csv::DateOrder::DayMonthYear); // every day of the file is 12 or below
    QVERIFY(!p.lineTotalAfterDiscount);
    QVERIFY(p.spreadOrderMoney);
    QVERIFY(p.missingRequiredFields().isEmpty());
}

void TestTiendanube::totalsMatchTheOrders()
{
    const QString ws = m_dir.create();
    auto report = importWithSuggestion(ws, importFixture(Fixture));
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->rejectedCount, qint64(0));
    const WorkspaceSummary s = summaryOf(ws);
    QCOMPARE(s.grossSales.units(), qint64(2601800));
    QCOMPARE(s.discounts.units(), qint64(100000));
    QCOMPARE(s.returns.units(), qint64(1298800));
    QCOMPARE(s.netSales.units(), qint64(1203000));
    QCOMPARE(s.orders, qint64(4));
    QCOMPARE(s.buyingCustomers, qint64(3));
    QCOMPARE(s.orderLines, qint64(8));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT max(discount) FROM order_lines WHERE order_id = '1001'")),
             qint64(67077));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT min(discount) FROM order_lines WHERE order_id = '1001'")),
             qint64(32923));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM channels WHERE name = 'Online'")), qint64(1));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM channels")), qint64(1));
    QCOMPARE(
        storelens::test::text(
            ws, QStringLiteral("SELECT phone FROM customers WHERE external_id = 'ana.garcia@example.es'")),
        QStringLiteral("+34 600 000 001"));
    QVERIFY(report->quality.unknownStatuses.isEmpty());
    const QStringList sentences = report->quality.sentences();
    QVERIFY2(sentences.contains(QStringLiteral("1 order with status \"Pendiente\" left out: no payment was "
                                               "taken (1 line, for example line 6).")),
             qPrintable(sentences.join(QLatin1Char('\n'))));
    QVERIFY2(std::any_of(sentences.cbegin(), sentences.cend(),
                         [](const QString &s) {
                             return s.startsWith(
                                 QStringLiteral("Orders marked partially refunded: 1 (for example line 3)."));
                         }),
             qPrintable(sentences.join(QLatin1Char('\n'))));
}

// Trial 16: a cancelled order's return was dated on the order's day although the export says when it was
// cancelled (order 3096 of 30/11 20:24, cancelled 01/12 01:24, counted a return in November).
// tiendanube_cancelled_next_day.csv, by hand:
//   3096 30/11 Cancelada / Cancelado  2 x 24.50 = 49.00, cancelled 01/12/2026 01:24: a sale on 30/11 and a
//                                     return on 01/12
//   3095 29/11 Cerrada / Reembolsado  1 x 39.95 (shipping 4.95 left out), no cancellation date: a sale and a
//                                     return, both on 29/11
//   3094 28/11 Cerrada / Recibido     1 x 59.90
// November: gross 49.00 + 39.95 + 59.90 = 148.85, returns 39.95, net 108.90; December: returns 49.00, net
// -49.00; all time net 148.85 - 88.95 = 59.90.
void TestTiendanube::cancellationDatesTheReturn()
{
    const QString ws = m_dir.create();
    auto report = importWithSuggestion(ws, importFixture("tiendanube_cancelled_next_day.csv"));
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->rejectedCount, qint64(0));
    QCOMPARE(report->coveredTo, QDate(2026, 11, 30)); // a return dated later does not widen the file's days
    const QString returnDay =
        QStringLiteral("SELECT day FROM order_lines WHERE order_id = '%1' AND quantity < 0");
    QCOMPARE(scalar(ws, returnDay.arg(QStringLiteral("3096"))), QDate(2026, 12, 1).toJulianDay());
    QCOMPARE(scalar(ws, returnDay.arg(QStringLiteral("3095"))), QDate(2026, 11, 29).toJulianDay());
    const QString net = QStringLiteral("SELECT sum(gross - discount) FROM order_lines WHERE day %1 %2");
    const QString lastOfNovember = QString::number(QDate(2026, 11, 30).toJulianDay());
    QCOMPARE(scalar(ws, net.arg(QStringLiteral("<="), lastOfNovember)), qint64(1089000));
    QCOMPARE(scalar(ws, net.arg(QStringLiteral(">"), lastOfNovember)), qint64(-490000));
    QCOMPARE(summaryOf(ws).netSales.units(), qint64(599000));
}

// Trial 16: the web shop was listed as a shop called "Main store" ("Tienda principal") beside Ruzafa and El
// Carmen, in Sales by store, in Why? and in the customer profile. Suggested, its lines go to the store
// "Online shop". A workspace whose web shop lines are in "Main store" keeps them there: a saved profile
// names no store, and a new suggestion gives way (a store is not part of a line's identity, so the
// re-exported lines would move and the older ones stay).
void TestTiendanube::webShopIsAStoreOfItsOwn()
{
    using storelens::test::text;
    const auto preview = previewFile(importFixture(Fixture));
    QVERIFY(preview.ok());
    const QString stores = QStringLiteral("SELECT group_concat(name, '|') FROM stores");
    const QString fresh = m_dir.create();
    QVERIFY(importWithSuggestion(fresh, importFixture(Fixture)).ok());
    QCOMPARE(text(fresh, stores), QStringLiteral("Online shop"));

    // A till's shops in the workspace leave the web shop its own store.
    const QString beside = m_dir.create();
    QVERIFY(importWithSuggestion(beside, importFixture("agora_ventas.csv")).ok());
    ImportProfile suggested = suggestProfile(preview.value());
    {
        Connection c(beside);
        QVERIFY(keepStoreOfEarlierLines(c.db(), suggested).ok());
    }
    QCOMPARE(suggested.defaultStore, QStringLiteral("Online shop"));
    QVERIFY(Importer::run(beside, importFixture(Fixture), suggested).ok());
    QCOMPARE(text(beside, stores), QStringLiteral("Ruzafa|El Carmen|Online shop"));

    // Imported before with a profile that names no store: "Main store" stays the web shop's.
    const QString before = m_dir.create();
    ImportProfile saved = suggestProfile(preview.value());
    saved.defaultStore.clear();
    QVERIFY(!saved.toJson().contains("Online shop"));
    QVERIFY(Importer::run(before, importFixture(Fixture), saved).ok());
    suggested = suggestProfile(preview.value());
    {
        Connection c(before);
        QVERIFY(keepStoreOfEarlierLines(c.db(), suggested).ok());
    }
    QCOMPARE(suggested.defaultStore, QString());
    const auto again = Importer::run(before, importFixture(Fixture), suggested);
    QVERIFY(again.ok());
    QCOMPARE(again->counts.unchanged, again->counts.total());
    QCOMPARE(text(before, stores), QStringLiteral("Main store"));
}

QTEST_GUILESS_MAIN(TestTiendanube)
#include "tst_tiendanube.moc"
