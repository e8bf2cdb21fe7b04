// The Customers view on a small sample store: the list holds the engine's population, search and drill-down
// filter it, the profile pane shows the engine's figures (CustomerBase, CustomerProfile, WorkspaceClv), and a
// click on a cohort cell lists exactly that cell's customers.
#include "common/GuiTestSupport.h"
#include "core/analytics/clv/WorkspaceClv.h"
#include "core/analytics/customers/CustomerBase.h"
#include "core/analytics/customers/CustomerProfile.h"
#include "core/analytics/segments/SegmentSummary.h"
#include "core/analytics/snapshot/SnapshotCache.h"
#include "core/model/Countries.h"
#include "core/model/EnglishPlurals.h"
#include "core/sample/SampleWorkspace.h"
#include "core/session/WorkspaceSession.h"
#include "ui/ViewFixture.h"
#include "ui/cohorts/CohortHeatmapModel.h"
#include "ui/cohorts/CohortHeatmapView.h"
#include "ui/cohorts/CohortsView.h"
#include "ui/common/AnalysisContext.h"
#include "ui/common/Formatting.h"
#include "ui/common/LatestTask.h"
#include "ui/customers/CustomerFilterProxy.h"
#include "ui/customers/CustomerListModel.h"
#include "ui/customers/CustomerProfilePane.h"
#include "ui/customers/CustomersView.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace storelens;
using namespace storelens::core::analytics;
using ui::CustomerProfilePane;

namespace {

constexpr int Timeout = 60000;

} // namespace

class TestCustomersView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void listHoldsThePopulation();
    void listShowsTheSessionsCustomers_data();
    void listShowsTheSessionsCustomers();
    void searchFilters_data();
    void searchFilters();
    void profileFollowsTheSearch();
    void drillDownShowsOnlyThoseCustomers();
    void drillDownBeforeTheListIsReady();
    void profileShowsTheEngineNumbers();
    void profileUsesTheSessionsClvFit();
    void sortingKeepsTheCurrentCustomer();
    void cohortCellDrillsIntoTheList();
    void segmentNamedLikeAnotherStageSaysItCompares();

private:
    void showAndWait();
    int sourceRowOf(const QString &id) const;

    test::SampleStoreFile m_sample;
    std::unique_ptr<CustomerBase> m_base;
    test::ViewUnderTest<ui::CustomersView> m_view;
};

void TestCustomersView::initTestCase()
{
    test::isolateSettings(m_sample.filePath(QStringLiteral("settings")));
    QVERIFY(m_sample.write(400, 2));
    core::installEnglishPlurals(); // "1 customer", "2 customers", as the application says them
    // The sample store saves no grid or lifecycle settings: the defaults apply.
    m_base = std::make_unique<CustomerBase>(CustomerBase::build(*m_sample.snapshot(), nullptr));
    QVERIFY(m_base->size() > 300);
}

void TestCustomersView::init()
{
    m_view.create(QSize(1200, 700));
}

void TestCustomersView::cleanup()
{
    m_view.reset();
}

void TestCustomersView::cleanupTestCase()
{
    cleanup();
    QTRY_COMPARE(QApplication::topLevelWidgets().size(), 0);
}

void TestCustomersView::showAndWait()
{
    QSignalSpy shown(m_view.get(), &ui::CustomersView::resultShown);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view.context()->setWorkspace(m_sample.path());
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0 && !m_view->task()->isRunning(), Timeout);
    QVERIFY(m_view->listModel()->result());
}

int TestCustomersView::sourceRowOf(const QString &id) const
{
    return m_view->listModel()->rowOfDataRow(m_view->listModel()->result()->rowOfId.value(id, -1));
}

