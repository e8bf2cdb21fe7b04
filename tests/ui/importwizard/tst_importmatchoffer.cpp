// Trial 16 in the import wizard (a Tiendanube web shop and an Ágora till): the web shop's lines go to the
// store "Online shop", which the Columns page shows and the user can change; the Check page says which of
// the till's products without a code have the name of the web shop's coded ones, counts them as those
// products when asked, and the summary says so; and it warns when the file's orders are the ones already
// imported under other order IDs (Número alone first, Serie + Número now), beside the Replace box.
// The figures are worked out in tests/core/import/tst_productnames.cpp and tst_orderidchange.cpp.

#include "core/import/FieldCatalog.h"
#include "core/import/Importer.h"
#include "core/import/MappingSuggester.h"
#include "core/model/EnglishPlurals.h"
#include "ui/importwizard/ImportMatchOffer.h"
#include "ui/importwizard/WizardDriver.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace storelens;
using ui::ImportWizard;
using namespace storelens::test;

namespace {

QString firstValue(const QString &workspace, const QString &sql)
{
    core::Connection c(workspace);
    QSqlQuery q(c.db());
    return q.exec(sql) && q.next() ? q.value(0).toString() : QStringLiteral("<no row>");
}

bool importSuggested(const QString &workspace, const char *fixture, bool withSeries = true)
{
    const auto preview = core::previewFile(importFixture(fixture));
    if (!preview)
        return false;
    core::ImportProfile profile = core::suggestProfile(preview.value());
    for (core::ColumnMapping &c : profile.columns) {
        if (!withSeries && c.field == core::field::OrderSeries)
            c.field.clear();
    }
    return core::Importer::run(workspace, importFixture(fixture), profile).ok();
}

QString labelText(const ImportWizard &wizard, const char *name)
{
    const auto *label = wizard.findChild<QLabel *>(QString::fromLatin1(name));
    return label && label->isVisible() ? label->text() : QString();
}

} // namespace

class TestImportMatchOffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void webShopStoreIsShownAndCanBeChanged();
    void checkPageCountsProductsByName();
    void checkPageWarnsOfOrdersUnderNewIds();

private:
    QTemporaryDir m_dir;
};

void TestImportMatchOffer::initTestCase()
{
    core::installEnglishPlurals();
    QVERIFY(m_dir.isValid());
}

void TestImportMatchOffer::cleanup()
{
    QTRY_COMPARE(QApplication::topLevelWidgets().size(), 0);
}

void TestImportMatchOffer::webShopStoreIsShownAndCanBeChanged()
{
    const QString ws = newWorkspace(m_dir.filePath(QStringLiteral("store.storelens")));
    ImportWizard wizard(ws, importFixture("tiendanube_orders.csv"));
    QVERIFY(columnsPage(wizard));
    auto *store = wizard.findChild<QComboBox *>(QStringLiteral("defaultStoreCombo"));
    QVERIFY(store && store->isVisible() && store->isEnabled());
    QCOMPARE(store->currentText(), QStringLiteral("Online shop"));
    QCOMPARE(wizard.profile().defaultStore, QStringLiteral("Online shop"));
    store->setCurrentText(QStringLiteral("Web Valencia"));
    QCOMPARE(wizard.profile().defaultStore, QStringLiteral("Web Valencia"));
    store->setCurrentIndex(store->findData(QStringLiteral("Main store")));
    QCOMPARE(wizard.profile().defaultStore, QString()); // as profiles saved before name it
    store->setCurrentIndex(store->findData(QStringLiteral("Online shop")));
    QCOMPARE(wizard.profile().defaultStore, QStringLiteral("Online shop"));
    const QString dir = qEnvironmentVariable("STORELENS_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(wizard.grab().save(QDir(dir).filePath(QStringLiteral("import-columns-store.png"))));
    QVERIFY(next(wizard));
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPageId));
    const QString status = labelText(wizard, "checkStatus");
    QVERIFY2(status.contains(QStringLiteral(
                 "The file has no store column: every line is counted in the store \"Online shop\".")),
             qPrintable(status));
    QVERIFY(next(wizard));
    finishWithoutProfile(wizard);
    QCOMPARE(firstValue(ws, QStringLiteral("SELECT group_concat(name) FROM stores")),
             QStringLiteral("Online shop"));
}

