#include "core/analytics/segments/SegmentStore.h"
#include "core/store/Workspace.h"

#include "core/analytics/SnapshotFixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace storelens::core::analytics;
using storelens::core::Connection;
using storelens::core::ErrorCode;
using storelens::core::Workspace;
using storelens::test::SnapshotFixture;

namespace {

SegmentRule countryRule(const QString &country)
{
    RuleCondition c;
    c.field = RuleField::Country;
    c.values = {country};
    RuleGroup g;
    g.conditions.push_back(c);
    SegmentRule r;
    r.addGroup(g);
    return r;
}

} // namespace

class TestSegmentStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void saveListRenameDelete();
    void allowList();
    void gridAndSettingsPersist();
};

void TestSegmentStore::saveListRenameDelete()
{
    QTemporaryDir dir;
    const auto ws = Workspace::open(dir.filePath(QStringLiteral("w.storelens")));
    QVERIFY(ws.ok());
    Connection c(ws->path());
    QVERIFY(SegmentStore::save(c.db(), QStringLiteral("Germany"), countryRule(QStringLiteral("DE"))).ok());
    QVERIFY(SegmentStore::save(c.db(), QStringLiteral("France"), countryRule(QStringLiteral("FR"))).ok());
    // Saving under an existing name (any case) replaces the rule.
    QVERIFY(SegmentStore::save(c.db(), QStringLiteral("germany"), countryRule(QStringLiteral("AT"))).ok());
    auto list = SegmentStore::list(c.db());
    QVERIFY(list.ok());
    QCOMPARE(list->size(), size_t(2));
    QCOMPARE(list->at(0).name, QStringLiteral("France"));
    QCOMPARE(list->at(1).name, QStringLiteral("Germany"));
    QCOMPARE(list->at(1).rule == countryRule(QStringLiteral("AT")), true);

    QCOMPARE(SegmentStore::rename(c.db(), QStringLiteral("France"), QStringLiteral("Germany")).error().code(),
             ErrorCode::InvalidValue);
    QVERIFY(SegmentStore::rename(c.db(), QStringLiteral("France"), QStringLiteral("French customers")).ok());
    QCOMPARE(SegmentStore::find(c.db(), QStringLiteral("France")).error().code(), ErrorCode::NotFound);
    QVERIFY(SegmentStore::find(c.db(), QStringLiteral("French customers")).ok());

    QVERIFY(SegmentStore::remove(c.db(), QStringLiteral("Germany")).ok());
    QCOMPARE(SegmentStore::remove(c.db(), QStringLiteral("Germany")).error().code(), ErrorCode::NotFound);
    QCOMPARE(SegmentStore::list(c.db())->size(), size_t(1));
}

void TestSegmentStore::allowList()
{
    QTemporaryDir dir;
    const auto ws = Workspace::open(dir.filePath(QStringLiteral("w.storelens")));
    QVERIFY(ws.ok());
    Connection c(ws->path());
    QVERIFY(SegmentStore::save(c.db(), QStringLiteral("Germany"), countryRule(QStringLiteral("DE"))).ok());

    // Customers 0 (DE), 1 (FR), 2 (DE, but only a return: outside the population), 3 (DE, only guests' store)
    SnapshotFixture fx;
    fx.customers({"K0", "K1", "K2", "K3"});
    fx.setCountry(QStringLiteral("K0"), QStringLiteral("DE"));
    fx.setCountry(QStringLiteral("K1"), QStringLiteral("FR"));
    fx.setCountry(QStringLiteral("K2"), QStringLiteral("DE"));
    fx.setCountry(QStringLiteral("K3"), QStringLiteral("DE"));
    const QDate day(2024, 5, 1);
    fx.sale(day, QStringLiteral("O1"), QStringLiteral("K0"), 1000);
    fx.sale(day, QStringLiteral("O2"), QStringLiteral("K1"), 1000);
    fx.sale(day, QStringLiteral("O3"), QStringLiteral("K2"), 1000, -1);
    fx.sale(day, QStringLiteral("O4"), QStringLiteral("K3"), 1000);
    const auto s = fx.build();

    auto allow = segmentAllowList(c.db(), *s, nullptr, QStringLiteral("germany"));
    QVERIFY(allow.ok());
    QCOMPARE(allow.value(), (std::vector<uint8_t>{1, 0, 0, 1}));

    // With the other filters dropping K3's line, K3 is no longer in the population.
    std::vector<uint8_t> mask(s->lineCount(), 1);
    for (size_t i = 0; i < s->lineCount(); ++i) {
        if (s->customer[i] == 3)
            mask[i] = 0;
    }
    allow = segmentAllowList(c.db(), *s, &mask, QStringLiteral("Germany"));
    QCOMPARE(allow.value(), (std::vector<uint8_t>{1, 0, 0, 0}));

    // Lifecycle keys and RFM names work too: everybody bought on the as-of date, so all three are New.
    QCOMPARE(segmentAllowList(c.db(), *s, nullptr, QStringLiteral("new")).value(),
             (std::vector<uint8_t>{1, 1, 0, 1}));
    QCOMPARE(segmentAllowList(c.db(), *s, nullptr, QStringLiteral("Nobody")).error().code(),
             ErrorCode::NotFound);
}

void TestSegmentStore::gridAndSettingsPersist()
{
    QTemporaryDir dir;
    const auto ws = Workspace::open(dir.filePath(QStringLiteral("w.storelens")));
    QVERIFY(ws.ok());
    Connection c(ws->path());
    QCOMPARE(SegmentGrid::load(c.db()).value() == SegmentGrid(), true); // the default when none is saved
    SegmentGrid grid;
    grid.setName(1, 1, QStringLiteral("Gone"));
    QVERIFY(grid.save(c.db()).ok());
    QCOMPARE(SegmentGrid::load(c.db())->name(1, 1), QStringLiteral("Gone"));
    LifecycleSettings settings;
    settings.atRiskDays = 60;
    QVERIFY(settings.save(c.db()).ok());
    QCOMPARE(LifecycleSettings::load(c.db())->atRiskDays, 60);
}

QTEST_GUILESS_MAIN(TestSegmentStore)
#include "tst_segmentstore.moc"