void TestCustomersView::listHoldsThePopulation()
{
    showAndWait();
    const int n = int(m_base->size());
    QCOMPARE(m_view->listModel()->rowCount(), n);
    QCOMPARE(m_view->proxy()->rowCount(), n);
    // Each customer with every purchase up to the as-of date, whatever the period (trial 22en).
    const QString count = m_view->findChild<QLabel *>(QStringLiteral("customerCount"))->text();
    QVERIFY2(count.startsWith(
                 QStringLiteral("%1 of %1 customers, with every purchase up to ").arg(QLocale().toString(n))),
             qPrintable(count));
    QVERIFY2(count.endsWith(QStringLiteral(": the date range does not apply here")), qPrintable(count));
    // Row cells read the engine's figures for that customer.
    const int32_t c = m_base->metrics.population[5];
    const QString id = m_sample.snapshot()->customers.externalId(size_t(c));
    const QModelIndex row = m_view->listModel()->index(sourceRowOf(id), 0);
    const auto cell = [&row](int column) { return row.siblingAtColumn(column).data().toString(); };
    QCOMPARE(cell(ui::CustomerListModel::Id), id);
    QCOMPARE(cell(ui::CustomerListModel::Orders), QLocale().toString(m_base->metrics.orders[size_t(c)]));
    QCOMPARE(cell(ui::CustomerListModel::NetSales),
             ui::formatMoney(core::Money::fromUnits(m_base->metrics.netSales[size_t(c)])));
    QCOMPARE(cell(ui::CustomerListModel::FirstPurchase),
             ui::formatDate(QDate::fromJulianDay(m_base->metrics.firstDay[size_t(c)])));
    QCOMPARE(cell(ui::CustomerListModel::Segment), m_base->grid.segmentNames().at(m_base->rfm.segment[5]));
    QCOMPARE(cell(ui::CustomerListModel::Lifecycle), lifecycleDisplayName(m_base->lifecycle.stage[5]));
    // The default order is net sales, highest first, and the first customer is selected with their profile.
    QCOMPARE(m_view->list()->currentIndex().row(), 0);
    int64_t top = 0;
    for (size_t r = 0; r < m_base->size(); ++r)
        top = std::max(top, m_base->metrics.netSales[size_t(m_base->metrics.population[r])]);
    const QModelIndex first = m_view->proxy()->index(0, ui::CustomerListModel::NetSales);
    QCOMPARE(first.data().toString(), ui::formatMoney(core::Money::fromUnits(top)));
}

// The view renders what the session returns: for a query with filters, the list holds exactly the rows of
// WorkspaceSession::customers() for that query, each with the session's figures.
void TestCustomersView::listShowsTheSessionsCustomers_data()
{
    QTest::addColumn<QString>("country"); // empty: no country filter
    QTest::addColumn<QString>("channel");
    QTest::newRow("no filters") << QString() << QString();
    QTest::newRow("one country") << m_sample.snapshot()->countries.value(0) << QString();
    QTest::newRow("one channel") << QString() << m_sample.snapshot()->channels.value(0);
}

void TestCustomersView::listShowsTheSessionsCustomers()
{
    QFETCH(QString, country);
    QFETCH(QString, channel);
    showAndWait();
    core::analytics::Query query = m_view.context()->query();
    if (!country.isEmpty())
        query.filter.countries = QStringList{country};
    if (!channel.isEmpty())
        query.filter.channels = QStringList{channel};
    QSignalSpy shown(m_view.get(), &ui::CustomersView::resultShown);
    m_view.context()->setQuery(query);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0 && !m_view->task()->isRunning(), Timeout);

    const auto session = m_view.context()->session()->customers(query);
    QVERIFY2(session.ok(), qPrintable(session.error().toString()));
    const std::vector<MemberRow> &rows = session.value()->rows;
    const ui::CustomerListModel *model = m_view->listModel();
    QCOMPARE(model->rowCount(), int(rows.size()));
    QVERIFY(
        m_view->findChild<QLabel *>(QStringLiteral("customerCount"))
            ->text()
            .startsWith(QStringLiteral("%1 of %1 customers,").arg(QLocale().toString(qint64(rows.size())))));
    for (const MemberRow &expected : rows) {
        const QModelIndex row = model->index(sourceRowOf(expected.customerId), 0);
        QVERIFY2(row.isValid(), qPrintable(expected.customerId));
        const auto cell = [&row](int column) { return row.siblingAtColumn(column).data().toString(); };
        QCOMPARE(cell(ui::CustomerListModel::Id), expected.customerId);
        QCOMPARE(cell(ui::CustomerListModel::Orders), QLocale().toString(expected.orders));
        QCOMPARE(cell(ui::CustomerListModel::NetSales),
                 ui::formatMoney(core::Money::fromUnits(expected.netSales)));
        QCOMPARE(cell(ui::CustomerListModel::Segment), expected.segment);
        QCOMPARE(cell(ui::CustomerListModel::Lifecycle), lifecycleDisplayName(expected.lifecycle));
    }
    // A filter narrows the population (of 400 sample customers, one country or one channel holds fewer).
    if (country.isEmpty() && channel.isEmpty())
        QCOMPARE(int(rows.size()), int(m_base->size()));
    else
        QVERIFY(!rows.empty() && rows.size() < m_base->size());
}

