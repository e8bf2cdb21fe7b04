#include "common/SampleFixture.h"
#include "core/analytics/segments/SegmentWorkspaceBase.h"
#include "core/store/Workspace.h"

#include <QTest>

using namespace storelens::core;
using namespace storelens::core::analytics;

// The customer base as the workspace defines it (its saved lifecycle settings, not the defaults) and the
// shared line mask the customer views keep.
class TestSegmentWorkspaceBase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void buildReadsTheSavedSettings();
    void sharedLineMask_data();
    void sharedLineMask();

private:
    storelens::test::SampleStoreFile m_sample;
    LifecycleSettings m_settings;
};

void TestSegmentWorkspaceBase::initTestCase()
{
    QVERIFY(m_sample.write(300, 1));
    m_settings.atRiskDays = 45;
    m_settings.highPercent = 90;
    Connection connection(m_sample.path());
    QVERIFY(m_settings.save(connection.db()).ok());
}

void TestSegmentWorkspaceBase::buildReadsTheSavedSettings()
{
    const Result<CustomerBase> byPath =
        buildWorkspaceCustomerBase(m_sample.path(), *m_sample.snapshot(), nullptr);
    QVERIFY2(byPath.ok(), qPrintable(byPath.error().toString()));
    QCOMPARE(byPath->settings == m_settings, true);
    QCOMPARE(byPath->settings == LifecycleSettings(), false);
    const CustomerBase expected =
        CustomerBase::build(*m_sample.snapshot(), nullptr, SegmentGrid(), m_settings);
    QCOMPARE(byPath->size(), expected.size());
    QVERIFY(expected.size() > 0);
    QCOMPARE(byPath->lifecycle.stage, expected.lifecycle.stage);
    QCOMPARE(byPath->lifecycle.tier, expected.lifecycle.tier);
    const CustomerBase withDefaults = CustomerBase::build(*m_sample.snapshot(), nullptr);
    QCOMPARE(byPath->lifecycle.stage == withDefaults.lifecycle.stage, false); // at risk after 45 days, not 90
    Connection connection(m_sample.path());
    const Result<CustomerBase> byDb =
        buildWorkspaceCustomerBase(connection.db(), *m_sample.snapshot(), nullptr);
    QVERIFY(byDb.ok());
    QCOMPARE(byDb->lifecycle.stage, expected.lifecycle.stage);
}

void TestSegmentWorkspaceBase::sharedLineMask_data()
{
    QTest::addColumn<QStringList>("channels");
    QTest::addColumn<bool>("allLines");
    QTest::newRow("no filter") << QStringList{} << true;
    QTest::newRow("one channel") << QStringList{QStringLiteral("Online")} << false;
}

void TestSegmentWorkspaceBase::sharedLineMask()
{
    QFETCH(QStringList, channels);
    QFETCH(bool, allLines);
    Filter filter;
    filter.channels = channels;
    const auto mask = resolveSharedLineMask(*m_sample.snapshot(), m_sample.path(), filter);
    QVERIFY(mask.ok());
    QCOMPARE(mask.value() == nullptr, allLines);
    if (allLines)
        return;
    const Snapshot &s = *m_sample.snapshot();
    const int32_t channel = int32_t(s.channels.indexOf(channels.front()));
    QVERIFY(channel >= 0);
    QCOMPARE(mask.value()->size(), s.lineCount());
    size_t selected = 0;
    for (size_t line = 0; line < s.lineCount(); ++line) {
        QCOMPARE((*mask.value())[line] != 0, s.channel[line] == channel);
        selected += (*mask.value())[line];
    }
    QVERIFY(selected > 0 && selected < s.lineCount());

    filter.segment = QStringLiteral("Nope");
    QCOMPARE(resolveSharedLineMask(s, m_sample.path(), filter).error().code(), ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestSegmentWorkspaceBase)
#include "tst_segmentworkspacebase.moc"
