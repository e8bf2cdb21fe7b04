// Loyverse POS's "Receipts by item" export (issue 18's thirteenth trial, a fashion shop in Madrid and
// Valencia): StoreLens did not recognise it, mapped none of its Spanish columns, counted its cancelled
// receipts ("Cancelado") as sales, and read "Costo de los bienes", the whole line's cost, as a unit cost.

#include "ImportTestSupport.h"
#include "common/WorkspaceFixture.h"
#include "core/import/EntityDetector.h"
#include "core/import/ExportStylesLoyverse.h"
#include "core/import/FieldCatalog.h"
#include "core/import/OrderStatus.h"

using namespace storelens::core;
using storelens::test::importFixture;
using storelens::test::importWithSuggestion;
using storelens::test::scalar;
using storelens::test::summaryOf;

namespace {

// loyverse_recibos_por_articulo.csv, by hand (Ventas brutas before Descuentos; Ventas netas = their
// difference):
//   1-0010 01/10/26 Madrid    1 × pendientes 12.90 − 1.29 = 11.61 (Ana Pérez)
//   1-0011 15/10/26 Madrid    2 × cárdigan 158.00; 1 × pañuelo 22.50 − 2.25 = 20.25 (Jon Ruiz, a phone)
//   2-0006 20/10/26 Valencia  1 × bolso 89.00 − 8.90 = 80.10; 1 × bolsa de papel 0.10 (Ana Pérez)
//   2-0007 21/10/26 Valencia  1 × vestido 59.00, Cancelado: a sale and a return (METRICS.md section 1)
//   1-0012 22/10/26 Madrid    Reembolso of 1 pendientes: −12.90 − (−1.29) = −11.61, its own receipt
// Gross sales 12.90 + 158.00 + 22.50 + 89.00 + 0.10 + 59.00 = 341.50; discounts 1.29 + 2.25 + 8.90 = 12.44;
// returns 11.61 + 59.00 = 70.61; net 341.50 − 12.44 − 70.61 = 258.45, the sum of Ventas netas without the
// cancelled receipt (11.61 + 158.00 + 20.25 + 80.10 + 0.10 − 11.61). Madrid 11.61 + 178.25 − 11.61 = 178.25,
// Valencia 80.20 + 59.00 − 59.00 = 80.20.
const QString File = QStringLiteral("loyverse_recibos_por_articulo.csv");

QString mappedFields(const ImportProfile &p)
{
    QStringList fields;
    for (const QString &key :
         {field::Date, field::OrderId, field::Category, field::Sku, field::ProductName, field::Quantity,
          field::LineTotal, field::Discount, field::Store, field::CustomerName, field::CustomerId,
          field::CustomerEmail, field::Status, field::UnitCost, field::UnitPrice})
        fields << key + QLatin1Char('=') + p.columnFor(key);
    return fields.join(QLatin1Char('|'));
}

} // namespace

class TestLoyverse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spanishExportIsRecognised();
    void englishHeaderIsRecognised();
    void closedIsASaleCancelledACancellation();
    void receiptsImportToTheCent();
    void lineCostIsLeftOutAndSaid();

private:
    storelens::test::TemporaryWorkspaces m_dir;
};

void TestLoyverse::spanishExportIsRecognised()
{
    const auto preview = previewFile(importFixture(File));
    QVERIFY2(preview.ok(), qPrintable(preview.error().toString()));
    QVERIFY(isLoyverseReceiptsExport(preview->header));
    const EntityGuess guess = detectEntity(preview.value());
    QCOMPARE(guess.entity, Entity::Orders);
    QVERIFY(guess.clear);
    const ImportProfile p = suggestProfile(preview.value());
    QCOMPARE(mappedFields(p),
             QStringLiteral("date=Fecha|order_id=Número de recibo|category=Categoría|sku=REF|"
                            "product_name=Artículo|quantity=Cantidad|line_total=Ventas brutas|"
                            "discount=Descuentos|store=Tienda|customer_name=Nombre del cliente|"
                            "customer_id=Contactos del cliente|customer_email=|status=Estado|unit_cost=|"
                            "unit_price="));
    QCOMPARE(p.mappedColumnCount(), 12); // Tipo de recibo, Variante, Ventas netas, the cost, TPV, ... left
    QCOMPARE(p.name + QLatin1Char('|') + p.source + QLatin1Char('|') + p.defaultChannel,
             QStringLiteral("Loyverse receipts by item|Loyverse|In store"));
    QVERIFY(!p.lineTotalAfterDiscount);
    QCOMPARE(p.dateOrder, csv::DateOrder::DayMonthYear);
    QVERIFY(p.cancelStatusValues.contains(QStringLiteral("cancelado")));
    QVERIFY(p.missingRequiredFields().isEmpty());
    QVERIFY(contestedFields(preview.value(), p).isEmpty());
}