void TestCustomersView::searchFilters_data()
{
    QTest::addColumn<QString>("needle");
    QTest::newRow("customer id") << QStringLiteral("ID");
    QTest::newRow("part of a name, other case") << QStringLiteral("NAME");
    QTest::newRow("country") << QStringLiteral("COUNTRY");
    QTest::newRow("segment") << QStringLiteral("Champions");
    QTest::newRow("nothing matches") << QStringLiteral("no such customer xyz");
}

void TestCustomersView::searchFilters()
{
    QFETCH(QString, needle);
    showAndWait();
    // Placeholders resolve against a real customer so the needle exists in the data.
    const MemberRow &sample = m_view->listModel()->result()->rows[17];
    if (needle == QLatin1String("ID"))
        needle = sample.customerId;
    else if (needle == QLatin1String("NAME"))
        needle = sample.name.section(QLatin1Char(' '), -1).toUpper();
    else if (needle == QLatin1String("COUNTRY"))
        needle = core::countryDisplayName(sample.country); // as the list shows it ("United Kingdom")
    QSet<QString> expected;
    for (const MemberRow &m : m_view->listModel()->result()->rows) {
        const QString country = m.country.isEmpty() ? QString() : core::countryDisplayName(m.country);
        for (const QString &field : {m.customerId, m.name, m.email, country, m.segment}) {
            if (field.contains(needle, Qt::CaseInsensitive)) {
                expected.insert(m.customerId);
                break;
            }
        }
    }
    QTest::keyClicks(m_view->searchField(), needle);
    QTRY_COMPARE(m_view->proxy()->rowCount(), int(expected.size()));
    const QStringList visible = m_view->visibleCustomerIds();
    QCOMPARE(QSet<QString>(visible.begin(), visible.end()), expected);
    // Clearing the search shows everyone again.
    m_view->searchField()->clear();
    QTRY_COMPARE(m_view->proxy()->rowCount(), int(m_base->size()));
}

// Trial 10: a search that hid the selected customer left their profile beside a list without them. The
// profile follows the list: its first row, or nothing when nothing matches.
void TestCustomersView::profileFollowsTheSearch()
{
    showAndWait();
    const auto &rows = m_view->listModel()->result()->rows;
    const QString first = rows[3].customerId;
    const QString other = rows[40].customerId;
    m_view->list()->setCurrentIndex(
        m_view->proxy()->mapFromSource(m_view->listModel()->index(sourceRowOf(first), 0)));
    QCOMPARE(m_view->profile()->customerId(), first);

    // A search for the other customer's id hides the selected one: the profile shows the only match.
    QTest::keyClicks(m_view->searchField(), other);
    QTRY_COMPARE(m_view->proxy()->rowCount(), 1);
    QCOMPARE(m_view->visibleCustomerIds(), QStringList{other});
    QCOMPARE(m_view->profile()->customerId(), other);
    QCOMPARE(m_view->list()->currentIndex().row(), 0);
    if (!qEnvironmentVariableIsEmpty("STORELENS_SCREENSHOT_DIR")) {
        QTest::qWait(300); // the profile's orders fill in
        m_view->grab().save(qEnvironmentVariable("STORELENS_SCREENSHOT_DIR") +
                            QStringLiteral("/customers-search.png"));
    }

    // Clearing the search keeps the customer now selected.
    m_view->searchField()->clear();
    QTRY_COMPARE(m_view->proxy()->rowCount(), int(m_base->size()));
    QCOMPARE(m_view->profile()->customerId(), other);

    // Nothing matches: the profile empties to its hint.
    QTest::keyClicks(m_view->searchField(), QStringLiteral("no such customer xyz"));
    QTRY_COMPARE(m_view->proxy()->rowCount(), 0);
    QCOMPARE(m_view->profile()->customerId(), QString());
    QVERIFY(m_view->profile()->findChild<QLabel *>(QStringLiteral("profileHint"))->isVisible());
}

