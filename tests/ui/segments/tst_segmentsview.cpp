// The Segments view on a small sample store: the RFM grid and tables show the engine's numbers, a segment is
// built in the rule builder, saved, reopened with equal fields and exported (file content and the consent
// count checked), and no top-level window leaks.
#include "core/analytics/customers/CustomerBase.h"
#include "core/analytics/segments/SegmentStore.h"
#include "core/analytics/segments/SegmentSummary.h"
#include "core/analytics/snapshot/SnapshotCache.h"
#include "core/csv/CsvReader.h"
#include "core/model/Countries.h"
#include "core/sample/SampleWorkspace.h"
#include "core/session/WorkspaceSession.h"
#include "core/store/Workspace.h"
#include "ui/ViewFixture.h"
#include "ui/common/AnalysisContext.h"
#include "ui/common/LatestTask.h"
#include "ui/segments/LifecycleSettingsDialog.h"
#include "ui/segments/MemberExportDialog.h"
#include "ui/segments/MemberListPanel.h"
#include "ui/segments/MemberTableModel.h"
#include "ui/segments/RfmGridWidget.h"
#include "ui/segments/RuleBuilderDialog.h"
#include "ui/segments/RuleConditionEditor.h"
#include "ui/segments/RuleGroupEditor.h"
#include "ui/segments/RuleValueEditor.h"
#include "ui/segments/SegmentCompareWidget.h"
#include "ui/segments/SegmentSummaryModel.h"
#include "ui/segments/SegmentsView.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>
#include <vector>

using namespace storelens;
using namespace storelens::core::analytics;
using ui::SegmentsView;

namespace {

constexpr int Timeout = 30000;

// The engine's customer base of the whole workspace, built here independently of the view.
CustomerBase engineBase(const QString &path, SnapshotPtr *snapshotOut = nullptr)
{
    auto snapshot = SnapshotCache::instance().get(path);
    if (snapshotOut)
        *snapshotOut = snapshot.value();
    return CustomerBase::build(*snapshot.value(), nullptr);
}

// Customers with at least two orders.
SegmentRule repeatBuyers()
{
    SegmentRule rule;
    rule.addGroup(
        {RuleJoin::And, {{RuleField::Orders, RuleOperator::GreaterOrEqual, {QStringLiteral("2")}}}});
    return rule;
}

int rowOfName(const QAbstractItemModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ui::SegmentSummaryModel::Name).data().toString() == name)
            return row;
    }
    return -1;
}

// A lifecycle or value tier table: one row per group, found by its display name, each with the number of
// customers whose group (groupOf, one per customer) it is.
template<typename Group>
void compareGroupSizes(const QAbstractItemModel *table, int groupCount, const std::vector<Group> &groupOf,
                       QString (*displayName)(Group))
{
    QCOMPARE(table->rowCount(), groupCount);
    for (int i = 0; i < groupCount; ++i) {
        const qint64 size = std::count(groupOf.begin(), groupOf.end(), Group(i));
        const int row = rowOfName(table, displayName(Group(i)));
        QCOMPARE(table->index(row, ui::SegmentSummaryModel::Customers).data(Qt::UserRole).toLongLong(), size);
    }
}

} // namespace

class TestSegmentsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void rfmTableShowsTheEnginesNumbers();
    void firstRowWithMembersSkipsEmptySegments();
    void opensOnTheFirstSegmentWithMembers();
    void gridShowsTheEnginesCells();
    void gridNamesFitInEveryLanguage_data();
    void gridNamesFitInEveryLanguage();
    void lifecycleAndTierTablesShowTheEnginesNumbers();
    void emptyMySegmentsEmptiesTheMemberList();
    void tablesShowTheSessionsSegments_data();
    void tablesShowTheSessionsSegments();
    void rapidSavesAndRenamesAllLandInOrder();
    void aFailedWriteIsShownAndChangesNothing();
    void memberListSearchesAndShowsInCustomers();
    void compareShowsBothAndTheDifference();
    void segmentIsBuiltSavedReopenedAndExported();
    void exportWithNobodyToWriteIsNotOffered();
    void exportForExcelFollowsTheLanguage();
    void thresholdsAreSavedAndApplied();
    void emptyWorkspaceSaysWhatToDo();
    void everyPageRenders_data();
    void everyPageRenders();
    void dialogsRender();
    void cleanupTestCase();

private:
    void waitForResult();

    QTemporaryDir m_dir;
    QString m_path;
    test::ViewUnderTest<SegmentsView> m_view;
};

void TestSegmentsView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("sample.storelens"));
    core::SampleOptions options;
    options.customers = 600;
    QVERIFY(core::writeSampleWorkspace(m_path, options).ok());
}

void TestSegmentsView::init()
{
    m_view.create(QSize(1200, 800));
    m_view->show();
    QSignalSpy shown(m_view.get(), &SegmentsView::resultShown);
    m_view.context()->setWorkspace(m_path);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->members()->task()->isRunning(), Timeout);
}

void TestSegmentsView::cleanup()
{
    m_view.reset();
}

void TestSegmentsView::waitForResult()
{
    QSignalSpy shown(m_view.get(), &SegmentsView::resultShown);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, Timeout);
}

