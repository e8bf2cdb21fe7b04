// Trial 16: `storelens import` of an Ágora till export whose ticket number restarts per series (Serie +
// Número), and whose customer numbers stand for people the web shop keys by e-mail. agora_ventas.csv is
// worked out in tests/core/import/tst_orderseries.cpp: 7 tickets with a sale (AB1/1 is a refund), 3 orders
// when Número is the order id alone.

#include "cli/CliCommand.h"
#include "cli/CliRunner.h"
#include "common/ImportFiles.h"
#include "core/store/WorkspaceSummary.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using storelens::test::importFixture;
using storelens::test::runCli;

namespace {

// The trial's command: the columns the suggestion does not know yet, mapped by hand.
QStringList tillImport(const QString &workspace)
{
    return {QStringLiteral("import"),      importFixture("agora_ventas.csv"),
            QStringLiteral("--workspace"), workspace,
            QStringLiteral("--map"),       QStringLiteral("Precio=unit_price"),
            QStringLiteral("--map"),       QStringLiteral("Dto.=discount"),
            QStringLiteral("--map"),       QStringLiteral("Local=store"),
            QStringLiteral("--map"),       QStringLiteral("Cód. cliente=customer_id")};
}

} // namespace

class TestTillSeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void seriesJoinsTheTicketNumber();
    void numberAloneIsWarned();
    void customersKeyedByEmail();
    void webShopAfterTheTill();
    void helpNamesTheSeries();

private:
    QTemporaryDir m_dir;
};

void TestTillSeries::seriesJoinsTheTicketNumber()
{
    QString out;
    QString err;
    QStringList args = tillImport(m_dir.filePath(QStringLiteral("series.storelens")));
    args << QStringLiteral("--dry-run");
    QCOMPARE(runCli(args, &out, &err), 0);
    // G − D = 182.65 over 7 tickets; net 163.70.
    QVERIFY2(out.contains(QStringLiteral("; orders 7; gross sales 187.15")), qPrintable(out + err));
    QVERIFY2(out.contains(QStringLiteral("net sales 163.70")), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("order IDs of the file appear")), qPrintable(out));
}

void TestTillSeries::numberAloneIsWarned()
{
    QString out;
    QString err;
    QStringList args = tillImport(m_dir.filePath(QStringLiteral("number.storelens")));
    args << QStringLiteral("--dry-run") << QStringLiteral("--map") << QStringLiteral("Serie=");
    QCOMPARE(runCli(args, &out, &err), 0);
    QVERIFY2(out.contains(QStringLiteral("; orders 3;")), qPrintable(out + err));
    QVERIFY2(
        out.contains(QStringLiteral("  - 2 order IDs of the file appear on days more than a day apart or "
                                    "in more than one store; for example, order \"2\" appears on 2 "
                                    "different days in 2 stores (first on line 6).")),
        qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("(on the command line: --map \"Serie=order_series\").")),
             qPrintable(out));
}

void TestTillSeries::customersKeyedByEmail()
{
    const QString web = m_dir.filePath(QStringLiteral("web.csv"));
    QVERIFY(storelens::test::writeExport(web, "Order,Date,Email,SKU,Quantity,Price\n"
                                              "1001,2026-09-20,joaquin.pena@yahoo.es,TAZA,1,18.95\n"));
    for (const bool byEmail : {false, true}) {
        const QString ws =
            m_dir.filePath(byEmail ? QStringLiteral("email.storelens") : QStringLiteral("id.storelens"));
        QString out;
        QString err;
        QCOMPARE(runCli({QStringLiteral("import"), web, QStringLiteral("--workspace"), ws}, &out, &err), 0);
        QStringList args = tillImport(ws);
        if (byEmail)
            args << QStringLiteral("--customers-by-email");
        QCOMPARE(runCli(args, &out, &err), 0);
        const QString said = QStringLiteral(
            "  - 1 customer of this file has an e-mail address that already belongs to another customer of "
            "the workspace (\"1131\" of this file has joaquin.pena@yahoo.es, which is customer "
            "\"joaquin.pena@yahoo.es\" there), so that person counts as two customers.");
        QVERIFY2(out.contains(said) != byEmail, qPrintable(out + err));
        QVERIFY2(byEmail || out.contains(QStringLiteral("): --customers-by-email.")),
                 qPrintable(out));
        // The web shop's customer and the till's 1140, with Joaquín once or twice.
        const auto summary = storelens::core::WorkspaceSummary::read(ws);
        QVERIFY(summary.ok());
        QCOMPARE(summary->buyingCustomers, qint64(byEmail ? 2 : 3));
    }
    // Without an e-mail or phone column the option has nothing to match by.
    QString out;
    QString err;
    QStringList args = tillImport(m_dir.filePath(QStringLiteral("none.storelens")));
    args << QStringLiteral("--map") << QStringLiteral("Email=") << QStringLiteral("--map")
         << QStringLiteral("Teléfono=") << QStringLiteral("--customers-by-email");
    QCOMPARE(runCli(args, &out, &err), int(storelens::cli::BadUsage));
    QVERIFY2(err.contains(QStringLiteral("--customers-by-email needs an e-mail or phone column")),
             qPrintable(err));
}

// The till's file first: the web shop's joaquin.pena@yahoo.es is the till's 1131, said when the web shop's
// file comes, and matched with --customers-by-email (the web shop's line goes to 1131).
void TestTillSeries::webShopAfterTheTill()
{
    const QString web = m_dir.filePath(QStringLiteral("web-after.csv"));
    QVERIFY(storelens::test::writeExport(web, "Order,Date,Email,SKU,Quantity,Price\n"
                                              "1001,2026-09-20,joaquin.pena@yahoo.es,TAZA,1,18.95\n"));
    for (const bool matched : {false, true}) {
        const QString ws = m_dir.filePath(matched ? QStringLiteral("after-matched.storelens")
                                                  : QStringLiteral("after.storelens"));
        QString out;
        QString err;
        QCOMPARE(runCli(tillImport(ws), &out, &err), 0);
        QStringList args{QStringLiteral("import"), web, QStringLiteral("--workspace"), ws};
        if (matched)
            args << QStringLiteral("--customers-by-email");
        QCOMPARE(runCli(args, &out, &err), 0);
        const QString said = QStringLiteral(
            "  - 1 customer of this file has an e-mail address that already belongs to another customer of "
            "the workspace (joaquin.pena@yahoo.es is customer \"1131\" there), so that person counts as two "
            "customers.");
        QVERIFY2(out.contains(said) != matched, qPrintable(out + err));
        // 1131 and 1140, with the web shop's customer as a third unless matched.
        const auto summary = storelens::core::WorkspaceSummary::read(ws);
        QVERIFY(summary.ok());
        QCOMPARE(summary->buyingCustomers, qint64(matched ? 2 : 3));
    }
}

void TestTillSeries::helpNamesTheSeries()
{
    QString out;
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--help")}, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("order_series")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("--customers-by-email")), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestTillSeries)
#include "tst_tillseries.moc"