void TestCustomersView::drillDownShowsOnlyThoseCustomers()
{
    showAndWait();
    const auto &rows = m_view->listModel()->result()->rows;
    const QStringList ids{rows[3].customerId, rows[40].customerId, rows[200].customerId,
                          QStringLiteral("not-a-customer")};
    m_view.context()->showCustomers(QStringLiteral("Three picked customers"), ids);
    QVERIFY(m_view->isDrilled());
    QVERIFY(m_view->findChild<QWidget *>(QStringLiteral("drillBar"))->isVisible());
    QCOMPARE(
        m_view->drillLabel()->text(),
        QStringLiteral("Showing: Three picked customers (3 customers; 1 more outside the current filters)"));
    QCOMPARE(m_view->proxy()->rowCount(), 3);
    QStringList visible = m_view->visibleCustomerIds();
    visible.sort();
    QStringList expected = ids.mid(0, 3);
    expected.sort();
    QCOMPARE(visible, expected);
    // The first drilled customer's profile is shown.
    QVERIFY(expected.contains(m_view->profile()->customerId()));

    // Search works inside the drill-down.
    QTest::keyClicks(m_view->searchField(), rows[40].customerId);
    QTRY_COMPARE(m_view->proxy()->rowCount(), 1);

    QTest::mouseClick(m_view->showAllButton(), Qt::LeftButton);
    QVERIFY(!m_view->isDrilled());
    QVERIFY(!m_view->findChild<QWidget *>(QStringLiteral("drillBar"))->isVisible());
    QCOMPARE(m_view->proxy()->rowCount(), 1); // the search still applies
    m_view->searchField()->clear();
    QTRY_COMPARE(m_view->proxy()->rowCount(), int(m_base->size()));
}

void TestCustomersView::drillDownBeforeTheListIsReady()
{
    const QString a = m_sample.snapshot()->customers.externalId(size_t(m_base->metrics.population[1]));
    const QString b = m_sample.snapshot()->customers.externalId(size_t(m_base->metrics.population[2]));
    m_view.context()->showCustomers(QStringLiteral("Early"), {a, b});
    showAndWait();
    QCOMPARE(m_view->proxy()->rowCount(), 2);
    QCOMPARE(m_view->drillLabel()->text(), QStringLiteral("Showing: Early (2 customers)"));
}

