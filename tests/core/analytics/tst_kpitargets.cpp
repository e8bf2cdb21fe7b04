#include "core/analytics/kpi/KpiTargets.h"
#include "core/store/Workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace storelens::core::analytics;
using storelens::core::Connection;
using storelens::core::ErrorCode;
using storelens::core::Workspace;

class TestKpiTargets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyWorkspaceHasNoTargets();
    void roundTrip();
    void replaceRemovesOldTargets();
    void rejectsBadTargets_data();
    void rejectsBadTargets();
    void unreadableJsonIsAnError();
};

namespace {

QString newWorkspace(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("w.storelens"));
    const auto ws = Workspace::open(path);
    return ws.ok() ? ws->path() : QString();
}

} // namespace

void TestKpiTargets::emptyWorkspaceHasNoTargets()
{
    QTemporaryDir dir;
    const QString path = newWorkspace(dir);
    QVERIFY(!path.isEmpty());
    const auto targets = loadKpiTargets(path);
    QVERIFY(targets.ok());
    QCOMPARE(targets->size(), size_t(0));
}

void TestKpiTargets::roundTrip()
{
    QTemporaryDir dir;
    const QString path = newWorkspace(dir);
    const KpiTargets written{{QStringLiteral("net_sales"), 125000.5},
                             {QStringLiteral("return_rate"), 0.035},
                             {QStringLiteral("orders"), 1200}};
    QVERIFY(saveKpiTargets(path, written).ok());
    const auto read = loadKpiTargets(path);
    QVERIFY(read.ok());
    QCOMPARE(read->size(), size_t(3));
    QCOMPARE(read->at(QStringLiteral("net_sales")), 125000.5);
    QCOMPARE(read->at(QStringLiteral("return_rate")), 0.035);
    QCOMPARE(read->at(QStringLiteral("orders")), 1200.0);
}

void TestKpiTargets::replaceRemovesOldTargets()
{
    QTemporaryDir dir;
    const QString path = newWorkspace(dir);
    QVERIFY(saveKpiTargets(path, {{QStringLiteral("net_sales"), 1.0}, {QStringLiteral("aov"), 2.0}}).ok());
    QVERIFY(saveKpiTargets(path, {{QStringLiteral("aov"), 42.0}}).ok());
    const auto read = loadKpiTargets(path);
    QVERIFY(read.ok());
    QCOMPARE(read->size(), size_t(1));
    QCOMPARE(read->at(QStringLiteral("aov")), 42.0);
    QVERIFY(saveKpiTargets(path, {}).ok());
    QCOMPARE(loadKpiTargets(path)->size(), size_t(0));
}

void TestKpiTargets::rejectsBadTargets_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("value");
    QTest::newRow("unknown KPI") << QStringLiteral("happiness") << 1.0;
    QTest::newRow("not a number") << QStringLiteral("gross_sales")
                                  << std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("infinite") << QStringLiteral("orders") << std::numeric_limits<double>::infinity();
}

void TestKpiTargets::rejectsBadTargets()
{
    QFETCH(QString, key);
    QFETCH(double, value);
    QTemporaryDir dir;
    const QString path = newWorkspace(dir);
    QVERIFY(saveKpiTargets(path, {{QStringLiteral("aov"), 30.0}}).ok());
    const auto saved = saveKpiTargets(path, {{QStringLiteral("net_sales"), 5.0}, {key, value}});
    QCOMPARE(saved.error().code(), ErrorCode::InvalidValue);
    // Nothing was written: the earlier targets are still there.
    const auto read = loadKpiTargets(path);
    QVERIFY(read.ok());
    QCOMPARE(read->size(), size_t(1));
    QCOMPARE(read->at(QStringLiteral("aov")), 30.0);
}

void TestKpiTargets::unreadableJsonIsAnError()
{
    QTemporaryDir dir;
    const QString path = newWorkspace(dir);
    {
        Connection c(path);
        QVERIFY(storelens::core::setMetaValue(c.db(), QStringLiteral("kpi_targets"), QStringLiteral("{oops"))
                    .ok());
    }
    QCOMPARE(loadKpiTargets(path).error().code(), ErrorCode::Format);
    {
        Connection c(path);
        QVERIFY(storelens::core::setMetaValue(c.db(), QStringLiteral("kpi_targets"),
                                              QStringLiteral("{\"net_sales\":\"lots\"}"))
                    .ok());
    }
    QCOMPARE(loadKpiTargets(path).error().code(), ErrorCode::Format);
}

QTEST_GUILESS_MAIN(TestKpiTargets)
#include "tst_kpitargets.moc"
