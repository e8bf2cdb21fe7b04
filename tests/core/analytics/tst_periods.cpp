#include "core/analytics/query/Periods.h"

#include <QTest>

using namespace storelens::core::analytics;

class TestPeriods : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shifts_data();
    void shifts();
    void defaultPeriod_data();
    void defaultPeriod();
    void comparisons_data();
    void comparisons();
    void wholeCalendarPeriods_data();
    void wholeCalendarPeriods();
    void buckets_data();
    void buckets();
    void lookBackWindow_data();
    void lookBackWindow();
    void warnings();
    void isoDates_data();
    void isoDates();
};

void TestPeriods::shifts_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("leap day back a year lands on 28 February")
        << QDate(2024, 2, 29) << -12 << QDate(2023, 2, 28);
    // Boost maps a month's last day to the target month's last day
    QTest::newRow("28 Feb 2023 (a month end) forward a year is 29 Feb 2024")
        << QDate(2023, 2, 28) << 12 << QDate(2024, 2, 29);
    QTest::newRow("31 March back one month is 29 February") << QDate(2024, 3, 31) << -1 << QDate(2024, 2, 29);
    QTest::newRow("30 April back one month is 31 March (month end)")
        << QDate(2024, 4, 30) << -1 << QDate(2024, 3, 31);
    QTest::newRow("15 May back three months") << QDate(2024, 5, 15) << -3 << QDate(2024, 2, 15);
    QTest::newRow("31 January forward one month") << QDate(2023, 1, 31) << 1 << QDate(2023, 2, 28);
}

void TestPeriods::shifts()
{
    QFETCH(QDate, date);
    QFETCH(int, months);
    QFETCH(QDate, expected);
    QCOMPARE(shiftMonths(date, months), expected);
    if (months % 12 == 0)
        QCOMPARE(shiftYears(date, months / 12), expected);
}

void TestPeriods::defaultPeriod_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QDate>("from");

    // from = as-of − 1 year + 1 day
    QTest::newRow("mid month") << QDate(2024, 6, 15) << QDate(2023, 6, 16);
    QTest::newRow("leap day: 2023-02-28 + 1") << QDate(2024, 2, 29) << QDate(2023, 3, 1);
    QTest::newRow("year end") << QDate(2023, 12, 31) << QDate(2023, 1, 1);
    // 2024-02-28 back a year is 2023-02-28 (28 Feb 2024 is no month end), + 1
    QTest::newRow("28 Feb of a leap year") << QDate(2024, 2, 28) << QDate(2023, 3, 1);
}

void TestPeriods::defaultPeriod()
{
    QFETCH(QDate, asOf);
    QFETCH(QDate, from);
    const Period p = storelens::core::analytics::defaultPeriod(asOf);
    QCOMPARE(p.from, from);
    QCOMPARE(p.to, asOf);
}

void TestPeriods::comparisons_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("comparison");
    QTest::addColumn<QDate>("expectedFrom");
    QTest::addColumn<QDate>("expectedTo");

    const int prev = int(Comparison::PreviousPeriod);
    const int year = int(Comparison::SamePeriodLastYear);
    // March 2024 has 31 days: the 31 days ending 29 February start 30 January
    QTest::newRow("previous of March 2024")
        << QDate(2024, 3, 1) << QDate(2024, 3, 31) << prev << QDate(2024, 1, 30) << QDate(2024, 2, 29);
    QTest::newRow("previous of February 2024 (29 days)")
        << QDate(2024, 2, 1) << QDate(2024, 2, 29) << prev << QDate(2024, 1, 3) << QDate(2024, 1, 31);
    QTest::newRow("previous of one day")
        << QDate(2024, 1, 1) << QDate(2024, 1, 1) << prev << QDate(2023, 12, 31) << QDate(2023, 12, 31);
    QTest::newRow("year earlier of a period ending on the leap day")
        << QDate(2024, 2, 1) << QDate(2024, 2, 29) << year << QDate(2023, 2, 1) << QDate(2023, 2, 28);
    QTest::newRow("year earlier of a quarter")
        << QDate(2024, 4, 1) << QDate(2024, 6, 30) << year << QDate(2023, 4, 1) << QDate(2023, 6, 30);
}

void TestPeriods::comparisons()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, comparison);
    QFETCH(QDate, expectedFrom);
    QFETCH(QDate, expectedTo);
    const auto p = comparisonPeriod(Period{from, to}, Comparison(comparison));
    QVERIFY(p.has_value());
    QCOMPARE(p->from, expectedFrom);
    QCOMPARE(p->to, expectedTo);
    QVERIFY(!comparisonPeriod(Period{from, to}, Comparison::None).has_value());
}

