#include "core/model/PercentText.h"
#include "core/store/Currency.h"
#include "ui/common/Formatting.h"
#include "ui/dashboard/ExplainFormat.h"
#include "ui/dashboard/KpiFormat.h"
#include "ui/report/ReportFormat.h"

#include <QTest>

using storelens::core::Money;

class TestFormatting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void money_data();
    void money();
    void negativeMoneyLooksAlike_data();
    void negativeMoneyLooksAlike();
    void date_data();
    void date();
    void quantitiesUseTheDecimalsTheyNeed_data();
    void quantitiesUseTheDecimalsTheyNeed();
    void percentagesKeepTheirSign_data();
    void percentagesKeepTheirSign();
    void onlyTheSpaceBeforeAPercentSign();
    void zeroHasNoSign_data();
    void zeroHasNoSign();
    void dailyAverageOfACountHasAFraction();
};

void TestFormatting::money_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<qint64>("units"); // ten-thousandths
    QTest::addColumn<QString>("expected");

    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    QTest::newRow("English thousands")
        << en << qint64(123456789) << QStringLiteral("12,345.68"); // 12345.6789
    QTest::newRow("German thousands") << de << qint64(123456789) << QStringLiteral("12.345,68");
    QTest::newRow("half a cent rounds away from zero") << en << qint64(50) << QStringLiteral("0.01"); // 0.005
    QTest::newRow("negative half a cent") << en << qint64(-50) << QChar(0x2212) + QStringLiteral("0.01");
    QTest::newRow("just under half a cent") << en << qint64(49) << QStringLiteral("0.00"); // 0.0049
    QTest::newRow("zero keeps two places") << de << qint64(0) << QStringLiteral("0,00");
}

void TestFormatting::money()
{
    QFETCH(QLocale, locale);
    QFETCH(qint64, units);
    QFETCH(QString, expected);
    QCOMPARE(storelens::ui::formatMoney(Money::fromUnits(units), locale), expected);
}

void TestFormatting::negativeMoneyLooksAlike_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<qint64>("units"); // ten-thousandths
    QTest::addColumn<QString>("expected");
    // The trial: returns of -6.20 read "-€6.20" in English but "(6,20 €)" in French. Every language writes
    // the minus sign before the amount, never accounting parentheses; it is the typographic minus "−" that
    // changes are written with (trial 20 read "-£1,045.37" beside "−£181.20").
    const QString nbsp(QChar(0x00a0));
    const QString minus(QChar(0x2212));
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale fr(QLocale::French, QLocale::France);
    const QLocale de(QLocale::German, QLocale::Germany);
    const QLocale es(QLocale::Spanish, QLocale::Spain);
    QTest::newRow("en") << en << qint64(-62000) << minus + QStringLiteral("€6.20");
    QTest::newRow("fr") << fr << qint64(-62000)
                        << minus + QStringLiteral("6,20") + nbsp + QStringLiteral("€");
    QTest::newRow("de") << de << qint64(-62000)
                        << minus + QStringLiteral("6,20") + nbsp + QStringLiteral("€");
    QTest::newRow("es") << es << qint64(-62000)
                        << minus + QStringLiteral("6,20") + nbsp + QStringLiteral("€");
    QTest::newRow("fr thousands") << fr << qint64(-12345600)
                                  << minus + QStringLiteral("1") + QChar(0x202f) + QStringLiteral("234,56") +
                                         nbsp + QStringLiteral("€");
    QTest::newRow("fr positive") << fr << qint64(62000)
                                 << QStringLiteral("6,20") + nbsp + QStringLiteral("€");
    QTest::newRow("fr rounds to zero: no sign")
        << fr << qint64(-49) << QStringLiteral("0,00") + nbsp + QStringLiteral("€");
}

void TestFormatting::negativeMoneyLooksAlike()
{
    QFETCH(QLocale, locale);
    QFETCH(qint64, units);
    QFETCH(QString, expected);
    storelens::ui::setDisplayCurrency(QStringLiteral("EUR"));
    const QString money = storelens::ui::formatMoney(Money::fromUnits(units), locale);
    const QString amount = storelens::ui::formatMoneyAmount(double(units) / 10000.0, locale);
    storelens::ui::setDisplayCurrency(QString());
    QCOMPARE(money, expected);
    QCOMPARE(amount, expected);
}

