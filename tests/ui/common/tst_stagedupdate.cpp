#include "ui/common/StagedUpdate.h"

#include <QSignalSpy>
#include <QTest>

using storelens::ui::StagedUpdate;

class TestStagedUpdate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void onePassPerStep();
    void fromNextPass();
    void newRunDropsOldSteps();
    void stepThatCancelsEndsTheRun();
};

// The first step runs at once, each later one in a later pass of the event loop, then finished() once.
void TestStagedUpdate::onePassPerStep()
{
    StagedUpdate staged;
    QSignalSpy finished(&staged, &StagedUpdate::finished);
    QStringList ran;
    staged.run({[&] { ran << QStringLiteral("a"); }, [&] { ran << QStringLiteral("b"); },
                [&] { ran << QStringLiteral("c"); }});
    QCOMPARE(ran, QStringList{QStringLiteral("a")});
    QVERIFY(staged.isRunning());
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(ran, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QVERIFY(!staged.isRunning());
}

void TestStagedUpdate::fromNextPass()
{
    StagedUpdate staged;
    QSignalSpy finished(&staged, &StagedUpdate::finished);
    int ran = 0;
    staged.runFromNextPass({[&] { ++ran; }});
    QCOMPARE(ran, 0);
    QVERIFY(staged.isRunning());
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(ran, 1);
}

// A newer result replaces the steps of the older one that have not run yet.
void TestStagedUpdate::newRunDropsOldSteps()
{
    StagedUpdate staged;
    QSignalSpy finished(&staged, &StagedUpdate::finished);
    QStringList ran;
    staged.run({[&] { ran << QStringLiteral("old 1"); }, [&] { ran << QStringLiteral("old 2"); }});
    staged.run({[&] { ran << QStringLiteral("new 1"); }, [&] { ran << QStringLiteral("new 2"); }});
    QTRY_COMPARE(finished.count(), 1);
    QTest::qWait(20);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(ran, (QStringList{QStringLiteral("old 1"), QStringLiteral("new 1"), QStringLiteral("new 2")}));
}

// A step that empties its view (and so cancels) must not be followed by finished() for that run.
void TestStagedUpdate::stepThatCancelsEndsTheRun()
{
    StagedUpdate staged;
    QSignalSpy finished(&staged, &StagedUpdate::finished);
    int later = 0;
    staged.run({[] {}, [&] { staged.cancel(); }, [&] { ++later; }});
    QTRY_VERIFY(!staged.isRunning());
    QTest::qWait(20);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(later, 0);
}

QTEST_MAIN(TestStagedUpdate)
#include "tst_stagedupdate.moc"
