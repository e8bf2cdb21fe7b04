// SumUp's sales report (issue 18's twelfth trial): the French "Rapport des ventes" was not recognised, so
// the manager mapped it by hand; its refund rows (Type "Remboursement", negative amounts, positive quantity)
// then counted as sales of a negative amount: gross sales 80,807.94 instead of 80,914.60, discounts 384.09
// instead of 383.67 and returns 0 instead of 107.08 (net sales were right).

#include "ImportTestSupport.h"
#include "common/WorkspaceFixture.h"
#include "core/import/DataQuality.h"
#include "core/import/EntityDetector.h"
#include "core/import/ExportStylesSumUp.h"
#include "core/import/FieldCatalog.h"

using namespace storelens::core;
using storelens::test::importFixture;
using storelens::test::importWithSuggestion;
using storelens::test::scalar;
using storelens::test::summaryOf;

namespace {

// Both fixtures hold the same till day in French and in English (Prix (TTC) / Price (Gross) after the
// discount):
//   TAAA1 13/10 10:05  2 × mustard 8.40 − 0.84 = 7.56; 1 × olive oil 16.50
//   TCCC3 13/10 16:40  1 × quenelles 6.20
//   TBBB2 14/10 11:20  1 × Saint-Marcellin 3.80, the same row again (scanned twice), 2 × Morgon 35.80
//   TAAA1 15/10 17:45  refund of 1 mustard: −4.20 + 0.42 = −3.78
//   TCCC3 22/10 09:30  refund of the quenelles: −6.20
// Gross sales (sale lines, before the discount) 8.40 + 16.50 + 6.20 + 3.80 + 3.80 + 35.80 = 74.50;
// discounts 0.84; returns 3.78 + 6.20 = 9.98; net 74.50 − 0.84 − 9.98 = 63.68 (= 7.56 + 16.50 + 6.20 + 3.80
// + 3.80 + 35.80 − 3.78 − 6.20). Three orders: a refund repeats its sale's transaction number.
const QString French = QStringLiteral("sumup_rapport_ventes.csv");
const QString English = QStringLiteral("sumup_sales_report.csv");

} // namespace

class TestSumUp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void salesReportIsRecognised_data();
    void salesReportIsRecognised();
    void refundsAreReturns_data();
    void refundsAreReturns();

private:
    storelens::test::TemporaryWorkspaces m_dir;
};

void TestSumUp::salesReportIsRecognised_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("mapped");
    QTest::newRow("French") << French
                            << "order_id=Numéro de transaction|date=Date|status=Type|quantity=Quantité|"
                               "product_name=Description|discount=Remise|line_total=Prix (TTC)|unit_price=";
    QTest::newRow("English") << English
                             << "order_id=Transaction ID|date=Date|status=Type|quantity=Quantity|"
                                "product_name=Description|discount=Discount|line_total=Price (Gross)|"
                                "unit_price=";
}

void TestSumUp::salesReportIsRecognised()
{
    QFETCH(QString, fixture);
    QFETCH(QString, mapped);
    const auto preview = previewFile(importFixture(fixture));
    QVERIFY2(preview.ok(), qPrintable(preview.error().toString()));
    QVERIFY(isSumUpSalesExport(preview->header));
    const EntityGuess guess = detectEntity(preview.value());
    QCOMPARE(guess.entity, Entity::Orders);
    QVERIFY(guess.clear);
    const ImportProfile p = suggestProfile(preview.value());
    QStringList fields;
    for (const QString &key : {field::OrderId, field::Date, field::Status, field::Quantity,
                               field::ProductName, field::Discount, field::LineTotal, field::UnitPrice})
        fields << key + QLatin1Char('=') + p.columnFor(key);
    QCOMPARE(fields.join(QLatin1Char('|')), mapped);
    QCOMPARE(p.mappedColumnCount(), 7); // Compte, Mode de paiement, Devise, the HT price and the tax are left
    QCOMPARE(p.name + QLatin1Char('|') + p.source + QLatin1Char('|') + p.defaultChannel,
             QStringLiteral("SumUp sales|SumUp|In store"));
    QVERIFY(p.lineTotalAfterDiscount);
    QCOMPARE(p.dateOrder, csv::DateOrder::DayMonthYear);
    QVERIFY(p.missingRequiredFields().isEmpty());
}

void TestSumUp::refundsAreReturns_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("French") << French;
    QTest::newRow("English") << English;
}

void TestSumUp::refundsAreReturns()
{
    QFETCH(QString, fixture);
    const QString ws = m_dir.create();
    auto report = importWithSuggestion(ws, importFixture(fixture));
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->rejectedCount, qint64(0));
    const WorkspaceSummary s = summaryOf(ws);
    QCOMPARE(s.grossSales.units(), qint64(745000));
    QCOMPARE(s.discounts.units(), qint64(8400));
    QCOMPARE(s.returns.units(), qint64(99800));
    QCOMPARE(s.netSales.units(), qint64(636800));
    QCOMPARE(s.orders, qint64(3));
    QCOMPARE(s.orderLines, qint64(8));
    QCOMPARE(s.returnLines, qint64(2));
    QCOMPARE(s.channels, qint64(1));
    // Each refund is dated on its own day, in its sale's order: the mustard's on 15 October, 1 unit back.
    QCOMPARE(
        scalar(ws, QStringLiteral("SELECT day FROM order_lines WHERE quantity < 0 AND order_id = 'TAAA1'")),
        QDate(2026, 10, 15).toJulianDay());
    QCOMPARE(scalar(ws, QStringLiteral("SELECT quantity FROM order_lines WHERE quantity < 0 AND order_id = "
                                       "'TAAA1'")),
             qint64(-1000));
    QCOMPARE(storelens::test::text(ws, QStringLiteral("SELECT name FROM sources WHERE id IN (SELECT "
                                                      "source_id FROM order_lines)")),
             QStringLiteral("SumUp"));
    // The refund rows are returns, not sales at a negative price.
    const QString said = report->quality.sentences().join(QLatin1Char('\n'));
    QVERIFY2(!said.contains(QStringLiteral("negative price")), qPrintable(said));
    // Trial 12b: the check page called them "Returns of orders marked refunded or cancelled"; they are
    // refund rows of their own (lines 2 and 3), each a return on the refund's day.
    QVERIFY2(said.contains(QStringLiteral("Refund rows (their status says refunded): 2, each a return dated "
                                          "on the refund's day, not a sale (for example line 2).")),
             qPrintable(said));
    QVERIFY2(!said.contains(QStringLiteral("orders marked refunded")), qPrintable(said));
    QCOMPARE(report->quality.returns[int(ReturnCause::RefundRow)].count, qint64(2));
    QCOMPARE(report->quality.returns[int(ReturnCause::StatusValue)].count, qint64(0));
}

QTEST_GUILESS_MAIN(TestSumUp)
#include "tst_sumup.moc"