void TestSegmentsView::rfmTableShowsTheEnginesNumbers()
{
    const CustomerBase base = engineBase(m_path);
    QVERIFY(base.size() > 100);
    const std::vector<SegmentSummary> expected = summarizeRfmSegments(base);
    // The first line says the date range does not apply (issue 17).
    const auto *headline = m_view->findChild<QLabel *>(QStringLiteral("segmentsHeadline"));
    QVERIFY(headline);
    QVERIFY2(headline->text().startsWith(QStringLiteral("The date range does not apply here")),
             qPrintable(headline->text()));
    const QAbstractItemModel *model = m_view->table(SegmentsView::RfmPage)->model();
    QCOMPARE(size_t(model->rowCount()), expected.size());
    qint64 customers = 0;
    for (size_t i = 0; i < expected.size(); ++i) {
        const int row = rowOfName(model, expected[i].name);
        QVERIFY2(row >= 0, qPrintable(expected[i].name));
        // Size counted by hand from the engine's per-customer segment.
        qint64 size = 0;
        for (size_t r = 0; r < base.size(); ++r)
            size += base.rfm.segment[r] == int(i);
        QCOMPARE(model->index(row, ui::SegmentSummaryModel::Customers).data(Qt::UserRole).toLongLong(), size);
        QCOMPARE(model->index(row, ui::SegmentSummaryModel::NetSales).data(Qt::UserRole).toLongLong(),
                 qint64(expected[i].netSales));
        // The sample store's money is in pounds.
        QCOMPARE(model->index(row, ui::SegmentSummaryModel::NetSales).data().toString(),
                 QStringLiteral("£") +
                     QLocale().toString(double(core::Money::fromUnits(expected[i].netSales).roundedCents()) /
                                            100.0,
                                        'f', 2));
        QCOMPARE(model->index(row, ui::SegmentSummaryModel::ShareOfCustomers).data().toString(),
                 QLocale().toString(100.0 * double(size) / double(base.size()), 'f', 1) +
                     QStringLiteral("\u202f%"));
        customers += size;
    }
    QCOMPARE(customers, qint64(base.size()));
}

// The trial opened on "Recent customers" with nobody in it. Hand-made summaries: the first with members in
// the order shown, whatever the sort.
void TestSegmentsView::firstRowWithMembersSkipsEmptySegments()
{
    ui::SegmentSummaryModel model;
    QSortFilterProxyModel shown;
    shown.setSourceModel(&model);
    shown.setSortRole(Qt::UserRole);
    QCOMPARE(ui::SegmentSummaryModel::firstRowWithMembers(&shown), -1); // no rows
    const auto summary = [](const char *name, int64_t size) {
        SegmentSummary s;
        s.name = QString::fromLatin1(name);
        s.size = size;
        return s;
    };
    model.setSummaries({summary("Recent customers", 0), summary("Potential loyalists", 7),
                        summary("Loyal customers", 16), summary("Promising", 0)});
    QCOMPARE(ui::SegmentSummaryModel::firstRowWithMembers(&shown), 1);
    shown.sort(ui::SegmentSummaryModel::Customers, Qt::DescendingOrder); // Loyal customers first
    QCOMPARE(ui::SegmentSummaryModel::firstRowWithMembers(&shown), 2);
    shown.sort(ui::SegmentSummaryModel::Customers, Qt::AscendingOrder); // two empty rows, then 7
    QCOMPARE(ui::SegmentSummaryModel::firstRowWithMembers(&shown), 1);
    model.setSummaries({summary("Recent customers", 0), summary("Promising", 0)});
    shown.sort(-1);
    QCOMPARE(ui::SegmentSummaryModel::firstRowWithMembers(&shown), 0); // nobody anywhere: the first
}

// The view lists the first RFM segment with members (by the engine's sizes), and a segment the user picked
// stays picked when the figures are computed again.
void TestSegmentsView::opensOnTheFirstSegmentWithMembers()
{
    const CustomerBase base = engineBase(m_path);
    const std::vector<SegmentSummary> expected = summarizeRfmSegments(base);
    int first = -1;
    for (size_t i = 0; i < expected.size() && first < 0; ++i) {
        if (expected[i].size > 0)
            first = int(i);
    }
    QVERIFY(first >= 0);
    QCOMPARE(int(m_view->members()->segment().kind), int(core::session::SegmentKind::Rfm));
    QCOMPARE(m_view->members()->segment().index, first);

    // Sorted by size, smallest first: the view's own choice skips the empty segments at the top.
    QTableView *table = m_view->table(SegmentsView::RfmPage);
    m_view->resetState();
    table->sortByColumn(ui::SegmentSummaryModel::Customers, Qt::AscendingOrder);
    m_view.context()->notifyDataChanged();
    waitForResult();
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->members()->task()->isRunning(), Timeout);
    const core::session::SegmentKey chosen = m_view->members()->segment();
    QVERIFY(chosen.isValid());
    QVERIFY(expected[size_t(chosen.index)].size > 0);
    int64_t smallest = std::numeric_limits<int64_t>::max();
    for (const SegmentSummary &s : expected) {
        if (s.size > 0)
            smallest = std::min(smallest, s.size);
    }
    QCOMPARE(expected[size_t(chosen.index)].size, smallest);

    // The user's pick (the last row shown) stays after a recomputation.
    const QModelIndex last = table->model()->index(table->model()->rowCount() - 1, 0);
    table->setCurrentIndex(last);
    const int picked = static_cast<const QSortFilterProxyModel *>(table->model())->mapToSource(last).row();
    QCOMPARE(m_view->members()->segment().index, picked);
    m_view.context()->notifyDataChanged();
    waitForResult();
    QCOMPARE(m_view->members()->segment().index, picked);
}

