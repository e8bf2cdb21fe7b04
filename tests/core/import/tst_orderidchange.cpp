// Trial 16: an Ágora till imported first with "Número" alone as the order id, then again with its series
// (Serie + Número): no line of the second import met a stored one, and every order was counted twice without
// --replace. A file whose orders are the source's stored ones under other ids is said (the Check page) or
// refused (the command line); a new month's export, whose ids are new as well, is not, nor another till's
// file of the same days.

#include "ImportTestSupport.h"
#include "common/WorkspaceFixture.h"
#include "core/import/FieldCatalog.h"
#include "core/import/OrderIdChange.h"

using namespace storelens::core;
using storelens::test::importFixture;
using storelens::test::summaryOf;

namespace {

// agora_ventas.csv by day (tst_orderseries.cpp), the same lines under either id:
//   13/10  lines 2-5: 2 + 1 + 1 + 1 = 5 units, 2,60 + 39,95 + 18,95 + 40,50 = 102,00
//   14/10  lines 6-7: 1 + 2 = 3 units, 1,50 + 37,90 = 39,40
//   17/10  lines 8-9: 1 + |-1| = 2 units, 39,95 - 18,95 = 21,00
//   18/10  line 10: 1 unit, 1,30
// Número alone gives "1", "2", "3" (3 orders); with the series "T1/1", "T2/1", ... (7 orders). Re-imported
// with the series, none of the 9 lines meets a stored one and all 4 days hold the same units and money again.
// The stored ids of 13/10 are all "1"; the file's smallest there is "T1/1".
const QString October = QStringLiteral("agora_ventas.csv");
// agora_ventas_noviembre.csv: 16 and 17 November, tickets T1/4, T2/3, T3/3.
const QString November = QStringLiteral("agora_ventas_noviembre.csv");

ImportProfile tillProfile(const QString &file, bool withSeries)
{
    const auto preview = previewFile(importFixture(file));
    if (!preview)
        return {};
    ImportProfile p = suggestProfile(preview.value(), Entity::Orders);
    for (ColumnMapping &c : p.columns) {
        if (!withSeries && c.field == field::OrderSeries)
            c.field.clear();
    }
    return p;
}

Result<ImportReport> importTill(const QString &ws, const QString &file, bool withSeries, bool refuse = false,
                                bool replace = false, const QString &path = {})
{
    ImportOptions options;
    options.refuseOrderIdChange = refuse;
    options.replace = replace;
    return Importer::run(ws, path.isEmpty() ? importFixture(file) : path, tillProfile(file, withSeries),
                         options);
}

} // namespace

class TestOrderIdChange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }
    void seriesAddedLaterIsFound();
    void refusedUnlessReplaced();
    void newMonthIsNotWarned_data();
    void newMonthIsNotWarned();
    void sameIdsAgainAreNotWarned();
    void anotherTillOnTheSameDaysIsNotWarned();

private:
    storelens::test::TemporaryWorkspaces m_dir;
};

void TestOrderIdChange::seriesAddedLaterIsFound()
{
    const QString ws = m_dir.create();
    QVERIFY(importTill(ws, October, false).ok());
    const auto report = importTill(ws, October, true);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->counts.added, qint64(9));
    QCOMPARE(report->counts.unchanged, qint64(0));
    const OrderIdChange &c = report->orderIdChange;
    QCOMPARE(c.storedLines, qint64(9));
    QCOMPARE(c.days, 4);
    QCOMPARE(c.sameDays, 4);
    QVERIFY(c.likely());
    QCOMPARE(c.storedExample, QStringLiteral("1"));
    QCOMPARE(c.fileExample, QStringLiteral("T1/1"));
    const QString said = c.sentence();
    QVERIFY2(
        said.startsWith(QStringLiteral("This file's orders match none of the orders of \"Till\" already in "
                                       "the workspace by order ID, yet on 4 of the 4 days from ")),
        qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("(\"1\" in the workspace, \"T1/1\" in the file;")),
             qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("tick Replace on the Check page, or import with --replace")),
             qPrintable(said));
    QCOMPARE(summaryOf(ws).orders, qint64(10)); // imported anyway (the wizard's choice): 3 + 7, counted twice
}

