#include "core/import/FieldCatalog.h"
#include "core/import/Importer.h"
#include "core/import/MappingSuggester.h"
#include "core/model/EnglishPlurals.h"
#include "core/store/Currency.h"
#include "ui/importwizard/ColumnAnalysis.h"
#include "ui/importwizard/ExportStyle.h"
#include "ui/importwizard/StepIndicator.h"

#include "common/TillDates.h"
#include "ui/importwizard/WizardDriver.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QWheelEvent>

using namespace storelens;
using ui::ImportWizard;
using namespace storelens::test;

namespace {

// The workspace's channel names, sorted, joined by ", ".
QString channelNames(const QString &workspace)
{
    core::Connection c(workspace);
    QSqlQuery q(c.db());
    if (!q.exec(QStringLiteral(
            "SELECT group_concat(name, ', ') FROM (SELECT name FROM channels ORDER BY name)")) ||
        !q.next())
        return QStringLiteral("<no row>");
    return q.value(0).toString();
}

// Walks the wizard to the Check page; its summary, or "<not on the Check page>".
QString checkSummary(ImportWizard &wizard)
{
    if (!showAndGoOn(wizard, 3) || wizard.currentId() != int(ImportWizard::CheckPageId))
        return QStringLiteral("<not on the Check page>");
    return wizard.findChild<QLabel *>(QStringLiteral("checkStatus"))->text();
}

// German for the export-style names only: what storelens_de.qm says for them.
class GermanStyleNames : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "storelens::ui::ExportStyle") != 0)
            return {};
        if (qstrcmp(source, "Odoo POS order lines") == 0)
            return QStringLiteral("Odoo-Kassen-Bestellzeilen");
        if (qstrcmp(source, "Orders export") == 0)
            return QStringLiteral("Bestellexport");
        if (qstrcmp(source, "%1 (%2)") == 0)
            return QStringLiteral("%1 (%2)");
        return {};
    }
};

} // namespace

// The import wizard's frame: the step indicator, the "Saving…" phase between the last row read and the
// commit, and the name offered for the saved profile (the export style, not the file's name).
class TestImportWizardSteps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void exportStyleFromHeader_data();
    void exportStyleFromHeader();
    void profileNamesFollowTheLanguage();
    void stepIndicatorFollowsThePages();
    void escapeAsksBeforeLosingTheChoices();
    void savingPhaseAfterTheLastRow();
    void profileNameIgnoresTheFileName();
    void checkPageNamesTheAssumedChannel_data();
    void checkPageNamesTheAssumedChannel();
    void channelChosenForAFileWithoutOne();
    void refundMarkersNamedAsTheFileHoldsThem();
    void refundRowsAreNamedAsReturnsOnTheirDay();
    void openDateOrderIsAskedOnTheColumnsStep();
    void importPageCountsInAManagersWords_data();
    void importPageCountsInAManagersWords();
    void unmappedShippingColumn_data();
    void unmappedShippingColumn();
    void checkPageNeverShowsUnknownShippingAsZero_data();
    void checkPageNeverShowsUnknownShippingAsZero();
    void wheelOverTheMappingTableScrollsIt();
    void checkPageAsksForAMissingCurrency_data();
    void checkPageAsksForAMissingCurrency();

private:
    // A new workspace for the data row: "<prefix>-<row name>.storelens".
    QString rowWorkspace(const QString &prefix) const
    {
        return newWorkspace(m_dir.filePath(
            QStringLiteral("%1-%2.storelens").arg(prefix, QString::fromLatin1(QTest::currentDataTag()))));
    }

    QTemporaryDir m_dir;
};

void TestImportWizardSteps::initTestCase()
{
    core::installEnglishPlurals(); // "1 customer", "2 order lines", as the application says it
    QVERIFY(m_dir.isValid());
}

void TestImportWizardSteps::cleanup()
{
    QTRY_COMPARE(QApplication::topLevelWidgets().size(), 0);
}

