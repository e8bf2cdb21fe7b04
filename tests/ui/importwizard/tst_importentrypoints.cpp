#include "common/GuiTestSupport.h"
#include "core/store/WorkspaceSummary.h"
#include "ui/common/AnalysisContext.h"
#include "ui/common/Formatting.h"
#include "ui/importwizard/ImportWizardQueue.h"
#include "ui/shell/ImportController.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SummaryPage.h"
#include "ui/shell/WorkspaceController.h"

#include "ui/importwizard/WizardDriver.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace storelens;
using ui::ImportWizard;
using ui::ImportWizardQueue;
using namespace storelens::test;

class TestImportEntryPoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void importableFiles();
    void droppedFilesOpenOneWizardEach();
    void unclearFileIsAsked_data();
    void unclearFileIsAsked();
    void menuHasImportEntries();

private:
    void openWorkspace(const QString &path);
    test::SettingsFolder m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestImportEntryPoints::initTestCase()
{
    QVERIFY(m_dir.setUp(QStringLiteral("tst_importentrypoints")));
}

void TestImportEntryPoints::cleanup()
{
    m_window.reset();
    QTRY_COMPARE(QApplication::topLevelWidgets().size(), 0);
}

void TestImportEntryPoints::openWorkspace(const QString &path)
{
    m_window = std::make_unique<ui::MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy ready(m_window->workspaceController(), &ui::WorkspaceController::summaryReady);
    m_window->workspaceController()->createWorkspace(path);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, WizardTimeout);
}

void TestImportEntryPoints::importableFiles()
{
    QMimeData mime;
    const QString image = m_dir.filePath(QStringLiteral("logo.png"));
    QFile(image).open(QIODevice::WriteOnly);
    mime.setUrls({QUrl::fromLocalFile(importFixture(QStringLiteral("shopify_orders.csv"))),
                  QUrl::fromLocalFile(image),
                  QUrl::fromLocalFile(importFixture(QStringLiteral("pos_utf16.tsv"))),
                  QUrl::fromLocalFile(importFixture(QStringLiteral("abicart_bestallningar_se.skv"))),
                  QUrl(QStringLiteral("https://example.com/orders.csv")),
                  QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("missing.csv")))});
    const QStringList files = ImportWizardQueue::importableFiles(&mime);
    QCOMPARE(files.size(), qsizetype(3));
    QVERIFY(files.at(0).endsWith(QLatin1String("shopify_orders.csv")));
    QVERIFY(files.at(1).endsWith(QLatin1String("pos_utf16.tsv")));
    // Trial 25se: Abicart's (and Fortnox's) semicolon export is a .skv, hidden by the file dialog's filter.
    QVERIFY(files.at(2).endsWith(QLatin1String("abicart_bestallningar_se.skv")));
    QVERIFY(ImportWizardQueue::importableFiles(nullptr).isEmpty());
    const QStringList filters = ui::ImportController::fileFilters();
    QCOMPARE(filters.size(), qsizetype(2));
    QVERIFY2(filters.at(0).endsWith(QLatin1String("(*.csv *.tsv *.txt *.skv)")), qPrintable(filters.at(0)));
}

void TestImportEntryPoints::droppedFilesOpenOneWizardEach()
{
    const QString ws = m_dir.filePath(QStringLiteral("drop.storelens"));
    openWorkspace(ws);
    QCOMPARE(m_window->summaryPage()->state(), ui::SummaryPage::State::Empty);

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(importFixture(QStringLiteral("shopify_orders.csv"))),
                  QUrl::fromLocalFile(importFixture(QStringLiteral("square_items.csv")))});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy opened(m_window->importWizards(), &ImportWizardQueue::wizardOpened);
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(drop.isAccepted());

    // One wizard at a time, not modal (the window stays usable), for the first file; the second waits.
    QCOMPARE(opened.count(), 1);
    ImportWizard *first = m_window->importWizards()->currentWizard();
    QVERIFY(first);
    QVERIFY(first->csvPath().endsWith(QLatin1String("shopify_orders.csv")));
    QCOMPARE(first->windowModality(), Qt::NonModal);
    QVERIFY(first->isVisible());
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    QCOMPARE(m_window->importWizards()->pendingCount(), qsizetype(1));

    // Import… while the wizard is open brings that wizard back instead of a file dialog and a second wizard
    // waiting unseen behind it (trial 13), and says why.
    QAction *importAction = nullptr;
    for (QAction *menu : m_window->menuBar()->actions()) {
        for (QAction *a : menu->menu() ? menu->menu()->actions() : QList<QAction *>()) {
            if (a->text() == QStringLiteral("&Import…"))
                importAction = a;
        }
    }
    QVERIFY(importAction);
    importAction->trigger();
    QCOMPARE(opened.count(), 1);
    QCOMPARE(m_window->importWizards()->currentWizard(), first);
    QCOMPARE(m_window->importWizards()->pendingCount(), qsizetype(1));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("already open")),
             qPrintable(m_window->statusBar()->currentMessage()));
    // A file dropped now waits behind the open wizard, and the window says so.
    QSignalSpy queued(m_window->importWizards(), &ImportWizardQueue::queued);
    m_window->importWizards()->start(m_window->workspaceController()->session(),
                                     {importFixture(QStringLiteral("square_items.csv"))});
    QCOMPARE(queued.count(), 1);
    QCOMPARE(queued.constFirst().constFirst().value<qsizetype>(), qsizetype(2));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("2 file")));
    QCOMPARE(m_window->importWizards()->currentWizard(), first);
    QCOMPARE(opened.count(), 1);

    // The import lands and the window refreshes by itself: summary, then the analysis context.
    QSignalSpy ready(m_window->workspaceController(), &ui::WorkspaceController::summaryReady);
    QSignalSpy contextChanged(m_window->analysisContext(), &ui::AnalysisContext::changed);
    QVERIFY(waitForComplete(*first));
    for (int i = 0; i < 4; ++i)
        QVERIFY(next(*first));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, WizardTimeout);
    QVERIFY(contextChanged.count() >= 1);
    QCOMPARE(m_window->analysisContext()->workspacePath(), ws);
    // Shopify fixture: gross 123.297 − discount 2.50 − the refunded scarf's return 25.00 = net 95.797 (the
    // refunded row is a sale and a return, METRICS.md section 1; see tst_importwizard).
    QCOMPARE(m_window->workspaceController()->summary().netSales.units(), qint64(957970));
    first->setField(QStringLiteral("saveProfile"), false);
    const QPointer<ImportWizard> firstGone(first);
    first->accept();
    QTRY_VERIFY(firstGone.isNull()); // closed and deleted

    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 2, WizardTimeout);
    ImportWizard *second = m_window->importWizards()->currentWizard();
    QVERIFY(second);
    QVERIFY(second->csvPath().endsWith(QLatin1String("square_items.csv")));
    QCOMPARE(m_window->importWizards()->pendingCount(), qsizetype(1));
    QVERIFY(waitForComplete(*second));
    second->reject();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 3, WizardTimeout); // the file queued above
    m_window->importWizards()->clear();
    QTRY_VERIFY(!m_window->importWizards()->isActive());
    QCOMPARE(opened.count(), 3);
    QCOMPARE(core::WorkspaceSummary::read(ws)->orderLines,
             qint64(5)); // only the Shopify lines: 4 rows, the refunded one a sale and a return
}

