// Cross-checks the KPI engine against independent plain SQL on the sample store (METRICS.md sections 2 and
// 3). Every expected figure below is computed by SQL written from METRICS.md against the workspace tables,
// not from the engine's code: money is compared exactly in ten-thousandths, ratios with a relative tolerance.
#include "core/analytics/kpi/KpiEngine.h"
#include "core/analytics/query/LineFilter.h"
#include "core/analytics/query/Periods.h"
#include "core/analytics/snapshot/SnapshotLoader.h"
#include "core/sample/SampleWorkspace.h"
#include "core/store/Workspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>
#include <memory>
#include <optional>

using namespace storelens::core;
using namespace storelens::core::analytics;

Q_DECLARE_METATYPE(storelens::core::analytics::Comparison)

namespace {

// Relative 1e-12 (both exactly zero also counts as equal).
bool fuzzyEqual(double a, double b)
{
    if (a == b)
        return true;
    return std::fabs(a - b) <= 1e-12 * std::max(std::fabs(a), std::fabs(b));
}

// Half away from zero, written independently of Money.h.
qint64 roundedQuotient(qint64 numerator, qint64 denominator)
{
    const qint64 twice = 2 * numerator;
    return twice >= 0 ? (twice + denominator) / (2 * denominator)
                      : -((-twice + denominator) / (2 * denominator));
}

// Per-line rounding of METRICS.md section 1 in SQLite integer arithmetic: quantity is in thousandths and
// money in ten-thousandths, so quantity × price is in 1e-7 units and is divided by 1000 half away from zero.
QString roundedProduct(const QString &quantity, const QString &price)
{
    const QString x = QStringLiteral("(%1 * %2)").arg(quantity, price);
    return QStringLiteral("(CASE WHEN %1 >= 0 THEN (%1 + 500) / 1000 ELSE -((-%1 + 500) / 1000) END)").arg(x);
}

QString sqlList(const QStringList &names)
{
    QStringList quoted;
    for (QString n : names)
        quoted << QLatin1Char('\'') + n.replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
    return quoted.join(QLatin1Char(','));
}

// What a KPI should be, by METRICS.md, computed in SQL.
struct Expected
{
    enum class Kind { Money, MoneyRounded, Count, Ratio };
    bool hasData = false;
    Kind kind = Kind::Ratio;
    qint64 units = 0; // Money: exact; MoneyRounded: the exact quotient rounded half away from zero
    double value = 0; // Ratio: the fraction; MoneyRounded: the exact quotient in ten-thousandths
    qint64 count = 0; // Count
};

Expected money(qint64 units)
{
    return {true, Expected::Kind::Money, units, 0, 0};
}
Expected moneyRounded(qint64 units, double exact)
{
    return {true, Expected::Kind::MoneyRounded, units, exact, 0};
}
Expected count(qint64 n)
{
    return {true, Expected::Kind::Count, 0, 0, n};
}
Expected ratio(double v)
{
    return {true, Expected::Kind::Ratio, 0, v, 0};
}
Expected noData()
{
    return {};
}

// Plain SQL over the workspace tables.
class SqlKpis
{
public:
    SqlKpis(QSqlDatabase &db, const Filter &filter)
        : m_db(db)
    {
        if (!filter.stores.isEmpty())
            m_storeClause = QStringLiteral(" AND store_id IN (SELECT id FROM stores WHERE name IN (%1))")
                                .arg(sqlList(filter.stores));
        if (!filter.channels.isEmpty())
            m_channelClause =
                QStringLiteral(" AND channel_id IN (SELECT id FROM channels WHERE name IN (%1))")
                    .arg(sqlList(filter.channels));
        m_lineClause = m_storeClause + m_channelClause;
    }

