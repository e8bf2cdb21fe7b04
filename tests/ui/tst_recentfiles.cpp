#include "common/GuiTestSupport.h"
#include "ui/shell/RecentFiles.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using storelens::ui::RecentFiles;

class TestRecentFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void keepsNewestFirst_data();
    void keepsNewestFirst();
    void prunesMissingFiles();
    void lastWorkspaceMustExist();
    void menuOpensFile();

private:
    QString touch(const QString &name);
    storelens::test::SettingsFolder m_dir;
};

void TestRecentFiles::initTestCase()
{
    QVERIFY(m_dir.setUp(QStringLiteral("tst_recentfiles")));
}

void TestRecentFiles::init()
{
    QSettings().clear();
}

QString TestRecentFiles::touch(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write("x");
    return QDir::cleanPath(path);
}

void TestRecentFiles::keepsNewestFirst_data()
{
    QTest::addColumn<QStringList>("opened"); // in the order they are opened
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("three files, newest first")
        << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}
        << QStringList{QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")};
    QTest::newRow("reopened file moves to the top without a duplicate")
        << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a")}
        << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    // Ten opened, the eight newest (j down to c) are kept.
    QTest::newRow("ten files keep the last eight")
        << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                       QStringLiteral("e"), QStringLiteral("f"), QStringLiteral("g"), QStringLiteral("h"),
                       QStringLiteral("i"), QStringLiteral("j")}
        << QStringList{QStringLiteral("j"), QStringLiteral("i"), QStringLiteral("h"), QStringLiteral("g"),
                       QStringLiteral("f"), QStringLiteral("e"), QStringLiteral("d"), QStringLiteral("c")};
}

void TestRecentFiles::keepsNewestFirst()
{
    QFETCH(QStringList, opened);
    QFETCH(QStringList, expected);
    RecentFiles recent;
    for (const QString &name : opened)
        recent.add(touch(name + QStringLiteral(".storelens")));
    QStringList names;
    for (const QString &path : recent.files())
        names.append(QFileInfo(path).completeBaseName());
    QCOMPARE(names, expected);
    // Persisted: a second instance (the next start) sees the same list.
    QCOMPARE(RecentFiles().files(), recent.files());
}

void TestRecentFiles::prunesMissingFiles()
{
    RecentFiles recent;
    const QString kept = touch(QStringLiteral("kept.storelens"));
    const QString gone = touch(QStringLiteral("gone.storelens"));
    recent.add(kept);
    recent.add(gone);
    QCOMPARE(recent.files(), (QStringList{gone, kept}));
    QVERIFY(QFile::remove(gone));
    QCOMPARE(recent.files(), QStringList{kept});
    QCOMPARE(QSettings().value(QStringLiteral("workspace/recent")).toStringList(), QStringList{kept});
}

void TestRecentFiles::lastWorkspaceMustExist()
{
    RecentFiles recent;
    const QString path = touch(QStringLiteral("last.storelens"));
    recent.setLastWorkspace(path);
    QCOMPARE(recent.lastWorkspace(), path);
    QVERIFY(QFile::remove(path));
    QCOMPARE(recent.lastWorkspace(), QString());
}

void TestRecentFiles::menuOpensFile()
{
    RecentFiles recent;
    const QString first = touch(QStringLiteral("first.storelens"));
    const QString second = touch(QStringLiteral("second.storelens"));
    recent.add(first);
    recent.add(second);
    QMenu menu;
    recent.attachMenu(&menu);
    // Two files, a separator and "Clear Recent Workspaces".
    QCOMPARE(menu.actions().size(), 4);
    QCOMPARE(menu.actions().at(0)->text(), QStringLiteral("&1 second"));
    QSignalSpy spy(&recent, &RecentFiles::openRequested);
    menu.actions().at(1)->trigger();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.constFirst().constFirst().toString(), first);
    menu.actions().at(3)->trigger();
    QCOMPARE(recent.files(), QStringList());
}

QTEST_MAIN(TestRecentFiles)
#include "tst_recentfiles.moc"