void TestFormatting::date_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    // Short formats M/d/yy and dd.MM.yy, widened to the four-digit year.
    QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates) << QDate(2010, 12, 1)
                             << QStringLiteral("12/1/2010");
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany) << QDate(2010, 12, 1)
                            << QStringLiteral("01.12.2010");
    QTest::newRow("invalid date is empty")
        << QLocale(QLocale::English, QLocale::UnitedStates) << QDate() << QString();
}

void TestFormatting::date()
{
    QFETCH(QLocale, locale);
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QCOMPARE(storelens::ui::formatDate(date, locale), expected);
}

void TestFormatting::quantitiesUseTheDecimalsTheyNeed_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<qint64>("milli");
    QTest::addColumn<QString>("expected");
    // Trial 16: 373.5 kg of coffee printed "373,500", which a Spanish reader takes for 373 500.
    const QLocale es(QLocale::Spanish, QLocale::Spain);
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("whole") << es << qint64(429000) << QStringLiteral("429");
    QTest::newRow("one decimal") << es << qint64(373500) << QStringLiteral("373,5");
    QTest::newRow("two decimals") << es << qint64(131750) << QStringLiteral("131,75");
    QTest::newRow("three decimals") << es << qint64(1255) << QStringLiteral("1,255");
    QTest::newRow("English") << en << qint64(757250) << QStringLiteral("757.25");
    QTest::newRow("returned") << en << qint64(-2500) << QStringLiteral("\u22122.5"); // as money: "−"
    QTest::newRow("returned, whole") << es << qint64(-3000) << QStringLiteral("\u22123");
}

void TestFormatting::quantitiesUseTheDecimalsTheyNeed()
{
    QFETCH(QLocale, locale);
    QFETCH(qint64, milli);
    QFETCH(QString, expected);
    QCOMPARE(storelens::ui::formatQuantityMilli(milli, locale), expected);
}

void TestFormatting::percentagesKeepTheirSign_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    // Trial 13: a tile's change "+12.00 (33.3 %)" wrapped before its "%". Each way a percentage is written
    // for display puts a no-break space (U+00A0) between the number and the sign.
    const QString nbsp(QChar(0x00a0));
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    using storelens::core::analytics::KpiUnit;
    QTest::newRow("KPI ratio, English") << storelens::ui::formatKpiNumber(KpiUnit::Ratio, 1.0 / 3.0, en)
                                        << QStringLiteral("33.3") + nbsp + QStringLiteral("%");
    QTest::newRow("KPI ratio, German") << storelens::ui::formatKpiNumber(KpiUnit::Ratio, 0.125, de)
                                       << QStringLiteral("12,5") + nbsp + QStringLiteral("%");
    QTest::newRow("relative change") << storelens::ui::formatRelativeChange(-0.25, de)
                                     << QString(QChar(0x2212)) + QStringLiteral("25,0") + nbsp +
                                            QStringLiteral("%");
    QTest::newRow("report") << storelens::ui::formatPercent(0.0871, de, 2)
                            << QStringLiteral("8,71") + nbsp + QStringLiteral("%");
    QTest::newRow("core") << storelens::core::percentText(0.981, en)
                          << QStringLiteral("98.1") + nbsp + QStringLiteral("%");
    QTest::newRow("in a sentence") << storelens::core::keepPercentSignsWithNumbers(QStringLiteral(
                                          "Costs are known for only 12.5 % of gross sales (of 100 %)."))
                                   << QStringLiteral("Costs are known for only 12.5") + nbsp +
                                          QStringLiteral("% of gross sales (of 100") + nbsp +
                                          QStringLiteral("%).");
}

void TestFormatting::percentagesKeepTheirSign()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(text, expected);
}

// Only a space between a digit and "%" changes: other spaces, a sign already joined, text without digits.
void TestFormatting::onlyTheSpaceBeforeAPercentSign()
{
    using storelens::core::keepPercentSignsWithNumbers;
    QCOMPARE(keepPercentSignsWithNumbers(QStringLiteral("50% off, a % b, % 3")),
             QStringLiteral("50% off, a % b, % 3"));
    QCOMPARE(keepPercentSignsWithNumbers(QStringLiteral(" %")), QStringLiteral(" %"));
    QCOMPARE(keepPercentSignsWithNumbers(QString()), QString());
    QCOMPARE(keepPercentSignsWithNumbers(QStringLiteral("7 %")),
             QStringLiteral("7") + QChar(0x00a0) + QStringLiteral("%"));
}

