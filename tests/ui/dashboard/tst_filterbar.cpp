#include "core/analytics/snapshot/SnapshotLoader.h"
#include "core/model/Countries.h"
#include "core/session/WorkspaceSession.h"
#include "ui/common/AnalysisContext.h"
#include "ui/dashboard/FilterBar.h"
#include "ui/dashboard/MultiSelectButton.h"

#include "DashboardFixture.h"
#include "common/GermanDisplayNames.h"

#include <QComboBox>
#include <QDateEdit>
#include <QListWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QTimer>

using namespace storelens;
using core::analytics::Comparison;
using ui::DateRangePreset;
using ui::FilterBar;

namespace {

constexpr int Timeout = 30000;

// Checks a value in a picker the way a user does: through the list in its popup.
void clickValue(ui::MultiSelectButton *picker, const QString &value)
{
    auto *list = picker->findChild<QListWidget *>();
    QVERIFY(list);
    const auto items = list->findItems(value, Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    items.first()->setCheckState(items.first()->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
}

} // namespace

class TestFilterBar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void defaultIsTheEnginesDefaultPeriod();
    void presetsFollowTheAsOfDate();
    void lastQuarterComparesWithTheCalendarQuarterBefore();
    void pickersOfferTheSnapshotsValues();
    void changesAreDebounced();
    void customDatesSwitchToCustom();
    void choicesPersist();
    void savedSegmentsAreOffered();
    void pickerWorksFromTheKeyboard();
    void canonicalNamesShowTranslated();

private:
    dashboardfixture::SampleFolder m_sample;
    core::analytics::SnapshotPtr m_snapshot;
};

void TestFilterBar::initTestCase()
{
    QVERIFY(m_sample.setUp("tst_filterbar"));
    auto snapshot = core::analytics::loadSnapshot(m_sample.path());
    QVERIFY(snapshot.ok());
    m_snapshot = snapshot.value();
    QCOMPARE(m_snapshot->asOfDate(), QDate(2026, 9, 30)); // the sample store's fixed last day
}

void TestFilterBar::init()
{
    QSettings().clear();
}

void TestFilterBar::cleanup()
{
    QTRY_COMPARE(dashboardfixture::leakedWindows(), 0);
}

void TestFilterBar::defaultIsTheEnginesDefaultPeriod()
{
    ui::AnalysisContext context;
    context.setWorkspace(m_sample.path());
    FilterBar bar(&context);
    QSignalSpy loaded(&bar, &FilterBar::choicesLoaded);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, Timeout);
    QCOMPARE(bar.preset(), DateRangePreset::Last12Months);
    QCOMPARE(bar.comparison(), Comparison::PreviousPeriod);
    // The period stays "default" so the engine resolves it; the date edits show what that is.
    QCOMPARE(context.query().period.isValid(), false);
    QCOMPARE(bar.findChild<QDateEdit *>(QStringLiteral("periodFrom"))->date(), QDate(2025, 10, 1));
    QCOMPARE(bar.findChild<QDateEdit *>(QStringLiteral("periodTo"))->date(), QDate(2026, 9, 30));
    QCOMPARE(context.query().filter.isEmpty(), true);
}

void TestFilterBar::presetsFollowTheAsOfDate()
{
    ui::AnalysisContext context;
    context.setWorkspace(m_sample.path());
    FilterBar bar(&context);
    QSignalSpy loaded(&bar, &FilterBar::choicesLoaded);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, Timeout);
    QCOMPARE(bar.asOf(), QDate(2026, 9, 30));

    auto *preset = bar.findChild<QComboBox *>(QStringLiteral("periodPreset"));
    // The last complete quarter: the data runs to September 30, the end of Q3 (as the quarterly report).
    preset->setCurrentIndex(preset->findData(int(DateRangePreset::LastQuarter)));
    QTRY_COMPARE(context.query().period.from, QDate(2026, 7, 1));
    QCOMPARE(context.query().period.to, QDate(2026, 9, 30));
    QCOMPARE(preset->currentText(), QStringLiteral("Last complete quarter (Q3 2026)"));

    auto *comparison = bar.findChild<QComboBox *>(QStringLiteral("comparison"));
    comparison->setCurrentIndex(comparison->findData(int(Comparison::SamePeriodLastYear)));
    QTRY_COMPARE(context.query().comparison, Comparison::SamePeriodLastYear);
    QCOMPARE(context.query().period.from, QDate(2026, 7, 1));
}