void TestImportWizardSteps::exportStyleFromHeader_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("style");
    QTest::newRow("Shopify order export") << "shopify_orders.csv"
                                          << "Shopify orders";
    QTest::newRow("Shopify order export with discounts") << "shopify_order_discounts.csv"
                                                         << "Shopify orders";
    // Trial 15: Squarespace's export has Shopify's columns and was offered as "Shopify orders".
    QTest::newRow("Squarespace order export") << "squarespace_orders_discounts.csv"
                                              << "Squarespace orders";
    QTest::newRow("Shopify customer export") << "shopify_customers.csv"
                                             << "Shopify customers";
    QTest::newRow("WooCommerce line export") << "woocommerce_orders.csv"
                                             << "WooCommerce orders";
    QTest::newRow("BigCommerce orders") << "bigcommerce_orders.csv"
                                        << "BigCommerce orders";
    QTest::newRow("Square item sales") << "square_items.csv"
                                       << "Square item sales";
    QTest::newRow("Lightspeed, Windows-1252 and semicolons") << "lightspeed_sales_cp1252.csv"
                                                             << "Lightspeed sales";
    QTest::newRow("SumUp, French") << "sumup_rapport_ventes.csv"
                                   << "SumUp sales";
    QTest::newRow("SumUp, English") << "sumup_sales_report.csv"
                                    << "SumUp sales";
    QTest::newRow("Loyverse, Spanish") << "loyverse_recibos_por_articulo.csv"
                                       << "Loyverse receipts by item";
    QTest::newRow("Tiendanube, Latin-1 and semicolons") << "tiendanube_orders.csv"
                                                        << "Tiendanube orders";
    QTest::newRow("Square Online orders") << "square_online_orders.csv"
                                          << "Square Online orders";
    QTest::newRow("Clover line items") << "clover_line_items.csv"
                                       << "Clover line items";
    // Trial 19: not "Orders export (amazon-order-id, merchant-order-id, purchase-date …)".
    QTest::newRow("Amazon All Orders") << "amazon_all_orders.txt"
                                       << "Amazon All Orders";
    // Trial 18: a line of bare commas above the header.
    QTest::newRow("eBay orders report") << "ebay_orders_report.csv"
                                        << "eBay orders report";
    QTest::newRow("eBay transaction report") << "ebay_transaction_report.csv"
                                             << "eBay transaction report";
    QTest::newRow("DSFinV-K receipts") << "dsfinvk_transactions.csv"
                                       << "DSFinV-K receipts";
    // Trials 22 and 23: not "Orders export (Location, Order Id, Order # …)".
    QTest::newRow("Toast") << "toast_item_selection_details_us.csv"
                           << "Toast item selection details";
    QTest::newRow("Shift4Shop") << "shift4shop_orders_us.csv"
                                << "Shift4Shop orders";
    QTest::newRow("Hike") << "hike_sales_gb.csv"
                          << "Hike sales";
    QTest::newRow("Big Cartel") << "bigcartel_orders.csv"
                                << "Big Cartel orders";
    QTest::newRow("Gambio") << "gambio_bestellungen_de.csv"
                            << "Gambio orders";
    QTest::newRow("Cassa in Cloud") << "cassaincloud_vendite_it.csv"
                                    << "Cassa in Cloud sales documents";
    QTest::newRow("Storeden") << "storeden_ordini_it.csv"
                              << "Storeden orders";
    QTest::newRow("Superstore") << "superstore_rate_discounts.csv"
                                << "Superstore orders";
    QTest::newRow("ERP invoice lines (InvoiceNo)") << "erp_online_retail.csv"
                                                   << "ERP invoice lines";
    QTest::newRow("ERP invoice lines (Invoice, Price)") << "online_retail_ii.csv"
                                                        << "ERP invoice lines";
    QTest::newRow("till receipts (Receipt No)") << "pos_till_receipts.csv"
                                                << "Till export";
    QTest::newRow("till net sales") << "till_net_sales.csv"
                                    << "Till export";
    QTest::newRow("POS export, UTF-16, receipt_no") << "pos_utf16.tsv"
                                                    << "Till export";
    // No known system: what the file holds and its first three columns.
    QTest::newRow("product list") << "product_catalogue.csv"
                                  << "Product list (SKU, Name, Category …)";
    QTest::newRow("bakery basket log") << "bakery_transactions.csv"
                                       << "Orders export (TransactionNo, Items, DateTime …)";
    QTest::newRow("three columns, no ellipsis") << "store_footfall.csv"
                                                << "Store traffic export (Store, Date, "
                                                   "Footfall)";
}

void TestImportWizardSteps::exportStyleFromHeader()
{
    QFETCH(QString, fixture);
    QFETCH(QString, style);
    const auto preview = core::previewFile(importFixture(fixture));
    QVERIFY2(preview.ok(), qPrintable(preview.error().toString()));
    const core::ImportProfile profile = core::suggestProfile(preview.value());
    QCOMPARE(ui::exportStyleName(preview->header, profile.entity), style);
}

