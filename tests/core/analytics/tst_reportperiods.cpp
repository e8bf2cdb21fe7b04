#include "core/analytics/query/ReportPeriods.h"

#include <QTest>

using namespace storelens::core::analytics;

Q_DECLARE_METATYPE(ReportTemplate)

class TestReportPeriods : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void periods_data();
    void periods();
    void emptyWorkspaceHasNoPeriods();
    void keys_data();
    void keys();
};

void TestReportPeriods::periods_data()
{
    QTest::addColumn<ReportTemplate>("kind");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QDate>("previousFrom");
    QTest::addColumn<QDate>("previousTo");
    QTest::addColumn<QDate>("lastYearFrom");
    QTest::addColumn<QDate>("lastYearTo");

    const auto W = ReportTemplate::Weekly;
    const auto M = ReportTemplate::Monthly;
    const auto Q = ReportTemplate::Quarterly;
    // 2026-09-30 is a Wednesday: the last complete week is Mon 21 – Sun 27 September; 52 weeks earlier is
    // Mon 22 – Sun 28 September 2025.
    QTest::newRow("weekly, as-of mid-week")
        << W << QDate(2026, 9, 30) << QDate(2026, 9, 21) << QDate(2026, 9, 27) << QDate(2026, 9, 14)
        << QDate(2026, 9, 20) << QDate(2025, 9, 22) << QDate(2025, 9, 28);
    // 2026-09-27 is a Sunday: that week is complete.
    QTest::newRow("weekly, as-of on a Sunday")
        << W << QDate(2026, 9, 27) << QDate(2026, 9, 21) << QDate(2026, 9, 27) << QDate(2026, 9, 14)
        << QDate(2026, 9, 20) << QDate(2025, 9, 22) << QDate(2025, 9, 28);
    QTest::newRow("weekly, week across a year end")
        << W << QDate(2026, 1, 5) << QDate(2025, 12, 29) << QDate(2026, 1, 4) << QDate(2025, 12, 22)
        << QDate(2025, 12, 28) << QDate(2024, 12, 30) << QDate(2025, 1, 5);
    QTest::newRow("monthly, as-of on the month's last day")
        << M << QDate(2026, 9, 30) << QDate(2026, 9, 1) << QDate(2026, 9, 30) << QDate(2026, 8, 1)
        << QDate(2026, 8, 31) << QDate(2025, 9, 1) << QDate(2025, 9, 30);
    QTest::newRow("monthly, as-of mid-month: the month before")
        << M << QDate(2026, 10, 15) << QDate(2026, 9, 1) << QDate(2026, 9, 30) << QDate(2026, 8, 1)
        << QDate(2026, 8, 31) << QDate(2025, 9, 1) << QDate(2025, 9, 30);
    QTest::newRow("monthly, February of a leap year against February before")
        << M << QDate(2024, 3, 10) << QDate(2024, 2, 1) << QDate(2024, 2, 29) << QDate(2024, 1, 1)
        << QDate(2024, 1, 31) << QDate(2023, 2, 1) << QDate(2023, 2, 28);
    QTest::newRow("monthly, January against December")
        << M << QDate(2026, 2, 1) << QDate(2026, 1, 1) << QDate(2026, 1, 31) << QDate(2025, 12, 1)
        << QDate(2025, 12, 31) << QDate(2025, 1, 1) << QDate(2025, 1, 31);
    QTest::newRow("quarterly, as-of on the quarter's last day")
        << Q << QDate(2026, 9, 30) << QDate(2026, 7, 1) << QDate(2026, 9, 30) << QDate(2026, 4, 1)
        << QDate(2026, 6, 30) << QDate(2025, 7, 1) << QDate(2025, 9, 30);
    QTest::newRow("quarterly, as-of mid-quarter: Q1 against Q4")
        << Q << QDate(2026, 5, 2) << QDate(2026, 1, 1) << QDate(2026, 3, 31) << QDate(2025, 10, 1)
        << QDate(2025, 12, 31) << QDate(2025, 1, 1) << QDate(2025, 3, 31);
}

void TestReportPeriods::periods()
{
    QFETCH(ReportTemplate, kind);
    QFETCH(QDate, asOf);
    const auto p = reportPeriods(kind, asOf);
    QVERIFY(p.has_value());
    QCOMPARE(int(p->kind), int(kind));
    QTEST(p->period.from, "from");
    QTEST(p->period.to, "to");
    QTEST(p->previous.from, "previousFrom");
    QTEST(p->previous.to, "previousTo");
    QTEST(p->lastYear.from, "lastYearFrom");
    QTEST(p->lastYear.to, "lastYearTo");
    QVERIFY(p->period.to <= asOf);
    QCOMPARE(p->previous.to.addDays(1), p->period.from);
    if (kind == ReportTemplate::Weekly) {
        QCOMPARE(p->period.days(), 7);
        QCOMPARE(p->period.from.dayOfWeek(), 1);
        QCOMPARE(p->lastYear.from.dayOfWeek(), 1);
    }
}

void TestReportPeriods::emptyWorkspaceHasNoPeriods()
{
    QVERIFY(!reportPeriods(ReportTemplate::Monthly, QDate()).has_value());
}

void TestReportPeriods::keys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<ReportTemplate>("kind");
    QTest::newRow("weekly") << QStringLiteral("weekly") << ReportTemplate::Weekly;
    QTest::newRow("monthly, any case") << QStringLiteral("Monthly") << ReportTemplate::Monthly;
    QTest::newRow("quarterly") << QStringLiteral("quarterly") << ReportTemplate::Quarterly;
}

void TestReportPeriods::keys()
{
    QFETCH(QString, key);
    QFETCH(ReportTemplate, kind);
    const auto parsed = reportTemplateFromKey(key);
    QVERIFY(parsed.has_value());
    QCOMPARE(int(*parsed), int(kind));
    QCOMPARE(reportTemplateKey(kind), key.toLower());
    QVERIFY(!reportTemplateFromKey(QStringLiteral("yearly")).has_value());
}

QTEST_GUILESS_MAIN(TestReportPeriods)
#include "tst_reportperiods.moc"