void TestLoyverse::englishHeaderIsRecognised()
{
    FilePreview preview;
    preview.header = QStringLiteral("Date,Receipt number,Receipt type,Category,SKU,Item,Variant,Modifiers "
                                    "applied,Quantity,Gross sales,Discounts,Net sales,Cost of goods,Gross "
                                    "profit,Taxes,POS,Store,Cashier name,Customer name,Customer "
                                    "contacts,Comment,Status")
                         .split(QLatin1Char(','));
    QVERIFY(isLoyverseReceiptsExport(preview.header));
    const EntityGuess guess = detectEntity(preview);
    QCOMPARE(guess.entity, Entity::Orders);
    QVERIFY(guess.clear);
    const ImportProfile p = suggestProfile(preview);
    QCOMPARE(mappedFields(p),
             QStringLiteral("date=Date|order_id=Receipt number|category=Category|sku=SKU|product_name=Item|"
                            "quantity=Quantity|line_total=Gross sales|discount=Discounts|store=Store|"
                            "customer_name=Customer name|customer_id=Customer contacts|customer_email=|"
                            "status=Status|unit_cost=|unit_price="));
    QCOMPARE(p.source, QStringLiteral("Loyverse"));
    QVERIFY(!p.lineTotalAfterDiscount);
    QVERIFY(p.cancelStatusValues.contains(QStringLiteral("cancelled")));
    // Another till's file with some of the same names is not Loyverse's.
    QVERIFY(!isLoyverseReceiptsExport(
        QStringLiteral("Date,Receipt number,Item,Quantity,Gross sales,Store").split(QLatin1Char(','))));
}

void TestLoyverse::closedIsASaleCancelledACancellation()
{
    QCOMPARE(int(orderStatusKind("Cerrado")), int(OrderStatusKind::Sale));
    QCOMPARE(int(orderStatusKind("Closed")), int(OrderStatusKind::Sale));
    QVERIFY(defaultCancelStatusValues().contains(QStringLiteral("cancelado")));
    QVERIFY(defaultCancelStatusValues().contains(QStringLiteral("anulado")));
}

void TestLoyverse::receiptsImportToTheCent()
{
    const QString ws = m_dir.create();
    auto report = importWithSuggestion(ws, importFixture(File));
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->rejectedCount, qint64(0));
    QVERIFY(report->quality.unknownStatuses.isEmpty()); // Cerrado is known
    const WorkspaceSummary s = summaryOf(ws);
    QCOMPARE(s.grossSales.units(), qint64(3415000));
    QCOMPARE(s.discounts.units(), qint64(124400));
    QCOMPARE(s.returns.units(), qint64(706100));
    QCOMPARE(s.netSales.units(), qint64(2584500));
    QCOMPARE(s.orders, qint64(4)); // the refund receipt returns, it sells nothing
    QCOMPARE(s.returnLines, qint64(2));
    QCOMPARE(s.stores, qint64(2));
    QCOMPARE(s.channels, qint64(1));
    QCOMPARE(s.buyingCustomers, qint64(2));
    // Two-digit years are this century's, day first: 01/10/26 is 1 October 2026.
    QCOMPARE(scalar(ws, QStringLiteral("SELECT min(day) FROM order_lines")),
             QDate(2026, 10, 1).toJulianDay());
    // The refund is a return on its own day; the cancelled receipt's return on its day.
    QCOMPARE(scalar(ws, QStringLiteral("SELECT day FROM order_lines WHERE order_id = '1-0012'")),
             QDate(2026, 10, 22).toJulianDay());
    QCOMPARE(
        scalar(ws, QStringLiteral("SELECT day FROM order_lines WHERE order_id = '2-0007' AND quantity < 0")),
        QDate(2026, 10, 21).toJulianDay());
    const auto storeNet = [&ws](const char *store) {
        return scalar(ws,
                      QStringLiteral("SELECT sum(l.gross - l.discount) FROM order_lines l JOIN stores s ON "
                                     "s.id = l.store_id WHERE s.name = '%1'")
                          .arg(QString::fromUtf8(store)));
    };
    QCOMPARE(storeNet("Madrid – Malasaña"), qint64(1782500));
    QCOMPARE(storeNet("Valencia – Ruzafa"), qint64(802000));
    // The contacts cell keys the customer and is no e-mail address.
    QCOMPARE(storelens::test::text(
                 ws, QStringLiteral("SELECT external_id FROM customers WHERE name = 'Ana Pérez'")),
             QStringLiteral("ana.perez@example.es, +34 600 000 001"));
    QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM customers WHERE email IS NOT NULL")), qint64(0));
    QCOMPARE(
        storelens::test::text(ws, QStringLiteral("SELECT name || '|' || category FROM products WHERE sku = "
                                                 "'6001'")),
        QStringLiteral("Pañuelo seda, \"Otoño\"|Accesorios"));
    QCOMPARE(storelens::test::text(ws, QStringLiteral("SELECT name FROM sources WHERE id IN (SELECT "
                                                      "source_id FROM order_lines)")),
             QStringLiteral("Loyverse"));
}

void TestLoyverse::lineCostIsLeftOutAndSaid()
{
    const QString ws = m_dir.create();
    auto report = importWithSuggestion(ws, importFixture(File));
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    // 2 cárdigans cost 58.00 together: read as a unit cost they would cost 116.00.
    QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM order_lines WHERE unit_cost IS NOT NULL")),
             qint64(0));
    const QString said = report->quality.sentences().join(QLatin1Char('\n'));
    QVERIFY2(said.contains(QStringLiteral("\"Costo de los bienes\" is the cost of the whole line")),
             qPrintable(said));
}

QTEST_GUILESS_MAIN(TestLoyverse)
#include "tst_loyverse.moc"