void TestSegmentsView::gridShowsTheEnginesCells()
{
    const CustomerBase base = engineBase(m_path);
    ui::RfmGridWidget *grid = m_view->grid();
    for (int r = 1; r <= 5; ++r) {
        for (int fm = 1; fm <= 5; ++fm) {
            qint64 count = 0;
            for (size_t row = 0; row < base.size(); ++row)
                count += base.rfm.r[row] == r && base.rfm.fm[row] == fm;
            QCOMPARE(grid->cellText(r, fm), QLocale().toString(count));
        }
    }
    // The fullest cell has the darkest colour (the light palette's scale runs from base to blue).
    QVERIFY(grid->cellColour(5, 5) != grid->cellColour(1, 1));
    // A cell click lists that cell's customers.
    grid->setFocus();
    QSignalSpy members(m_view->members(), &ui::MemberListPanel::membersShown);
    const QRect cells = grid->rect();
    QTest::mouseClick(grid, Qt::LeftButton, {}, QPoint(cells.width() - 40, 30)); // R 5, FM 5
    QTRY_VERIFY_WITH_TIMEOUT(members.count() > 0, Timeout);
    qint64 expected = 0;
    for (size_t row = 0; row < base.size(); ++row)
        expected += base.rfm.r[row] == 5 && base.rfm.fm[row] == 5;
    QCOMPARE(members.last().at(0).toLongLong(), expected);
    QVERIFY(m_view->members()->title().contains(base.grid.name(5, 5)));
}

void TestSegmentsView::lifecycleAndTierTablesShowTheEnginesNumbers()
{
    const CustomerBase base = engineBase(m_path);
    compareGroupSizes(m_view->table(SegmentsView::LifecyclePage)->model(), kLifecycleStageCount,
                      base.lifecycle.stage, lifecycleDisplayName);
    if (QTest::currentTestFailed())
        return;
    compareGroupSizes(m_view->table(SegmentsView::ValueTierPage)->model(), kValueTierCount,
                      base.lifecycle.tier, valueTierDisplayName);
}

// The trial: on the empty My Segments page the member list still showed "Customers in High value" from the
// page before. It empties and says why and what to do, also after a recomputation, and the page before lists
// its segment again when it is shown.
void TestSegmentsView::emptyMySegmentsEmptiesTheMemberList()
{
    QCOMPARE(m_view->table(SegmentsView::SavedPage)->model()->rowCount(), 0);
    ui::MemberListPanel *members = m_view->members();
    auto *title = members->findChild<QLabel *>(QStringLiteral("memberTitle"));
    auto *exportButton = members->findChild<QPushButton *>(QStringLiteral("exportMembersButton"));
    m_view->pages()->setCurrentIndex(SegmentsView::ValueTierPage);
    QTRY_VERIFY_WITH_TIMEOUT(!members->task()->isRunning() && members->model()->rowCount() > 0, Timeout);
    QVERIFY(members->segment().isValid());
    const QString tier = members->title();

    m_view->pages()->setCurrentIndex(SegmentsView::SavedPage);
    QVERIFY(!members->segment().isValid());
    QCOMPARE(members->model()->rowCount(), 0);
    QVERIFY2(!title->text().contains(tier), qPrintable(title->text()));
    QVERIFY2(title->text().contains(QStringLiteral("No saved segment to list")), qPrintable(title->text()));
    QVERIFY(!exportButton->isEnabled());

    // A recomputation while the page is shown leaves it empty.
    QSignalSpy shown(m_view.get(), &SegmentsView::resultShown);
    m_view.context()->notifySegmentsChanged();
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!members->task()->isRunning(), Timeout);
    QVERIFY(!members->segment().isValid());
    QCOMPARE(members->model()->rowCount(), 0);
    QVERIFY2(title->text().contains(QStringLiteral("No saved segment to list")), qPrintable(title->text()));

    m_view->pages()->setCurrentIndex(SegmentsView::ValueTierPage);
    QTRY_VERIFY_WITH_TIMEOUT(!members->task()->isRunning() && members->model()->rowCount() > 0, Timeout);
    QVERIFY(members->segment().isValid());
}

// The view renders what the session returns for the same query: every row of the RFM, lifecycle and value
// tier tables and every grid cell equals WorkspaceSession::segments() for a filtered query.
void TestSegmentsView::tablesShowTheSessionsSegments_data()
{
    QTest::addColumn<bool>("filtered");
    QTest::newRow("no filters") << false;
    QTest::newRow("one country") << true;
}

