#include "core/import/EntityDetector.h"
#include "core/import/FieldCatalog.h"
#include "core/import/MappingSuggester.h"
#include "core/import/ProfileStore.h"
#include "core/store/Workspace.h"
#include "core/store/WorkspaceSummary.h"
#include "ui/importwizard/ProfilesDialog.h"

#include "common/TillDates.h"
#include "ui/importwizard/WizardDriver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStyleHints>
#include <QTemporaryDir>
#include <QTest>

using namespace storelens;
using core::WorkspaceSummary;
using ui::ImportWizard;
using namespace storelens::test;

// A saved import profile: offered for a file with its columns, applied (the wizard goes straight to the
// check), and not imported by the second half of a double click on "Next".
class TestSavedProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void savedProfileIsOfferedAndApplied();
    void doubleClickDoesNotImportUnseen();
    void statusChoicesOutliveUntickedProfile();
    void laterExportKeepsTheDateOrderFound();
    void changedSettingsAreOfferedForSaving();

private:
    QString workspace(const QString &name);
    QTemporaryDir m_dir;
};

namespace {

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Saves a profile for the columns of `csv` in `ws` under `name`, as the wizard does after an import.
void saveProfileFor(const QString &ws, const QString &csv, const QString &name)
{
    const auto preview = core::previewFile(csv);
    QVERIFY(preview.ok());
    core::ImportProfile profile = core::suggestProfile(preview.value(), core::Entity::Orders);
    profile.name = name;
    core::Connection connection(ws);
    QVERIFY(core::ProfileStore::save(connection.db(), profile, preview->header).ok());
}

} // namespace

void TestSavedProfile::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestSavedProfile::cleanup()
{
    QGuiApplication::styleHints()->setMouseDoubleClickInterval(-1); // the platform's again
    QTRY_COMPARE(QApplication::topLevelWidgets().size(), 0);
}

QString TestSavedProfile::workspace(const QString &name)
{
    const QString path = newWorkspace(m_dir.filePath(name + QStringLiteral(".storelens")));
    [&] { QVERIFY(!path.isEmpty()); }();
    return path;
}