// Trial 9: a profile saved under its offered name in German kept the German name in an English StoreLens. An
// offered name is stored in English and shown in the user's language; a typed name stays as typed.
void TestImportWizardSteps::profileNamesFollowTheLanguage()
{
    const auto odoo = core::previewFile(importFixture(QStringLiteral("odoo_pos_order_lines.csv")));
    const auto bakery = core::previewFile(importFixture(QStringLiteral("bakery_transactions.csv")));
    QVERIFY(odoo.ok() && bakery.ok());
    const auto orders = core::Entity::Orders;
    GermanStyleNames german;
    QVERIFY(QCoreApplication::installTranslator(&german));
    const QString offered = ui::exportStyleName(odoo->header, orders);
    const QString offeredGeneric = ui::exportStyleName(bakery->header, orders);
    const QString stored = ui::storedProfileName(offered, odoo->header, orders);
    const QString storedGeneric = ui::storedProfileName(offeredGeneric, bakery->header, orders);
    const QString typed = ui::storedProfileName(QStringLiteral("Meine Kasse"), odoo->header, orders);
    const QString shownInGerman = ui::shownProfileName(stored);
    const QString genericInGerman = ui::shownProfileName(storedGeneric);
    QVERIFY(QCoreApplication::removeTranslator(&german));

    QCOMPARE(offered, QStringLiteral("Odoo-Kassen-Bestellzeilen"));
    QCOMPARE(offeredGeneric, QStringLiteral("Bestellexport (TransactionNo, Items, DateTime …)"));
    QCOMPARE(stored, QStringLiteral("Odoo POS order lines"));
    QCOMPARE(storedGeneric, QStringLiteral("Orders export (TransactionNo, Items, DateTime …)"));
    QCOMPARE(typed, QStringLiteral("Meine Kasse"));
    QCOMPARE(shownInGerman, offered);
    QCOMPARE(genericInGerman, offeredGeneric);
    QCOMPARE(ui::shownProfileName(stored), QStringLiteral("Odoo POS order lines"));
    QCOMPARE(ui::shownProfileName(QStringLiteral("Meine Kasse")), QStringLiteral("Meine Kasse"));
}

// Trial 12: Escape, pressed to be sure a list was closed, closed the wizard on the Columns step.
void TestImportWizardSteps::escapeAsksBeforeLosingTheChoices()
{
    ImportWizard wizard(newWorkspace(m_dir.filePath(QStringLiteral("escape.storelens"))),
                        importFixture(QStringLiteral("erp_online_retail.csv")));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(waitForComplete(wizard));
    QVERIFY(next(wizard));
    QVERIFY(next(wizard));
    QCOMPARE(wizard.currentId(), int(ImportWizard::ColumnsPageId));
    // Trial 12: "SKU *", "Quantity *" and "Unit price *" were starred while the page said every required
    // field had a column: only the date is required whatever else an order line's columns hold.
    auto *combo = wizard.currentPage()->findChild<QComboBox *>(QStringLiteral("fieldCombo_0"));
    QVERIFY(combo);
    QStringList starred;
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemText(i).endsWith(QStringLiteral(" *")))
            starred << combo->itemData(i).toString();
    }
    QCOMPARE(starred, QStringList{core::field::Date});
    const auto question = [&wizard] {
        return wizard.findChild<QMessageBox *>(QStringLiteral("leaveImportQuestion"));
    };
    QTest::keyClick(&wizard, Qt::Key_Escape);
    QTRY_VERIFY(question() && question()->isVisible());
    QVERIFY(wizard.isVisible());
    question()->button(QMessageBox::No)->click(); // "Stay"
    QTRY_VERIFY(!question());
    QVERIFY(wizard.isVisible());
    QCOMPARE(wizard.currentId(), int(ImportWizard::ColumnsPageId));
    QTest::keyClick(&wizard, Qt::Key_Escape);
    QTRY_VERIFY(question() && question()->isVisible());
    question()->button(QMessageBox::Yes)->click(); // "Leave"
    QTRY_VERIFY(!wizard.isVisible());
}

void TestImportWizardSteps::stepIndicatorFollowsThePages()
{
    const QString ws = newWorkspace(m_dir.filePath(QStringLiteral("steps.storelens")));
    QVERIFY(!ws.isEmpty());
    ImportWizard wizard(ws, importFixture(QStringLiteral("erp_online_retail.csv")));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    ui::StepIndicator *steps = wizard.stepIndicator();
    QVERIFY(steps);
    QCOMPARE(wizard.sideWidget(), steps);
    QVERIFY(steps->isVisible());
    QVERIFY(waitForComplete(wizard));

    const QStringList names = {QStringLiteral("File"), QStringLiteral("Format"), QStringLiteral("Columns"),
                               QStringLiteral("Check"), QStringLiteral("Import")};
    for (int page = 0; page < 5; ++page) {
        if (page > 0)
            QVERIFY(next(wizard));
        QCOMPARE(wizard.currentId(), page);
        QCOMPARE(steps->currentStep(), page);
        QCOMPARE(steps->headingText(), QStringLiteral("Step %1 of 5").arg(page + 1));
        // Done steps ticked, the current one marked, the rest open circles.
        for (int i = 0; i < 5; ++i) {
            const QChar mark = i < page ? QChar(0x2713) : i == page ? QChar(0x25B6) : QChar(0x25CB);
            QCOMPARE(steps->stepText(i), QStringLiteral("%1  %2. %3").arg(mark).arg(i + 1).arg(names.at(i)));
        }
    }
    wizard.setField(QStringLiteral("saveProfile"), false);
    wizard.accept();
}

