// The cohort matrix starts its pass at the range's first period and takes each customer's cohort from the
// customer totals kept with the snapshot: on a generated store it equals, cell by cell, the matrix of one
// pass over all lines that finds each customer's first sale line as it comes (the pass before that change).
#include "core/analytics/cohorts/Cohorts.h"
#include "core/analytics/query/Periods.h"
#include "core/analytics/snapshot/SnapshotLoader.h"
#include "core/sample/SampleWorkspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <climits>
#include <map>

using namespace storelens::core;
using namespace storelens::core::analytics;

namespace {

struct ReferenceCell
{
    int32_t active = 0, orders = 0, priced = 0, unpriced = 0;
    int64_t net = 0;
};
// (cohort period, age) → cell, and cohort period → size.
struct Reference
{
    std::map<std::pair<int32_t, int32_t>, ReferenceCell> cells;
    std::map<int32_t, int32_t> sizes;
};

// One pass over every line in order: a customer's cohort is fixed by their first sale line as it comes; a
// line before it (a return) counts in the cohort's first cell when it falls in the same period.
Reference referenceMatrix(const Snapshot &s, const std::vector<uint8_t> *mask, Grain grain, int32_t lo,
                          int32_t hi)
{
    Reference ref;
    std::vector<int32_t> cohort(s.customers.size(), INT32_MIN), lastActive(s.customers.size(), INT32_MIN);
    std::vector<std::vector<std::pair<int32_t, int64_t>>> early(s.customers.size()); // (period, line)
    std::map<std::pair<int32_t, int32_t>, int> orderSeen; // (period, order) → customer + 1
    const auto addLine = [&](int32_t c, int32_t p, size_t i) {
        if (cohort[size_t(c)] < lo || cohort[size_t(c)] > hi)
            return;
        ReferenceCell &cell = ref.cells[{cohort[size_t(c)], p - cohort[size_t(c)]}];
        cell.net += s.gross[i] - s.discount[i];
        ++(s.isUnpriced(i) ? cell.unpriced : cell.priced);
        if (s.quantity[i] <= 0)
            return;
        if (lastActive[size_t(c)] != p) {
            lastActive[size_t(c)] = p;
            ++cell.active;
        }
        int &seen = orderSeen[{p, s.order[i]}];
        if (seen != c + 1) {
            seen = c + 1;
            ++cell.orders;
        }
    };
    for (size_t i = 0; i < s.lineCount(); ++i) {
        const int32_t c = s.customer[i];
        if (c < 0 || (mask && !(*mask)[i]))
            continue;
        const int32_t p = cohortperiod::indexOfDay(grain, s.day[i]);
        if (cohort[size_t(c)] == INT32_MIN) {
            if (s.quantity[i] <= 0) {
                early[size_t(c)].push_back({p, int64_t(i)});
                continue;
            }
            cohort[size_t(c)] = p;
            if (p >= lo && p <= hi)
                ++ref.sizes[p];
            for (const auto &[period, line] : early[size_t(c)]) {
                if (period == p)
                    addLine(c, p, size_t(line));
            }
        }
        addLine(c, p, i);
    }
    return ref;
}

} // namespace

class TestCohortPass : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void equalsOnePassOverAllLines_data();
    void equalsOnePassOverAllLines();

private:
    QTemporaryDir m_dir;
    SnapshotPtr m_snapshot;
};

void TestCohortPass::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("sample.storelens"));
    SampleOptions options;
    options.customers = 1500;
    auto stats = writeSampleWorkspace(path, options);
    QVERIFY2(stats.ok(), qPrintable(stats.error().message()));
    auto snapshot = loadSnapshot(path);
    QVERIFY2(snapshot.ok(), qPrintable(snapshot.error().message()));
    m_snapshot = snapshot.value();
    QVERIFY(m_snapshot->lineCount() > 10000);
}

void TestCohortPass::equalsOnePassOverAllLines_data()
{
    QTest::addColumn<int>("grain");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<bool>("masked");
    const QDate asOf(2026, 9, 30);
    for (bool masked : {false, true}) {
        const char *m = masked ? " masked" : "";
        QTest::addRow("month, default period%s", m)
            << int(Grain::Month) << asOf.addYears(-1).addDays(1) << asOf << masked;
        QTest::addRow("month, all time%s", m) << int(Grain::Month) << QDate() << QDate() << masked;
        QTest::addRow("week, mid-month%s", m)
            << int(Grain::Week) << QDate(2025, 3, 12) << QDate(2025, 8, 20) << masked;
        QTest::addRow("quarter, a year%s", m)
            << int(Grain::Quarter) << QDate(2024, 11, 15) << QDate(2025, 11, 14) << masked;
        QTest::addRow("month, before the data%s", m)
            << int(Grain::Month) << QDate(2020, 1, 1) << QDate(2024, 2, 29) << masked;
    }
}

void TestCohortPass::equalsOnePassOverAllLines()
{
    QFETCH(int, grain);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(bool, masked);
    const Snapshot &s = *m_snapshot;
    // A mask that leaves out every third line: it moves many customers' first sales (and cohorts).
    std::vector<uint8_t> mask(s.lineCount());
    for (size_t i = 0; i < mask.size(); ++i)
        mask[i] = i % 3 == 0 ? 0 : 1;
    const std::vector<uint8_t> *lineMask = masked ? &mask : nullptr;
    const auto g = Grain(grain);
    const Period range{from, to};
    const CohortMatrix m = CohortMatrix::compute(s, lineMask, g, range);

    int32_t lo = cohortperiod::indexOfDay(g, s.day.front());
    int32_t hi = cohortperiod::indexOfDay(g, s.day.back());
    if (range.isValid()) {
        lo = std::max(lo, cohortperiod::indexOfDay(g, int32_t(from.toJulianDay())));
        hi = std::min(hi, cohortperiod::indexOfDay(g, int32_t(to.toJulianDay())));
    }
    const Reference ref = referenceMatrix(s, lineMask, g, lo, hi);
    QCOMPARE(m.cohorts().size(), ref.sizes.size());
    QVERIFY(!m.cohorts().empty());
    size_t cellsCompared = 0;
    for (const Cohort &cohort : m.cohorts()) {
        QCOMPARE(cohort.size, ref.sizes.at(cohort.periodIndex));
        for (size_t age = 0; age < cohort.cells.size(); ++age) {
            const CohortCell &cell = cohort.cells[age];
            const auto it = ref.cells.find({cohort.periodIndex, int32_t(age)});
            const ReferenceCell r = it == ref.cells.end() ? ReferenceCell() : it->second;
            QCOMPARE(cell.activeCustomers, r.active);
            QCOMPARE(cell.orders, r.orders);
            QCOMPARE(cell.netSales, r.net);
            QCOMPARE(cell.pricedLines, r.priced);
            QCOMPARE(cell.unpricedLines, r.unpriced);
            ++cellsCompared;
        }
    }
    QVERIFY(cellsCompared >= m.cohorts().size());
    // The cohort of each customer, as the drill-down lists it.
    for (size_t k = 0; k < m.cohorts().size(); ++k)
        QCOMPARE(int(m.customersInCell(s, lineMask, int(k), 0).size()), m.cohorts()[k].size);
}

QTEST_GUILESS_MAIN(TestCohortPass)
#include "tst_cohortpass.moc"
