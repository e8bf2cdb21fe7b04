// A killed import leaves the workspace as it was (issue 20: "a killed import or a damaged cache never shows
// stale numbers"). The test runs itself as the importing process (`--import-child`, see runChild()): the
// child imports a generated file and, once a given share of it is read, says so and waits inside the
// progress callback with the import's transaction open; the test then kills it with SIGKILL, as a power cut
// or the task manager would. Afterwards the KPIs, the workspace info and the saved snapshot beside the
// workspace are exactly those of before, the database is intact, and the next import lands in full.
#include "CliRunner.h"
#include "common/SampleFixture.h"
#include "core/analytics/snapshot/SnapshotCache.h"
#include "core/analytics/snapshot/SnapshotFile.h"
#include "core/import/Importer.h"
#include "core/import/MappingSuggester.h"
#include "core/store/Workspace.h"
#include "core/store/WorkspaceKey.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace storelens::core;
using namespace storelens::core::analytics;
using storelens::test::runCli;

namespace {

constexpr int kLines = 60000; // generated order lines: 20,000 orders of three lines

// The bench's line-level till export: order, time, customer, product, quantity, price, discount, cost,
// store, channel, country. Orders K-00001… on days of the sample's last year, 3 lines each.
bool writeOrders(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray text("order_id,date,customer_id,sku,product_name,category,quantity,unit_price,discount,"
                    "unit_cost,store,channel,country\n");
    const QDate first(2023, 1, 2);
    for (int line = 0; line < kLines; ++line) {
        const int order = line / 3;
        text += QStringLiteral("K-%1,%2 10:15:00,KC%3,KSKU-%4,Killed test item %4,Test,%5,%6.25,0.00,1.10,"
                               "Harbour Street,In store,United Kingdom\n")
                    .arg(order, 6, 10, QLatin1Char('0'))
                    .arg(first.addDays(order % 300).toString(Qt::ISODate))
                    .arg(order % 4000)
                    .arg(line % 3 + order % 50)
                    .arg(1 + line % 2)
                    .arg(2 + line % 7)
                    .toUtf8();
    }
    return f.write(text) == text.size();
}

// The child: `--import-child WORKSPACE CSV SHARE NEW`. Imports CSV into WORKSPACE (created first, as the CLI
// does, when NEW is 1); once SHARE of the file's bytes are read it prints "at" and sleeps in the progress
// callback until it is killed. Prints "done" if it ever gets to the end.
int runChild(const QString &workspace, const QString &csv, double share, bool newWorkspace)
{
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 2;
    auto opened = Workspace::open(workspace, true);
    auto preview = previewFile(csv);
    if (!opened || !preview)
        return 3;
    ImportOptions options;
    options.newWorkspace = newWorkspace;
    const auto progress = [&](qint64 done, qint64 total) {
        if (total > 0 && double(done) >= share * double(total)) {
            out.write("at\n");
            out.flush();
            QThread::sleep(600);
        }
        return true;
    };
    const auto report =
        Importer::run(opened->path(), csv, suggestProfile(preview.value()), options, progress);
    out.write(report ? "done\n" : "failed\n");
    return 0;
}

QString kpiJson(const QString &workspace)
{
    QString out;
    const int status =
        runCli({QStringLiteral("kpi"), QStringLiteral("--workspace"), workspace, QStringLiteral("--period"),
                QStringLiteral("all"), QStringLiteral("--format"), QStringLiteral("json")},
               &out);
    return status == 0 ? out : QStringLiteral("exit %1").arg(status);
}

QJsonObject info(const QString &workspace)
{
    QString out;
    runCli({QStringLiteral("info"), QStringLiteral("--workspace"), workspace, QStringLiteral("--format"),
            QStringLiteral("json")},
           &out);
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

WorkspaceKey key(const QString &workspace)
{
    Connection c(workspace, Connection::Access::ReadOnly);
    return readWorkspaceKey(c.db());
}

QString integrity(const QString &workspace)
{
    Connection c(workspace, Connection::Access::ReadOnly);
    QSqlQuery q(c.db());
    return q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() ? q.value(0).toString() : QString();
}

} // namespace

class TestKilledImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedImportChangesNothing_data();
    void killedImportChangesNothing();

private:
    // Starts the child on `workspace`, waits for its "at" and kills it; false (with a failure) otherwise.
    bool importAndKill(const QString &workspace, double share, bool newWorkspace);