// 200,000 lines: reading them reaches 100 %, then the commit runs. The page says "Saving…" in between, with a
// busy bar and no Cancel (a commit cannot be undone half-way), and the result follows.
void TestImportWizardSteps::savingPhaseAfterTheLastRow()
{
    const QString ws = newWorkspace(m_dir.filePath(QStringLiteral("saving.storelens")));
    const QString large = m_dir.filePath(QStringLiteral("large.csv"));
    QVERIFY(writeLargeExport(large, 200000));
    ImportWizard wizard(ws, large);
    wizard.show();
    QVERIFY(waitForComplete(wizard));
    for (int i = 0; i < 3; ++i)
        QVERIFY(next(wizard));
    ui::ImportPage *page = importPage(wizard);
    auto *status = page->findChild<QLabel *>(QStringLiteral("importStatus"));
    auto *bar = page->findChild<QProgressBar *>(QStringLiteral("importProgress"));
    auto *cancel = page->findChild<QPushButton *>(QStringLiteral("cancelImportButton"));
    QVERIFY(status && bar && cancel);

    QString statusWhileSaving;
    int barMaximumWhileSaving = -1;
    bool cancelEnabledWhileSaving = true;
    bool doneWhileSaving = true;
    connect(page, &ui::ImportPage::savingStarted, this, [&] {
        statusWhileSaving = status->text();
        barMaximumWhileSaving = bar->maximum();
        cancelEnabledWhileSaving = cancel->isEnabled();
        doneWhileSaving = page->isComplete();
    });
    QSignalSpy saving(page, &ui::ImportPage::savingStarted);
    wizard.next();
    QVERIFY(waitForComplete(wizard));
    QCOMPARE(saving.count(), 1);
    QCOMPARE(statusWhileSaving,
             QStringLiteral("Saving… all rows are read; large.csv is being written into the workspace."));
    QCOMPARE(barMaximumWhileSaving, 0); // busy
    QCOMPARE(cancelEnabledWhileSaving, false);
    QCOMPARE(doneWhileSaving, false);
    QVERIFY(!page->isSaving());
    QVERIFY(status->text().startsWith(QStringLiteral("large.csv was imported")));
    QCOMPARE(core::WorkspaceSummary::read(ws)->orderLines, qint64(200000));
    wizard.setField(QStringLiteral("saveProfile"), false);
    wizard.accept();
}

// Next month's Shopify export under a dated file name: the profile is offered as "Shopify orders".
void TestImportWizardSteps::profileNameIgnoresTheFileName()
{
    const QString ws = newWorkspace(m_dir.filePath(QStringLiteral("names.storelens")));
    const QString renamed = m_dir.filePath(QStringLiteral("orders_export_2024-03_final.csv"));
    QVERIFY(QFile::copy(importFixture(QStringLiteral("shopify_orders.csv")), renamed));
    ImportWizard wizard(ws, renamed);
    wizard.show();
    QVERIFY(waitForComplete(wizard));
    for (int i = 0; i < 4; ++i)
        QVERIFY(next(wizard));
    QCOMPARE(wizard.field(QStringLiteral("saveProfile")).toBool(), true);
    QCOMPARE(wizard.field(QStringLiteral("profileName")).toString(), QStringLiteral("Shopify orders"));
    wizard.setField(QStringLiteral("saveProfile"), false);
    wizard.accept();
}

// Without a channel column a web shop's lines go to "Online" and a till's to "In store", and the Check page
// says which; with one, it says nothing. The lines land in that channel.
void TestImportWizardSteps::checkPageNamesTheAssumedChannel_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("sentence"); // empty: none
    QTest::addColumn<QString>("channels"); // the stored channel names after the import, sorted
    const QString assumed =
        QStringLiteral("The file has no channel column: every line is counted in the channel \"%1\".");
    QTest::newRow("Shopify without a Source column")
        << "shopify_orders_customers.csv" << assumed.arg(QStringLiteral("Online")) << "Online";
    QTest::newRow("WooCommerce") << "woocommerce_orders.csv" << assumed.arg(QStringLiteral("Online"))
                                 << "Online";
    QTest::newRow("German till") << "kasse_de_cp1252.csv" << assumed.arg(QStringLiteral("In store"))
                                 << "In store";
    // Source "web" and "pos": the file's own channels.
    QTest::newRow("Shopify with a Source column") << "shopify_orders.csv" << QString() << "pos, web";
}

void TestImportWizardSteps::checkPageNamesTheAssumedChannel()
{
    QFETCH(QString, fixture);
    QFETCH(QString, sentence);
    QFETCH(QString, channels);
    const QString ws = rowWorkspace(QStringLiteral("channel"));
    ImportWizard wizard(ws, importFixture(fixture));
    const QString status = checkSummary(wizard);
    if (sentence.isEmpty())
        QVERIFY2(!status.contains(QStringLiteral("no channel column")), qPrintable(status));
    else
        QVERIFY2(status.contains(sentence), qPrintable(status));
    QVERIFY(next(wizard));
    QCOMPARE(channelNames(ws), channels);
    wizard.setField(QStringLiteral("saveProfile"), false);
    wizard.accept();
}