// Trials 16 and 17: the app compared "last month" and a finished "this month" with the 30 days before, the
// monthly PDF with the calendar month before. Q3 2026, the last complete quarter (July 1 – September 30, 92
// days): the 92 days before start on March 31, the calendar quarter before on April 1.
void TestFilterBar::lastQuarterComparesWithTheCalendarQuarterBefore()
{
    ui::AnalysisContext context;
    context.setWorkspace(m_sample.path());
    FilterBar bar(&context);
    QSignalSpy loaded(&bar, &FilterBar::choicesLoaded);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, Timeout);
    bar.setPreset(DateRangePreset::LastQuarter);
    const core::analytics::Query quarter = bar.currentQuery();
    QCOMPARE(quarter.period.from, QDate(2026, 7, 1));
    QCOMPARE(quarter.comparisonPeriod.from, QDate(2026, 4, 1));
    QCOMPARE(quarter.comparisonPeriod.to, QDate(2026, 6, 30));
    // The same days picked by hand are the same quarter; April 2 – June 30 is no whole quarter or month and
    // keeps the engine's period of the same length.
    bar.setCustomRange(QDate(2026, 4, 1), QDate(2026, 6, 30));
    QCOMPARE(bar.currentQuery().comparisonPeriod.from, QDate(2026, 1, 1));
    bar.setCustomRange(QDate(2026, 4, 2), QDate(2026, 6, 30));
    QVERIFY(!bar.currentQuery().comparisonPeriod.isValid());
    // A whole September picked by hand compares with August 1–31 (the 30 days before start on August 2).
    bar.setCustomRange(QDate(2026, 9, 1), QDate(2026, 9, 30));
    QCOMPARE(bar.currentQuery().comparisonPeriod.from, QDate(2026, 8, 1));
    QCOMPARE(bar.currentQuery().comparisonPeriod.to, QDate(2026, 8, 31));
    // A year earlier is a year earlier, whatever the preset.
    bar.setPreset(DateRangePreset::LastQuarter);
    bar.setComparison(Comparison::SamePeriodLastYear);
    QVERIFY(!bar.currentQuery().comparisonPeriod.isValid());
}

void TestFilterBar::pickersOfferTheSnapshotsValues()
{
    ui::AnalysisContext context;
    context.setWorkspace(m_sample.path());
    FilterBar bar(&context);
    QSignalSpy loaded(&bar, &FilterBar::choicesLoaded);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, Timeout);
    QStringList stores = m_snapshot->stores;
    stores.sort(Qt::CaseInsensitive);
    QCOMPARE(bar.storePicker()->values(), stores);
    QStringList categories = m_snapshot->categories;
    categories.sort(Qt::CaseInsensitive);
    QCOMPARE(bar.categoryPicker()->values(), categories);
    QVERIFY(stores.size() >= 2);

    clickValue(bar.storePicker(), stores.at(1));
    QTRY_COMPARE(context.query().filter.stores, QStringList{stores.at(1)});
    clickValue(bar.channelPicker(), bar.channelPicker()->values().first());
    QTRY_COMPARE(context.query().filter.channels, QStringList{bar.channelPicker()->values().first()});
    QCOMPARE(bar.storePicker()->text(), QStringLiteral("Store: %1").arg(stores.at(1)));
    clickValue(bar.storePicker(), stores.at(1)); // unchecking the only value means "all" again
    QTRY_COMPARE(context.query().filter.stores, QStringList());
    QCOMPARE(bar.storePicker()->text(), QStringLiteral("Store: All"));
}

void TestFilterBar::changesAreDebounced()
{
    ui::AnalysisContext context;
    context.setWorkspace(m_sample.path());
    FilterBar bar(&context);
    QSignalSpy loaded(&bar, &FilterBar::choicesLoaded);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, Timeout);
    QSignalSpy changed(&context, &ui::AnalysisContext::queryChanged);
    bar.setPreset(DateRangePreset::Last7Days);
    bar.setPreset(DateRangePreset::Last30Days);
    bar.setComparison(Comparison::None);
    // The picker lists a country by its name and filters by its key.
    clickValue(bar.countryPicker(), core::countryDisplayName(bar.countryPicker()->values().first()));
    QCOMPARE(changed.count(), 0); // nothing yet: the bar waits for the burst to end
    QTRY_COMPARE(changed.count(), 1);
    QTest::qWait(300);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(context.query().period.from, QDate(2026, 9, 1));
    QCOMPARE(context.query().comparison, Comparison::None);
    QCOMPARE(context.query().filter.countries, QStringList{bar.countryPicker()->values().first()});
}

void TestFilterBar::customDatesSwitchToCustom()
{
    ui::AnalysisContext context;
    context.setWorkspace(m_sample.path());
    FilterBar bar(&context);
    QSignalSpy loaded(&bar, &FilterBar::choicesLoaded);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, Timeout);
    auto *from = bar.findChild<QDateEdit *>(QStringLiteral("periodFrom"));
    auto *to = bar.findChild<QDateEdit *>(QStringLiteral("periodTo"));
    to->setDate(QDate(2026, 3, 31));
    from->setDate(QDate(2026, 3, 1));
    QCOMPARE(bar.preset(), DateRangePreset::Custom);
    QTRY_COMPARE(context.query().period.from, QDate(2026, 3, 1));
    QCOMPARE(context.query().period.to, QDate(2026, 3, 31));
    // A start after the end moves the end along: the range is never reversed.
    from->setDate(QDate(2026, 4, 10));
    QCOMPARE(to->date(), QDate(2026, 4, 10));
}

