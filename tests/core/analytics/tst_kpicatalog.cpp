#include "KpiFixture.h"

#include "core/analytics/kpi/KpiCatalog.h"
#include "core/analytics/kpi/KpiEngine.h"
#include "core/analytics/kpi/KpiJson.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

#include <set>

using namespace storelens::core::analytics;

Q_DECLARE_METATYPE(storelens::core::analytics::GoodDirection)

// The one table of KPIs is complete: every KpiId has a row with a key, a label, a definition, a formula and a
// good direction that follows METRICS.md, and the inputs its formula names are the ones the engine gives.
class TestKpiCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyKpiIsDescribed();
    void keysAreUniqueAndRoundTrip();
    void goodDirection_data();
    void goodDirection();
    void formulaInputsComeFromTheEngine();
    void jsonListsEveryKpiInCatalogueOrder();
};

void TestKpiCatalog::everyKpiIsDescribed()
{
    QCOMPARE(int(std::size(kKpiCatalog)), kKpiCount);
    const QRegularExpression keyShape(QStringLiteral("^[a-z][a-z_]*[a-z]$"));
    for (int i = 0; i < kKpiCount; ++i) {
        const KpiId id = KpiId(i);
        const KpiDefinition &d = kpiDefinition(id);
        const QString where = QStringLiteral("KPI %1 (%2)").arg(i).arg(QLatin1String(d.key));
        QCOMPARE(d.id, id);
        QVERIFY2(keyShape.match(kpiKey(id)).hasMatch(), qPrintable(where));
        QVERIFY2(!kpiLabel(id).isEmpty(), qPrintable(where));
        QVERIFY2(kpiDescription(id).endsWith(QLatin1Char('.')), qPrintable(where));
        QVERIFY2(!kpiFormula(id).isEmpty(), qPrintable(where));
        QVERIFY2(!kpiGroupTitle(kpiGroup(id)).isEmpty(), qPrintable(where));
        // The numbers template has one %n per input, and inputs only with a template.
        int inputs = 0;
        while (inputs < int(d.inputs.size()) && d.inputs[size_t(inputs)])
            ++inputs;
        for (size_t k = size_t(inputs); k < d.inputs.size(); ++k)
            QVERIFY2(!d.inputs[k], qPrintable(where));
        if (!d.numbers) {
            QCOMPARE(inputs, 0);
            continue;
        }
        QVERIFY2(inputs > 0, qPrintable(where));
        const QString numbers = QString::fromUtf8(d.numbers);
        for (int k = 1; k <= inputs; ++k)
            QVERIFY2(numbers.contains(QStringLiteral("%%1").arg(k)), qPrintable(where));
        QVERIFY2(!numbers.contains(QStringLiteral("%%1").arg(inputs + 1)), qPrintable(where));
    }
}

void TestKpiCatalog::keysAreUniqueAndRoundTrip()
{
    const QStringList keys = kpiKeys();
    QCOMPARE(keys.size(), kKpiCount);
    QCOMPARE(int(std::set<QString>(keys.begin(), keys.end()).size()), kKpiCount);
    for (int i = 0; i < kKpiCount; ++i) {
        KpiId id = KpiId::NetSales;
        QVERIFY(kpiFromKey(keys.at(i), &id));
        QCOMPARE(id, KpiId(i));
    }
    KpiId unknown = KpiId::Orders;
    QVERIFY(!kpiFromKey(QStringLiteral("net sales"), &unknown));
    QCOMPARE(unknown, KpiId::Orders);
}

// METRICS.md section 2, "Comparison": down is good for returns, return rate, churn and CAC; guest share,
// discounts, COGS and the retention inputs S, E, N are neutral; up is good for the rest.
void TestKpiCatalog::goodDirection_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<GoodDirection>("expected");
    const std::set<QString> down{QStringLiteral("returns"), QStringLiteral("return_rate"),
                                 QStringLiteral("churn_rate"), QStringLiteral("cac")};
    const std::set<QString> neutral{QStringLiteral("guest_share"),
                                    QStringLiteral("discounts"),
                                    QStringLiteral("cogs"),
                                    QStringLiteral("customers_at_start"),
                                    QStringLiteral("customers_at_end"),
                                    QStringLiteral("new_customers")};
    for (const QString &key : kpiKeys()) {
        const GoodDirection expected = down.count(key)      ? GoodDirection::Down
                                       : neutral.count(key) ? GoodDirection::Neutral
                                                            : GoodDirection::Up;
        QTest::newRow(qPrintable(key)) << key << expected;
    }
}

void TestKpiCatalog::goodDirection()
{
    QFETCH(QString, key);
    QFETCH(GoodDirection, expected);
    KpiId id = KpiId::NetSales;
    QVERIFY(kpiFromKey(key, &id));
    QCOMPARE(kpiGoodDirection(id), expected);
}

// On the shop of KpiFixture.h (February 2024) every KPI with a numbers template has data, and the engine
// gives every input the template names, so no tooltip silently loses its numbers.
void TestKpiCatalog::formulaInputsComeFromTheEngine()
{
    const Snapshot s = kpifixture::shop();
    const ResolvedFilter filter = resolveFilter(s, Filter());
    const std::vector<KpiValue> values = computeKpis(s, filter, buildKpiCustomerFacts(s, filter),
                                                     Period{QDate(2024, 2, 1), QDate(2024, 2, 29)}, 365);
    QCOMPARE(values.size(), size_t(kKpiCount));
    for (const KpiDefinition &d : kKpiCatalog) {
        if (!d.numbers)
            continue;
        const KpiValue &v = values[size_t(d.id)];
        QVERIFY2(v.hasData, d.key);
        for (const char *input : d.inputs) {
            if (!input)
                break;
            bool found = false;
            for (const KpiInput &i : v.inputs)
                found = found || i.key == QLatin1String(input);
            QVERIFY2(found,
                     qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(d.key), QLatin1String(input))));
        }
    }
}

void TestKpiCatalog::jsonListsEveryKpiInCatalogueOrder()
{
    const Snapshot s = kpifixture::shop();
    Query query;
    query.period = Period{QDate(2024, 2, 1), QDate(2024, 2, 29)};
    const auto report =
        computeKpiReport(std::make_shared<const Snapshot>(s), query, resolveFilter(s, Filter()));
    QVERIFY(report.ok());
    const QJsonArray kpis = kpiReportToJson(report.value()).value(QStringLiteral("kpis")).toArray();
    QCOMPARE(kpis.size(), qsizetype(kKpiCount));
    for (int i = 0; i < kKpiCount; ++i) {
        const QJsonObject o = kpis.at(i).toObject();
        QCOMPARE(o.value(QStringLiteral("key")).toString(), kpiKey(KpiId(i)));
        QCOMPARE(o.value(QStringLiteral("label")).toString(), kpiLabel(KpiId(i)));
        QCOMPARE(o.value(QStringLiteral("good")).toString(), goodDirectionKey(kpiGoodDirection(KpiId(i))));
    }
}

QTEST_GUILESS_MAIN(TestKpiCatalog)
#include "tst_kpicatalog.moc"
