// Opening, creating or closing a workspace leaves nothing of the previous one on screen (issue 18 §1): after
// a workspace A with filters, a drill-down, a search, selections, sorts, a holdout date and a status message,
// opening workspace B shows exactly what a fresh window shows for B, view by view.
#include "core/import/Importer.h"
#include "core/import/MappingSuggester.h"
#include "core/store/Workspace.h"
#include "ui/cohorts/CohortHeatmapModel.h"
#include "ui/cohorts/CohortHeatmapView.h"
#include "ui/cohorts/CohortsView.h"
#include "ui/common/AnalysisContext.h"
#include "ui/customers/CustomerFilterProxy.h"
#include "ui/customers/CustomerListModel.h"
#include "ui/customers/CustomersView.h"
#include "ui/dashboard/FilterBar.h"
#include "ui/dashboard/KpiTile.h"
#include "ui/dashboard/MultiSelectButton.h"
#include "ui/dashboard/OverviewView.h"
#include "ui/predictions/PredictionsView.h"
#include "ui/segments/MemberListPanel.h"
#include "ui/segments/SegmentsView.h"
#include "ui/shell/DashboardPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SummaryPage.h"
#include "ui/shell/WorkspaceController.h"

#include "common/ImportFiles.h"
#include "ui/WindowTestSupport.h"

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace storelens;
using namespace storelens::test;
using ui::DashboardPage;

namespace {

constexpr int Timeout = 60000;

QString sortOf(const QTableView *table)
{
    const QHeaderView *header = table->horizontalHeader();
    return QStringLiteral("%1/%2").arg(header->sortIndicatorSection()).arg(int(header->sortIndicatorOrder()));
}

} // namespace

class TestWorkspaceState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void openingAnotherWorkspaceForgetsTheFirst();
    void closingForgetsTheWorkspace();
    void statusMessagesTimeOut();
    void importFromOutsideIsShown();

private:
    void makeWindow();
    void open(const QString &path);
    void waitIdle();
    void show(DashboardPage::View view);
    void leaveTracesOfA();
    QStringList snapshot(); // what each view shows, one "view.item=value" line each

    SettingsFolder m_dir;
    QString m_a;
    QString m_b;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestWorkspaceState::initTestCase()
{
    QVERIFY(m_dir.setUp(QStringLiteral("tst_workspacestate")));
    // A: a small sample store (300 customers, a year). B: the five ERP lines of two customers, 17850 and
    // 13047.
    m_a = m_dir.filePath(QStringLiteral("a.storelens"));
    QVERIFY(writeSample(m_a, 300, 1).ok());
    m_b = m_dir.filePath(QStringLiteral("b.storelens"));
    QVERIFY(core::Workspace::open(m_b).ok());
    const QString erp = QStringLiteral(STORELENS_TEST_DATA "/import/erp_online_retail.csv");
    const auto preview = core::previewFile(erp);
    QVERIFY(preview.ok());
    const auto report = core::Importer::run(m_b, erp, core::suggestProfile(preview.value()));
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->counts.added, qint64(5));
}

void TestWorkspaceState::init()
{
    QSettings().clear();
}

void TestWorkspaceState::cleanup()
{
    m_window.reset();
}

void TestWorkspaceState::makeWindow()
{
    m_window = std::make_unique<ui::MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestWorkspaceState::waitIdle()
{
    QTRY_VERIFY_WITH_TIMEOUT(!anyTaskRunning(m_window.get()), Timeout);
    QTest::qWait(50); // staged updates run one pass later
    QTRY_VERIFY_WITH_TIMEOUT(!anyTaskRunning(m_window.get()), Timeout);
}

void TestWorkspaceState::open(const QString &path)
{
    QSignalSpy ready(m_window->workspaceController(), &ui::WorkspaceController::summaryReady);
    m_window->workspaceController()->openWorkspace(path);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, Timeout);
    waitIdle();
}

void TestWorkspaceState::show(DashboardPage::View view)
{
    m_window->dashboard()->setCurrentView(view);
    waitIdle();
}