void TestSegmentsView::tablesShowTheSessionsSegments()
{
    QFETCH(bool, filtered);
    SnapshotPtr snapshot;
    const CustomerBase all = engineBase(m_path, &snapshot);
    Query query = m_view.context()->query();
    if (filtered)
        query.filter.countries = QStringList{snapshot->countries.value(0)};
    QSignalSpy shown(m_view.get(), &SegmentsView::resultShown);
    m_view.context()->setQuery(query);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0 && !m_view->task()->isRunning(), Timeout);

    const auto session = m_view.context()->session()->segments(query);
    QVERIFY2(session.ok(), qPrintable(session.error().toString()));
    const core::session::SegmentsResult &expected = *session.value();
    const std::pair<SegmentsView::Page, const std::vector<SegmentSummary> *> tables[] = {
        {SegmentsView::RfmPage, &expected.rfm},
        {SegmentsView::LifecyclePage, &expected.lifecycle},
        {SegmentsView::ValueTierPage, &expected.tiers}};
    for (const auto &[page, summaries] : tables) {
        const QAbstractItemModel *model = m_view->table(page)->model();
        QCOMPARE(size_t(model->rowCount()), summaries->size());
        for (const SegmentSummary &summary : *summaries) {
            const int row = rowOfName(model, summary.name);
            QVERIFY2(row >= 0, qPrintable(summary.name));
            QCOMPARE(model->index(row, ui::SegmentSummaryModel::Customers).data(Qt::UserRole).toLongLong(),
                     qint64(summary.size));
            QCOMPARE(model->index(row, ui::SegmentSummaryModel::NetSales).data(Qt::UserRole).toLongLong(),
                     qint64(summary.netSales));
        }
    }
    for (int r = 1; r <= 5; ++r) {
        for (int fm = 1; fm <= 5; ++fm)
            QCOMPARE(m_view->grid()->cellText(r, fm),
                     QLocale().toString(expected.cellCustomers[size_t(ui::RfmGridWidget::index(r, fm))]));
    }
    // The filter narrows the population.
    if (filtered)
        QVERIFY(expected.population() > 0 && expected.population() < qint64(all.size()));
    else
        QCOMPARE(expected.population(), qint64(all.size()));
}

// Issue 16's write-queue check from the GUI: 40 saves and 20 renames issued at once while the view
// recomputes all land, in the order they were made (each rename finds the segment its save created).
void TestSegmentsView::rapidSavesAndRenamesAllLandInOrder()
{
    const SegmentRule rule = repeatBuyers();
    QSignalSpy stored(m_view.get(), &SegmentsView::segmentsStored);
    QSignalSpy failed(m_view.get(), &SegmentsView::storeFailed);
    for (int i = 0; i < 40; ++i) {
        m_view->saveSegment(QString(), QStringLiteral("Rapid %1").arg(i), rule);
        if (i % 2 == 1) // a rename plus a changed rule of the segment saved just before: one transaction
            m_view->saveSegment(QStringLiteral("Rapid %1").arg(i), QStringLiteral("Renamed %1").arg(i), rule);
    }
    QTRY_COMPARE_WITH_TIMEOUT(stored.count() + failed.count(), 60, Timeout);
    QCOMPARE(failed.count(), 0);
    m_view.context()->session()->waitForWrites();
    {
        core::Connection connection(m_path);
        const auto saved = SegmentStore::list(connection.db());
        QVERIFY(saved.ok());
        QSet<QString> names;
        for (const SavedSegment &segment : saved.value())
            names.insert(segment.name);
        // 20 kept their name, 20 were renamed: 40 segments.
        QCOMPARE(names.size(), 40);
        for (int i = 0; i < 40; ++i)
            QVERIFY(
                names.contains((i % 2 ? QStringLiteral("Renamed %1") : QStringLiteral("Rapid %1")).arg(i)));
        for (const SavedSegment &segment : saved.value())
            QVERIFY(SegmentStore::remove(connection.db(), segment.name).ok());
    }
}

// A write that fails (a rename of a segment that does not exist) changes nothing: the rename and the save
// are one transaction. The view says why.
void TestSegmentsView::aFailedWriteIsShownAndChangesNothing()
{
    const SegmentRule rule = repeatBuyers();
    QSignalSpy failed(m_view.get(), &SegmentsView::storeFailed);
    m_view->saveSegment(QStringLiteral("No such segment"), QStringLiteral("Never saved"), rule);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, Timeout);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.startsWith(QStringLiteral("The segment could not be saved: ")), qPrintable(message));
    const auto *shown = m_view->findChild<QLabel *>(QStringLiteral("segmentsMessage"));
    QVERIFY(shown->isVisible());
    QCOMPARE(shown->text(), message);
    core::Connection connection(m_path);
    const auto saved = SegmentStore::find(connection.db(), QStringLiteral("Never saved"));
    QCOMPARE(saved.error().code(), core::ErrorCode::NotFound);
}