    qint64 integer(const QString &sql) const
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql) || !q.next()) {
            qWarning("SQL failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return -1;
        }
        return q.value(0).toLongLong();
    }
    double real(const QString &sql) const
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql) || !q.next()) {
            qWarning("SQL failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return -1;
        }
        return q.value(0).toDouble();
    }

    QString linesIn(qint64 from, qint64 to) const
    {
        return QStringLiteral(" FROM order_lines WHERE day BETWEEN %1 AND %2").arg(from).arg(to) +
               m_lineClause;
    }

    qint64 netSales(qint64 from, qint64 to) const
    {
        return integer(QStringLiteral("SELECT COALESCE(SUM(%1 - discount), 0)")
                           .arg(roundedProduct(QStringLiteral("quantity"), QStringLiteral("unit_price"))) +
                       linesIn(from, to));
    }
    qint64 lineCount(qint64 from, qint64 to) const
    {
        return integer(QStringLiteral("SELECT COUNT(*)") + linesIn(from, to));
    }
    // The coverage rule (METRICS.md section 1): days of [from, to] between the first and the last day with
    // any line (before filters), at least 90 % of them.
    bool covered(qint64 from, qint64 to) const
    {
        const qint64 first = integer(QStringLiteral("SELECT MIN(day) FROM order_lines"));
        const qint64 last = integer(QStringLiteral("SELECT MAX(day) FROM order_lines"));
        const qint64 withData = std::max<qint64>(0, std::min(to, last) - std::max(from, first) + 1);
        return double(withData) / double(to - from + 1) >= 0.9;
    }

    // Customers' first sale line day, all time, within the filters.
    QString firstSaleDays() const
    {
        return QStringLiteral("SELECT customer_id, MIN(day) AS first FROM order_lines WHERE quantity > 0 AND "
                              "customer_id IS NOT NULL") +
               m_lineClause + QStringLiteral(" GROUP BY customer_id");
    }

    std::map<KpiId, Expected> compute(const Period &p) const
    {
        std::map<KpiId, Expected> e;
        const qint64 from = p.from.toJulianDay();
        const qint64 to = p.to.toJulianDay();
        const QString g = roundedProduct(QStringLiteral("quantity"), QStringLiteral("unit_price"));
        const QString c = roundedProduct(QStringLiteral("quantity"), QStringLiteral("unit_cost"));

        // Section 2 sums, each straight from its definition.
        QSqlQuery q(m_db);
        const QString sums =
            QStringLiteral(
                "SELECT COALESCE(SUM(CASE WHEN quantity > 0 THEN %1 END), 0),"
                " COALESCE(SUM(CASE WHEN quantity > 0 THEN discount END), 0),"
                " COALESCE(-SUM(CASE WHEN quantity < 0 THEN %1 - discount END), 0),"
                " COALESCE(SUM(%1 - discount), 0),"
                " COALESCE(SUM(CASE WHEN quantity > 0 THEN quantity END), 0),"
                " COALESCE(SUM(CASE WHEN quantity > 0 AND customer_id IS NULL THEN %1 - discount END), 0),"
                " COALESCE(SUM(CASE WHEN unit_cost IS NOT NULL THEN %2 END), 0),"
                " COUNT(unit_cost),"
                " COALESCE(SUM(CASE WHEN quantity > 0 AND unit_cost IS NOT NULL THEN %1 END), 0)")
                .arg(g, c) +
            linesIn(from, to);
        if (!q.exec(sums) || !q.next())
            qWarning("SQL failed: %s", qPrintable(q.lastError().text()));
        const qint64 gross = q.value(0).toLongLong();
        const qint64 discounts = q.value(1).toLongLong();
        const qint64 returns = q.value(2).toLongLong();
        const qint64 net = q.value(3).toLongLong();
        const qint64 unitsMilli = q.value(4).toLongLong();
        const qint64 guest = q.value(5).toLongLong();
        const qint64 cogs = q.value(6).toLongLong();
        const qint64 costLines = q.value(7).toLongLong();
        const qint64 grossWithCost = q.value(8).toLongLong();
        const qint64 orders = integer(QStringLiteral("SELECT COUNT(DISTINCT order_id)") + linesIn(from, to) +
                                      QStringLiteral(" AND quantity > 0"));

        e[KpiId::GrossSales] = money(gross);
        e[KpiId::Discounts] = money(discounts);
        e[KpiId::Returns] = money(returns);
        e[KpiId::NetSales] = money(net);
        e[KpiId::Orders] = count(orders);
        const qint64 afterDiscounts = gross - discounts;
        e[KpiId::AverageOrderValue] = orders > 0 ? moneyRounded(roundedQuotient(afterDiscounts, orders),
                                                                double(afterDiscounts) / double(orders))
                                                 : noData();
        e[KpiId::UnitsPerTransaction] =
            orders > 0 ? ratio(double(unitsMilli) / 1000.0 / double(orders)) : noData();
        e[KpiId::ReturnRate] = gross != 0 ? ratio(double(returns) / double(gross)) : noData();
        e[KpiId::GuestShare] = afterDiscounts != 0 ? ratio(double(guest) / double(afterDiscounts)) : noData();
        const bool hasCost = costLines > 0;
        e[KpiId::Cogs] = hasCost ? money(cogs) : noData();
        e[KpiId::GrossMargin] = hasCost ? money(net - cogs) : noData();
        e[KpiId::CostCoverage] =
            hasCost && gross != 0 ? ratio(double(grossWithCost) / double(gross)) : noData();
        e[KpiId::GrossMarginPercent] =
            hasCost && net != 0 ? ratio(double(net - cogs) / double(net)) : noData();

        // Year-over-year: both ends shifted back one year (Boost: a month's last day maps to the target
        // month's last day).
        const QDate yearFrom = shiftYears(p.from, -1);
        const QDate yearTo = shiftYears(p.to, -1);
        const qint64 yearNet = netSales(yearFrom.toJulianDay(), yearTo.toJulianDay());
        if (lineCount(yearFrom.toJulianDay(), yearTo.toJulianDay()) > 0 && yearNet != 0 &&
            covered(yearFrom.toJulianDay(), yearTo.toJulianDay())) {
            e[KpiId::YoyGrowth] = money(net - yearNet);
            e[KpiId::YoyGrowthRate] = ratio(double(net - yearNet) / std::fabs(double(yearNet)));
        } else {
            e[KpiId::YoyGrowth] = noData();
            e[KpiId::YoyGrowthRate] = noData();
        }

        // Sales per employee: per selected store, the mean headcount (thousandths) of its staffing months
        // that overlap P, summed over the stores.
        const qint64 firstMonth = QDate(p.from.year(), p.from.month(), 1).toJulianDay();
        const double headcount =
            real(QStringLiteral(
                     "SELECT COALESCE(SUM(a), 0) FROM (SELECT AVG(headcount) / 1000.0 AS a FROM staffing"
                     " WHERE month BETWEEN %1 AND %2%3 GROUP BY store_id)")
                     .arg(firstMonth)
                     .arg(to)
                     .arg(m_storeClause));
        e[KpiId::SalesPerEmployee] =
            headcount > 0 ? moneyRounded(std::llround(double(net) / headcount), double(net) / headcount)
                          : noData();

        // Conversion: orders at the stores and days that have traffic rows ÷ their visitors.
        const qint64 visitors = integer(
            QStringLiteral("SELECT COALESCE(SUM(visitors), 0) FROM traffic WHERE day BETWEEN %1 AND %2")
                .arg(from)
                .arg(to) +
            m_storeClause);
        const qint64 trafficOrders =
            integer(QStringLiteral("SELECT COUNT(DISTINCT order_id)") + linesIn(from, to) +
                    QStringLiteral(" AND quantity > 0 AND EXISTS(SELECT 1 FROM traffic t WHERE t.store_id = "
                                   "order_lines.store_id AND t.day = order_lines.day)"));
        // No selected order at a store and day with traffic (e.g. only web-shop sales selected) is "no data":
        // 0 ÷ visitors would claim nobody converted, and METRICS.md section 2 never shows 0 for missing
        // inputs.
        e[KpiId::ConversionRate] =
            visitors > 0 && trafficOrders > 0 ? ratio(double(trafficOrders) / double(visitors)) : noData();

        // Inventory at cost: Σ on-hand × unit cost (the product's cost when the row has none) per snapshot
        // day in P, rounded per row like a line; averaged over the snapshot days.
        const QString invCost = QStringLiteral("COALESCE(i.unit_cost, p.cost)");
        q.exec(
            QStringLiteral("SELECT COALESCE(SUM(v), 0), COUNT(*) FROM (SELECT SUM(%1) AS v FROM inventory i"
                           " JOIN products p ON p.id = i.product_id WHERE i.day BETWEEN %2 AND %3"
                           " AND %4 IS NOT NULL%5 GROUP BY i.day)")
                .arg(roundedProduct(QStringLiteral("i.on_hand"), invCost))
                .arg(from)
                .arg(to)
                .arg(invCost, QString(m_storeClause)
                                  .replace(QLatin1String(" store_id"), QLatin1String(" i.store_id"))));
        q.next();
        const qint64 inventorySum = q.value(0).toLongLong();
        const qint64 snapshotDays = q.value(1).toLongLong();
        const bool hasInventory = snapshotDays > 0 && inventorySum > 0;
        const double averageInventory = hasInventory ? double(inventorySum) / double(snapshotDays) : 0;
        e[KpiId::InventoryTurnover] =
            hasInventory && hasCost ? ratio(double(cogs) / averageInventory) : noData();
        e[KpiId::Gmroi] = hasInventory && hasCost ? ratio(double(net - cogs) / averageInventory) : noData();

        // Section 3 counts.
        const qint64 active =
            integer(QStringLiteral("SELECT COUNT(DISTINCT customer_id)") + linesIn(from, to) +
                    QStringLiteral(" AND quantity > 0 AND customer_id IS NOT NULL"));
        const QString newCustomersSql =
            QStringLiteral("SELECT customer_id FROM (%1) WHERE first BETWEEN %2 AND %3")
                .arg(firstSaleDays())
                .arg(from)
                .arg(to);
        const qint64 newCustomers = integer(QStringLiteral("SELECT COUNT(*) FROM (%1)").arg(newCustomersSql));
        e[KpiId::BuyingCustomers] = count(active);
        e[KpiId::NewCustomers] = count(newCustomers);
        e[KpiId::ReturningCustomers] = count(active - newCustomers);

        // Historical CLV: mean all-time net sales of the customers acquired in P.
        const qint64 clvSum =
            integer(QStringLiteral(
                        "SELECT COALESCE(SUM(%1 - discount), 0) FROM order_lines WHERE customer_id IN (%2)")
                        .arg(g, newCustomersSql) +
                    m_lineClause);
        e[KpiId::HistoricalClv] = newCustomers > 0 ? moneyRounded(roundedQuotient(clvSum, newCustomers),
                                                                  double(clvSum) / double(newCustomers))
                                                   : noData();

        // CAC: marketing spend of the selected channels in P ÷ new customers. Every period of this test is
        // made of whole months and the spend rows are whole months, so "in P" is "the row's range lies in P".
        const qint64 spendRows = integer(
            QStringLiteral("SELECT COUNT(*) FROM marketing_spend WHERE day_from >= %1 AND day_to <= %2")
                .arg(from)
                .arg(to) +
            m_channelClause);
        const qint64 spend = integer(
            QStringLiteral(
                "SELECT COALESCE(SUM(amount), 0) FROM marketing_spend WHERE day_from >= %1 AND day_to <= %2")
                .arg(from)
                .arg(to) +
            m_channelClause);
        if (spendRows > 0 && newCustomers > 0) {
            e[KpiId::Cac] =
                moneyRounded(roundedQuotient(spend, newCustomers), double(spend) / double(newCustomers));
            e[KpiId::ClvToCac] = spend > 0 ? ratio(double(clvSum) / double(spend)) : noData();
        } else {
            e[KpiId::Cac] = noData();
            e[KpiId::ClvToCac] = noData();
        }
        return e;
    }