void TestImportEntryPoints::unclearFileIsAsked_data()
{
    QTest::addColumn<bool>("drop"); // dropped on the window, else the quick import without a profile
    QTest::newRow("dropped on the window") << true;
    QTest::newRow("quick import without a profile") << false;
}

// Date, SKU, Quantity: stock levels or units sold. No entry point guesses: the file lands in a wizard whose
// File page chooses nothing and waits for the user, and nothing is imported before.
void TestImportEntryPoints::unclearFileIsAsked()
{
    QFETCH(bool, drop);
    const QString ws = m_dir.filePath(QStringLiteral("unclear%1.storelens").arg(int(drop)));
    openWorkspace(ws);
    const QString file = importFixture(QStringLiteral("daily_sku_quantities.csv"));
    QSignalSpy opened(m_window->importWizards(), &ImportWizardQueue::wizardOpened);
    if (drop) {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file)});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent event(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &event);
        QVERIFY(event.isAccepted());
    } else {
        QSignalSpy finished(m_window->importController(), &ui::ImportController::finished);
        m_window->importController()->start(file);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, WizardTimeout);
        const auto outcome = finished.constFirst().constFirst().value<ui::ImportOutcome>();
        QCOMPARE(outcome.status, ui::ImportOutcome::Status::EntityUnclear);
        QVERIFY2(outcome.candidates.contains(core::entityDisplayName(core::Entity::Inventory)),
                 qPrintable(outcome.candidates.join(QLatin1Char('|'))));
    }
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, WizardTimeout);
    ImportWizard *wizard = m_window->importWizards()->currentWizard();
    QVERIFY(wizard);
    QCOMPARE(QFileInfo(wizard->csvPath()).fileName(), QStringLiteral("daily_sku_quantities.csv"));
    auto *info = wizard->currentPage()->findChild<QLabel *>(QStringLiteral("fileInfo"));
    auto *entity = wizard->currentPage()->findChild<QComboBox *>(QStringLiteral("entityCombo"));
    QVERIFY(info && entity);
    QTRY_VERIFY_WITH_TIMEOUT(info->text().contains(QStringLiteral("cannot tell")), WizardTimeout);
    QCOMPARE(entity->currentIndex(), -1);
    QVERIFY(!wizard->currentPage()->isComplete());
    wizard->reject();
    QTRY_VERIFY(!m_window->importWizards()->isActive());
    QCOMPARE(core::WorkspaceSummary::read(ws)->inventoryRows, qint64(0));
    QCOMPARE(core::WorkspaceSummary::read(ws)->orderLines, qint64(0));
}

void TestImportEntryPoints::menuHasImportEntries()
{
    openWorkspace(m_dir.filePath(QStringLiteral("menu.storelens")));
    QStringList texts;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->menu()) {
            for (QAction *a : menu->menu()->actions())
                texts << a->text();
        }
    }
    QVERIFY2(texts.contains(QStringLiteral("&Import…")), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY2(texts.contains(QStringLiteral("Manage Import &Profiles…")),
             qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(m_window->acceptDrops());
}

QTEST_MAIN(TestImportEntryPoints)
#include "tst_importentrypoints.moc"