void TestSegmentsView::memberListSearchesAndShowsInCustomers()
{
    // The first RFM segment is selected at start; its members are listed.
    const CustomerBase base = engineBase(m_path);
    ui::MemberListPanel *panel = m_view->members();
    const auto members = rfmSegmentMembers(base, 0);
    const qint64 expected = std::count(members.begin(), members.end(), uint8_t(1));
    QCOMPARE(panel->model()->rowCount(), int(expected));
    QVERIFY(expected > 1);
    const QString id = panel->model()->member(1).customerId;
    panel->findChild<QLineEdit *>(QStringLiteral("memberSearch"))->setText(id);
    QVERIFY(panel->model()->rowCount() >= 1);
    QCOMPARE(panel->model()->member(0).customerId.contains(id), true);

    QSignalSpy requested(m_view.context(), &ui::AnalysisContext::customersRequested);
    panel->findChild<QLineEdit *>(QStringLiteral("memberSearch"))->clear();
    panel->findChild<QPushButton *>(QStringLiteral("showInCustomersButton"))->click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), base.grid.segmentNames().at(0));
    QCOMPARE(requested.at(0).at(1).toStringList().size(), int(expected));

    // Titles on two lines (trial 15: at 1280 px "Tage seit letztem Kauf" over a column of small numbers ran
    // off the table): the recency column is as wide as the wider of "Recency" and "(days)", not the title.
    const auto *table = panel->findChild<QTableView *>(QStringLiteral("memberTable"));
    const QHeaderView *header = table->horizontalHeader();
    QVERIFY(int(header->defaultAlignment()) & Qt::TextWordWrap);
    const QFontMetrics fm = header->fontMetrics();
    QTRY_VERIFY(header->sectionSize(ui::MemberTableModel::Recency) <
                fm.horizontalAdvance(QStringLiteral("Recency (days)")));
    QVERIFY(header->sectionSize(ui::MemberTableModel::Recency) >=
            fm.horizontalAdvance(QStringLiteral("Recency")));
}