// Trial 12: a web shop's export without a channel column landed "In store", and nothing let the user say
// otherwise.
void TestImportWizardSteps::channelChosenForAFileWithoutOne()
{
    const QString ws = rowWorkspace(QStringLiteral("chosen-channel"));
    ImportWizard wizard(ws, importFixture(QStringLiteral("kasse_de_cp1252.csv")));
    QVERIFY(showAndGoOn(wizard, 2));
    auto *channel = wizard.currentPage()->findChild<QComboBox *>(QStringLiteral("defaultChannelCombo"));
    QVERIFY(channel);
    QCOMPARE(channel->currentData().toString(), QStringLiteral("In store"));
    channel->setCurrentIndex(channel->findData(QStringLiteral("Online")));
    QVERIFY(next(wizard));
    QVERIFY(waitForComplete(wizard));
    const QString status = wizard.findChild<QLabel *>(QStringLiteral("checkStatus"))->text();
    QVERIFY2(status.contains(QStringLiteral("every line is counted in the channel \"Online\"")),
             qPrintable(status));
    QVERIFY(next(wizard));
    QCOMPARE(channelNames(ws), QStringLiteral("Online"));
    wizard.setField(QStringLiteral("saveProfile"), false);
    wizard.accept();
}

// The refund markers are the words of five languages now: the Columns step names those the file holds.
void TestImportWizardSteps::refundMarkersNamedAsTheFileHoldsThem()
{
    ImportWizard wizard(rowWorkspace(QStringLiteral("markers")),
                        importFixture(QStringLiteral("shopify_orders.csv")));
    QVERIFY(showAndGoOn(wizard, 2));
    const QString notes = wizard.findChild<QLabel *>(QStringLiteral("columnNotes"))->text();
    QVERIFY2(notes.contains(QStringLiteral("Orders whose status is \"refunded\" were sold and refunded")),
             qPrintable(notes));
    QVERIFY2(!notes.contains(QStringLiteral("annulé")), qPrintable(notes));
    wizard.reject();

    // A file whose rows hold none of them (every status "Clôturée") names none: trial 21fr read "refunded,
    // refund, cancelled, canceled and others like them" in a French window.
    ImportWizard till(rowWorkspace(QStringLiteral("markers_none")),
                      importFixture(QStringLiteral("hiboutik_ventes_fr.csv")));
    QVERIFY(showAndGoOn(till, 2));
    const QString tillNotes = till.findChild<QLabel *>(QStringLiteral("columnNotes"))->text();
    QVERIFY2(
        tillNotes.contains(QStringLiteral("Orders whose status marks a refund or a cancellation (none in "
                                          "the rows shown) were sold and refunded")),
        qPrintable(tillNotes));
    QVERIFY2(!tillNotes.contains(QStringLiteral("refunded, refund")), qPrintable(tillNotes));
    till.reject();
}

// Trial 23b: a file whose first rows are all dated 1 to 12 August went to the Check step with "Detect from
// the whole file" and nothing said the order was open. The Columns step now asks, with one of the file's
// dates; a choice, or a day above 12 in the rows shown, settles it.
void TestImportWizardSteps::openDateOrderIsAskedOnTheColumnsStep()
{
    const QString open = m_dir.filePath(QStringLiteral("till_first_days.csv"));
    const QString told = m_dir.filePath(QStringLiteral("till_day_twenty.csv"));
    for (const auto &[path, bytes] :
         {std::pair{open, augustTillDayFirst(',', '.')},
          std::pair{told, QByteArray("Receipt,Date,SKU,Qty,Price\nR1,20/08/2026,A-1,1,2.50\n")}}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }
    ImportWizard wizard(rowWorkspace(QStringLiteral("dates_open")), open);
    QVERIFY(showAndGoOn(wizard, 2));
    const auto *notes = wizard.findChild<QLabel *>(QStringLiteral("columnNotes"));
    QVERIFY2(
        notes->text().contains(QStringLiteral("<b>Day or month first?</b> In the rows shown, a date such "
                                              "as \"01/08/2026\" could be day/month or month/day.")),
        qPrintable(notes->text()));
    auto *order = wizard.findChild<QComboBox *>(QStringLiteral("dateOrderCombo"));
    order->setCurrentIndex(order->findData(int(core::csv::DateOrder::DayMonthYear)));
    QVERIFY2(!notes->text().contains(QStringLiteral("Day or month first?")), qPrintable(notes->text()));
    wizard.reject();

    ImportWizard dayTwenty(rowWorkspace(QStringLiteral("dates_told")), told);
    QVERIFY(showAndGoOn(dayTwenty, 2));
    const QString text = dayTwenty.findChild<QLabel *>(QStringLiteral("columnNotes"))->text();
    QVERIFY2(!text.contains(QStringLiteral("Day or month first?")), qPrintable(text));
    dayTwenty.reject();
}