void TestFormatting::zeroHasNoSign_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    // Trial 22en: a return rate tile read "▼ −0.0 pp" and a Why? panel "between −1 and −0": a figure that
    // rounds to zero as shown has no sign, wherever a number is written for the user.
    const QString nbsp(QChar(0x00a0));
    const QString minus(QChar(0x2212));
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    const QLocale de(QLocale::German, QLocale::Germany);
    using storelens::core::analytics::KpiUnit;
    using storelens::ui::formatSignedKpiNumber;
    QTest::newRow("rate change") << formatSignedKpiNumber(KpiUnit::Ratio, -0.00004, en)
                                 << QStringLiteral("0.0 pp");
    QTest::newRow("rate change, positive")
        << formatSignedKpiNumber(KpiUnit::Ratio, 0.00004, de) << QStringLiteral("0,0 pp");
    QTest::newRow("count change") << formatSignedKpiNumber(KpiUnit::Count, -0.3, en) << QStringLiteral("0");
    QTest::newRow("number change") << formatSignedKpiNumber(KpiUnit::Number, -0.001, en)
                                   << QStringLiteral("0.00");
    QTest::newRow("money change") << formatSignedKpiNumber(KpiUnit::Money, -0.004, en)
                                  << QStringLiteral("0.00");
    QTest::newRow("relative change") << storelens::ui::formatRelativeChange(-0.0004, en)
                                     << QStringLiteral("0.0") + nbsp + QStringLiteral("%");
    QTest::newRow("core sign") << storelens::core::withSign(QStringLiteral("0.0 pp"), -0.00001)
                               << QStringLiteral("0.0 pp");
    QTest::newRow("core number") << storelens::core::fixedText(-0.3, 0, en) << QStringLiteral("0");
    QTest::newRow("core number, negative zero")
        << storelens::core::fixedText(-0.0, 1, de) << QStringLiteral("0,0");
    QTest::newRow("core percent") << storelens::core::percentText(-0.00001, en)
                                  << QStringLiteral("0.0") + nbsp + QStringLiteral("%");
    QTest::newRow("core money") << storelens::core::formatCurrency(-0.001, QStringLiteral("GBP"), en)
                                << QStringLiteral("£0.00");
    QTest::newRow("report percent") << storelens::ui::formatPercent(-0.00001, en, 1)
                                    << QStringLiteral("0.0") + nbsp + QStringLiteral("%");
    // A change that does not round to zero keeps its sign.
    QTest::newRow("small rate change")
        << formatSignedKpiNumber(KpiUnit::Ratio, -0.0006, en) << minus + QStringLiteral("0.1 pp");
    QTest::newRow("small number") << storelens::core::fixedText(-0.6, 0, en) << QStringLiteral("-1");
}

void TestFormatting::zeroHasNoSign()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(text, expected);
}

// Trial 22en: the Why? panel of new customers read "the daily average changed by somewhere between −1 and −0
// (95 % interval)": a daily average of a count written whole, and a bound that rounds to zero with a minus.
void TestFormatting::dailyAverageOfACountHasAFraction()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    storelens::core::analytics::explain::Explanation e;
    e.kpi = storelens::core::analytics::KpiId::NewCustomers;
    e.verdict.tested = true;
    e.verdict.intervalKind = QStringLiteral("mean_difference");
    e.verdict.plainSentence = QStringLiteral("The change is beyond normal variation.");
    e.verdict.interval.low = -0.74;
    e.verdict.interval.high = -0.04;
    const QString minus(QChar(0x2212));
    const QString text = storelens::ui::variationText(e, QLocale(), storelens::ui::TestNamed::No);
    QVERIFY2(text.contains(QStringLiteral("somewhere between ") + minus + QStringLiteral("0.7 and 0.0 (95")),
             qPrintable(text));
    e.verdict.interval.high = 0.26; // a bound above zero with its plus
    QVERIFY2(storelens::ui::variationText(e, QLocale(), storelens::ui::TestNamed::No)
                 .contains(minus + QStringLiteral("0.7 and +0.3 (95")),
             qPrintable(text));
    QLocale::setDefault(QLocale::c());
}

QTEST_APPLESS_MAIN(TestFormatting)
#include "tst_formatting.moc"