private:
    QSqlDatabase &m_db;
    QString m_storeClause;
    QString m_channelClause;
    QString m_lineClause;
};

} // namespace

class TestKpiCrossCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void salesAndCustomerKpis_data();
    void salesAndCustomerKpis();
    void clvToCac_data();
    void clvToCac();

private:
    QStringList crossCheckRow(bool clvToCacOnly);
    static QStringList compareKpis(const std::map<KpiId, Expected> &expected,
                                   const std::vector<KpiComparison> &kpis, bool current);

    QTemporaryDir m_dir;
    QString m_path;
    SnapshotPtr m_snapshot;
    std::unique_ptr<Connection> m_connection;
};

void TestKpiCrossCheck::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("sample.storelens"));
    SampleOptions options;
    options.customers = 2000; // keeps the test quick; the store still has every side table
    auto stats = writeSampleWorkspace(m_path, options);
    QVERIFY2(stats.ok(), qPrintable(stats.error().message()));
    auto snapshot = loadSnapshot(m_path);
    QVERIFY2(snapshot.ok(), qPrintable(snapshot.error().message()));
    m_snapshot = snapshot.value();
    m_connection = std::make_unique<Connection>(m_path);
    QVERIFY(m_connection->isOpen());

    // The fixture itself: the sample's last day is the as-of date, and the side tables are there.
    QSqlQuery q(m_connection->db());
    QVERIFY(q.exec(QStringLiteral("SELECT MAX(day), (SELECT COUNT(*) FROM traffic), (SELECT COUNT(*) FROM "
                                  "staffing), (SELECT COUNT(*) FROM inventory), (SELECT COUNT(*) FROM "
                                  "marketing_spend) FROM order_lines")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), QDate(2026, 9, 30).toJulianDay());
    for (int i = 1; i <= 4; ++i)
        QVERIFY(q.value(i).toLongLong() > 0);
}