void TestSavedProfile::savedProfileIsOfferedAndApplied()
{
    const QString ws = workspace(QStringLiteral("profile"));
    {
        ImportWizard wizard(ws, importFixture(QStringLiteral("lightspeed_sales_cp1252.csv")));
        QVERIFY(showAndWait(wizard));
        for (int i = 0; i < 4; ++i)
            QVERIFY(next(wizard));
        // Offered, ticked, named after the export style its header shows (Sale ID, Custom SKU: Lightspeed),
        // not after the file's name ("lightspeed_sales_cp1252").
        QCOMPARE(wizard.field(QStringLiteral("saveProfile")).toBool(), true);
        QCOMPARE(wizard.field(QStringLiteral("profileName")).toString(), QStringLiteral("Lightspeed sales"));
        wizard.setField(QStringLiteral("profileName"), QStringLiteral("Lightspeed till"));
        QSignalSpy saved(&wizard, &ImportWizard::profileSaved);
        wizard.accept();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, WizardTimeout);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
    }

    // Next month's export: the same columns, new rows, Windows-1252. 2×8,99 = 17,98.
    const QString next = m_dir.filePath(QStringLiteral("lightspeed_september.csv"));
    writeBytes(
        next,
        "Sale ID;Date;Customer;Description;Custom SKU;Qty;Price;Subtotal;Discount;Cost;Shop;Category\r\n"
        "L-3;03/09/2024 09:00;M\xfcller;Teller;TE-2;2;8,99;17,98;0,00;;K\xf6ln;K\xfc"
        "che\r\n");
    {
        ImportWizard wizard(ws, next);
        QVERIFY(showAndWait(wizard));
        QCOMPARE(wizard.field(QStringLiteral("useProfile")).toBool(), true);
        auto *offer = wizard.findChild<QCheckBox *>(QStringLiteral("useProfileCheck"));
        QVERIFY(offer->isVisible());
        QVERIFY2(offer->text().contains(QStringLiteral("Lightspeed till")), qPrintable(offer->text()));
        QVERIFY(storelens::test::next(wizard));
        QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPageId)); // straight to the check
        QCOMPARE(wizard.appliedProfileName(), QStringLiteral("Lightspeed till"));
        QCOMPARE(wizard.profile().dateOrder, core::csv::DateOrder::DayMonthYear);
        QCOMPARE(checkPage(wizard)->report()->counts.added, qint64(1));
        QVERIFY(storelens::test::next(wizard));
        QCOMPARE(wizard.field(QStringLiteral("saveProfile")).toBool(), false);
        wizard.accept();
    }
    auto summary = WorkspaceSummary::read(ws);
    QCOMPARE(summary->orderLines, qint64(4));
    QCOMPARE(summary->netSales.units(), qint64(579900 + 179800));
    QCOMPARE(summary->lastDate, QDate(2024, 9, 3));

    // A file whose kind the columns leave open (order, note, amount: no date) but whose columns have saved
    // settings: step 1 says the settings' kind, not that it cannot tell (trial 11).
    {
        const QString unclear = QStringLiteral(STORELENS_TEST_DATA "/csv/utf8bom_quoted_multiline.csv");
        const auto preview = core::previewFile(unclear);
        QVERIFY(preview.ok());
        QVERIFY(!core::detectEntity(preview.value()).clear);
        core::ImportProfile kept = core::suggestProfile(preview.value(), core::Entity::Orders);
        kept.name = QStringLiteral("Notes export");
        {
            core::Connection connection(ws);
            QVERIFY(core::ProfileStore::save(connection.db(), kept, preview->header).ok());
        }
        ImportWizard wizard(ws, unclear);
        QVERIFY(showAndWait(wizard));
        QCOMPARE(wizard.field(QStringLiteral("useProfile")).toBool(), true);
        auto *entity = wizard.findChild<QComboBox *>(QStringLiteral("entityCombo"));
        QVERIFY(entity);
        QCOMPARE(entity->currentData().toInt(), int(core::Entity::Orders));
        const QString said = wizard.findChild<QLabel *>(QStringLiteral("fileInfo"))->text();
        QVERIFY2(!said.contains(QStringLiteral("cannot tell")), qPrintable(said));
        wizard.reject();
        core::Connection connection(ws);
        QVERIFY(core::ProfileStore::remove(connection.db(), kept.name).ok());
    }

    // A file with other columns is not offered the profile.
    {
        ImportWizard wizard(ws, importFixture(QStringLiteral("shopify_orders.csv")));
        QVERIFY(showAndWait(wizard));
        QCOMPARE(wizard.field(QStringLiteral("useProfile")).toBool(), false);
        QCOMPARE(wizard.nextId(), int(ImportWizard::FormatPageId));
        wizard.reject();
    }

    // The dialog lists, renames and deletes it.
    ui::ProfilesDialog dialog(ws);
    QSignalSpy loaded(&dialog, &ui::ProfilesDialog::loaded);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, WizardTimeout);
    QCOMPARE(dialog.profileNames(), QStringList{QStringLiteral("Lightspeed till")});
    dialog.renameProfile(QStringLiteral("Lightspeed till"), QStringLiteral("Till export"));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, WizardTimeout);
    QCOMPARE(dialog.profileNames(), QStringList{QStringLiteral("Till export")});
    core::Connection connection(ws);
    QCOMPARE(
        core::ProfileStore::find(connection.db(), QStringLiteral("Till export"))->profile.decimalSeparator,
        ',');
    dialog.deleteProfile(QStringLiteral("Till export"));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 3, WizardTimeout);
    QCOMPARE(dialog.profileNames(), QStringList());
    QCOMPARE(core::ProfileStore::list(connection.db())->size(), size_t(0));
}

// Trial 19b: with a saved profile the File page's "Next" leads straight to the Check page, whose "Import"
// takes its place; the second click of a quick double click imported the file unseen. For a double-click
// interval after the Check page opens, clicks on "Import" and Return are dropped; after it they import.
void TestSavedProfile::doubleClickDoesNotImportUnseen()
{
    const QString ws = workspace(QStringLiteral("double"));
    const QString csv = importFixture(QStringLiteral("woocommerce_june.csv"));
    saveProfileFor(ws, csv, QStringLiteral("Web shop"));
    QGuiApplication::styleHints()->setMouseDoubleClickInterval(60000); // every click below is "quick"

    ImportWizard wizard(ws, csv);
    QVERIFY(showAndWait(wizard));
    QCOMPARE(wizard.field(QStringLiteral("useProfile")).toBool(), true);
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPageId));
    QVERIFY(waitForComplete(wizard));
    QAbstractButton *import = wizard.button(QWizard::CommitButton);
    QVERIFY(import->isVisible() && import->isEnabled());

    QTest::mouseClick(import, Qt::LeftButton);
    QTest::mouseDClick(import, Qt::LeftButton);
    QTest::keyClick(&wizard, Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPageId));
    QCOMPARE(WorkspaceSummary::read(ws)->orderLines, qint64(0));

    // Once the interval has passed (here: none), a click imports.
    QGuiApplication::styleHints()->setMouseDoubleClickInterval(0);
    QTest::mouseClick(import, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(ImportWizard::ImportPageId));
    wizard.reject();
}