// A whole calendar quarter or month compares with the one before; any other period has no calendar
// comparison (invalid: the same length before applies).
void TestPeriods::wholeCalendarPeriods_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QDate>("expectedFrom"); // invalid: none
    QTest::addColumn<QDate>("expectedTo");
    QTest::newRow("November: October 1-31, not the 30 days from October 2")
        << QDate(2026, 11, 1) << QDate(2026, 11, 30) << QDate(2026, 10, 1) << QDate(2026, 10, 31);
    QTest::newRow("March: February of a leap year")
        << QDate(2024, 3, 1) << QDate(2024, 3, 31) << QDate(2024, 2, 1) << QDate(2024, 2, 29);
    QTest::newRow("January: December before")
        << QDate(2026, 1, 1) << QDate(2026, 1, 31) << QDate(2025, 12, 1) << QDate(2025, 12, 31);
    QTest::newRow("Q4: Q3, not three months of days")
        << QDate(2026, 10, 1) << QDate(2026, 12, 31) << QDate(2026, 7, 1) << QDate(2026, 9, 30);
    QTest::newRow("November to date: none")
        << QDate(2026, 11, 1) << QDate(2026, 11, 29) << QDate() << QDate();
    QTest::newRow("two months: none") << QDate(2026, 10, 1) << QDate(2026, 11, 30) << QDate() << QDate();
    QTest::newRow("a month from the 2nd: none")
        << QDate(2026, 10, 2) << QDate(2026, 11, 1) << QDate() << QDate();
}

void TestPeriods::wholeCalendarPeriods()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QDate, expectedFrom);
    QFETCH(QDate, expectedTo);
    const Period p = previousWholeCalendarPeriod(Period{from, to});
    QCOMPARE(p.from, expectedFrom);
    QCOMPARE(p.to, expectedTo);
}

void TestPeriods::buckets_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("grain");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("next");

    // 2024-02-29 is a Thursday; its week starts Monday 26 February
    QTest::newRow("week of the leap day")
        << QDate(2024, 2, 29) << int(Grain::Week) << QDate(2024, 2, 26) << QDate(2024, 3, 4);
    QTest::newRow("a Sunday belongs to the week before")
        << QDate(2024, 3, 3) << int(Grain::Week) << QDate(2024, 2, 26) << QDate(2024, 3, 4);
    QTest::newRow("month") << QDate(2024, 2, 29) << int(Grain::Month) << QDate(2024, 2, 1)
                           << QDate(2024, 3, 1);
    QTest::newRow("quarter") << QDate(2024, 8, 20) << int(Grain::Quarter) << QDate(2024, 7, 1)
                             << QDate(2024, 10, 1);
    QTest::newRow("day") << QDate(2024, 8, 20) << int(Grain::Day) << QDate(2024, 8, 20) << QDate(2024, 8, 21);
}

void TestPeriods::buckets()
{
    QFETCH(QDate, date);
    QFETCH(int, grain);
    QFETCH(QDate, start);
    QFETCH(QDate, next);
    QCOMPARE(bucketStart(date, Grain(grain)), start);
    QCOMPARE(nextBucketStart(start, Grain(grain)), next);
}

void TestPeriods::lookBackWindow_data()
{
    QTest::addColumn<QDate>("periodFrom");
    QTest::addColumn<int>("windowDays");
    QTest::addColumn<QDate>("expectedFrom"); // the window ends the day before periodFrom
    // 2023-03-02 + 365 days = 2024-03-01, because 29 Feb 2024 lies between
    QTest::newRow("a year over a leap day") << QDate(2024, 3, 1) << 365 << QDate(2023, 3, 2);
    QTest::newRow("one day") << QDate(2024, 1, 1) << 1 << QDate(2023, 12, 31);
    // Jan 10 → Feb 10 is 31 days, → Mar 10 29 more, → Apr 9 30 more: 90
    QTest::newRow("90 days") << QDate(2024, 4, 9) << 90 << QDate(2024, 1, 10);
}

void TestPeriods::lookBackWindow()
{
    QFETCH(QDate, periodFrom);
    QFETCH(int, windowDays);
    QFETCH(QDate, expectedFrom);
    const Period window =
        storelens::core::analytics::lookBackWindow(Period{periodFrom, periodFrom.addDays(30)}, windowDays);
    QCOMPARE(window.from, expectedFrom);
    QCOMPARE(window.to, periodFrom.addDays(-1));
    QCOMPARE(window.days(), qint64(windowDays));
}

void TestPeriods::warnings()
{
    // data from 2024-01-23: the previous period [2024-01-01, 2024-01-31] holds 9 days of data (23 … 31)
    const auto w = coverageWarning(DataCoverageWarning::Kind::ComparisonPeriod,
                                   Period{QDate(2024, 1, 1), QDate(2024, 1, 31)}, QDate(2024, 1, 23));
    QVERIFY(w.has_value());
    QCOMPARE(w->daysWithData, qint64(9));
    QVERIFY(w->message.contains(QLatin1String("9")));
    QVERIFY(!coverageWarning(DataCoverageWarning::Kind::Period,
                             Period{QDate(2024, 1, 23), QDate(2024, 1, 31)}, QDate(2024, 1, 23))
                 .has_value());
    // entirely before the data
    const auto none = coverageWarning(DataCoverageWarning::Kind::Period,
                                      Period{QDate(2023, 1, 1), QDate(2023, 1, 31)}, QDate(2024, 1, 23));
    QVERIFY(none.has_value());
    QCOMPARE(none->daysWithData, qint64(0));
}

void TestPeriods::isoDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("leap day") << QStringLiteral("2024-02-29") << QDate(2024, 2, 29);
    QTest::newRow("no leap day in 2023") << QStringLiteral("2023-02-29") << QDate();
    QTest::newRow("short month") << QStringLiteral("2024-2-1") << QDate();
    QTest::newRow("trailing text") << QStringLiteral("2024-02-01x") << QDate();
}

void TestPeriods::isoDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QCOMPARE(parseIsoDate(text), expected);
}

QTEST_GUILESS_MAIN(TestPeriods)
#include "tst_periods.moc"