void TestKpiCrossCheck::cleanupTestCase()
{
    m_connection.reset();
    m_snapshot.reset();
}

void TestKpiCrossCheck::salesAndCustomerKpis_data()
{
    QTest::addColumn<QDate>("from"); // invalid: the default period
    QTest::addColumn<QDate>("to");
    QTest::addColumn<Comparison>("comparison");
    QTest::addColumn<QStringList>("stores");
    QTest::addColumn<QStringList>("channels");
    QTest::addColumn<QDate>("expectedFrom"); // worked out by hand from METRICS.md section 1 and 2
    QTest::addColumn<QDate>("expectedTo");
    QTest::addColumn<QDate>("comparisonFrom");
    QTest::addColumn<QDate>("comparisonTo");

    // As-of 2026-09-30: the default period is [2025-09-30 + 1 day, 2026-09-30] (365 days); the previous
    // period of 365 days ends on 2025-09-30.
    QTest::newRow("default period, previous period")
        << QDate() << QDate() << Comparison::PreviousPeriod << QStringList() << QStringList()
        << QDate(2025, 10, 1) << QDate(2026, 9, 30) << QDate(2024, 10, 1) << QDate(2025, 9, 30);
    QTest::newRow("default period, same period last year")
        << QDate() << QDate() << Comparison::SamePeriodLastYear << QStringList() << QStringList()
        << QDate(2025, 10, 1) << QDate(2026, 9, 30) << QDate(2024, 10, 1) << QDate(2025, 9, 30);
    // 2025-02-28 is a month's last day, so one year back is 2024-02-29 (the leap day), not 2024-02-28.
    QTest::newRow("custom period ending at a month-end, same period last year")
        << QDate(2024, 3, 1) << QDate(2025, 2, 28) << Comparison::SamePeriodLastYear << QStringList()
        << QStringList() << QDate(2024, 3, 1) << QDate(2025, 2, 28) << QDate(2023, 3, 1)
        << QDate(2024, 2, 29);
    // Jan–Jun 2026 one year back is Jan–Jun 2025 (30 June is a month's last day in both years).
    QTest::newRow("store filter, half year")
        << QDate(2026, 1, 1) << QDate(2026, 6, 30) << Comparison::SamePeriodLastYear
        << QStringList{QStringLiteral("Harbour Street")} << QStringList() << QDate(2026, 1, 1)
        << QDate(2026, 6, 30) << QDate(2025, 1, 1) << QDate(2025, 6, 30);
    QTest::newRow("store filter, default period")
        << QDate() << QDate() << Comparison::PreviousPeriod << QStringList{QStringLiteral("Harbour Street")}
        << QStringList() << QDate(2025, 10, 1) << QDate(2026, 9, 30) << QDate(2024, 10, 1)
        << QDate(2025, 9, 30);
    QTest::newRow("two stores") << QDate() << QDate() << Comparison::SamePeriodLastYear
                                << QStringList{QStringLiteral("Market Square"),
                                               QStringLiteral("Riverside Mall")}
                                << QStringList() << QDate(2025, 10, 1) << QDate(2026, 9, 30)
                                << QDate(2024, 10, 1) << QDate(2025, 9, 30);
    QTest::newRow("channel filter online")
        << QDate() << QDate() << Comparison::SamePeriodLastYear << QStringList()
        << QStringList{QStringLiteral("Online")} << QDate(2025, 10, 1) << QDate(2026, 9, 30)
        << QDate(2024, 10, 1) << QDate(2025, 9, 30);
    QTest::newRow("channel filter in store")
        << QDate() << QDate() << Comparison::PreviousPeriod << QStringList()
        << QStringList{QStringLiteral("In store")} << QDate(2025, 10, 1) << QDate(2026, 9, 30)
        << QDate(2024, 10, 1) << QDate(2025, 9, 30);
}

