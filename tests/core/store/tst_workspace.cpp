#include "core/store/Schema.h"
#include "core/store/Workspace.h"
#include "core/store/WorkspaceSummary.h"
#include "core/store/WorkspaceWriter.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace storelens::core;

class TestWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsCurrentSchema();
    void refusesNewerSchema();
    void refusesNonWorkspaceFile();
    void missingFileWithoutCreate();
    void missingFolderIsNamed();
    void connectionsArePerThreadAndRemoved();
    void writerCountsAndDefaults();
    void emptySummary();

private:
    QTemporaryDir m_dir;
};

void TestWorkspace::createsCurrentSchema()
{
    const QString path = m_dir.filePath(QStringLiteral("new.storelens"));
    auto ws = Workspace::open(path);
    QVERIFY2(ws.ok(), qPrintable(ws.error().toString()));
    QCOMPARE(ws->displayName(), QStringLiteral("new"));
    Connection c(path);
    QVERIFY(c.isOpen());
    QSqlQuery q(c.db());
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), Schema::currentVersion());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    const QStringList tables = c.db().tables();
    for (const char *t : {"order_lines", "customers", "products", "stores", "channels", "inventory",
                          "traffic", "staffing", "marketing_spend", "import_profiles", "segments", "meta"})
        QVERIFY2(tables.contains(QLatin1String(t)), t);
    QCOMPARE(workspaceRevision(c.db()), qint64(0));
    // Opening again does not migrate twice.
    QVERIFY(Workspace::open(path).ok());
}

void TestWorkspace::refusesNewerSchema()
{
    const QString path = m_dir.filePath(QStringLiteral("future.storelens"));
    QVERIFY(Workspace::open(path).ok());
    {
        Connection c(path);
        QSqlQuery q(c.db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Schema::currentVersion() + 1)));
    }
    auto ws = Workspace::open(path);
    QVERIFY(!ws.ok());
    QCOMPARE(ws.error().code(), ErrorCode::Database);
    QVERIFY(ws.error().message().contains(QLatin1String("newer")));
}

void TestWorkspace::refusesNonWorkspaceFile()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.storelens"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    auto ws = Workspace::open(path);
    QVERIFY(!ws.ok());
    QCOMPARE(ws.error().file(), path);
    // The file was not touched.
    QCOMPARE(QFileInfo(path).size(), qint64(4096));
}

void TestWorkspace::missingFileWithoutCreate()
{
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("absent.storelens")), false);
    QVERIFY(!ws.ok());
    QCOMPARE(ws.error().code(), ErrorCode::NotFound);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("absent.storelens"))));
}

void TestWorkspace::missingFolderIsNamed()
{
    const QString folder = m_dir.filePath(QStringLiteral("not yet"));
    auto ws = Workspace::open(folder + QStringLiteral("/shop.storelens"), true);
    QVERIFY(!ws.ok());
    QCOMPARE(ws.error().code(), ErrorCode::NotFound);
    QVERIFY2(ws.error().message().contains(folder), qPrintable(ws.error().message()));
    QVERIFY(!QFile::exists(folder));
}

void TestWorkspace::connectionsArePerThreadAndRemoved()
{
    const QString path = m_dir.filePath(QStringLiteral("conn.storelens"));
    QVERIFY(Workspace::open(path).ok());
    const int before = QSqlDatabase::connectionNames().size();
    {
        Connection a(path);
        Connection b(path);
        QVERIFY(a.isOpen() && b.isOpen());
        QVERIFY(a.db().connectionName() != b.db().connectionName());
        QCOMPARE(QSqlDatabase::connectionNames().size(), before + 2);
    }
    QCOMPARE(QSqlDatabase::connectionNames().size(), before);
}

void TestWorkspace::writerCountsAndDefaults()
{
    const QString path = m_dir.filePath(QStringLiteral("writer.storelens"));
    QVERIFY(Workspace::open(path).ok());
    Connection c(path);
    QVERIFY(c.db().transaction());
    WorkspaceWriter w(c.db());
    QVERIFY(w.begin().ok());
    OrderLine line;
    line.orderId = QStringLiteral("1");
    line.date = QDate(2024, 2, 29);
    line.sku = QStringLiteral("A");
    line.quantity = Quantity::fromMilli(2500);
    line.unitPrice = Money::fromUnits(33333); // 2.5 × 3.3333 = 8.33325 -> 8.3333
    w.addOrderLine(line);
    w.addOrderLine(line); // the same SKU twice in one order: a second line, not an update
    TrafficDay t{QString(), QDate(2024, 2, 29), 10};
    w.addTraffic(t);
    w.addTraffic(t);
    QVERIFY(w.finish().ok());
    QVERIFY(c.db().commit());
    QCOMPARE(w.counts(Entity::Orders).added, qint64(2));
    QCOMPARE(w.counts(Entity::Traffic).added, qint64(1));
    QCOMPARE(w.counts(Entity::Traffic).unchanged, qint64(1));

    auto s = WorkspaceSummary::read(path);
    QVERIFY(s.ok());
    QCOMPARE(s->orderLines, qint64(2));
    QCOMPARE(s->grossSales.units(), qint64(2 * 83333));
    QCOMPARE(s->guestLines, qint64(2));
    QSqlQuery q(c.db());
    QVERIFY(
        q.exec(QStringLiteral("SELECT s.name, ch.name FROM order_lines l JOIN stores s ON s.id = l.store_id"
                              " JOIN channels ch ON ch.id = l.channel_id LIMIT 1")) &&
        q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Main store"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("In store"));
}

void TestWorkspace::emptySummary()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.storelens"));
    QVERIFY(Workspace::open(path).ok());
    auto s = WorkspaceSummary::read(path);
    QVERIFY(s.ok());
    QVERIFY(s->isEmpty());
    QVERIFY(!s->firstDate.isValid());
    QCOMPARE(s->netSales.units(), qint64(0));
    QCOMPARE(s->schemaVersion, Schema::currentVersion());
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
