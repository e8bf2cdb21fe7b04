// `storelens import` and a till's line totals (trial 18): `--map "N° ticket=order_id" --map "Total
// TTC=line_total"` read the French till's Total TTC as before Remise and took every discount off twice
// without a word. caisse_ventes_fr.csv (tests/core/import/tst_frenchtill.cpp has the arithmetic): net 92.89
// with the totals after the discount, 85.43 (92.89 − 7.46 of discounts) read before it.

#include "cli/CliCommand.h"
#include "cli/CliRunner.h"
#include "common/ImportFiles.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using storelens::cli::Success;
using storelens::test::importFixture;
using storelens::test::runCli;

namespace {

const QString Till = QStringLiteral("caisse_ventes_fr.csv");
const QString AfterSaid = QStringLiteral("Line totals (\"%1\") are after the line discount: gross = total + "
                                         "discount.");

} // namespace

class TestLineTotalCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void trialCommandReadsTotalsAfter();
    void totalMappedByHandTakesTheRowsReading();
    void contradictedReadingIsWarned();

private:
    QStringList dryRun(const QString &file, const QStringList &options) const;
    QTemporaryDir m_dir;
};

void TestLineTotalCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QStringList TestLineTotalCli::dryRun(const QString &file, const QStringList &options) const
{
    return QStringList{QStringLiteral("import"), file, QStringLiteral("--workspace"),
                       m_dir.filePath(QStringLiteral("w.storelens")), QStringLiteral("--dry-run")} +
           options;
}

void TestLineTotalCli::trialCommandReadsTotalsAfter()
{
    QString out;
    QString err;
    const QStringList maps = {QStringLiteral("--map"), QStringLiteral("N° ticket=order_id"),
                              QStringLiteral("--map"), QStringLiteral("Total TTC=line_total")};
    QCOMPARE(runCli(dryRun(importFixture(Till), maps), &out, &err), int(Success));
    QVERIFY2(out.contains(AfterSaid.arg(QStringLiteral("Total TTC"))), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("net sales 92.89 EUR")), qPrintable(out));
    QVERIFY2(!err.contains(QStringLiteral("Warning")), qPrintable(err));
}

void TestLineTotalCli::totalMappedByHandTakesTheRowsReading()
{
    // The same till with its total named "Montant", which names no field: mapped by hand as the line total
    // with the unit price left out, it is read as the rows say (after the discount), not as before it.
    QFile in(importFixture(Till));
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray bytes = in.readAll();
    bytes.replace("Total TTC", "Montant");
    const QString file = m_dir.filePath(QStringLiteral("caisse_montant.csv"));
    QFile copy(file);
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(bytes);
    copy.close();
    QString out;
    QString err;
    const QStringList maps = {QStringLiteral("--map"), QStringLiteral("Montant=line_total"),
                              QStringLiteral("--map"), QStringLiteral("Prix unitaire TTC=")};
    QCOMPARE(runCli(dryRun(file, maps), &out, &err), int(Success));
    QVERIFY2(out.contains(AfterSaid.arg(QStringLiteral("Montant"))), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("net sales 92.89 EUR")), qPrintable(out));
    QVERIFY2(!err.contains(QStringLiteral("Warning")), qPrintable(err));
}

void TestLineTotalCli::contradictedReadingIsWarned()
{
    QString out;
    QString err;
    const QString file = importFixture(Till);
    QCOMPARE(
        runCli(dryRun(file, {QStringLiteral("--line-total"), QStringLiteral("before-discount")}), &out, &err),
        int(Success));
    QVERIFY2(out.contains(QStringLiteral("net sales 85.43 EUR")), qPrintable(out)); // as asked, but warned
    QVERIFY2(
        err.contains(QStringLiteral("Warning: %1: \"Total TTC\" is read as before the line discount, but "
                                    "on 4 discounted rows it is the amount after the discount (line 4: "
                                    "3 × 13.50 − 4.05 = 36.45): each discount is taken off twice. Use "
                                    "--line-total after-discount.")
                         .arg(file)),
        qPrintable(err));
    // Read as the rows say, nothing to warn of.
    QCOMPARE(
        runCli(dryRun(file, {QStringLiteral("--line-total"), QStringLiteral("after-discount")}), &out, &err),
        int(Success));
    QVERIFY2(!err.contains(QStringLiteral("Warning")), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestLineTotalCli)
#include "tst_linetotalcli.moc"