void TestSegmentsView::compareShowsBothAndTheDifference()
{
    const CustomerBase base = engineBase(m_path);
    const std::vector<SegmentSummary> rfm = summarizeRfmSegments(base);
    const std::vector<SegmentSummary> tiers = summarizeValueTiers(base);
    ui::SegmentCompareWidget *compare = m_view->compare();
    compare->setSegments({core::session::SegmentKind::Rfm, 0, QString()},
                         {core::session::SegmentKind::ValueTier, 0, QString()});
    const QTableWidget *table = compare->table();
    const int customersRow = ui::SegmentSummaryModel::Customers - 1;
    QCOMPARE(table->item(customersRow, 0)->text(), QLocale().toString(qint64(rfm[0].size)));
    QCOMPARE(table->item(customersRow, 1)->text(), QLocale().toString(qint64(tiers[0].size)));
    const qint64 difference = tiers[0].size - rfm[0].size;
    QCOMPARE(table->item(customersRow, 2)->text(),
             (difference > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(difference));
}

void TestSegmentsView::segmentIsBuiltSavedReopenedAndExported()
{
    SnapshotPtr snapshot;
    const CustomerBase base = engineBase(m_path, &snapshot);
    // Build: customers in the most common country with net sales of at least 100.
    QHash<int, int> byCountry;
    for (size_t row = 0; row < base.size(); ++row)
        ++byCountry[snapshot->customers.country(size_t(base.metrics.population[row]))];
    int country = byCountry.constBegin().key();
    for (auto it = byCountry.constBegin(); it != byCountry.constEnd(); ++it) {
        if (it.value() > byCountry.value(country))
            country = it.key();
    }
    const QString countryKey = snapshot->countries.at(country);
    std::vector<int32_t> expectedRows;
    for (size_t row = 0; row < base.size(); ++row) {
        const size_t c = size_t(base.metrics.population[row]);
        if (snapshot->customers.country(c) == country && base.metrics.netSales[c] >= 100 * 10000)
            expectedRows.push_back(int32_t(c));
    }
    QVERIFY(expectedRows.size() > 2);

    ui::RuleBuilderDialog *dialog = m_view->newSegment();
    QVERIFY(dialog);
    QSignalSpy counted(dialog, &ui::RuleBuilderDialog::matchCountChanged);
    dialog->setSegmentName(QStringLiteral("Good customers at home"));
    ui::RuleGroupEditor *group = dialog->groups().at(0);
    ui::RuleConditionEditor *first = group->conditions().at(0);
    first->fieldCombo()->setCurrentIndex(first->fieldCombo()->findData(int(RuleField::Country)));
    auto *countryCombo = first->valueEditor()->findChild<QComboBox *>();
    // Picked by its name, as the user sees it ("United Kingdom"); the rule and the file keep its key ("GB").
    countryCombo->setCurrentIndex(countryCombo->findText(core::countryDisplayName(countryKey)));
    ui::RuleConditionEditor *second = group->addCondition();
    second->fieldCombo()->setCurrentIndex(second->fieldCombo()->findData(int(RuleField::NetSales)));
    second->operatorCombo()->setCurrentIndex(
        second->operatorCombo()->findData(int(RuleOperator::GreaterOrEqual)));
    second->valueEditor()->findChild<QDoubleSpinBox *>()->setValue(100.0);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->matchCount() >= 0, Timeout);
    QCOMPARE(dialog->matchCount(), qint64(expectedRows.size()));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("matchCount"))
                ->text()
                .startsWith(QLocale().toString(qint64(expectedRows.size())) + QStringLiteral(" of ")));

    // Save.
    const SegmentRule built = dialog->rule();
    QSignalSpy stored(m_view.get(), &SegmentsView::segmentsStored);
    QSignalSpy shown(m_view.get(), &SegmentsView::resultShown);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    QTRY_COMPARE_WITH_TIMEOUT(stored.count(), 1, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, Timeout);
    {
        core::Connection connection(m_path);
        const auto saved = SegmentStore::find(connection.db(), QStringLiteral("Good customers at home"));
        QVERIFY(saved.ok());
        QCOMPARE(saved->rule, built);
    }
    const QAbstractItemModel *savedModel = m_view->table(SegmentsView::SavedPage)->model();
    const int row = rowOfName(savedModel, QStringLiteral("Good customers at home"));
    QVERIFY(row >= 0);
    QCOMPARE(savedModel->index(row, ui::SegmentSummaryModel::Customers).data(Qt::UserRole).toLongLong(),
             qint64(expectedRows.size()));

    // Reopen: every field as it was built.
    ui::RuleBuilderDialog *reopened = m_view->editSegment(QStringLiteral("Good customers at home"));
    QVERIFY(reopened);
    QCOMPARE(reopened->segmentName(), QStringLiteral("Good customers at home"));
    QCOMPARE(reopened->groups().size(), 1);
    const auto &conditions = reopened->groups().at(0)->conditions();
    QCOMPARE(conditions.size(), 2);
    QCOMPARE(conditions.at(0)->fieldCombo()->currentData().toInt(), int(RuleField::Country));
    QCOMPARE(conditions.at(0)->condition().values, QStringList{countryKey});
    QCOMPARE(conditions.at(1)->operatorCombo()->currentData().toInt(), int(RuleOperator::GreaterOrEqual));
    QCOMPARE(conditions.at(1)->valueEditor()->findChild<QDoubleSpinBox *>()->value(), 100.0);
    QCOMPARE(reopened->rule(), built);
    reopened->reject();

    // Its members, then the export with the consent count.
    m_view->selectSegment({core::session::SegmentKind::Saved, row, QStringLiteral("Good customers at home")});
    ui::MemberListPanel *panel = m_view->members();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->task()->isRunning(), Timeout);
    QCOMPARE(panel->model()->rowCount(), int(expectedRows.size()));
    qint64 withConsent = 0;
    QStringList consentingIds;
    for (const int32_t c : expectedRows) {
        if (snapshot->customers.consentEmail(size_t(c)).value_or(false)) {
            ++withConsent;
            consentingIds.append(snapshot->customers.externalId(size_t(c)));
        }
    }
    const qint64 leftOut = qint64(expectedRows.size()) - withConsent;
    QVERIFY(leftOut > 0);
    // The file is written in the table's order (trial 9 found it in workspace order).
    panel->model()->sort(ui::MemberTableModel::CustomerId, Qt::DescendingOrder);
    QStringList shownConsentingIds;
    for (const QString &id : panel->model()->visibleCustomerIds()) {
        if (consentingIds.contains(id))
            shownConsentingIds.append(id);
    }
    ui::MemberExportDialog *exportDialog = panel->openExportDialog();
    QVERIFY(exportDialog);
    QVERIFY(exportDialog->consentText().startsWith(QLocale().toString(leftOut) + QStringLiteral(" of ")));
    const QString file = m_dir.filePath(QStringLiteral("members.csv"));
    exportDialog->setFilePath(file);
    exportDialog->setColumns(
        {QStringLiteral("customer_id"), QStringLiteral("country"), QStringLiteral("consent_email")});
    QSignalSpy exported(panel, &ui::MemberListPanel::exportFinished);
    exportDialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, Timeout);
    QCOMPARE(exported.at(0).at(0).toBool(), true);
    QVERIFY(panel->lastExportMessage().contains(
        QStringLiteral("%1 customers without marketing consent").arg(QLocale().toString(leftOut))));

    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("customer_id,country,consent_email"));
    QCOMPARE(lines.size() - 1, int(withConsent));
    QStringList writtenIds;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines.at(i).split(QLatin1Char(','));
        QCOMPARE(cells.size(), 3);
        QCOMPARE(cells.at(1), countryKey);
        QCOMPARE(cells.at(2), QStringLiteral("true"));
        writtenIds.append(cells.at(0));
    }
    QCOMPARE(writtenIds, shownConsentingIds);
    writtenIds.sort();
    consentingIds.sort();
    QCOMPARE(writtenIds, consentingIds);

    // Delete it again.
    stored.clear();
    m_view->deleteSegment(QStringLiteral("Good customers at home"));
    QTRY_COMPARE_WITH_TIMEOUT(stored.count(), 1, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->table(SegmentsView::SavedPage)->model()->rowCount(), 0, Timeout);
}