// The command line's import refuses it and leaves the workspace as it was; with --replace the file's lines
// replace the stored ones on its days (7 orders, 9 lines); a dry run only says it.
void TestOrderIdChange::refusedUnlessReplaced()
{
    const QString ws = m_dir.create();
    QVERIFY(importTill(ws, October, false).ok());
    auto refused = importTill(ws, October, true, true);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message().contains(QStringLiteral("match none of the orders of \"Till\"")),
             qPrintable(refused.error().toString()));
    QVERIFY2(refused.error().message().endsWith(QStringLiteral(
                 "Nothing was imported. To import the file beside those lines all the same, add "
                 "--new-order-ids.")),
             qPrintable(refused.error().toString()));
    QCOMPARE(summaryOf(ws).orders, qint64(3));
    ImportOptions dryRun;
    dryRun.refuseOrderIdChange = dryRun.dryRun = true;
    const auto checked = Importer::run(ws, importFixture(October), tillProfile(October, true), dryRun);
    QVERIFY2(checked.ok(), qPrintable(checked.error().toString()));
    QVERIFY(checked->orderIdChange.likely());
    const auto replaced = importTill(ws, October, true, true, true);
    QVERIFY2(replaced.ok(), qPrintable(replaced.error().toString()));
    QVERIFY(!replaced->orderIdChange.likely());
    QCOMPARE(replaced->counts.removed, qint64(9));
    const WorkspaceSummary s = summaryOf(ws);
    QCOMPARE(s.orders, qint64(7));
    QCOMPARE(s.orderLines, qint64(9));
}

// November's tickets are new ids on days the source holds nothing of: no warning, whether October was read
// with the series or without it, and the command line imports them.
void TestOrderIdChange::newMonthIsNotWarned_data()
{
    QTest::addColumn<bool>("octoberWithSeries");
    QTest::newRow("October by Número alone") << false;
    QTest::newRow("October by series and number") << true;
}

void TestOrderIdChange::newMonthIsNotWarned()
{
    QFETCH(bool, octoberWithSeries);
    const QString ws = m_dir.create();
    QVERIFY(importTill(ws, October, octoberWithSeries).ok());
    const auto report = importTill(ws, November, true, true);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->counts.added, qint64(3));
    QCOMPARE(report->notInFile.count, qint64(0));
    QCOMPARE(report->orderIdChange.days, 0);
    QVERIFY(!report->orderIdChange.likely());
    QCOMPARE(report->orderIdChange.sentence(), QString());
}

void TestOrderIdChange::sameIdsAgainAreNotWarned()
{
    const QString ws = m_dir.create();
    QVERIFY(importTill(ws, October, true).ok());
    const auto report = importTill(ws, October, true, true);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->counts.unchanged, qint64(9));
    QVERIFY(!report->orderIdChange.likely());
}

// A second till's file of 13 and 14 October in the same source: new ids on days the source holds lines of,
// but other units and money (13/10: 1 unit, 46,00 against 5 units, 102,00; 14/10: 3 units, 3,90 against 3
// units, 39,40). Only the lines not in the file are named (the replace proposal), as before.
void TestOrderIdChange::anotherTillOnTheSameDaysIsNotWarned()
{
    const QString ws = m_dir.create();
    QVERIFY(importTill(ws, October, true).ok());
    QFile fixture(importFixture(October));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    const QByteArray header = fixture.readLine();
    const QString other = m_dir.filePath(QStringLiteral("agora_el_cabanyal.csv"));
    QVERIFY(storelens::test::writeExport(
        other,
        header +
            "C1;1;13/10/2026;13/10/2026 10:00:00;El Cabanyal;TPV 9;Pau;Tienda;Factura simplificada;;;;;;;"
            "Jarr\xf3n azul Ruzafa;Cer\xe1mica;1,000;46,00;0,00;0,00;46,00;Tarjeta;0,00;46,00\r\n"
            "C1;2;14/10/2026;14/10/2026 10:30:00;El Cabanyal;TPV 9;Pau;Barra;Factura simplificada;;;;;;;"
            "Caf\xe9 solo;Caf\xe9s;3,000;1,30;0,00;0,00;3,90;Efectivo;0,00;3,90\r\n"));
    const auto report = importTill(ws, October, true, true, false, other);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->counts.added, qint64(2));
    QCOMPARE(report->notInFile.count, qint64(6)); // lines 2-7 of agora_ventas.csv
    const OrderIdChange &c = report->orderIdChange;
    QCOMPARE(c.days, 2);
    QCOMPARE(c.sameDays, 0);
    QVERIFY(!c.likely());
    // Trial 20: it holds none of the till's orders of those two days, so it seems to be another till's, and
    // replace is not proposed (tst_othersource.cpp).
    QVERIFY(report->otherSource.likely());
    QCOMPARE(report->otherSource.sharedOrders, qint64(0));
    QVERIFY(!report->otherSource.columnsDiffer);
}

QTEST_GUILESS_MAIN(TestOrderIdChange)
#include "tst_orderidchange.moc"