void TestCustomersView::profileShowsTheEngineNumbers()
{
    showAndWait();
    CustomerProfilePane *profile = m_view->profile();
    // A repeat customer, chosen from the engine's figures: the one with the most orders.
    size_t pick = 0;
    for (size_t r = 0; r < m_base->size(); ++r) {
        if (m_base->metrics.orders[size_t(m_base->metrics.population[r])] >
            m_base->metrics.orders[size_t(m_base->metrics.population[pick])])
            pick = r;
    }
    const int32_t c = m_base->metrics.population[pick];
    const QString id = m_sample.snapshot()->customers.externalId(size_t(c));
    QSignalSpy profileShown(profile, &CustomerProfilePane::profileShown);
    QSignalSpy clvShown(profile, &CustomerProfilePane::clvShown);
    m_view->list()->setCurrentIndex(
        m_view->proxy()->mapFromSource(m_view->listModel()->index(sourceRowOf(id), 0)));
    QCOMPARE(profile->customerId(), id);
    QTRY_VERIFY_WITH_TIMEOUT(!profileShown.isEmpty() && profileShown.last().at(0).toString() == id, Timeout);

    QCOMPARE(profile->factText(CustomerProfilePane::Orders),
             QLocale().toString(m_base->metrics.orders[size_t(c)]));
    QCOMPARE(profile->factText(CustomerProfilePane::NetSales),
             ui::formatMoney(core::Money::fromUnits(m_base->metrics.netSales[size_t(c)])));
    // On one line: no-break spaces (the German pane wrapped "M 5" onto a line of its own).
    QCOMPARE(profile->factText(CustomerProfilePane::RfmScores),
             QStringLiteral("R\u00a0%1\u00a0·\u00a0F\u00a0%2\u00a0·\u00a0M\u00a0%3")
                 .arg(m_base->rfm.r[pick])
                 .arg(m_base->rfm.f[pick])
                 .arg(m_base->rfm.m[pick]));
    QCOMPARE(profile->factText(CustomerProfilePane::Segment),
             m_base->grid.segmentNames().at(m_base->rfm.segment[pick]));
    QCOMPARE(profile->factText(CustomerProfilePane::Lifecycle),
             lifecycleDisplayName(m_base->lifecycle.stage[pick]));
    QCOMPARE(profile->factText(CustomerProfilePane::ValueTier),
             valueTierDisplayName(m_base->lifecycle.tier[pick]));
    QCOMPARE(profile->factText(CustomerProfilePane::Recency),
             m_base->rfm.recencyDays[pick] == 1
                 ? QStringLiteral("1 day")
                 : QStringLiteral("%1 days").arg(m_base->rfm.recencyDays[pick]));

    const CustomerProfile expected = CustomerProfile::compute(*m_sample.snapshot(), nullptr, c);
    QCOMPARE(profile->ordersList()->topLevelItemCount(), int(expected.orders.size()));
    QCOMPARE(profile->productsList()->topLevelItemCount(), int(expected.products.size()));
    QCOMPARE(profile->categoriesList()->topLevelItemCount(), int(expected.categories.size()));
    // Newest order first.
    QCOMPARE(profile->ordersList()->topLevelItem(0)->text(1),
             m_sample.snapshot()->orderIds.at(expected.orders.back().order));
    QCOMPARE(profile->productsList()->topLevelItem(0)->text(5),
             ui::formatMoney(core::Money::fromUnits(expected.products.front().netSales)));

    // The prediction: the same numbers the CLV engine gives for this customer, or the reason there is none.
    QTRY_VERIFY_WITH_TIMEOUT(profile->hasClv(), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!clvShown.isEmpty() && clvShown.last().at(0).toString() == id, Timeout);
    const auto clv = clv::computeWorkspaceClv(*m_sample.snapshot(), clv::WorkspaceClvRequest());
    QVERIFY(clv.ok());
    if (clv->status == clv::ClvStatus::Ok) {
        const clv::CustomerClv *prediction = clv->forCustomerIndex(c);
        QVERIFY(prediction);
        QCOMPARE(
            profile->factText(CustomerProfilePane::ProbabilityAlive),
            QStringLiteral("%1\u00a0%").arg(QLocale().toString(prediction->probabilityAlive * 100, 'f', 1)));
        QCOMPARE(profile->factText(CustomerProfilePane::PredictedClv),
                 ui::formatMoney(core::Money::fromUnits(qRound64(prediction->predictedClv * 10000.0))));
    } else {
        QCOMPARE(profile->factText(CustomerProfilePane::PredictedClv), QStringLiteral("no prediction"));
        QCOMPARE(profile->findChild<QLabel *>(QStringLiteral("clvNote"))->text(), clv->message);
    }
}

// The profile's prediction is the session's fit for the list's lines (not a fit of its own), and a fit for
// other filters, as another view would ask for, does not evict it.
void TestCustomersView::profileUsesTheSessionsClvFit()
{
    showAndWait();
    CustomerProfilePane *profile = m_view->profile();
    QTRY_VERIFY_WITH_TIMEOUT(profile->hasClv(), Timeout);
    core::session::WorkspaceSession &session = *m_view.context()->session();
    const core::session::ResolvedQuery &lines = *m_view->listModel()->result()->resolved;
    const auto cached = session.clv(lines);
    QVERIFY(cached.ok());
    QCOMPARE(cached.value().get(), profile->clv().get());

    core::analytics::Query other = m_view.context()->query();
    other.filter.countries = QStringList{m_sample.snapshot()->countries.value(0)};
    const auto otherLines = session.resolve(other);
    QVERIFY(otherLines.ok());
    const auto otherFit = session.clv(*otherLines.value());
    QVERIFY(otherFit.ok());
    QVERIFY(otherFit.value().get() != profile->clv().get());
    const auto again = session.clv(lines);
    QVERIFY(again.ok());
    QCOMPARE(again.value().get(), profile->clv().get());
}

