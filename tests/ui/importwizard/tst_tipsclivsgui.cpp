// Trial 20: a manager imported the same till file with `storelens import` and with the import wizard and got
// 176,234.56 and 176,174.96 of net sales: the wizard's Check page left the tips out, the command line kept
// them. Both now start from the same rule (ImportProfile::leaveTipsOut): with their default choices they give
// the same net sales, and `--keep-tips` the larger figure.
//
// kasse_de_trinkgeld.csv (worked out line by line in tests/core/import/tst_tipsleftout.cpp): tips in sales
// net 77.84 − 4.90 − 6.49 = 66.45 on 4 orders; its Trinkgeld (2.00 + 3.00) and Tip (1.50) left out net
// 66.45 − 6.50 = 59.95 on 3 orders (receipt 50003 held only a tip).
#include "cli/CliRunner.h"
#include "ui/importwizard/WizardDriver.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace storelens;
using ui::ImportWizard;
using namespace storelens::test;

namespace {

const QString Fixture = QStringLiteral("kasse_de_trinkgeld.csv");

// `storelens import FILE` with these options into a new workspace; its net sales as `info` writes them, or
// the command's output when it failed.
QString cliNetSales(const QString &workspace, const QStringList &options = {})
{
    QString out;
    QString err;
    if (runCli(QStringList{QStringLiteral("import"), importFixture(Fixture), QStringLiteral("--workspace"),
                           workspace} +
                   options,
               &out, &err) != 0)
        return out + err;
    if (runCli({QStringLiteral("info"), QStringLiteral("--workspace"), workspace, QStringLiteral("--format"),
                QStringLiteral("json")},
               &out) != 0)
        return out;
    return QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("net_sales")).toString();
}

} // namespace

class TestTipsCliVsGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cliAndWizardGiveTheSameSales();
    void wizardKeepsATipInSalesWhenAsked();

private:
    QTemporaryDir m_dir;
};

void TestTipsCliVsGui::initTestCase()
{
    core::installEnglishPlurals();
    QVERIFY(m_dir.isValid());
}

void TestTipsCliVsGui::cleanup()
{
    QTRY_COMPARE(QApplication::topLevelWidgets().size(), 0);
}

// Every choice left as proposed, in both: 59.95. The command line with --keep-tips: 66.45.
void TestTipsCliVsGui::cliAndWizardGiveTheSameSales()
{
    const QString gui = newWorkspace(m_dir.filePath(QStringLiteral("gui.storelens")));
    ImportWizard wizard(gui, importFixture(Fixture));
    QVERIFY(showAndGoOn(wizard, 3));
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPageId));
    auto *choice = wizard.findChild<QComboBox *>(QStringLiteral("feeChoice_TRINKGELD"));
    QVERIFY(choice && choice->isVisible());
    QCOMPARE(choice->currentData().toInt(), int(ui::FeeChoice::NotSales));
    QVERIFY(next(wizard));
    const auto summary = core::WorkspaceSummary::read(gui);
    QVERIFY(summary.ok());
    finishWithoutProfile(wizard);
    QCOMPARE(summary->netSales.units(), qint64(599500));
    QCOMPARE(summary->orders, qint64(3));

    QCOMPARE(cliNetSales(m_dir.filePath(QStringLiteral("cli.storelens"))), QStringLiteral("59.9500"));
    QCOMPARE(
        cliNetSales(m_dir.filePath(QStringLiteral("cli-kept.storelens")), {QStringLiteral("--keep-tips")}),
        QStringLiteral("66.4500"));
}

// "Not a product: keep in sales" on the Tip keeps that SKU in sales (the profile's salesSkus) and checks
// again: 59.95 + 1.50 = 61.45 imported.
void TestTipsCliVsGui::wizardKeepsATipInSalesWhenAsked()
{
    const QString ws = newWorkspace(m_dir.filePath(QStringLiteral("kept.storelens")));
    ImportWizard wizard(ws, importFixture(Fixture));
    QVERIFY(showAndGoOn(wizard, 3));
    auto *choice = wizard.findChild<QComboBox *>(QStringLiteral("feeChoice_TIP"));
    QVERIFY(choice);
    choice->setCurrentIndex(choice->findData(int(ui::FeeChoice::NotProduct)));
    QVERIFY(waitForComplete(wizard));
    QCOMPARE(wizard.profile().salesSkus, QStringList{QStringLiteral("TIP")});
    QVERIFY(wizard.profile().notSalesSkus.isEmpty());
    choice = wizard.findChild<QComboBox *>(QStringLiteral("feeChoice_TIP"));
    QVERIFY(choice && choice->isVisible());
    QCOMPARE(choice->currentData().toInt(), int(ui::FeeChoice::NotProduct));
    QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("feeChoice_TRINKGELD"))->currentData().toInt(),
             int(ui::FeeChoice::NotSales));
    QVERIFY(next(wizard));
    const auto summary = core::WorkspaceSummary::read(ws);
    QVERIFY(summary.ok());
    finishWithoutProfile(wizard);
    QCOMPARE(summary->netSales.units(), qint64(614500));
}

QTEST_MAIN(TestTipsCliVsGui)
#include "tst_tipsclivsgui.moc"