// Every disagreement between engine and SQL, one line each, so a failure names all of them with numbers.
QStringList TestKpiCrossCheck::compareKpis(const std::map<KpiId, Expected> &expected,
                                           const std::vector<KpiComparison> &kpis, bool current)
{
    QStringList mismatches;
    const QString side = current ? QStringLiteral("current") : QStringLiteral("comparison");
    const auto number = [](double d) { return QString::number(d, 'g', 17); };
    for (const auto &[id, e] : expected) {
        const KpiValue &v = current ? kpis[size_t(id)].current : kpis[size_t(id)].comparison;
        const QString what = side + QLatin1Char(' ') + kpiKey(id);
        if (v.id != id) {
            mismatches << what + QStringLiteral(": the report holds another KPI at this index");
            continue;
        }
        if (v.hasData != e.hasData) {
            if (e.hasData)
                mismatches << what + QStringLiteral(": SQL has data, engine says no data (") +
                                  v.noDataReason + QLatin1Char(')');
            else
                mismatches << what + QStringLiteral(": SQL says no data, engine has ") + number(v.value);
            continue;
        }
        if (!e.hasData)
            continue;
        bool same = true;
        QString sqlText;
        QString engineText = number(v.value);
        switch (e.kind) {
        case Expected::Kind::Money:
            same = v.money.units() == e.units;
            sqlText = QString::number(e.units);
            engineText = QString::number(v.money.units());
            break;
        case Expected::Kind::MoneyRounded:
            // The exact quotient to ten-thousandths, shown in the cents the exact quotient rounds to (half
            // away from zero): within one ten-thousandth of it, and never on a half cent it is not on
            // (9,980.05 ÷ 227 = 43.964978 is 43.9649, not 43.9650, which the screen showed as 43.97).
            {
                const auto cents = [](double units) {
                    return units >= 0 ? std::floor(units / 100 + 0.5) : -std::floor(-units / 100 + 0.5);
                };
                const double engine = double(v.money.units());
                same = std::fabs(engine - e.value) < 1 + 1e-9 * std::fabs(e.value) &&
                       cents(engine) == cents(e.value);
            }
            sqlText = QString::number(e.value, 'f', 6);
            engineText = QString::number(v.money.units());
            break;
        case Expected::Kind::Count:
            same = qint64(v.value) == e.count && double(e.count) == v.value;
            sqlText = QString::number(e.count);
            break;
        case Expected::Kind::Ratio:
            same = fuzzyEqual(v.value, e.value);
            sqlText = number(e.value);
            break;
        }
        if (!same)
            mismatches << what + QStringLiteral(": engine ") + engineText + QStringLiteral(", SQL ") +
                              sqlText;
    }
    return mismatches;
}