void TestSegmentsView::thresholdsAreSavedAndApplied()
{
    m_view->pages()->setCurrentIndex(SegmentsView::LifecyclePage);
    m_view->findChild<QPushButton *>(QStringLiteral("thresholdsButton"))->click();
    auto *dialog = m_view->findChild<ui::LifecycleSettingsDialog *>();
    QVERIFY(dialog);
    const QList<QSpinBox *> spins = dialog->findChildren<QSpinBox *>();
    QCOMPARE(spins.size(), 5);
    spins.at(0)->setValue(200); // New within 200 days
    QSignalSpy shown(m_view.get(), &SegmentsView::resultShown);
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, Timeout);

    LifecycleSettings settings;
    settings.newDays = 200;
    {
        core::Connection connection(m_path);
        const auto stored = LifecycleSettings::load(connection.db());
        QVERIFY(stored.ok());
        QCOMPARE(stored.value(), settings);
        QVERIFY(LifecycleSettings().save(connection.db()).ok()); // the other tests use the defaults
    }
    SnapshotPtr snapshot;
    engineBase(m_path, &snapshot);
    const CustomerBase base = CustomerBase::build(*snapshot, nullptr, SegmentGrid(), settings);
    qint64 newCustomers = 0;
    for (size_t r = 0; r < base.size(); ++r)
        newCustomers += base.lifecycle.stage[r] == LifecycleStage::New;
    const QAbstractItemModel *stages = m_view->table(SegmentsView::LifecyclePage)->model();
    const int row = rowOfName(stages, lifecycleDisplayName(LifecycleStage::New));
    QCOMPARE(stages->index(row, ui::SegmentSummaryModel::Customers).data(Qt::UserRole).toLongLong(),
             newCustomers);
}

void TestSegmentsView::emptyWorkspaceSaysWhatToDo()
{
    const QString empty = m_dir.filePath(QStringLiteral("empty.storelens"));
    QVERIFY(core::Workspace::open(empty, true).ok());
    QSignalSpy shown(m_view.get(), &SegmentsView::resultShown);
    m_view.context()->setWorkspace(empty);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, Timeout);
    QVERIFY(m_view->isShowingEmptyState());
    QVERIFY(m_view->emptyStateText().contains(QStringLiteral("import orders")));
    QVERIFY(!m_view->newSegment());
    m_view.context()->setWorkspace(QString());
    QVERIFY(m_view->isShowingEmptyState());
    QVERIFY(m_view->emptyStateText().startsWith(QStringLiteral("Open a workspace")));
}

// Grabs each sub-view; with STORELENS_SCREENSHOT_DIR set the images are saved there for a human to look at.
void TestSegmentsView::everyPageRenders_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("name");
    QTest::newRow("rfm") << int(SegmentsView::RfmPage) << QStringLiteral("segments-rfm");
    QTest::newRow("lifecycle") << int(SegmentsView::LifecyclePage) << QStringLiteral("segments-lifecycle");
    QTest::newRow("value tiers") << int(SegmentsView::ValueTierPage) << QStringLiteral("segments-tiers");
    QTest::newRow("my segments") << int(SegmentsView::SavedPage) << QStringLiteral("segments-saved");
    QTest::newRow("compare") << int(SegmentsView::ComparePage) << QStringLiteral("segments-compare");
}

void TestSegmentsView::everyPageRenders()
{
    QFETCH(int, page);
    QFETCH(QString, name);
    m_view->pages()->setCurrentIndex(page);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->members()->task()->isRunning(), Timeout);
    QTest::qWait(50);
    const QImage image = m_view->grab().toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 5)
        for (int x = 0; x < image.width(); x += 5)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 20, qPrintable(name));
    const QString dir = qEnvironmentVariable("STORELENS_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(image.save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

void TestSegmentsView::dialogsRender()
{
    const QString dir = qEnvironmentVariable("STORELENS_SCREENSHOT_DIR");
    ui::RuleBuilderDialog *dialog = m_view->newSegment();
    dialog->setSegmentName(QStringLiteral("Lapsed big spenders"));
    ui::RuleConditionEditor *first = dialog->groups().at(0)->conditions().at(0);
    first->operatorCombo()->setCurrentIndex(first->operatorCombo()->findData(int(RuleOperator::InList)));
    ui::RuleConditionEditor *second = dialog->groups().at(0)->addCondition();
    second->setCondition({RuleField::LastPurchase,
                          RuleOperator::Between,
                          {QStringLiteral("2023-01-01"), QStringLiteral("2023-12-31")}});
    ui::RuleGroupEditor *group = dialog->addGroup();
    group->addCondition()->setCondition(
        {RuleField::NetSales, RuleOperator::GreaterOrEqual, {QStringLiteral("500.00")}});
    group->addCondition()->setCondition(
        {RuleField::Lifecycle, RuleOperator::Equal, {QStringLiteral("lapsed")}});
    QTRY_VERIFY_WITH_TIMEOUT(dialog->matchCount() >= 0, Timeout);
    if (!dir.isEmpty())
        QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("segments-rule-builder.png"))));
    dialog->reject();
    ui::MemberExportDialog *exportDialog = m_view->members()->openExportDialog();
    QVERIFY(exportDialog);
    if (!dir.isEmpty())
        QVERIFY(exportDialog->grab().save(QDir(dir).filePath(QStringLiteral("segments-export.png"))));
    exportDialog->reject();
}

