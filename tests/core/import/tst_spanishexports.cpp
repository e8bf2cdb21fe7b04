// Two Spanish exports from trial 21, whose suggested mapping left the receipt or invoice number, the
// customer's e-mail, the quantity and the status unread (1,308 orders instead of 658, no customers), named a
// rate column ("Descuento %") as unread money, and read Holded's Subtotal, a total after a discount given as
// a rate, as before it (net 1,352.84 instead of 1,376.53).
//
// zettle_ventas_es.csv (Zettle's item sales opened in Spanish Excel: `;`, decimal commas, Windows-1252,
// CRLF; Total = Cantidad × Precio unitario − Descuento, with IVA), worked out by hand:
//   4783  12.90 − 1.29 = 11.61                                           (guest)
//   4795  2 × 3.50 − 1.40 = 5.60; 12.90; 24.50; 18.50 − 3.00 = 15.50     (carmen.tormo57)
//   4796  18.50; 24.50 − 3.00 = 21.50                                     (guest)
//   4803  Reembolso of an October receipt: −1 × 59.00                     (ines.sanchis99)
//   4809  8.95 − 0.90 = 8.05                                              (amparo.navarro62)
//   4812  18.50 − 2.00 = 16.50; 24.50                                     (xavi.llorens88)
//   4813  11.90; 13.95; Anulado 32.00: a till's voided line, no sale (leaveTillVoidsOut())
//   4815  2 × 4.80 − 1.44 = 8.16; 2 × 11.50 = 23.00                       (guest)
//   4879  13/11: 24.50 − 3.68 = 20.82                                     (paula.llorens52)
// Gross (sale lines) 12.90 + 7.00 + 12.90 + 24.50 + 18.50 + 18.50 + 24.50 + 8.95 + 18.50 + 24.50 + 11.90 +
// 13.95 + 9.60 + 23.00 + 24.50 = 253.70; discounts 1.29 + 1.40 + 3.00 + 3.00 + 0.90 + 2.00 + 1.44 + 3.68 =
// 16.71; returns 59.00; net 177.99; 5 buying customers by e-mail (ines.sanchis99 only returns).
//
// holded_facturas_es.csv (Holded's invoices, its import template's columns: `;`, decimal commas, UTF-8;
// prices without IVA, Descuento % a percentage, Subtotal after it, rounded to the cent):
//   F26/0001 8.14; F26/0002 1 × 37.19 less 10 % = 33.47 (33.471); F26/0003 2 × 2.89 less 10 % = 5.20
//   (5.202); F26/0004 15.29 and 2.89 less 10 % = 2.60 (2.601); F26/0005 48.76 less 10 % = 43.88 (43.884);
//   F26/0013 (29/08) 2.89 and 6.27 less 10 % = 5.64 (5.643).
// Net = Σ Subtotal = 117.11 (from the prices 117.12; read as before the discount, 5 rates taken off again).

#include "ImportTestSupport.h"
#include "common/WorkspaceFixture.h"
#include "core/import/FieldCatalog.h"
#include "core/import/LineTotalEvidence.h"
#include "core/import/UnreadMoney.h"

using namespace storelens::core;
using storelens::test::importFixture;
using storelens::test::summaryOf;

class TestSpanishExports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void suggestedMapping_data();
    void suggestedMapping();
    void zettleTill();
    void holdedInvoices();

private:
    storelens::test::TemporaryWorkspaces m_dir;
};

namespace {

const QString Zettle = QStringLiteral("zettle_ventas_es.csv");
const QString Holded = QStringLiteral("holded_facturas_es.csv");

ImportProfile suggested(const QString &file)
{
    auto preview = previewFile(importFixture(file));
    return preview ? suggestProfile(preview.value()) : ImportProfile();
}

} // namespace

void TestSpanishExports::suggestedMapping_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("column"); // empty: no column
    const char *const zettle[][2] = {
        {"order_id", "Número de recibo"},
        {"time", "Hora"},
        {"status", "Estado"},
        {"customer_email", "Correo electrónico del cliente"},
        {"quantity", "Cantidad"},
        {"discount", "Descuento"},
        {"line_total", "Total"},
        {"unit_price", ""}, // the total after the discount is read instead
    };
    for (const auto &e : zettle)
        QTest::newRow(qPrintable(QStringLiteral("Zettle ") + QString::fromUtf8(e[0])))
            << Zettle << QString::fromUtf8(e[0]) << QString::fromUtf8(e[1]);
    const char *const holded[][2] = {
        {"order_id", "Num factura"},
        {"customer_name", "Nombre del contacto"},
        {"customer_email", "Email"},
        {"product_name", "Concepto"},
        {"quantity", "Unidades"},
        {"channel", "Canal de venta"},
        {"discount_percent", "Descuento %"},
        {"line_total", "Subtotal"},
        {"unit_price", ""},
    };
    for (const auto &e : holded)
        QTest::newRow(qPrintable(QStringLiteral("Holded ") + QString::fromUtf8(e[0])))
            << Holded << QString::fromUtf8(e[0]) << QString::fromUtf8(e[1]);
}

void TestSpanishExports::suggestedMapping()
{
    QFETCH(QString, file);
    QFETCH(QString, field);
    QFETCH(QString, column);
    const ImportProfile p = suggested(file);
    QCOMPARE(p.entity, Entity::Orders);
    QCOMPARE(p.columnFor(field), column);
    QVERIFY(p.missingRequiredFields().isEmpty());
}

void TestSpanishExports::zettleTill()
{
    auto preview = previewFile(importFixture(Zettle));
    QVERIFY(preview.ok());
    const ImportProfile p = suggestProfile(preview.value());
    QVERIFY(p.lineTotalAfterDiscount);
    // "Descuento %" holds the rates of the money in "Descuento": it is no unread money.
    QCOMPARE(unreadMoneyColumns(preview.value(), p).size(), 0);

    const QString ws = m_dir.create();
    auto report = Importer::run(ws, importFixture(Zettle), p, {});
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->rejectedCount, qint64(0));
    const WorkspaceSummary s = summaryOf(ws);
    QCOMPARE(s.grossSales.units(), qint64(2537000));
    QCOMPARE(s.discounts.units(), qint64(167100));
    QCOMPARE(s.returns.units(), qint64(590000));
    QCOMPARE(s.netSales.units(), qint64(1779900));
    QCOMPARE(s.buyingCustomers, qint64(5));
}

void TestSpanishExports::holdedInvoices()
{
    auto preview = previewFile(importFixture(Holded));
    QVERIFY(preview.ok());
    const ImportProfile p = suggestProfile(preview.value());
    QVERIFY(p.lineTotalAfterDiscount);
    const LineTotalEvidence e = lineTotalEvidence(preview.value(), p);
    QCOMPARE(e.says, LineTotalEvidence::Says::AfterDiscount);
    QCOMPARE(e.rows, qint64(5));
    QCOMPARE(e.example, QStringLiteral("1 × 37.19 − 10 % = 33.47"));

    const QString ws = m_dir.create();
    auto report = Importer::run(ws, importFixture(Holded), p, {});
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(summaryOf(ws).netSales.units(), qint64(1171100));
    QCOMPARE(summaryOf(ws).orders, qint64(6));
}

QTEST_GUILESS_MAIN(TestSpanishExports)
#include "tst_spanishexports.moc"
