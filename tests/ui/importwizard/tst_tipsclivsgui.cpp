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
// till_gift_cards_gb.csv (trial 22en: a gift card sold counted in sales, and again when the vase it paid for
// was rung up):
//   R1001 01/11 Amy  MUG-01  2 x 12.00 = 24.00;  GC-25 Gift Card £25 = 25.00 (a gift card sold)
//   R1002 03/11 guest GCH-01 Gift card holder, kraft 3 x 1.50 = 4.50 (merchandise)
//   R1003 05/11 Ben  GC-50 E-Gift Card £50 = 50.00 (a gift card sold, the receipt's only line)
//   R1004 12/11 Ben  TEA-02 8.00 − 1.20 = 6.80;  TIP Tip 2.00 (a tip)
//   R1005 20/11 Amy  VASE-03 30.00 (paid with the card)
// Tips and gift cards left out: gross 24.00 + 4.50 + 8.00 + 30.00 = 66.50, net 66.50 − 1.20 = 65.30 on 4
// orders (R1003 held only a gift card). Gift cards kept: + 25.00 + 50.00 = 140.30 on 5 orders; GC-25 alone
// kept: 65.30 + 25.00 = 90.30.
const QString GiftCards = QStringLiteral("till_gift_cards_gb.csv");

// `storelens import FILE` with these options into a new workspace; its net sales as `info` writes them, or
// the command's output when it failed.
QString cliNetSales(const QString &workspace, const QStringList &options = {},
                    const QString &fixture = Fixture)
{
    QString out;
    QString err;
    if (runCli(QStringList{QStringLiteral("import"), importFixture(fixture), QStringLiteral("--workspace"),
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
    void giftCardsSoldAreLeftOutAlike();
    void wizardKeepsAGiftCardInSalesWhenAsked();

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

// Every choice left as proposed: both gift cards and the tip are left out, the gift card holder is not even
// listed; 65.30 in the wizard and on the command line, 140.30 with --keep-gift-cards.
void TestTipsCliVsGui::giftCardsSoldAreLeftOutAlike()
{
    const QString gui = newWorkspace(m_dir.filePath(QStringLiteral("gift-gui.storelens")));
    ImportWizard wizard(gui, importFixture(GiftCards));
    QVERIFY(showAndGoOn(wizard, 3));
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPageId));
    for (const char *sku : {"feeChoice_GC-25", "feeChoice_GC-50", "feeChoice_TIP"}) {
        auto *choice = wizard.findChild<QComboBox *>(QLatin1String(sku));
        QVERIFY2(choice && choice->isVisible(), sku);
        QCOMPARE(choice->currentData().toInt(), int(ui::FeeChoice::NotSales));
    }
    QVERIFY(!wizard.findChild<QComboBox *>(QStringLiteral("feeChoice_GCH-01")));
    QVERIFY(next(wizard));
    const auto summary = core::WorkspaceSummary::read(gui);
    QVERIFY(summary.ok());
    finishWithoutProfile(wizard);
    QCOMPARE(summary->netSales.units(), qint64(653000));
    QCOMPARE(summary->orders, qint64(4));

    QCOMPARE(cliNetSales(m_dir.filePath(QStringLiteral("gift-cli.storelens")), {}, GiftCards),
             QStringLiteral("65.3000"));
    QCOMPARE(cliNetSales(m_dir.filePath(QStringLiteral("gift-kept.storelens")),
                         {QStringLiteral("--keep-gift-cards")}, GiftCards),
             QStringLiteral("140.3000"));
}

// "Not a product: keep in sales" on one gift card keeps that SKU in sales (salesSkus): 65.30 + 25.00.
void TestTipsCliVsGui::wizardKeepsAGiftCardInSalesWhenAsked()
{
    const QString ws = newWorkspace(m_dir.filePath(QStringLiteral("gift-one.storelens")));
    ImportWizard wizard(ws, importFixture(GiftCards));
    QVERIFY(showAndGoOn(wizard, 3));
    auto *choice = wizard.findChild<QComboBox *>(QStringLiteral("feeChoice_GC-25"));
    QVERIFY(choice);
    choice->setCurrentIndex(choice->findData(int(ui::FeeChoice::NotProduct)));
    QVERIFY(waitForComplete(wizard));
    QCOMPARE(wizard.profile().salesSkus, QStringList{QStringLiteral("GC-25")});
    QVERIFY(wizard.profile().notSalesSkus.isEmpty());
    QVERIFY(next(wizard));
    const auto summary = core::WorkspaceSummary::read(ws);
    QVERIFY(summary.ok());
    finishWithoutProfile(wizard);
    QCOMPARE(summary->netSales.units(), qint64(903000));
}

QTEST_MAIN(TestTipsCliVsGui)
#include "tst_tipsclivsgui.moc"