// Trial 12b: SumUp's refund rows (Type "Remboursement", negative amounts) are returns on the refund's day,
// not orders sold and then refunded as the note said.
void TestImportWizardSteps::refundRowsAreNamedAsReturnsOnTheirDay()
{
    ImportWizard wizard(rowWorkspace(QStringLiteral("sumup")),
                        importFixture(QStringLiteral("sumup_rapport_ventes.csv")));
    QVERIFY(showAndGoOn(wizard, 2));
    const QString notes = wizard.findChild<QLabel *>(QStringLiteral("columnNotes"))->text();
    QVERIFY2(notes.contains(QStringLiteral("Rows whose status is \"Remboursement\" are refunds: each counts as a "
                                           "return dated on the refund's day, not as a sale.")),
             qPrintable(notes));
    QVERIFY2(!notes.contains(QStringLiteral("sold and refunded")), qPrintable(notes));
    wizard.reject();
}

// The Import page says what its counts count, with the number's plural: order lines, customers, rows.
void TestImportWizardSteps::importPageCountsInAManagersWords_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    // The labels and counts of the added, unchanged and rejected rows.
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QStringList>("counts");
    // Three rows, three order lines; the third line's quantity "x" is rejected: 2 added, 1 rejected.
    QTest::newRow("order lines") << "order-lines.csv"
                                 << QByteArray("Order ID,Date,SKU,Quantity,Unit price\n"
                                               "A1,2024-05-01,MUG,2,10.00\n"
                                               "A2,2024-05-02,TEA,1,4.50\n"
                                               "A3,2024-05-03,TEA,x,4.50\n")
                                 << QStringList{QStringLiteral("Order lines added:"),
                                                QStringLiteral("Order lines already there, unchanged:"),
                                                QStringLiteral("Row of the file rejected (not imported):")}
                                 << QStringList{QStringLiteral("2"), QStringLiteral("0"),
                                                QStringLiteral("1")};
    QTest::newRow("one customer") << "one-customer.csv"
                                  << QByteArray("Customer ID,Name,Email\nC1,Ann Lee,ann@example.com\n")
                                  << QStringList{QStringLiteral("Customer added:"),
                                                 QStringLiteral("Customers already there, unchanged:"),
                                                 QStringLiteral("Rows of the file rejected (not imported):")}
                                  << QStringList{QStringLiteral("1"), QStringLiteral("0"),
                                                 QStringLiteral("0")};
}

void TestImportWizardSteps::importPageCountsInAManagersWords()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QStringList, labels);
    QFETCH(QStringList, counts);
    QVERIFY(writeExport(m_dir.filePath(file), content));
    ImportWizard wizard(newWorkspace(m_dir.filePath(file + QStringLiteral(".storelens"))),
                        m_dir.filePath(file));
    QVERIFY(showAndGoOn(wizard, 4));
    const ui::ImportPage *page = importPage(wizard);
    const QStringList keys = {QStringLiteral("new"), QStringLiteral("unchanged"), QStringLiteral("rejected")};
    for (qsizetype i = 0; i < keys.size(); ++i) {
        QCOMPARE(page->resultLabel(keys.at(i)), labels.at(i));
        QCOMPARE(page->resultText(keys.at(i)), counts.at(i));
    }
    wizard.setField(QStringLiteral("saveProfile"), false);
    wizard.accept();
}

