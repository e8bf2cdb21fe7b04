// A read-only command run while the window has the workspace open (the trial's "disk I/O error"): the window
// opens the workspace again after an import (Workspace::open), then `storelens info` and `storelens kpi` run
// in another process. They must leave the file, its -wal and its -shm as they are, and the window's
// connections must still read and write. The test runs itself as the command's process (`--cli-child`).
#include "CliRunner.h"
#include "common/SampleFixture.h"
#include "core/session/WorkspaceSession.h"
#include "core/store/Workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace storelens::core;
using storelens::core::session::WorkspaceSession;

namespace {

// Writes through the session's write queue, as the window saves a segment or a setting.
bool writeSetting(WorkspaceSession &session, const QString &value)
{
    return session
        .write([value](QSqlDatabase &db) { return setMetaValue(db, QStringLiteral("test.shared"), value); })
        .result()
        .ok();
}

} // namespace

class TestSharedWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readOnlyCommandsLeaveAnOpenWorkspaceAlone_data();
    void readOnlyCommandsLeaveAnOpenWorkspaceAlone();
    void aWindowThatLostItsLocksKeepsItsWorkspace();
};

void TestSharedWorkspace::readOnlyCommandsLeaveAnOpenWorkspaceAlone_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("info") << QStringList{QStringLiteral("info")};
    QTest::newRow("kpi") << QStringList{QStringLiteral("kpi")};
}

void TestSharedWorkspace::readOnlyCommandsLeaveAnOpenWorkspaceAlone()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shop.storelens"));
    QVERIFY(storelens::test::writeSample(path, 200, 1).ok());

    // The window: a session whose write queue keeps its connection open, a first write, and the workspace
    // opened again as WorkspaceController::open does after an import.
    QVERIFY(Workspace::open(path, false).ok());
    WorkspaceSession session(path);
    QVERIFY(writeSetting(session, QStringLiteral("1")));
    QVERIFY(Workspace::open(path, false).ok());
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-shm")));
    const QDateTime modified = QFileInfo(path).lastModified();
    const qint64 size = QFileInfo(path).size();

    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                QStringList{QStringLiteral("--cli-child")} + args +
                    QStringList{QStringLiteral("--workspace"), path});
    QVERIFY(child.waitForFinished(120000));
    QVERIFY2(child.exitCode() == 0, child.readAllStandardError().constData());

    QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-shm")));
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QCOMPARE(QFileInfo(path).size(), size);

    // The window still writes and reads.
    QVERIFY(writeSetting(session, QStringLiteral("2")));
    Connection reader(path, Connection::Access::ReadOnly);
    QVERIFY(reader.isOpen());
    QCOMPARE(metaValue(reader.db(), QStringLiteral("test.shared")), QStringLiteral("2"));
}

// A file dialog showing the workspace's folder reads each file's first bytes to tell its type, and closing
// those descriptors drops every POSIX lock SQLite holds for this process on the files (trial 17: a customer
// forgotten after an export's save dialog, "disk I/O error" in every view until the app was quit). A command
// run then must still not take the workspace for unused: before, it checkpointed it, deleted its -wal and
// -shm under the window, and the window's next write failed.
void TestSharedWorkspace::aWindowThatLostItsLocksKeepsItsWorkspace()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shop.storelens"));
    QVERIFY(storelens::test::writeSample(path, 200, 1).ok());
    WorkspaceSession session(path);
    QVERIFY(writeSetting(session, QStringLiteral("1")));

    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile sniffed(path + suffix); // as the dialog tells a file's type by its bytes
        QVERIFY(sniffed.open(QIODevice::ReadOnly));
        QVERIFY(!sniffed.read(16).isEmpty());
    }

    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--cli-child"), QStringLiteral("info"), QStringLiteral("--workspace"), path});
    QVERIFY(child.waitForFinished(120000));
    QVERIFY2(child.exitCode() == 0, child.readAllStandardError().constData());

    QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-shm")));
    QVERIFY(writeSetting(session, QStringLiteral("2")));
    Connection reader(path, Connection::Access::ReadOnly);
    QVERIFY(reader.isOpen());
    QCOMPARE(metaValue(reader.db(), QStringLiteral("test.shared")), QStringLiteral("2"));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 2 && qstrcmp(argv[1], "--cli-child") == 0) {
        QString out;
        QString err;
        const int status = storelens::test::runCli(app.arguments().mid(2), &out, &err);
        fputs(qPrintable(err), stderr);
        return status;
    }
    TestSharedWorkspace test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sharedworkspace.moc"