// The web shop first, then the till: its bag and tablecloth are the web shop's TEX-BOL-03 and TEX-MAN-01
// once the user says so; the cups, under two SKUs in the web shop, stay apart. 4 + 3 = 7 products.
void TestImportMatchOffer::checkPageCountsProductsByName()
{
    const QString ws = newWorkspace(m_dir.filePath(QStringLiteral("products.storelens")));
    QVERIFY(importSuggested(ws, "tiendanube_same_names.csv"));
    ImportWizard wizard(ws, importFixture("agora_ventas.csv"));
    QVERIFY(showAndGoOn(wizard, 3));
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPageId));
    auto *offer = wizard.findChild<QWidget *>(QStringLiteral("importMatchOffer"));
    QVERIFY(offer && offer->isVisible());
    QString said = labelText(wizard, "productNamesText");
    QVERIFY2(said.startsWith(QStringLiteral("2 products without a code have the name of a product with one "
                                            "(such as \"Bolso de esparto\" and TEX-BOL-03)")),
             qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("(\"Taza cerámica Manises\") has the name of several products")),
             qPrintable(said));
    QCOMPARE(qobject_cast<ui::ImportMatchOffer *>(offer)->idChangeText(), QString());
    auto *button = wizard.findChild<QPushButton *>(QStringLiteral("productsByNameButton"));
    QVERIFY(button && button->isVisible());
    button->click();
    QVERIFY(waitForComplete(wizard));
    QVERIFY(wizard.profile().productsByName);
    QVERIFY(!button->isVisible());
    said = labelText(wizard, "productNamesText");
    QVERIFY2(
        said.startsWith(QStringLiteral("2 products without a code are counted as the product with a code "
                                       "of the same name")),
        qPrintable(said));
    QVERIFY(next(wizard));
    QCOMPARE(wizard.currentId(), int(ImportWizard::ImportPageId));
    QVERIFY2(
        importPage(wizard)->resultText(QStringLiteral("products")).startsWith(QStringLiteral("2 products")),
        qPrintable(importPage(wizard)->resultText(QStringLiteral("products"))));
    finishWithoutProfile(wizard);
    QCOMPARE(firstValue(ws, QStringLiteral("SELECT count(*) FROM products")), QStringLiteral("7"));
}

// Número alone first (3 orders), the till's file again with its series: the warning, above the Replace box;
// ticked, the file's 7 tickets replace the 3 merged ones.
void TestImportMatchOffer::checkPageWarnsOfOrdersUnderNewIds()
{
    const QString ws = newWorkspace(m_dir.filePath(QStringLiteral("ids.storelens")));
    QVERIFY(importSuggested(ws, "agora_ventas.csv", false));
    ImportWizard wizard(ws, importFixture("agora_ventas.csv"));
    QVERIFY(showAndGoOn(wizard, 3));
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPageId));
    auto *offer = wizard.findChild<ui::ImportMatchOffer *>(QStringLiteral("importMatchOffer"));
    QVERIFY(offer && offer->isVisible());
    const QString said = offer->idChangeText();
    QVERIFY2(said.contains(QStringLiteral("This file's orders match none of the orders of \"Till\"")),
             qPrintable(said));
    auto *replace = wizard.findChild<QCheckBox *>(QStringLiteral("replaceCheck"));
    QVERIFY(replace && replace->isVisible());
    replace->setChecked(true);
    QVERIFY(next(wizard));
    finishWithoutProfile(wizard);
    QCOMPARE(core::WorkspaceSummary::read(ws)->orders, qint64(7));
}

QTEST_MAIN(TestImportMatchOffer)
#include "tst_importmatchoffer.moc"