// The column the Check page names when shipping is not imported: a shipping word in the header, no field
// mapped to it, and amounts (or nothing) in its cells; a shipping address, postcode or method is not it.
void TestImportWizardSteps::unmappedShippingColumn_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("values"); // one row of the preview
    QTest::addColumn<QStringList>("mapped"); // the field of each column, "" for none
    QTest::addColumn<QString>("expected");
    QTest::newRow("WooCommerce Order Shipping, unmapped")
        << QStringList{QStringLiteral("Order Number"), QStringLiteral("Order Shipping")}
        << QStringList{QStringLiteral("1296"), QStringLiteral("4.95")}
        << QStringList{QStringLiteral("order_id"), QStringLiteral("")} << "Order Shipping";
    QTest::newRow("German Versandkosten with a decimal comma")
        << QStringList{QStringLiteral("Bestellnummer"), QStringLiteral("Versandkosten")}
        << QStringList{QStringLiteral("7"), QStringLiteral("4,95")}
        << QStringList{QStringLiteral("order_id"), QStringLiteral("")} << "Versandkosten";
    // Trial 14: Wix's empty "Delivery time" is no shipping amount; its "Shipping rate" is.
    QTest::newRow("a delivery time is no amount")
        << QStringList{QStringLiteral("Order number"), QStringLiteral("Delivery time"),
                       QStringLiteral("Shipping rate")}
        << QStringList{QStringLiteral("11730"), QStringLiteral(""), QStringLiteral("4.90")}
        << QStringList{QStringLiteral("order_id"), QStringLiteral(""), QStringLiteral("")} << "Shipping rate";
    QTest::newRow("empty cells still name the column")
        << QStringList{QStringLiteral("Order Number"), QStringLiteral("Order Shipping")}
        << QStringList{QStringLiteral("1296"), QStringLiteral("")}
        << QStringList{QStringLiteral("order_id"), QStringLiteral("")} << "Order Shipping";
    QTest::newRow("mapped to shipping: nothing to name")
        << QStringList{QStringLiteral("Order Number"), QStringLiteral("Order Shipping")}
        << QStringList{QStringLiteral("1296"), QStringLiteral("4.95")}
        << QStringList{QStringLiteral("order_id"), QStringLiteral("shipping")} << QString();
    QTest::newRow("address, method and postcode are not amounts")
        << QStringList{QStringLiteral("Shipping Country"), QStringLiteral("Shipping Method Title"),
                       QStringLiteral("Shipping Postcode")}
        << QStringList{QStringLiteral("DE"), QStringLiteral("Flat rate"), QStringLiteral("10115")}
        << QStringList{QStringLiteral(""), QStringLiteral(""), QStringLiteral("")} << QString();
    // Trial 11: Shopware 6's empty shipping_address_department was named as the shipping column.
    QTest::newRow("an empty shipping address column is not shipping")
        << QStringList{QStringLiteral("order_number"), QStringLiteral("shipping_address_department"),
                       QStringLiteral("shipping_address_company")}
        << QStringList{QStringLiteral("10001"), QStringLiteral(""), QStringLiteral("")}
        << QStringList{QStringLiteral("order_id"), QStringLiteral(""), QStringLiteral("")} << QString();
    QTest::newRow("no shipping word")
        << QStringList{QStringLiteral("Order Number"), QStringLiteral("Order Total")}
        << QStringList{QStringLiteral("1296"), QStringLiteral("18.95")}
        << QStringList{QStringLiteral("order_id"), QStringLiteral("")} << QString();
}

void TestImportWizardSteps::unmappedShippingColumn()
{
    QFETCH(QStringList, header);
    QFETCH(QStringList, values);
    QFETCH(QStringList, mapped);
    QFETCH(QString, expected);
    core::FilePreview preview;
    preview.header = header;
    preview.rows = {values};
    core::ImportProfile profile;
    profile.entity = core::Entity::Orders;
    for (qsizetype c = 0; c < header.size(); ++c)
        profile.columns << core::ColumnMapping{header.at(c), int(c), mapped.at(c)};
    QCOMPARE(ui::ColumnAnalysis::unmappedShippingColumn(preview, profile), expected);
}

// The Check page names only the order-level money a column feeds: shipping that is not imported is said to
// be so (the trial's WooCommerce file read "shipping 0.00" with "Order Shipping" unmapped), and a file
// without any shipping column says nothing about shipping. Shipping is not sales and is never suggested
// (trial 15: Shopify's and Squarespace's Shipping was spread into the lines' sales by default), so a web
// shop's Shipping column is named as left out.
void TestImportWizardSteps::checkPageNeverShowsUnknownShippingAsZero_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    // "Order Discount" is mapped (all 0.00), "Order Shipping" matches no synonym.
    QTest::newRow("WooCommerce, Order Shipping not mapped")
        << "woocommerce_orders_export.csv"
        << QStringList{QStringLiteral("Order discounts (Order Discount) are spread over each order's lines:"),
                       QStringLiteral("Shipping (Order Shipping) is left out: shipping is not sales.")}
        << QStringList{QStringLiteral("shipping 0"), QStringLiteral("Order-level money")};
    QTest::newRow("Shopify, shipping without an order discount")
        << "shopify_partially_refunded.csv"
        << QStringList{QStringLiteral("Shipping (Shipping) is left out: shipping is not sales.")}
        << QStringList{QStringLiteral("spread"), QStringLiteral("order discounts")};
    QTest::newRow("Shopify, discount and shipping")
        << "shopify_order_discounts.csv"
        << QStringList{QStringLiteral(
                           "Order discounts (Discount Amount) are spread over each order's lines:"),
                       QStringLiteral("Shipping (Shipping) is left out: shipping is not sales.")}
        << QStringList{QStringLiteral("Order-level money"), QStringLiteral("shipping 4")};
    QTest::newRow("Squarespace, discount and shipping")
        << "squarespace_orders_discounts.csv"
        << QStringList{QStringLiteral(
                           "Order discounts (Discount Amount) are spread over each order's lines:"),
                       QStringLiteral("Shipping (Shipping) is left out: shipping is not sales.")}
        << QStringList{QStringLiteral("Order-level money"), QStringLiteral("Check the discounts")};
    // Trial 11: Shopware's amountTotal holds the shipping; mapping shippingTotal would count it twice.
    QTest::newRow("Shopware, shipping inside the total")
        << "shopware_custom_orders.csv" << QStringList{}
        << QStringList{QStringLiteral("Shipping ("), QStringLiteral("Order-level money")};
    QTest::newRow("no shipping column")
        << "woocommerce_orders.csv" << QStringList{}
        << QStringList{QStringLiteral("hipping"), QStringLiteral("Order-level money")};
}

