#include "core/import/FieldCatalog.h"
#include "core/import/ProfileStore.h"
#include "core/session/WorkspaceSession.h"
#include "ui/importwizard/ProfilesDialog.h"
#include "ui/importwizard/WizardDriver.h"

#include <QAbstractButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

using namespace storelens;
using core::session::WorkspaceSession;
using namespace storelens::test;

namespace {

core::ImportProfile ordersProfile(const QString &name)
{
    core::ImportProfile p;
    p.name = name;
    p.entity = core::Entity::Orders;
    p.columns = {{QStringLiteral("Beleg"), 0, core::field::OrderId},
                 {QStringLiteral("Datum"), 1, core::field::Date}};
    return p;
}

QStringList savedNames(const QString &workspace)
{
    core::Connection connection(workspace);
    const core::Result<std::vector<core::SavedProfile>> saved = core::ProfileStore::list(connection.db());
    QStringList names;
    if (!saved)
        return {saved.error().message()};
    for (const core::SavedProfile &profile : saved.value())
        names << profile.profile.name;
    return names;
}

// Holds the session's write lock on a worker thread, as an import does, until released or destroyed.
class QueueHold
{
public:
    explicit QueueHold(WorkspaceSession &session)
    {
        m_done = QtConcurrent::run([this, &session] {
            session.runExclusive([this] {
                m_held = true;
                while (!m_release)
                    QThread::msleep(5);
            });
        });
        while (!m_held)
            QThread::msleep(1);
    }
    ~QueueHold() { release(); }
    QueueHold(const QueueHold &) = delete;
    QueueHold &operator=(const QueueHold &) = delete;

    void release()
    {
        m_release = true;
        m_done.waitForFinished();
    }

private:
    std::atomic<bool> m_held{false};
    std::atomic<bool> m_release{false};
    QFuture<void> m_done;
};

} // namespace

// Import profile writes — the wizard's save, the Profiles dialog's renames and deletes — go through the
// session's serial write queue: while the queue is held (as an import holds it) none of them lands, and once
// it is free they land in the order they were asked for.
class TestProfileWrites : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dialogWritesWaitForTheQueueAndLandInOrder();
    void wizardSaveWaitsForTheQueue();

private:
    QTemporaryDir m_dir;
};

void TestProfileWrites::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestProfileWrites::dialogWritesWaitForTheQueueAndLandInOrder()
{
    const QString ws = newWorkspace(m_dir.filePath(QStringLiteral("dialog.storelens")));
    QVERIFY(!ws.isEmpty());
    {
        core::Connection connection(ws);
        const QStringList header{QStringLiteral("Beleg"), QStringLiteral("Datum")};
        QVERIFY(
            core::ProfileStore::save(connection.db(), ordersProfile(QStringLiteral("Till")), header).ok());
        QVERIFY(core::ProfileStore::save(connection.db(), ordersProfile(QStringLiteral("Web")), header).ok());
    }
    auto session = std::make_shared<WorkspaceSession>(ws);
    ui::ProfilesDialog dialog(session);
    QSignalSpy loaded(&dialog, &ui::ProfilesDialog::loaded);
    QSignalSpy failed(&dialog, &ui::ProfilesDialog::failed);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, WizardTimeout);
    QCOMPARE(dialog.profileNames(), (QStringList{QStringLiteral("Till"), QStringLiteral("Web")}));

    QueueHold hold(*session);
    // Each step needs the one before it: Kasse exists only after the first rename.
    dialog.renameProfile(QStringLiteral("Till"), QStringLiteral("Kasse"));
    dialog.renameProfile(QStringLiteral("Kasse"), QStringLiteral("Laden"));
    dialog.deleteProfile(QStringLiteral("Web"));
    QTest::qWait(300);
    QCOMPARE(savedNames(ws), (QStringList{QStringLiteral("Till"), QStringLiteral("Web")}));
    QCOMPARE(loaded.count(), 1);

    hold.release();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, WizardTimeout); // the last reload replaced the others
    QCOMPARE(failed.count(), 0);
    QCOMPARE(dialog.profileNames(), QStringList{QStringLiteral("Laden")});
    QCOMPARE(savedNames(ws), QStringList{QStringLiteral("Laden")});
}

void TestProfileWrites::wizardSaveWaitsForTheQueue()
{
    const QString ws = newWorkspace(m_dir.filePath(QStringLiteral("wizard.storelens")));
    QVERIFY(!ws.isEmpty());
    auto session = std::make_shared<WorkspaceSession>(ws);
    ui::ImportWizard wizard(session, importFixture(QStringLiteral("lightspeed_sales_cp1252.csv")));
    QVERIFY(showAndWait(wizard));
    for (int i = 0; i < 4; ++i)
        QVERIFY(next(wizard));
    QCOMPARE(wizard.currentId(), int(ui::ImportWizard::ImportPageId));
    QVERIFY(wizard.hasImported());
    wizard.setField(QStringLiteral("saveProfile"), true);
    wizard.setField(QStringLiteral("profileName"), QStringLiteral("Till"));
    QSignalSpy saved(&wizard, &ui::ImportWizard::profileSaved);

    QueueHold hold(*session);
    wizard.accept();
    QTest::qWait(300);
    QCOMPARE(saved.count(), 0);
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(wizard.isVisible());
    QCOMPARE(savedNames(ws), QStringList());

    hold.release();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, WizardTimeout);
    QCOMPARE(saved.constFirst().constFirst().toString(), QStringLiteral("Till"));
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QCOMPARE(savedNames(ws), QStringList{QStringLiteral("Till")});
}

QTEST_MAIN(TestProfileWrites)
#include "tst_profilewrites.moc"