    QTemporaryDir m_dir;
    QString m_sample;
    QString m_orders;
    int m_copies = 0;
};

void TestKilledImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sample = m_dir.filePath(QStringLiteral("sample.storelens"));
    QVERIFY(storelens::test::writeSample(m_sample, 300, 1).ok());
    m_orders = m_dir.filePath(QStringLiteral("till.csv"));
    QVERIFY(writeOrders(m_orders));
}

bool TestKilledImport::importAndKill(const QString &workspace, double share, bool newWorkspace)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--import-child"), workspace, m_orders, QString::number(share),
                 newWorkspace ? QStringLiteral("1") : QStringLiteral("0")});
    QByteArray said;
    while (!said.contains('\n') && child.waitForReadyRead(120000))
        said += child.readAllStandardOutput();
    const bool reached = said.startsWith("at\n");
    child.kill(); // SIGKILL: no destructor, no rollback of its own
    child.waitForFinished(30000);
    [&] {
        QVERIFY2(reached, qPrintable(QStringLiteral("the child said \"%1\", stderr: %2")
                                         .arg(QString::fromUtf8(said),
                                              QString::fromUtf8(child.readAllStandardError()))));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    }();
    return reached && child.exitStatus() == QProcess::CrashExit;
}

void TestKilledImport::killedImportChangesNothing_data()
{
    QTest::addColumn<double>("share");      // of the file read when the import is killed
    QTest::addColumn<bool>("newWorkspace"); // the import creates the workspace (rollback journal)
    QTest::newRow("existing workspace, a tenth read") << 0.1 << false;
    QTest::newRow("existing workspace, all read, transaction still open") << 1.0 << false;
    QTest::newRow("new workspace, half read") << 0.5 << true;
    QTest::newRow("new workspace, all read, transaction still open") << 1.0 << true;
}

void TestKilledImport::killedImportChangesNothing()
{
    QFETCH(double, share);
    QFETCH(bool, newWorkspace);
    const QString path = m_dir.filePath(QStringLiteral("shop-%1.storelens").arg(m_copies++));
    if (newWorkspace) {
        // The child creates the workspace for its import, as `storelens import` does for a new file. A killed
        // import leaves it empty (the CLI removes it only when it lives to see the failure).
        if (!importAndKill(path, share, true))
            return;
        QVERIFY(Workspace::open(path, false).ok());
        QCOMPARE(integrity(path), QStringLiteral("ok"));
        QCOMPARE(info(path).value(QStringLiteral("order_lines")).toInt(), 0);
        QCOMPARE(info(path).value(QStringLiteral("customers")).toInt(), 0);
    } else {
        QVERIFY(QFile::copy(m_sample, path));
        // The window's load writes the saved snapshot beside the workspace; the CLI then reads it.
        snapshotfile::setWritingAllowed(true);
        QVERIFY(SnapshotCache().get(path).ok());
        snapshotfile::setWritingAllowed(false);
        QVERIFY(QFile::exists(snapshotFilePath(path)));
        const WorkspaceKey keyBefore = key(path);
        const QString kpisBefore = kpiJson(path);
        const QJsonObject infoBefore = info(path);
        QVERIFY(infoBefore.value(QStringLiteral("order_lines")).toInt() > 0);
        if (!importAndKill(path, share, false))
            return;

        // What the killed import leaves, opened the way every front end opens it.
        QVERIFY(Workspace::open(path, false).ok());
        QCOMPARE(integrity(path), QStringLiteral("ok"));
        QCOMPARE(key(path), keyBefore);
        QVERIFY(snapshotfile::read(path, keyBefore)); // the saved snapshot still stands for the data
        QCOMPARE(kpiJson(path), kpisBefore);
        QCOMPARE(info(path), infoBefore);
    }
    const int linesBefore = info(path).value(QStringLiteral("order_lines")).toInt();

    // The next import of the same file lands in full: 60,000 more lines.
    QString out;
    QString err;
    QCOMPARE(runCli({QStringLiteral("import"), m_orders, QStringLiteral("--workspace"), path}, &out, &err),
             0);
    QCOMPARE(info(path).value(QStringLiteral("order_lines")).toInt(), linesBefore + kLines);
    QCOMPARE(integrity(path), QStringLiteral("ok"));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 6 && qstrcmp(argv[1], "--import-child") == 0)
        return runChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]), std::atof(argv[4]),
                        qstrcmp(argv[5], "1") == 0);
    TestKilledImport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_killedimport.moc"
