// Trial 23us: Toast's "Void?" column (True: an item rung up and taken off before payment) was ignored by the
// import wizard and by `storelens import` alike, so voided lines counted as sales. Both now suggest it as
// "Voided" and leave its true lines out, with the same figures, and both name the lines and their money.
//
// toast_item_selection_voids_us.csv (worked out line by line in tests/core/import/tst_voidedlines.cpp), with
// SKU, Menu Item, Menu Group, Gross Price (the line total before the discount) and Customer mapped by hand as
// the trial's user did: voids left out gross 324.35, discounts 11.37, net 312.98 on 4 orders, 3 buying
// customers; voided 5 lines, 170.50 (45.00 + 33.00 + 68.00 − 5.00 + 7.50 + 22.00). Counted as sales (the old
// code): net 483.48 on 6 orders, 5 customers.
#include "cli/CliRunner.h"
#include "core/import/FieldCatalog.h"
#include "ui/importwizard/WizardDriver.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace storelens;
using ui::ImportWizard;
using namespace storelens::test;

namespace {

const QString Fixture = QStringLiteral("toast_item_selection_voids_us.csv");

// The columns the trial's user chose by hand (0-based, as the Columns page numbers its combo boxes).
const QList<QPair<int, QString>> Chosen = {{14, QStringLiteral("sku")},
                                           {16, QStringLiteral("product_name")},
                                           {18, QStringLiteral("category")},
                                           {21, QStringLiteral("line_total")},
                                           {33, QStringLiteral("customer_name")}};
const QStringList CliMap = {QStringLiteral("--map"), QStringLiteral("SKU=sku"),
                            QStringLiteral("--map"), QStringLiteral("Menu Item=product_name"),
                            QStringLiteral("--map"), QStringLiteral("Menu Group=category"),
                            QStringLiteral("--map"), QStringLiteral("Gross Price=line_total"),
                            QStringLiteral("--map"), QStringLiteral("Customer=customer_name")};

} // namespace

class TestVoidCliVsGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cliAndWizardLeaveVoidsOutAlike();

private:
    QTemporaryDir m_dir;
};

void TestVoidCliVsGui::initTestCase()
{
    core::installEnglishPlurals();
    QVERIFY(m_dir.isValid());
}

void TestVoidCliVsGui::cleanup()
{
    QTRY_COMPARE(QApplication::topLevelWidgets().size(), 0);
}

void TestVoidCliVsGui::cliAndWizardLeaveVoidsOutAlike()
{
    const QString gui = newWorkspace(m_dir.filePath(QStringLiteral("gui.storelens")));
    ImportWizard wizard(gui, importFixture(Fixture));
    QVERIFY(columnsPage(wizard));
    QCOMPARE(wizard.profile().columnFor(core::field::Voided), QStringLiteral("Void?"));
    for (const auto &[column, key] : Chosen)
        QVERIFY2(chooseField(wizard, column, key), qPrintable(key));
    QVERIFY(next(wizard));
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPageId));
    auto *quality = wizard.findChild<QLabel *>(QStringLiteral("qualitySummary"));
    QVERIFY(quality && quality->isVisible());
    QVERIFY2(quality->text().contains(QStringLiteral("Voided lines left out (marked in the column "
                                                     "&quot;Void?&quot;): taken off before payment, they "
                                                     "are no sale: 5 lines, ")) &&
                 quality->text().contains(QStringLiteral("170.50")),
             qPrintable(quality->text()));
    QVERIFY(next(wizard));
    const auto summary = core::WorkspaceSummary::read(gui);
    QVERIFY(summary.ok());
    finishWithoutProfile(wizard);
    QCOMPARE(summary->netSales.units(), qint64(3129800));
    QCOMPARE(summary->orders, qint64(4));
    QCOMPARE(summary->buyingCustomers, qint64(3));

    const QString cli = m_dir.filePath(QStringLiteral("cli.storelens"));
    QString out;
    QString err;
    QCOMPARE(runCli(QStringList{QStringLiteral("import"), importFixture(Fixture),
                                QStringLiteral("--workspace"), cli} +
                        CliMap,
                    &out, &err),
             0);
    QVERIFY2(out.contains(QStringLiteral("Voided lines left out (marked in the column \"Void?\"): taken off "
                                         "before payment, they are no sale: 5 lines, 170.50")),
             qPrintable(out + err));
    QCOMPARE(runCli({QStringLiteral("info"), QStringLiteral("--workspace"), cli, QStringLiteral("--format"),
                     QStringLiteral("json")},
                    &out),
             0);
    const QJsonObject info = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(info.value(QStringLiteral("net_sales")).toString(), QStringLiteral("312.9800"));
    QCOMPARE(info.value(QStringLiteral("orders")).toInteger(), qint64(4));
    QCOMPARE(info.value(QStringLiteral("buying_customers")).toInteger(), qint64(3));
}

QTEST_MAIN(TestVoidCliVsGui)
#include "tst_voidclivsgui.moc"