void TestImportWizardSteps::checkPageNeverShowsUnknownShippingAsZero()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    ImportWizard wizard(rowWorkspace(QStringLiteral("shipping")), importFixture(fixture));
    const QString status = checkSummary(wizard);
    for (const QString &sentence : present)
        QVERIFY2(status.contains(sentence), qPrintable(status));
    for (const QString &words : absent)
        QVERIFY2(!status.contains(words), qPrintable(status));
    wizard.reject();
}

// Trial 14: turning the wheel over the mapping table to scroll it changed the field box under the pointer
// ("Order number" became Ignore) without a word. Wix's export has 50 columns: the wheel over a box that has
// no focus scrolls the table and leaves the box's choice.
void TestImportWizardSteps::wheelOverTheMappingTableScrollsIt()
{
    ImportWizard wizard(rowWorkspace(QStringLiteral("wheel")),
                        importFixture(QStringLiteral("wix_orders.csv")));
    QVERIFY(columnsPage(wizard));
    auto *table = wizard.findChild<QTableWidget *>(QStringLiteral("columnsTable"));
    QVERIFY(table);
    auto *box = wizard.findChild<QComboBox *>(QStringLiteral("fieldCombo_0"));
    QVERIFY(box && !box->hasFocus());
    const int chosen = box->currentIndex();
    QCOMPARE(box->currentData().toString(), QStringLiteral("order_id"));
    QVERIFY(table->verticalScrollBar()->maximum() > 0);
    const int scrolled = table->verticalScrollBar()->value();
    const QPointF at(box->width() / 2.0, box->height() / 2.0);
    QWheelEvent wheel(at, box->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(box, &wheel);
    QCOMPARE(box->currentIndex(), chosen);
    QVERIFY(table->verticalScrollBar()->value() > scrolled);
    // Trial 14b: the channel box above the table is no wheel target either until it has the focus.
    auto *channel = wizard.findChild<QComboBox *>(QStringLiteral("defaultChannelCombo"));
    QVERIFY(channel && channel->count() > 1);
    const int channelChosen = channel->currentIndex();
    for (const int delta : {-120, 120}) {
        QWheelEvent turn(at, channel->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton,
                         Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(channel, &turn);
        QCOMPARE(channel->currentIndex(), channelChosen);
    }
    wizard.reject();
}

// A file without a currency symbol, into a workspace without a currency, on a computer whose locale names
// none (the trial's case): the Check page asks, proposing the language's currency (EUR in German), and the
// choice is the workspace's currency once the import lands. A file that writes € needs no question.
void TestImportWizardSteps::checkPageAsksForAMissingCurrency_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("asked");
    QTest::addColumn<QString>("stored");
    QTest::newRow("plain numbers: asked, EUR proposed in German")
        << QByteArray("Order ID,Date,SKU,Quantity,Unit price\nA1,2024-05-01,MUG,2,10.00\n") << true << "EUR";
    QTest::newRow("euro signs: not asked")
        << QByteArray("Order ID,Date,SKU,Quantity,Unit price\nA1,2024-05-01,MUG,2,€10.00\n"
                      "A2,2024-05-02,TEA,1,€4.50\n")
        << false << "EUR";
}

void TestImportWizardSteps::checkPageAsksForAMissingCurrency()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, asked);
    QFETCH(QString, stored);
    if (!core::localeCurrency().isEmpty())
        QSKIP("The computer's locale names a currency; the question is for one that names none.");
    const QString file =
        m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).left(5) + QStringLiteral(".csv"));
    QVERIFY(writeExport(file, content));
    const QString ws = rowWorkspace(QStringLiteral("currency"));
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    ImportWizard wizard(ws, file);
    checkSummary(wizard);
    QLocale::setDefault(before);
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPageId));
    const auto *choice = wizard.findChild<QComboBox *>(QStringLiteral("currencyChoice"));
    QVERIFY(choice);
    QCOMPARE(choice->isVisible(), asked);
    if (asked)
        QCOMPARE(choice->currentData().toString(), QStringLiteral("EUR"));
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    QVERIFY(next(wizard));
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, WizardTimeout);
    core::Connection c(ws);
    QSqlDatabase db = c.db();
    QCOMPARE(core::workspaceCurrency(db), stored);
    wizard.setField(QStringLiteral("saveProfile"), false);
    wizard.accept();
}

QTEST_MAIN(TestImportWizardSteps)
#include "tst_importwizardsteps.moc"