// Trial 22en: the till file imported again with "Use the saved settings" unticked (to map "Customer code"):
// the Check page counted "Voided", left out as unpaid in the saved profile, as a cancellation again (5 sales,
// 5 returns and an order more on "Import"). The fresh suggestion keeps the saved status choices when it reads
// the status from the same column.
void TestSavedProfile::statusChoicesOutliveUntickedProfile()
{
    const QString ws = workspace(QStringLiteral("voided"));
    const QString csv = m_dir.filePath(QStringLiteral("hike_sales.csv"));
    writeBytes(csv, "Sale #,Date,Status,Customer code,SKU,Product,Quantity,Retail price\r\n"
                    "4101,14/08/2026 09:46,Completed,,HH-VAS-01,Glass Bud Vase,1,9.50\r\n"
                    "4107,14/08/2026 10:22,Completed,CUS-1114,HH-BK-02,Book,1,7.99\r\n"
                    "4107,14/08/2026 10:22,Voided,CUS-1114,HH-BK-03,Other book,1,6.99\r\n"
                    "4110,15/08/2026 11:02,Voided,,HH-VAS-01,Glass Bud Vase,2,9.50\r\n");
    const auto preview = core::previewFile(csv);
    QVERIFY(preview.ok());
    core::ImportProfile saved = core::suggestProfile(preview.value(), core::Entity::Orders);
    QCOMPARE(saved.columnFor(core::field::Status), QStringLiteral("Status"));
    // A till's void, left out by default (receipt 4107 holds a paid line beside it:
    // core::leaveTillVoidsOut()), as the Check page's "Leave Ticked Out (Never Paid)" leaves it.
    QVERIFY(!saved.cancelStatusValues.contains(QStringLiteral("voided")));
    QVERIFY(saved.notSoldStatusValues.contains(QStringLiteral("voided")));
    saved.notSoldStatusValues = QStringList{QStringLiteral("Voided")};
    saved.name = QStringLiteral("Till");
    {
        core::Connection connection(ws);
        QVERIFY(core::ProfileStore::save(connection.db(), saved, preview->header).ok());
    }

    ImportWizard wizard(ws, csv);
    QVERIFY(showAndWait(wizard));
    QCOMPARE(wizard.field(QStringLiteral("useProfile")).toBool(), true);
    wizard.setField(QStringLiteral("useProfile"), false);
    QVERIFY(storelens::test::next(wizard));
    QCOMPARE(wizard.currentId(), int(ImportWizard::FormatPageId));
    QVERIFY(storelens::test::next(wizard));
    QCOMPARE(wizard.currentId(), int(ImportWizard::ColumnsPageId));
    QVERIFY(storelens::test::next(wizard));
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPageId));
    QCOMPARE(wizard.profile().notSoldStatusValues, QStringList{QStringLiteral("Voided")});
    QVERIFY(!wizard.profile().cancelStatusValues.contains(QStringLiteral("voided")));
    const auto report = checkPage(wizard)->report();
    QVERIFY(report);
    QCOMPARE(report->quality.notSoldLines(), qint64(2));
    QVERIFY(report->quality.cancelStatuses.isEmpty());
    QCOMPARE(report->orders, qint64(2)); // 4110 sold nothing
    wizard.reject();

    // Another status column: nothing carries over.
    core::ImportProfile other = core::suggestProfile(preview.value(), core::Entity::Orders);
    core::ImportProfile elsewhere = saved;
    for (core::ColumnMapping &c : elsewhere.columns) {
        if (c.field == core::field::Status)
            c.column = QStringLiteral("Order status");
    }
    QVERIFY(!core::keepStatusChoices(other, elsewhere));
    QVERIFY(other.notSoldStatusValues.contains(QStringLiteral("voided"))); // the suggestion's own voids
    QVERIFY(!other.notSoldStatusValues.contains(QStringLiteral("Voided")));
    QVERIFY(core::keepStatusChoices(other, saved));
    QCOMPARE(other.notSoldStatusValues, saved.notSoldStatusValues);
}