// Everything a user of A may have left behind.
void TestWorkspaceState::leaveTracesOfA()
{
    DashboardPage *dash = m_window->dashboard();

    // Filters: A's first store, and a country B has too (so only a reset clears it), over a custom range.
    ui::FilterBar *filters = dash->filterBar();
    const QList<QPair<ui::MultiSelectButton *, QString>> picks{
        {filters->storePicker(), filters->storePicker()->values().value(0)},
        {filters->countryPicker(), QStringLiteral("United Kingdom")}};
    for (const auto &[picker, value] : picks) {
        const auto items = picker->findChild<QListWidget *>()->findItems(value, Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        items.constFirst()->setCheckState(Qt::Checked);
    }
    filters->setCustomRange(QDate(2026, 3, 1), QDate(2026, 5, 31));
    filters->applyNow();
    // The picker shows the country's name; the filter holds its key.
    QCOMPARE(m_window->analysisContext()->query().filter.countries, QStringList{QStringLiteral("GB")});
    waitIdle();

    show(DashboardPage::Customers);
    ui::CustomersView *customers = dash->customers();
    QVERIFY(customers->proxy()->rowCount() > 10);
    const QStringList ids = customers->visibleCustomerIds().mid(0, 3);
    m_window->analysisContext()->showCustomers(QStringLiteral("At risk"), ids);
    QVERIFY(customers->isDrilled());
    customers->searchField()->setText(ids.constFirst());
    QTRY_COMPARE(customers->proxy()->rowCount(), 1);
    customers->list()->sortByColumn(ui::CustomerListModel::Country, Qt::AscendingOrder);
    customers->list()->setCurrentIndex(customers->proxy()->index(0, 0));

    show(DashboardPage::Segments);
    ui::SegmentsView *segments = dash->segments();
    segments->pages()->setCurrentIndex(ui::SegmentsView::LifecyclePage);
    QTableView *stages = segments->table(ui::SegmentsView::LifecyclePage);
    stages->sortByColumn(1, Qt::DescendingOrder);
    stages->setCurrentIndex(stages->model()->index(1, 0));
    segments->members()
        ->findChild<QLineEdit *>(QStringLiteral("memberSearch"))
        ->setText(QStringLiteral("zz"));
    waitIdle();

    show(DashboardPage::Cohorts);
    ui::CohortsView *cohorts = dash->cohorts();
    QVERIFY(cohorts->model()->rowCount() > 2);
    cohorts->heatmap()->setCurrentIndex(cohorts->model()->index(cohorts->model()->rowCount() - 1, 2));

    show(DashboardPage::Predictions);
    dash->predictions()->setHoldoutFrom(QDate(2026, 6, 1));
    waitIdle();
    m_window->statusBar()->showMessage(QStringLiteral("Something about workspace A"));
}

QStringList TestWorkspaceState::snapshot()
{
    DashboardPage *dash = m_window->dashboard();
    QStringList lines;
    lines << QStringLiteral("window.view=%1").arg(int(dash->currentView()));
    const ui::FilterBar *filters = dash->filterBar();
    const core::analytics::Filter &filter = m_window->analysisContext()->query().filter;
    lines << QStringLiteral("filters.preset=%1").arg(int(filters->preset()));
    lines << QStringLiteral("filters.pickers=%1 | %2 | %3 | %4 | %5")
                 .arg(filters->storePicker()->selected().join(QLatin1Char(',')),
                      filters->channelPicker()->selected().join(QLatin1Char(',')),
                      filters->countryPicker()->selected().join(QLatin1Char(',')),
                      filters->categoryPicker()->selected().join(QLatin1Char(',')), filters->segment());
    lines << QStringLiteral("filters.query=%1 | %2 | %3 | %4 | %5")
                 .arg(filter.stores.join(QLatin1Char(',')), filter.channels.join(QLatin1Char(',')),
                      filter.countries.join(QLatin1Char(',')), filter.categories.join(QLatin1Char(',')),
                      filter.segment);

    show(DashboardPage::Overview);
    for (const ui::KpiTile *tile : dash->overview()->findChildren<ui::KpiTile *>()) {
        if (tile->isVisible())
            lines << QStringLiteral("overview.%1=%2 %3")
                         .arg(tile->objectName(), tile->valueText(), tile->changeText());
    }

    show(DashboardPage::Cohorts);
    const ui::CohortsView *cohorts = dash->cohorts();
    const QModelIndex cell = cohorts->heatmap()->currentIndex();
    lines << QStringLiteral("cohorts.rows=%1").arg(cohorts->model()->rowCount());
    lines << QStringLiteral("cohorts.current=%1,%2").arg(cell.row()).arg(cell.column());

    show(DashboardPage::Segments);
    ui::SegmentsView *segments = dash->segments();
    lines << QStringLiteral("segments.page=%1").arg(segments->pages()->currentIndex());
    lines << QStringLiteral("segments.members=%1").arg(segments->members()->title());
    lines << QStringLiteral("segments.search=%1")
                 .arg(segments->members()->findChild<QLineEdit *>(QStringLiteral("memberSearch"))->text());
    for (int page = 0; page <= ui::SegmentsView::SavedPage; ++page) {
        const QTableView *table = segments->table(ui::SegmentsView::Page(page));
        lines << QStringLiteral("segments.table%1.sort=%2").arg(page).arg(sortOf(table));
        lines << QStringLiteral("segments.table%1.selected=%2")
                     .arg(page)
                     .arg(table->selectionModel()->selectedRows().size());
    }

    show(DashboardPage::Customers);
    const ui::CustomersView *customers = dash->customers();
    lines << QStringLiteral("customers.search=%1").arg(customers->searchField()->text());
    lines << QStringLiteral("customers.drilled=%1").arg(customers->isDrilled());
    lines << QStringLiteral("customers.drillBar=%1")
                 .arg(customers->findChild<QWidget *>(QStringLiteral("drillBar"))->isVisible());
    lines << QStringLiteral("customers.sort=%1").arg(sortOf(customers->list()));
    lines << QStringLiteral("customers.ids=%1").arg(customers->visibleCustomerIds().join(QLatin1Char(' ')));
    lines << QStringLiteral("customers.current=%1").arg(customers->list()->currentIndex().row());

    show(DashboardPage::Predictions);
    lines << QStringLiteral("predictions.holdout=%1")
                 .arg(dash->predictions()->holdoutFrom().toString(Qt::ISODate));

    show(DashboardPage::Overview);
    return lines;
}

void TestWorkspaceState::openingAnotherWorkspaceForgetsTheFirst()
{
    // What a fresh window shows for B.
    makeWindow();
    open(m_b);
    const QStringList fresh = snapshot();
    QVERIFY(fresh.contains(QStringLiteral("customers.ids=17850 13047")) ||
            fresh.contains(QStringLiteral("customers.ids=13047 17850")));
    m_window.reset();

    // A first, with traces everywhere, then B.
    makeWindow();
    open(m_a);
    leaveTracesOfA();
    const QStringList withA = snapshot();
    open(m_b);
    // The status bar: A's message gone, "Opened …b.storelens." instead (it times out: statusMessagesTimeOut).
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Opened ")));
    const QStringList afterA = snapshot();
    QCOMPARE(afterA, fresh);
    QVERIFY(withA != fresh);
    QVERIFY(withA.contains(QStringLiteral("customers.drilled=1")));
}

void TestWorkspaceState::closingForgetsTheWorkspace()
{
    makeWindow();
    open(m_a);
    leaveTracesOfA();
    m_window->closeWorkspace();
    waitIdle();
    QCOMPARE(m_window->summaryPage()->state(), ui::SummaryPage::State::NoWorkspace);
    QCOMPARE(m_window->statusBar()->currentMessage(), QString());
    DashboardPage *dash = m_window->dashboard();
    QCOMPARE(dash->currentView(), DashboardPage::Overview);
    QCOMPARE(dash->customers()->searchField()->text(), QString());
    QCOMPARE(dash->customers()->isDrilled(), false);
    QCOMPARE(dash->customers()->proxy()->rowCount(), 0);
    QCOMPARE(dash->cohorts()->model()->rowCount(), 0);
    QCOMPARE(dash->segments()->members()->title(), QString());
    QCOMPARE(dash->predictions()->holdoutFrom(), QDate());
}

void TestWorkspaceState::statusMessagesTimeOut()
{
    makeWindow();
    open(m_b);
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Opened ")));
    // Five seconds (MainWindow's StatusTimeout), not for ever.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->statusBar()->currentMessage(), QString(), 8000);
}

// Trial 25b: `storelens import` of 1-5 December while the app was open; back in the window, the Overview
// still said "Data up to 30/11". When the window becomes active it reads the workspace's revision and,
// changed, the workspace again. B holds the five ERP lines (last day 14 December 2010); the next line adds 20
// December.
void TestWorkspaceState::importFromOutsideIsShown()
{
    const QString b = m_dir.filePath(QStringLiteral("outside.storelens"));
    QVERIFY(QFile::copy(m_b, b));
    makeWindow();
    open(b);
    QVERIFY(!m_window->refreshIfChangedOutside()); // nothing changed yet
    const QString next = m_dir.filePath(QStringLiteral("next.csv"));
    QVERIFY(storelens::test::writeExport(next, "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,"
                                               "UnitPrice,CustomerID,Country\n"
                                               "536999,85123A,WHITE HANGING HEART,2,12/20/2010 10:00,2.55,"
                                               "17850,United Kingdom\n"));
    auto preview = core::previewFile(next);
    QVERIFY(preview.ok());
    const auto report = core::Importer::run(b, next, core::suggestProfile(preview.value()));
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QSignalSpy ready(m_window->workspaceController(), &ui::WorkspaceController::summaryReady);
    QVERIFY(m_window->refreshIfChangedOutside());
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, Timeout);
    QCOMPARE(m_window->workspaceController()->summary().lastDate, QDate(2010, 12, 20));
    waitIdle();
    QVERIFY(!m_window->refreshIfChangedOutside()); // read once
}

QTEST_MAIN(TestWorkspaceState)
#include "tst_workspacestate.moc"
