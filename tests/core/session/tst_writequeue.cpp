#include "common/SampleFixture.h"
#include "core/analytics/segments/SegmentStore.h"
#include "core/session/WorkspaceSession.h"
#include "core/session/WriteQueue.h"
#include "core/store/Workspace.h"

#include <QFuture>
#include <QMutex>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <vector>

using namespace storelens::core;
using namespace storelens::core::analytics;
using namespace storelens::core::session;

namespace {

SegmentRule ordersAtLeast(int orders)
{
    SegmentRule rule;
    RuleGroup group;
    group.conditions.push_back(
        RuleCondition{RuleField::Orders, RuleOperator::GreaterOrEqual, {QString::number(orders)}});
    rule.addGroup(group);
    return rule;
}

} // namespace

// The session's serial write queue: every write lands, in the order it was asked for, one transaction per
// user action, failures reported and rolled back, never cancelled — also while analyses run beside it.
class TestWriteQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rapidSavesAndRenamesLandInOrder();
    void aFailedActionIsRolledBackAndReported_data();
    void aFailedActionIsRolledBackAndReported();
    void closingTheSessionFinishesTheWrites();
    void exclusiveWorkHoldsTheWrites();

private:
    QString freshWorkspace(const QString &name);
    QTemporaryDir m_dir;
};

void TestWriteQueue::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestWriteQueue::freshWorkspace(const QString &name)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".storelens"));
    const auto written = storelens::test::writeSample(path, 300, 1);
    return written.ok() ? path : QString();
}

void TestWriteQueue::rapidSavesAndRenamesLandInOrder()
{
    const QString path = freshWorkspace(QStringLiteral("rapid"));
    QVERIFY(!path.isEmpty());
    WorkspaceSession session(path);
    // A refresh runs the whole time: the Segments analysis again and again on a worker thread.
    std::atomic<bool> stop{false};
    std::atomic<bool> writing{false};
    std::atomic<int> refreshes{0};
    std::atomic<int> refreshesDuringWrites{0};
    QFuture<void> refresh = QtConcurrent::run([&] {
        while (!stop) {
            if (session.segments(Query()).ok()) {
                ++refreshes;
                if (writing)
                    ++refreshesDuringWrites;
            }
        }
    });
    QTRY_VERIFY(refreshes > 0); // the refresh is under way before the first write is asked for

    // From the GUI thread, without waiting: 100 saves of "s<i>", each followed by a rename to "r<i>" with a
    // new rule (rename and save in one transaction), as fast as they can be asked for.
    constexpr int count = 100;
    QCOMPARE(QThread::currentThread(), QCoreApplication::instance()->thread());
    writing = true;
    QMutex orderMutex;
    std::vector<int> finished; // the order in which the writes completed: 2i for the save, 2i + 1 the rename
    std::vector<QFuture<void>> continuations;
    for (int i = 0; i < count; ++i) {
        const QString saved = QStringLiteral("s%1").arg(i, 3, 10, QLatin1Char('0'));
        const QString renamed = QStringLiteral("r%1").arg(i, 3, 10, QLatin1Char('0'));
        const auto record = [&orderMutex, &finished](int step) {
            return [&orderMutex, &finished, step](Result<void> r) {
                QMutexLocker lock(&orderMutex);
                finished.push_back(r.ok() ? step : -1 - step);
            };
        };
        continuations.push_back(session.saveSegment(QString(), saved, ordersAtLeast(1)).then(record(2 * i)));
        continuations.push_back(
            session.saveSegment(saved, renamed, ordersAtLeast(i + 2)).then(record(2 * i + 1)));
    }
    for (QFuture<void> &c : continuations)
        c.waitForFinished();
    writing = false;
    stop = true;
    refresh.waitForFinished();
    QVERIFY(refreshesDuringWrites > 0); // analyses ran while the writes were landing

    std::vector<int> expectedOrder(2 * count);
    for (int i = 0; i < 2 * count; ++i)
        expectedOrder[size_t(i)] = i;
    QCOMPARE(finished, expectedOrder); // every write succeeded, in the order asked

    Connection connection(path);
    const auto list = SegmentStore::list(connection.db());
    QVERIFY(list.ok());
    QCOMPARE(list->size(), size_t(count)); // no "s<i>" left over, no "r<i>" missing
    for (int i = 0; i < count; ++i) {
        const SavedSegment &segment = list->at(size_t(i));
        QCOMPARE(segment.name, QStringLiteral("r%1").arg(i, 3, 10, QLatin1Char('0')));
        QCOMPARE(segment.rule == ordersAtLeast(i + 2), true); // the rename's rule, saved after the first
        if (i > 0)
            QVERIFY(segment.id > list->at(size_t(i - 1)).id); // inserted in the order asked
    }
    // The session's own view of the settings follows the writes.
    QCOMPARE(session.settings().value()->segments.size(), size_t(count));
}