void TestFilterBar::choicesPersist()
{
    QString store;
    {
        ui::AnalysisContext context;
        context.setWorkspace(m_sample.path());
        FilterBar bar(&context);
        QSignalSpy loaded(&bar, &FilterBar::choicesLoaded);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, Timeout);
        store = bar.storePicker()->values().last();
        bar.setCustomRange(QDate(2026, 1, 15), QDate(2026, 2, 14));
        bar.setComparison(Comparison::SamePeriodLastYear);
        clickValue(bar.storePicker(), store);
        bar.applyNow();
        QCOMPARE(context.query().filter.stores, QStringList{store});
    }
    ui::AnalysisContext context;
    FilterBar bar(&context); // restored before any workspace is open
    QCOMPARE(bar.preset(), DateRangePreset::Custom);
    QCOMPARE(bar.comparison(), Comparison::SamePeriodLastYear);
    QCOMPARE(context.query().period.from, QDate(2026, 1, 15));
    QCOMPARE(context.query().period.to, QDate(2026, 2, 14));
    QCOMPARE(context.query().filter.stores, QStringList{store});
    QSignalSpy loaded(&bar, &FilterBar::choicesLoaded);
    context.setWorkspace(m_sample.path());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, Timeout);
    QCOMPARE(bar.storePicker()->selected(), QStringList{store});
    QCOMPARE(context.query().filter.stores, QStringList{store});
}

void TestFilterBar::savedSegmentsAreOffered()
{
    ui::AnalysisContext context;
    context.setWorkspace(m_sample.path());
    FilterBar bar(&context);
    QSignalSpy loaded(&bar, &FilterBar::choicesLoaded);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, Timeout);
    auto *segments = bar.findChild<QComboBox *>(QStringLiteral("segmentPicker"));
    QCOMPARE(segments->count(), 1); // "All customers"
    // Saved the way the Segments view saves: through the session's write queue.
    core::analytics::RuleCondition condition;
    condition.field = core::analytics::RuleField::Country;
    condition.values = {m_snapshot->countries.first()};
    core::analytics::RuleGroup group;
    group.conditions.push_back(condition);
    core::analytics::SegmentRule rule;
    rule.addGroup(group);
    auto saved = context.session()->saveSegment(QString(), QStringLiteral("Locals"), rule);
    saved.waitForFinished();
    QVERIFY(saved.result().ok());
    context.notifySegmentsChanged();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, Timeout);
    QCOMPARE(segments->count(), 2);
    segments->setCurrentIndex(segments->findData(QStringLiteral("Locals")));
    QTRY_COMPARE(context.query().filter.segment, QStringLiteral("Locals"));
    auto removed = context.session()->deleteSegment(QStringLiteral("Locals"));
    removed.waitForFinished();
    QVERIFY(removed.result().ok());
}

void TestFilterBar::pickerWorksFromTheKeyboard()
{
    ui::AnalysisContext context;
    context.setWorkspace(m_sample.path());
    QWidget window;
    auto *bar = new FilterBar(&context, &window);
    QSignalSpy loaded(bar, &FilterBar::choicesLoaded); // before the wait below, which runs the event loop
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, Timeout);
    ui::MultiSelectButton *picker = bar->channelPicker();
    picker->setFocus();
    auto *list = picker->findChild<QListWidget *>();
    bool checkedInPopup = false;
    // Space opens the popup; inside it Down moves to the second value, Space checks it, Escape closes.
    QTimer::singleShot(200, list, [list, &checkedInPopup] {
        QWidget *target = QApplication::focusWidget();
        QTest::keyClick(target, Qt::Key_Down);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        checkedInPopup = list->item(1)->checkState() == Qt::Checked;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    });
    QTest::keyClick(picker, Qt::Key_Space);
    QTRY_VERIFY(!picker->menu()->isVisible());
    QVERIFY(checkedInPopup);
    QTRY_COMPARE(context.query().filter.channels, QStringList{picker->values().at(1)});
}

// The sample store's channel "In store" is the importer's canonical default name: in a German UI the picker
// lists and names it "Im Laden", while the filter keeps the stored name.
void TestFilterBar::canonicalNamesShowTranslated()
{
    test::GermanDisplayNames german;
    QCoreApplication::installTranslator(&german);
    ui::AnalysisContext context;
    context.setWorkspace(m_sample.path());
    FilterBar bar(&context);
    QSignalSpy loaded(&bar, &FilterBar::choicesLoaded);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, Timeout);
    QVERIFY(bar.channelPicker()->values().contains(QStringLiteral("In store")));
    clickValue(bar.channelPicker(), QStringLiteral("Im Laden"));
    QTRY_COMPARE(context.query().filter.channels, QStringList{QStringLiteral("In store")});
    QCOMPARE(bar.channelPicker()->selected(), QStringList{QStringLiteral("In store")});
    QCOMPARE(bar.channelPicker()->text(), QStringLiteral("Channel: Im Laden"));
    QCoreApplication::removeTranslator(&german);
}

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
