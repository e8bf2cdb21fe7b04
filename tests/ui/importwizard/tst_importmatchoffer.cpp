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

bool importSuggested(const QString &workspace, const char *fixture, bool withSeries = true,
                     const QString &source = {})
{
    const auto preview = core::previewFile(importFixture(fixture));
    if (!preview)
        return false;
    core::ImportProfile profile = core::suggestProfile(preview.value());
    for (core::ColumnMapping &c : profile.columns) {
        if (!withSeries && c.field == core::field::OrderSeries)
            c.field.clear();
    }
    profile.source = source;
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
    void webShopExportOfNoKnownSystem();
    void checkPageOffersAnotherSource();

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

// Trial 20: an Ecwid web shop's export (no system StoreLens knows by name) goes to the source "Web shop" and
// the channel "Online", and the Check page says why (tests/core/import/tst_othersource.cpp).
void TestImportMatchOffer::webShopExportOfNoKnownSystem()
{
    const QString ws = newWorkspace(m_dir.filePath(QStringLiteral("ecwid.storelens")));
    ImportWizard wizard(ws, importFixture("ecwid_orders.csv"));
    QVERIFY(columnsPage(wizard));
    QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("sourceCombo"))->currentText(),
             QStringLiteral("Web shop"));
    QCOMPARE(wizard.profile().defaultChannel, QStringLiteral("Online"));
    QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("defaultStoreCombo"))->currentText(),
             QStringLiteral("Online shop"));
    QVERIFY(next(wizard));
    const QString status = labelText(wizard, "checkStatus");
    // The page's rich text: the sentence comes after the channel's, its quotes written as HTML.
    QVERIFY2(status.contains(QStringLiteral("every line is counted in the channel \"Online\". The file looks "
                                            "like a web shop")),
             qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("(it has the columns shipping_method, fulfillment_status, "
                                            "payment_status")),
             qPrintable(status));
    wizard.reject();
}

// The web shop's orders in "Till" (the old default), then the till's file with its defaults, into "Till" too:
// the Check page proposes no replace (it would delete the 6 web lines), says the file seems to come from
// another till or shop, and its button imports it as "Till 2".
void TestImportMatchOffer::checkPageOffersAnotherSource()
{
    const QString ws = newWorkspace(m_dir.filePath(QStringLiteral("other.storelens")));
    QVERIFY(importSuggested(ws, "ecwid_orders.csv", true, QStringLiteral("Till")));
    ImportWizard wizard(ws, importFixture("eposnow_items.csv"));
    QVERIFY(showAndGoOn(wizard, 3));
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPageId));
    QCOMPARE(checkPage(wizard)->report()->source, QStringLiteral("Till"));
    QCOMPARE(checkPage(wizard)->report()->notInFile.count, qint64(6));
    QVERIFY(!wizard.findChild<QCheckBox *>(QStringLiteral("replaceCheck"))->isVisible());
    auto *offer = wizard.findChild<ui::ImportMatchOffer *>(QStringLiteral("importMatchOffer"));
    QVERIFY(offer && offer->isVisible());
    QVERIFY2(offer->otherSourceText().startsWith(QStringLiteral(
                 "This file seems to come from another till or shop than \"Till\": it holds none of the 4 "
                 "orders of \"Till\"")),
             qPrintable(offer->otherSourceText()));
    auto *button = wizard.findChild<QPushButton *>(QStringLiteral("otherSourceButton"));
    QVERIFY(button && button->isVisible());
    QCOMPARE(button->text(), QStringLiteral("Import as \"Till 2\""));
    const QString dir = qEnvironmentVariable("STORELENS_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(wizard.grab().save(QDir(dir).filePath(QStringLiteral("import-check-other-source.png"))));
    button->click();
    QVERIFY(waitForComplete(wizard));
    QCOMPARE(wizard.profile().source, QStringLiteral("Till 2"));
    QCOMPARE(checkPage(wizard)->report()->source, QStringLiteral("Till 2"));
    QCOMPARE(checkPage(wizard)->report()->notInFile.count, qint64(0));
    QCOMPARE(offer->otherSourceText(), QString());
    QVERIFY(next(wizard));
    finishWithoutProfile(wizard);
    QCOMPARE(firstValue(ws, QStringLiteral("SELECT count(*) FROM order_lines l JOIN sources s ON s.id ="
                                           " l.source_id WHERE s.name = 'Till 2'")),
             QStringLiteral("6"));
    QCOMPARE(core::WorkspaceSummary::read(ws)->orderLines, qint64(12)); // 6 web lines kept, 6 till lines
}

QTEST_MAIN(TestImportMatchOffer)
#include "tst_importmatchoffer.moc"