void TestWriteQueue::aFailedActionIsRolledBackAndReported_data()
{
    QTest::addColumn<QString>("originalName");
    QTest::addColumn<QString>("newName");
    QTest::addColumn<int>("expectedCode");
    // "a" and "b" exist. Renaming "a" to the taken "b" fails before the save: nothing changes.
    QTest::newRow("rename onto a taken name")
        << QStringLiteral("a") << QStringLiteral("b") << int(ErrorCode::InvalidValue);
    QTest::newRow("rename of an unknown segment")
        << QStringLiteral("zz") << QStringLiteral("c") << int(ErrorCode::NotFound);
}

void TestWriteQueue::aFailedActionIsRolledBackAndReported()
{
    QFETCH(QString, originalName);
    QFETCH(QString, newName);
    QFETCH(int, expectedCode);
    const QString path = m_dir.filePath(QStringLiteral("failing.storelens"));
    QFile::remove(path);
    QVERIFY(Workspace::open(path).ok());
    WorkspaceSession session(path);
    QVERIFY(session.saveSegment(QString(), QStringLiteral("a"), ordersAtLeast(1)).result().ok());
    QVERIFY(session.saveSegment(QString(), QStringLiteral("b"), ordersAtLeast(2)).result().ok());
    const Result<void> failed = session.saveSegment(originalName, newName, ordersAtLeast(9)).result();
    QVERIFY(!failed.ok());
    QCOMPARE(int(failed.error().code()), expectedCode);
    QVERIFY(!failed.error().message().isEmpty());

    // One action, one transaction: a write whose second step fails leaves nothing of its first.
    const Result<void> partial = session
                                     .write([](QSqlDatabase &db) -> Result<void> {
                                         const auto saved =
                                             SegmentStore::save(db, QStringLiteral("c"), SegmentRule());
                                         if (!saved)
                                             return saved.error();
                                         return SegmentStore::remove(db, QStringLiteral("no such segment"));
                                     })
                                     .result();
    QCOMPARE(partial.error().code(), ErrorCode::NotFound);
    Connection connection(path);
    const auto list = SegmentStore::list(connection.db());
    QCOMPARE(list->size(), size_t(2));
    QCOMPARE(list->at(0).name, QStringLiteral("a"));
    QCOMPARE(list->at(0).rule == ordersAtLeast(1), true);
    QCOMPARE(list->at(1).name, QStringLiteral("b"));
}

void TestWriteQueue::closingTheSessionFinishesTheWrites()
{
    const QString path = m_dir.filePath(QStringLiteral("closing.storelens"));
    QVERIFY(Workspace::open(path).ok());
    {
        WorkspaceSession session(path);
        for (int i = 0; i < 20; ++i)
            session.saveSegment(QString(), QStringLiteral("k%1").arg(i, 2, 10, QLatin1Char('0')),
                                SegmentRule());
    } // closed at once: the queued writes are not dropped
    Connection connection(path);
    QCOMPARE(SegmentStore::list(connection.db())->size(), size_t(20));
}

void TestWriteQueue::exclusiveWorkHoldsTheWrites()
{
    const QString path = m_dir.filePath(QStringLiteral("exclusive.storelens"));
    QVERIFY(Workspace::open(path).ok());
    WriteQueue queue(path);
    QFuture<Result<void>> write;
    bool finishedDuringImport = true;
    queue.runExclusive([&] {
        write = queue.submit(
            [](QSqlDatabase &db) { return setMetaValue(db, QStringLiteral("k"), QStringLiteral("v")); });
        QThread::msleep(200);
        finishedDuringImport = write.isFinished();
    });
    QCOMPARE(finishedDuringImport, false);
    QVERIFY(write.result().ok());
    queue.waitForIdle();
    Connection connection(path);
    QCOMPARE(metaValue(connection.db(), QStringLiteral("k")), QStringLiteral("v"));
}

QTEST_GUILESS_MAIN(TestWriteQueue)
#include "tst_writequeue.moc"