// A till export has no consent column: every member lacks consent, so the default export would write an
// empty file. The dialog says so and offers no Export until the user includes them.
void TestSegmentsView::exportWithNobodyToWriteIsNotOffered()
{
    ui::MemberExportDialog dialog(QStringLiteral("Champions"), 11, 11);
    dialog.setFilePath(m_dir.filePath(QStringLiteral("nobody.csv")));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!dialog.includeWithoutConsent());
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.consentText().contains(QStringLiteral("none will be written")));
    dialog.setIncludeWithoutConsent(true);
    QVERIFY(ok->isEnabled());
    QVERIFY(dialog.consentText().startsWith(QStringLiteral("All 11 customers will be written")));
}

// Issue 18 (trial 11b): German Excel opened the member CSV as one column. "For Excel in this language" is
// ticked by default where the language writes a decimal comma, not in English; the user's choice is
// remembered over the language's default; the options carry it.
void TestSegmentsView::exportForExcelFollowsTheLanguage()
{
    const QString key = QStringLiteral("segments/exportForExcel");
    QSettings().remove(key);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    {
        ui::MemberExportDialog german(QStringLiteral("Champions"), 11, 0);
        QVERIFY(german.forExcel());
        QCOMPARE(german.options().style, core::analytics::MemberCsvStyle::ForExcel);
        QCOMPARE(german.options().locale.decimalPoint(), QStringLiteral(","));
        german.setFilePath(m_dir.filePath(QStringLiteral("champions.csv")));
        german.resize(german.sizeHint().expandedTo(QSize(440, 520)));
        german.show();
        QVERIFY(QTest::qWaitForWindowExposed(&german));
        const QString dir = qEnvironmentVariable("STORELENS_SCREENSHOT_DIR");
        QVERIFY(german.grab().save(
            QDir(dir.isEmpty() ? QDir::tempPath() : dir).filePath(QStringLiteral("segments-export-de.png"))));
        german.setForExcel(false);
        german.accept(); // remembered
    }
    {
        ui::MemberExportDialog again(QStringLiteral("Champions"), 11, 0);
        QVERIFY(!again.forExcel());
        QCOMPARE(again.options().style, core::analytics::MemberCsvStyle::Standard);
    }
    QSettings().remove(key);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    ui::MemberExportDialog english(QStringLiteral("Champions"), 11, 0);
    QVERIFY(!english.forExcel());
}

void TestSegmentsView::cleanupTestCase()
{
    cleanup();
    QTRY_COMPARE(QApplication::topLevelWidgets().size(), 0);
}

void TestSegmentsView::gridNamesFitInEveryLanguage_data()
{
    // The longest segment names of the shipped translations (translations/storelens_*.ts, SegmentGrid).
    QTest::addColumn<QStringList>("names");
    QTest::newRow("English") << QStringList{QStringLiteral("Potential loyalists"),
                                            QStringLiteral("Can't lose them"),
                                            QStringLiteral("Recent customers")};
    QTest::newRow("Deutsch") << QStringList{
        QStringLiteral("Kurz vor dem Einschlafen"), QStringLiteral("Potenzielle Stammkunden"),
        QStringLiteral("Vielversprechend"), QStringLiteral("Brauchen Aufmerksamkeit")};
    QTest::newRow("Français") << QStringList{QStringLiteral("Sur le point de s'endormir"),
                                             QStringLiteral("Fidèles potentiels"),
                                             QStringLiteral("En hibernation")};
    QTest::newRow("Español") << QStringList{QStringLiteral("No se pueden perder"),
                                            QStringLiteral("A punto de dormirse"),
                                            QStringLiteral("Necesitan atención")};
}

// No segment name is shortened: a long one takes two lines, and the grid's minimum size gives the longest
// room (the widget at its minimum size; the figures are money, the widest kind).
void TestSegmentsView::gridNamesFitInEveryLanguage()
{
    QFETCH(QStringList, names);
    ui::RfmGridWidget grid;
    std::array<qint64, 25> customers{};
    std::array<qint64, 25> netSales{};
    std::array<QString, 25> cellNames;
    for (size_t i = 0; i < 25; ++i) {
        customers[i] = qint64(i) * 37;
        netSales[i] = qint64(i) * 123456789;
        cellNames[i] = names.at(int(i) % names.size());
    }
    grid.setCells(customers, netSales, cellNames);
    grid.setMetric(ui::RfmGridWidget::Metric::NetSales);
    grid.resize(grid.minimumSizeHint());
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    for (int r = 1; r <= 5; ++r) {
        for (int fm = 1; fm <= 5; ++fm) {
            const QStringList lines = grid.nameLines(r, fm);
            QVERIFY2(lines.size() <= 2, qPrintable(lines.join(QLatin1Char('|'))));
            QCOMPARE(lines.join(QLatin1Char(' ')), cellNames[size_t(ui::RfmGridWidget::index(r, fm))]);
        }
    }
    QVERIFY(grid.grab().save(QDir::temp().filePath(
        QStringLiteral("storelens-rfm-grid-%1.png").arg(QString::fromLatin1(QTest::currentDataTag())))));
}

QTEST_MAIN(TestSegmentsView)
#include "tst_segmentsview.moc"