// Trial 23it: a till's export of August to November starts with 1,200 lines dated 1 to 12 August, so the
// preview (the first 1,000 rows) cannot tell the date order and the profile says "detect from the whole
// file"; the import found day first (20/08/2026). The profile saved with it kept "detect", and the next
// export, dated 1 to 5 December, was refused as day/month or month/day. The saved profile now keeps day
// first, and the December file imports: 5 lines of 1 × 2,50, the last on 5 December.
void TestSavedProfile::laterExportKeepsTheDateOrderFound()
{
    const QString ws = workspace(QStringLiteral("dates"));
    const QString august = m_dir.filePath(QStringLiteral("till_aug_nov.csv"));
    writeBytes(august, augustTillDayFirst(';', ','));
    {
        ImportWizard wizard(ws, august);
        QVERIFY(showAndWait(wizard));
        QCOMPARE(wizard.profile().dateOrder, core::csv::DateOrder::Unknown); // the preview cannot tell
        for (int i = 0; i < 4; ++i)
            QVERIFY(next(wizard));
        QCOMPARE(wizard.field(QStringLiteral("saveProfile")).toBool(), true);
        wizard.setField(QStringLiteral("profileName"), QStringLiteral("Cassa"));
        QSignalSpy saved(&wizard, &ImportWizard::profileSaved);
        wizard.accept();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, WizardTimeout);
    }
    {
        core::Connection connection(ws);
        QCOMPARE(core::ProfileStore::find(connection.db(), QStringLiteral("Cassa"))->profile.dateOrder,
                 core::csv::DateOrder::DayMonthYear);
    }
    const QString later = m_dir.filePath(QStringLiteral("till_dec.csv"));
    writeBytes(later, decemberTill(';', ','));
    ImportWizard wizard(ws, later);
    QVERIFY(showAndWait(wizard));
    QCOMPARE(wizard.field(QStringLiteral("useProfile")).toBool(), true);
    QVERIFY(next(wizard));
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPageId));
    QVERIFY(waitForComplete(wizard));
    QVERIFY(checkPage(wizard)->report());
    QCOMPARE(checkPage(wizard)->report()->counts.added, qint64(5));
    QCOMPARE(checkPage(wizard)->report()->lastDate, QDate(2026, 12, 5));
    wizard.reject();
}

// Trial 23us: "Count Each Person Once" clicked on an export imported through saved settings was not kept
// (the Import page offered to save the settings unticked), and importing an overlapping export again split a
// customer. Settings changed since they were applied (here: the date order a profile saved before the
// previous fix left open, which the file told) are offered ticked under the saved name, and saved over it;
// settings applied unchanged stay unticked.
void TestSavedProfile::changedSettingsAreOfferedForSaving()
{
    const QString ws = workspace(QStringLiteral("changed"));
    const QString csv = m_dir.filePath(QStringLiteral("till_changed.csv"));
    writeBytes(csv, augustTillDayFirst(';', ','));
    saveProfileFor(ws, csv, QStringLiteral("Till"));
    {
        core::Connection connection(ws);
        QCOMPARE(core::ProfileStore::find(connection.db(), QStringLiteral("Till"))->profile.dateOrder,
                 core::csv::DateOrder::Unknown);
    }
    for (int round = 0; round < 2; ++round) {
        ImportWizard wizard(ws, csv);
        QVERIFY(showAndWait(wizard));
        QCOMPARE(wizard.field(QStringLiteral("useProfile")).toBool(), true);
        QVERIFY(next(wizard));
        QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPageId));
        QVERIFY(next(wizard));
        // The first time the file told the date order; the second time the saved settings already have it.
        QCOMPARE(wizard.field(QStringLiteral("saveProfile")).toBool(), round == 0);
        QCOMPARE(wizard.field(QStringLiteral("profileName")).toString(), QStringLiteral("Till"));
        QSignalSpy saved(&wizard, &ImportWizard::profileSaved);
        wizard.accept();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.result(), int(QDialog::Accepted), WizardTimeout);
        QCOMPARE(saved.count(), round == 0 ? 1 : 0);
    }
    core::Connection connection(ws);
    QCOMPARE(core::ProfileStore::list(connection.db())->size(), size_t(1));
    QCOMPARE(core::ProfileStore::find(connection.db(), QStringLiteral("Till"))->profile.dateOrder,
             core::csv::DateOrder::DayMonthYear);
}

QTEST_MAIN(TestSavedProfile)
#include "tst_savedprofile.moc"