void TestCustomersView::sortingKeepsTheCurrentCustomer()
{
    showAndWait();
    m_view->list()->setCurrentIndex(m_view->proxy()->index(7, 0));
    const QString current = m_view->profile()->customerId();
    QCOMPARE(m_view->proxy()->index(7, 0).data().toString(), current);
    const auto member = [this](int proxyRow) {
        return m_view->listModel()->member(
            m_view->proxy()->mapToSource(m_view->proxy()->index(proxyRow, 0)).row());
    };
    m_view->list()->sortByColumn(ui::CustomerListModel::Orders, Qt::AscendingOrder);
    for (int r = 1; r < m_view->proxy()->rowCount(); ++r)
        QVERIFY(member(r - 1)->orders <= member(r)->orders);
    m_view->list()->sortByColumn(ui::CustomerListModel::Name, Qt::DescendingOrder);
    for (int r = 1; r < m_view->proxy()->rowCount(); ++r)
        QVERIFY(member(r - 1)->name.compare(member(r)->name, Qt::CaseInsensitive) >= 0);
    // The same customer is still the current one, wherever the sort moved them.
    QCOMPARE(m_view->list()->currentIndex().data().toString(), current);
    QCOMPARE(m_view->profile()->customerId(), current);
    // A search keeps the sort order.
    QTest::keyClicks(m_view->searchField(),
                     m_view->listModel()->result()->rows[17].name.section(QLatin1Char(' '), -1));
    QTRY_VERIFY(m_view->proxy()->rowCount() < int(m_base->size()));
    for (int r = 1; r < m_view->proxy()->rowCount(); ++r)
        QVERIFY(member(r - 1)->name.compare(member(r)->name, Qt::CaseInsensitive) >= 0);
}

void TestCustomersView::cohortCellDrillsIntoTheList()
{
    // Both views on one context, as the dashboard holds them.
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *cohorts = new ui::CohortsView(m_view.context(), &window);
    layout->addWidget(cohorts);
    window.resize(1100, 700);
    QSignalSpy cohortsShown(cohorts, &ui::CohortsView::resultShown);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    showAndWait();
    QTRY_VERIFY_WITH_TIMEOUT(cohortsShown.count() > 0 && !cohorts->task()->isRunning(), Timeout);

    const QModelIndex cell = cohorts->model()->index(2, ui::CohortHeatmapModel::columnOfAge(1));
    QStringList expected = cohorts->result()->customerIds(2, 1);
    QVERIFY(!expected.isEmpty());
    cohorts->heatmap()->scrollTo(cell);
    QTest::mouseClick(cohorts->heatmap()->viewport(), Qt::LeftButton, {},
                      cohorts->heatmap()->visualRect(cell).center());
    QTRY_VERIFY_WITH_TIMEOUT(m_view->isDrilled(), Timeout);
    QVERIFY(m_view->drillLabel()->text().startsWith(QStringLiteral("Showing: Cohort ")));
    QStringList visible = m_view->visibleCustomerIds();
    visible.sort();
    expected.sort();
    QCOMPARE(visible, expected);
}

// Trial 24c: the card read RFM segment "At risk" beside lifecycle "Active". "At risk" names both an RFM
// segment (compared with the other customers) and a lifecycle stage (90 days without a purchase); such a
// segment says it compares. The sample has customers in the RFM segment At risk whose last purchase is
// recent.
void TestCustomersView::segmentNamedLikeAnotherStageSaysItCompares()
{
    showAndWait();
    const QString atRisk = lifecycleDisplayName(core::analytics::LifecycleStage::AtRisk);
    std::optional<size_t> pick;
    for (size_t r = 0; r < m_base->size() && !pick; ++r) {
        if (m_base->grid.segmentNames().at(m_base->rfm.segment[r]) == atRisk &&
            m_base->lifecycle.stage[r] != core::analytics::LifecycleStage::AtRisk)
            pick = r;
    }
    QVERIFY(pick);
    const QString id = m_sample.snapshot()->customers.externalId(size_t(m_base->metrics.population[*pick]));
    CustomerProfilePane *profile = m_view->profile();
    QSignalSpy profileShown(profile, &CustomerProfilePane::profileShown);
    m_view->list()->setCurrentIndex(
        m_view->proxy()->mapFromSource(m_view->listModel()->index(sourceRowOf(id), 0)));
    QTRY_VERIFY_WITH_TIMEOUT(!profileShown.isEmpty() && profileShown.last().at(0).toString() == id, Timeout);
    QCOMPARE(profile->factText(CustomerProfilePane::Segment),
             QStringLiteral("At risk (compared with the other customers)"));
    QCOMPARE(profile->factText(CustomerProfilePane::Lifecycle),
             lifecycleDisplayName(m_base->lifecycle.stage[*pick]));
}

QTEST_MAIN(TestCustomersView)
#include "tst_customersview.moc"