// Computes the current data row's report with the engine and in SQL; returns the disagreements of every KPI
// (clvToCacOnly false: all but CLV : CAC) or of CLV : CAC alone.
QStringList TestKpiCrossCheck::crossCheckRow(bool clvToCacOnly)
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(Comparison, comparison);
    QFETCH(QStringList, stores);
    QFETCH(QStringList, channels);
    QFETCH(QDate, expectedFrom);
    QFETCH(QDate, expectedTo);
    QFETCH(QDate, comparisonFrom);
    QFETCH(QDate, comparisonTo);

    Query query;
    query.period = Period{from, to};
    query.comparison = comparison;
    query.filter.stores = stores;
    query.filter.channels = channels;
    const ResolvedFilter filter = resolveFilter(*m_snapshot, query.filter);
    auto report = computeKpiReport(m_snapshot, query, filter);
    if (!report.ok())
        return {report.error().message()};
    QStringList mismatches;
    const auto expectDate = [&mismatches](const char *what, QDate engine, QDate expected) {
        if (engine != expected)
            mismatches << QStringLiteral("%1: engine %2, expected %3")
                              .arg(QLatin1String(what), engine.toString(Qt::ISODate),
                                   expected.toString(Qt::ISODate));
    };
    expectDate("as-of", report->asOf, QDate(2026, 9, 30));
    expectDate("period from", report->period.from, expectedFrom);
    expectDate("period to", report->period.to, expectedTo);
    expectDate("comparison from", report->comparisonPeriod.from, comparisonFrom);
    expectDate("comparison to", report->comparisonPeriod.to, comparisonTo);
    if (report->kpis.size() != size_t(kKpiCount))
        return mismatches << QStringLiteral("the report does not hold every KPI");

    const SqlKpis sql(m_connection->db(), query.filter);
    auto current = sql.compute(Period{expectedFrom, expectedTo});
    auto comparisonKpis = sql.compute(Period{comparisonFrom, comparisonTo});
    // A cross-check that finds nothing proves nothing: the fixture must have sales in the period.
    if (current.at(KpiId::Orders).count <= 0)
        mismatches << QStringLiteral("the sample store has no orders in the period");
    for (auto *expected : {&current, &comparisonKpis}) {
        for (auto it = expected->begin(); it != expected->end();)
            it = (it->first == KpiId::ClvToCac) == clvToCacOnly ? std::next(it) : expected->erase(it);
    }
    mismatches << compareKpis(current, report->kpis, true);
    mismatches << compareKpis(comparisonKpis, report->kpis, false);
    for (const QString &m : std::as_const(mismatches))
        qWarning("%s", qPrintable(m));
    return mismatches;
}

void TestKpiCrossCheck::salesAndCustomerKpis()
{
    const QStringList mismatches = crossCheckRow(false);
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QStringLiteral("; "))));
}

void TestKpiCrossCheck::clvToCac_data()
{
    salesAndCustomerKpis_data();
}

// CLV : CAC = average historical CLV of the customers acquired in P ÷ CAC (METRICS.md section 2), i.e.
// (Σ CLV ÷ new) ÷ (spend ÷ new) = Σ CLV ÷ spend, exactly; a quotient of the two rounded money tiles drifts
// by up to about 1e-5 relative.
void TestKpiCrossCheck::clvToCac()
{
    const QStringList mismatches = crossCheckRow(true);
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QStringLiteral("; "))));
}

QTEST_GUILESS_MAIN(TestKpiCrossCheck)
#include "tst_kpicrosscheck.moc"
