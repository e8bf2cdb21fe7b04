// Walks exports shaped like Shopify's and Square's through the import wizard in a real window (xcb under
// Xvfb, as scripts/test.sh starts it) and saves each page under <build>/screenshots/importwizard-*.png, so a
// reviewer can look at what a user sees. Each file needs only Next on every page, except the file without a
// header (the user says it holds order lines) and the re-export (the user ticks Replace).
#include "core/model/EnglishPlurals.h"
#include "ui/importwizard/ProfilesDialog.h"
#include "ui/importwizard/WizardDriver.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace storelens;
using ui::ImportWizard;
using namespace storelens::test;

class TestImportWizardScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void eachPage_data();
    void eachPage();
    void profileOfferAndDialog();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
};

void TestImportWizardScreenshots::initTestCase()
{
    core::installEnglishPlurals(); // "5 columns", as the application says it
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(QStringLiteral(STORELENS_SCREENSHOT_DIR)));
}

void TestImportWizardScreenshots::eachPage_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("earlier"); // imported before, from the same source; empty: none
    QTest::newRow("shopify") << QStringLiteral("shopify_orders.csv") << QString();
    QTest::newRow("square") << QStringLiteral("square_items.csv") << QString();
    QTest::newRow("broken") << QStringLiteral("broken_rows.csv") << QString();
    // The re-export leaves out order 6002: the Check page proposes replace.
    QTest::newRow("reexport") << QStringLiteral("woocommerce_june_reexport.csv")
                              << QStringLiteral("woocommerce_june.csv");
    // No header: the File page asks what the file holds; the user says order lines.
    QTest::newRow("cdnow") << QStringLiteral("cdnow_purchase_log.txt") << QString();
}

void TestImportWizardScreenshots::eachPage()
{
    QFETCH(QString, file);
    QFETCH(QString, earlier);
    const QString ws =
        newWorkspace(m_dir.filePath(QFileInfo(file).completeBaseName() + QStringLiteral(".storelens")));
    QVERIFY(!ws.isEmpty());
    if (!earlier.isEmpty()) {
        auto preview = core::previewFile(importFixture(earlier));
        QVERIFY(preview.ok());
        QVERIFY(core::Importer::run(ws, importFixture(earlier), core::suggestProfile(preview.value())).ok());
    }
    ImportWizard wizard(ws, importFixture(file));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *entity = wizard.currentPage()->findChild<QComboBox *>(QStringLiteral("entityCombo"));
    auto *info = wizard.currentPage()->findChild<QLabel *>(QStringLiteral("fileInfo"));
    QTRY_VERIFY_WITH_TIMEOUT(info->text().contains(QLatin1String("columns")), WizardTimeout); // probed
    if (entity->currentIndex() < 0) // asked: the user says order lines
        entity->setCurrentIndex(entity->findData(int(core::Entity::Orders)));
    QVERIFY(waitForComplete(wizard));
    const QStringList names = {QStringLiteral("1-file"), QStringLiteral("2-format"),
                               QStringLiteral("3-columns"), QStringLiteral("4-check"),
                               QStringLiteral("5-import")};
    for (int page = 0; page < names.size(); ++page) {
        QCOMPARE(wizard.currentId(), page);
        QTest::qWait(100); // let the layout settle before the grab
        const QImage image = wizard.grab().toImage();
        QVERIFY(image.width() > 400);
        const QString path = QStringLiteral(STORELENS_SCREENSHOT_DIR "/importwizard-%1-%2.png")
                                 .arg(QString::fromUtf8(QTest::currentDataTag()), names.at(page));
        QVERIFY(image.save(path));
        if (auto *replace = wizard.findChild<QCheckBox *>(QStringLiteral("replaceCheck"));
            replace && replace->isVisible())
            replace->setChecked(true);
        if (page + 1 < names.size())
            QVERIFY(next(wizard));
    }
    finishWithoutProfile(wizard);
}

void TestImportWizardScreenshots::profileOfferAndDialog()
{
    const QString ws = newWorkspace(m_dir.filePath(QStringLiteral("profiles.storelens")));
    QVERIFY(!ws.isEmpty());
    for (int round = 0; round < 2; ++round) {
        ImportWizard wizard(ws, importFixture(QStringLiteral("shopify_orders.csv")));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(waitForComplete(wizard));
        if (round == 1) {
            // The second time the saved settings are offered on the first page.
            QVERIFY(wizard.findChild<QCheckBox *>(QStringLiteral("useProfileCheck"))->isVisible());
            QTest::qWait(100);
            QVERIFY(wizard.grab().save(
                QStringLiteral(STORELENS_SCREENSHOT_DIR "/importwizard-profile-offered.png")));
            wizard.reject();
            break;
        }
        for (int page = 0; page < 4; ++page)
            QVERIFY(next(wizard));
        QSignalSpy saved(&wizard, &ImportWizard::profileSaved);
        wizard.accept();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, WizardTimeout);
    }
    ui::ProfilesDialog dialog(ws);
    QSignalSpy loaded(&dialog, &ui::ProfilesDialog::loaded);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, WizardTimeout);
    QCOMPARE(dialog.profileNames(), QStringList{QStringLiteral("Shopify orders")});
    QTest::qWait(100);
    QVERIFY(dialog.grab().save(QStringLiteral(STORELENS_SCREENSHOT_DIR "/importwizard-profiles-dialog.png")));
}

void TestImportWizardScreenshots::cleanupTestCase()
{
    QTRY_COMPARE(QApplication::topLevelWidgets().size(), 0);
}

QTEST_MAIN(TestImportWizardScreenshots)
#include "tst_importwizardscreenshots.moc"
