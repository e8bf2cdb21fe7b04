#include "../KpiFixture.h"
#include "ExplainFixture.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QTest>
#include <QTranslator>

#include <cmath>

using namespace storelens::core;
using namespace kpifixture;
using namespace explainfixture; // also analytics and analytics::explain

// Issue 18: a change of net sales that is really one catering order says so after the sentence, and the
// sentence writes money with the workspace's currency and a real minus sign, as the KPI tiles do.
//
// The café (period 2024-02-01..29, compared with the previous 29 days 2024-01-03..31), all 1 unit per order:
//   stores Harbour Street(0), Market Square(1); categories Bakery(0) p0, Catering(1) p1.
//   January: 10 orders of 10.00 (2024-01-03, every third day to 01-30; the first 5 Harbour Street, the
//            others Market Square) and
//            order "24058" on 2024-01-20 at Harbour Street: 1 catering platter of 1,180.00 less 80.00 =
//            1,100.00.
//   February: 12 orders of 12.00 (2024-02-01 to 02-29, about every 2.5 days; the first 6 Harbour Street, the
//            others Market Square). Both periods hold data to their ends, so neither is cut.
//   N₀ = 100 + 1,100 = 1,200; N₁ = 144; ΔN = −1,056 (−88.0 %).
//   Bridge (no traffic): every order holds one unit in both periods, so orders × AOV (issue 18): orders
//   11 -> 12, AOV 1,200/11 -> 12. L(144, 1200) = −1,056 ÷ ln 0.12 = 498.0513; orders L·ln(12/11) = 43.3361,
//   AOV the rest −1,056 − 43.3361 = −1,099.3361; returns 0.
//   Stores: Harbour Street 1,150 -> 72 (−1,078), Market Square 50 -> 72 (+22).
//   Order totals of both periods: 10 × 10, 12 × 12, 1 × 1,100: 23 orders, median the 12th = 12.00; only
//   1,100 ≥ 10 × 12 = 120. Its effect −1,100 (comparison period) is ≥ 30 % of |ΔN| = 316.80, so it is
//   named; without it the change is −1,056 + 1,100 = +44.00 (= 144 − 100).
namespace {

const QString kCatering = QStringLiteral("24058");

// `extraFebruary` more orders of 12.00 in February (Market Square); `catering` the 1,100.00 order at all, or
// a smaller one of `cateringNet` (1 unit, no discount).
// `secondCatering`: also order "24090" on 2024-01-25 at Market Square, 1 catering platter of 500.00.
SnapshotPtr cafe(bool catering, int extraFebruary = 0, qint64 cateringNet = 0, bool secondCatering = false)
{
    auto s = std::make_shared<Snapshot>();
    s->revision = 1;
    s->stores = {QStringLiteral("Harbour Street"), QStringLiteral("Market Square")};
    s->channels = {QStringLiteral("In store")};
    s->categories = {QStringLiteral("Bakery"), QStringLiteral("Catering")};
    s->skus = {QStringLiteral("p0"), QStringLiteral("p1")};
    s->productNames = s->skus;
    s->productCategory = {0, 1};
    const qint64 u = kUnknownCost;
    std::vector<Line> lines;
    int order = 0;
    for (int i = 0; i < 10; ++i, ++order) {
        s->orderIds.append(QStringLiteral("%1").arg(24000 + order));
        lines.push_back({QDate(2024, 1, 3 + 3 * i), order, -1, kOne, 10 * kUnit, 0, u, i < 5 ? 0 : 1, 0, 0});
    }
    if (catering) {
        s->orderIds.append(kCatering);
        if (cateringNet == 0)
            lines.push_back({QDate(2024, 1, 20), order++, -1, kOne, 1180 * kUnit, 80 * kUnit, u, 0, 0, 1});
        else
            lines.push_back({QDate(2024, 1, 20), order++, -1, kOne, cateringNet * kUnit, 0, u, 0, 0, 1});
    }
    if (secondCatering) {
        s->orderIds.append(QStringLiteral("24090"));
        lines.push_back({QDate(2024, 1, 25), order++, -1, kOne, 500 * kUnit, 0, u, 1, 0, 1});
    }
    for (int i = 0; i < 12 + extraFebruary; ++i, ++order) {
        s->orderIds.append(QStringLiteral("%1").arg(25000 + i));
        const int day = 1 + (i % 12) * 28 / 11;
        lines.push_back({QDate(2024, 2, day), order, -1, kOne, 12 * kUnit, 0, u, i < 6 ? 0 : 1, 0, 0});
    }
    addLines(*s, lines);
    return s;
}

Explanation explainCafe(const SnapshotPtr &s, const QString &currency = QStringLiteral("EUR"))
{
    Query query;
    query.period = {QDate(2024, 2, 1), QDate(2024, 2, 29)};
    return explainOn(s, query, KpiId::NetSales, {Dimension::Store, Dimension::Category}, nullptr, currency)
        .explanation;
}

// An order delivered over two days, and an even number of orders (issue 20's rewrite of the order sums: one
// slot per order, the median by selection).
//   January: 11 orders of 10.00 (2024-01-03, every second day to 01-23, Harbour Street, Bakery) and order
//            "24058" in two lines: 300.00 of bakery on 2024-01-20 at Market Square, then 800.00 of catering
//            on 2024-01-22 at Harbour Street: one order of 1,100.00 whose first line is the 20th at Market
//            Square and whose largest line is catering.
//   February: 9 orders of 12.00 (Market Square, Bakery; the last on 02-29, so neither period is cut) and
//            order "25100" of 115.00 on 2024-02-10 at Harbour Street (Catering).
//   Order totals: 11 × 10, 9 × 12, 115 and 1,100: 22 orders, the median (10 + 12) ÷ 2 = 11.00 and the
//   threshold 110.00, so both 1,100 and 115 are large (with the upper middle value 12 alone, 115 < 120
//   would not be). N₀ = 110 + 1,100 = 1,210, N₁ = 108 + 115 = 223, ΔN = −987; the effects −1,100 and +115
//   add up to −985 (≥ 30 % of 987): both named, the larger first; without them the change is −987 + 985 =
//   −2.00 (= 108 − 110).
SnapshotPtr deliveredOverTwoDays()
{
    auto s = std::make_shared<Snapshot>();
    s->revision = 1;
    s->stores = {QStringLiteral("Harbour Street"), QStringLiteral("Market Square")};
    s->channels = {QStringLiteral("In store")};
    s->categories = {QStringLiteral("Bakery"), QStringLiteral("Catering")};
    s->skus = {QStringLiteral("p0"), QStringLiteral("p1")};
    s->productNames = s->skus;
    s->productCategory = {0, 1};
    const qint64 u = kUnknownCost;
    std::vector<Line> lines;
    int order = 0;
    for (int i = 0; i < 11; ++i, ++order) {
        s->orderIds.append(QStringLiteral("%1").arg(24000 + order));
        lines.push_back({QDate(2024, 1, 3 + 2 * i), order, -1, kOne, 10 * kUnit, 0, u, 0, 0, 0});
    }
    s->orderIds.append(kCatering);
    lines.push_back({QDate(2024, 1, 20), order, -1, kOne, 300 * kUnit, 0, u, 1, 0, 0});
    lines.push_back({QDate(2024, 1, 22), order++, -1, kOne, 800 * kUnit, 0, u, 0, 0, 1});
    for (const int day : {1, 4, 7, 10, 13, 16, 19, 22, 29}) {
        s->orderIds.append(QStringLiteral("%1").arg(25000 + day));
        lines.push_back({QDate(2024, 2, day), order++, -1, kOne, 12 * kUnit, 0, u, 1, 0, 0});
    }
    s->orderIds.append(QStringLiteral("25100"));
    lines.push_back({QDate(2024, 2, 10), order++, -1, kOne, 115 * kUnit, 0, u, 0, 0, 1});
    addLines(*s, lines);
    return s;
}

// The translations of this strings, until the lead merges them into translations/*.ts (the real
// messages are installed after it and win wherever they exist).
class PendingTranslation : public QTranslator
{
public:
    explicit PendingTranslation(QHash<QString, QString> messages)
        : m_messages(std::move(messages))
    {
    }
    QString translate(const char *context, const char *source, const char *, int n) const override
    {
        if (qstrcmp(context, "storelens::core::analytics::explain") != 0)
            return {};
        const QString key = QString::fromUtf8(source);
        if (n >= 0 && m_messages.contains(key + QStringLiteral("|plural")) && n != 1)
            return m_messages.value(key + QStringLiteral("|plural"));
        return m_messages.value(key);
    }
    bool isEmpty() const override { return false; }

private:
    QHash<QString, QString> m_messages;
};

const QHash<QString, QString> kGerman = {
    {QStringLiteral("%1 fell by %2 (%3): %4; %5 contributed %6 of it."),
     QStringLiteral("%1 sank um %2 (%3): %4; %6 davon entfielen auf %5.")},
    {QStringLiteral("%1 from %2"), QStringLiteral("%2 (%1)")},
    {QStringLiteral("%1 and %2"), QStringLiteral("%1 und %2")},
    {QStringLiteral("average order value"), QStringLiteral("Ø Bestellwert")},
    {QStringLiteral("order %1"), QStringLiteral("Bestellung %1")},
    {QStringLiteral("%1 on %2 in the comparison period (%3)"),
     QStringLiteral("%1 am %2 im Vergleichszeitraum (%3)")},
    {QStringLiteral("One order of %1 makes up %2 of it; without it the change would be %3."),
     QStringLiteral("Eine Bestellung über %1 macht %2 davon aus; ohne sie läge die Veränderung bei %3.")},
};
const QHash<QString, QString> kFrench = {
    {QStringLiteral("%1 fell by %2 (%3): %4; %5 contributed %6 of it."),
     QStringLiteral("%1 a baissé de %2 (%3) : %4 ; « %5 » y a contribué pour %6.")},
    {QStringLiteral("%1 from %2"), QStringLiteral("%1 dû à « %2 »")},
    {QStringLiteral("%1 and %2"), QStringLiteral("%1 et %2")},
    {QStringLiteral("average order value"), QStringLiteral("panier moyen")},
    {QStringLiteral("order %1"), QStringLiteral("commande %1")},
    {QStringLiteral("%1 on %2 in the comparison period (%3)"),
     QStringLiteral("%1 le %2 dans la période de comparaison (%3)")},
    {QStringLiteral("One order of %1 makes up %2 of it; without it the change would be %3."),
     QStringLiteral("Une commande de %1 en représente %2 ; sans elle, la variation serait de %3.")},
};

// The café's sentence in `language`, with the messages of translations/ and the pending ones.
QString sentenceIn(QLocale::Language language, QLocale::Territory territory, const QString &qm,
                   const QHash<QString, QString> &pending)
{
    PendingTranslation extra(pending);
    QTranslator messages;
    if (!messages.load(qm))
        return QStringLiteral("cannot load ") + qm;
    QCoreApplication::installTranslator(&extra);
    QCoreApplication::installTranslator(&messages);
    const QLocale previous;
    QLocale::setDefault(QLocale(language, territory));
    const QString sentence = explainCafe(cafe(true)).sentence;
    QLocale::setDefault(previous);
    QCoreApplication::removeTranslator(&messages);
    QCoreApplication::removeTranslator(&extra);
    return sentence;
}

} // namespace

class TestLargeOrders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }
    void oneOrderIsNamed();
    void sentenceInEnglish();
    void sentenceInGerman();
    void sentenceInFrench();
    void ordinaryOrdersAreNotNamed();
    void smallShareIsNotNamed();
    void twoOrdersAreListed();
    void orderOverTwoDaysAndEvenMedian();
    void verdictDepthLeavesThemOut();
};

void TestLargeOrders::oneOrderIsNamed()
{
    const Explanation e = explainCafe(cafe(true));
    QVERIFY2(e.comparable, qPrintable(e.notComparableReason));
    QCOMPARE(e.change, -1056.0);
    // The bridge still adds up to the change exactly; the note is an addition, not a part.
    QCOMPARE(e.bridge.size(), size_t(3));
    QCOMPARE(e.bridge[0].key, QStringLiteral("orders"));
    QCOMPARE(e.bridge[0].effect, 43.3361);
    QCOMPARE(e.bridge[1].key, QStringLiteral("average_order_value"));
    QCOMPARE(e.bridge[1].effect, -1099.3361);
    QCOMPARE(e.bridge[2].effect, 0.0);
    QCOMPARE(std::llround((e.bridge[0].effect + e.bridge[1].effect + e.bridge[2].effect) * 10000),
             -10560000LL);
    QCOMPARE(e.largeOrders.size(), size_t(1));
    const LargeOrder &o = e.largeOrders.front();
    QCOMPARE(o.orderId, kCatering);
    QCOMPARE(o.date, QDate(2024, 1, 20));
    QCOMPARE(o.store, QStringLiteral("Harbour Street"));
    QCOMPARE(o.category, QStringLiteral("Catering"));
    QVERIFY(o.inComparisonPeriod);
    QCOMPARE(o.net, 1100.0);
    QCOMPARE(o.effect, -1100.0);
    QCOMPARE(e.largeOrdersEffect, -1100.0);
    QVERIFY(e.sentence.endsWith(e.largeOrdersNote));
}

void TestLargeOrders::sentenceInEnglish()
{
    const QChar minus(0x2212);
    QString expected =
        QStringLiteral("Net sales fell by €1,056.00 (M88.0 %): M€1,099.34 from average order value and "
                       "+€43.34 from orders; Harbour Street contributed M€1,078.00 of it. One order of "
                       "€1,100.00 on 1/20/2024 in the comparison period (order 24058, Harbour Street, "
                       "Catering) makes up M€1,100.00 of it; without it the change would be +€44.00.");
    expected.replace(QLatin1Char('M'), minus);
    QCOMPARE(explainCafe(cafe(true)).sentence, expected);
    // Without a currency (a workspace that does not know its own) money is a plain number, still with −.
    QVERIFY(explainCafe(cafe(true), QString())
                .sentence.startsWith(QStringLiteral("Net sales fell by 1,056.00 (%1").arg(minus)));
}

void TestLargeOrders::sentenceInGerman()
{
    const QString sentence =
        sentenceIn(QLocale::German, QLocale::Germany, QStringLiteral(":/i18n/storelens_de.qm"), kGerman);
    const QChar minus(0x2212);
    const QChar nbsp(0x00A0);
    QString expected = QStringLiteral(
        "Nettoumsatz sank um 1.056,00_€ (M88,0 %): Ø Bestellwert (M1.099,34_€) "
        "und Bestellungen (+43,34_€); M1.078,00_€ davon entfielen auf Harbour Street. Eine Bestellung über "
        "1.100,00_€ am 20.01.2024 im Vergleichszeitraum (Bestellung 24058, Harbour Street, Catering) macht "
        "M1.100,00_€ davon aus; ohne sie läge die Veränderung bei +44,00_€.");
    expected.replace(QLatin1Char('_'), nbsp).replace(QLatin1Char('M'), minus);
    QCOMPARE(sentence, expected);
}

void TestLargeOrders::sentenceInFrench()
{
    const QString sentence =
        sentenceIn(QLocale::French, QLocale::France, QStringLiteral(":/i18n/storelens_fr.qm"), kFrench);
    // French groups thousands with a narrow no-break space (U+202F) and puts a no-break space before €.
    const QChar minus(0x2212);
    const QChar nbsp(0x00A0);
    const QChar group(0x202F);
    QString expected = QStringLiteral(
        "Chiffre d'affaires net a baissé de 1G056,00_€ (M88,0 %) : M1G099,34_€ dû à « panier moyen » "
        "et +43,34_€ dû à « commandes » ; « Harbour Street » y a contribué pour M1G078,00_€. Une commande de "
        "1G100,00_€ le 20/01/2024 dans la période de comparaison (commande 24058, Harbour Street, Catering) "
        "en "
        "représente M1G100,00_€ ; sans elle, la variation serait de +44,00_€.");
    expected.replace(QLatin1Char('_'), nbsp)
        .replace(QLatin1Char('M'), minus)
        .replace(QLatin1Char('G'), group);
    QCOMPARE(sentence, expected);
}

void TestLargeOrders::ordinaryOrdersAreNotNamed()
{
    // Without the catering order: 10 × 10.00 -> 12 × 12.00, ΔN = +44; the largest order (12.00) is far
    // below 10 × the median (12.00).
    const Explanation e = explainCafe(cafe(false));
    QCOMPARE(e.change, 44.0);
    QVERIFY(e.largeOrders.empty());
    QVERIFY(e.largeOrdersNote.isEmpty());
    QVERIFY2(e.sentence.endsWith(QStringLiteral("of it.")), qPrintable(e.sentence));
    // A catering order of 100.00 is no outlier either: 100 < 10 × the median 12.00 = 120.
    QVERIFY(explainCafe(cafe(true, 0, 100)).largeOrders.empty());
}

void TestLargeOrders::smallShareIsNotNamed()
{
    // A catering order of 150.00 (≥ 120, large) against February with 80 orders of 12.00: N₀ = 250,
    // N₁ = 960, ΔN = +710; its effect −150 is less than 30 % of 710 = 213, so no note.
    const Explanation small = explainCafe(cafe(true, 68, 150));
    QCOMPARE(small.change, 710.0);
    QVERIFY(small.largeOrders.empty());
    // With 60 February orders: N₁ = 720, ΔN = +470, 30 % = 141 ≤ 150: named, the change without it +620.
    const Explanation named = explainCafe(cafe(true, 48, 150));
    QCOMPARE(named.change, 470.0);
    QCOMPARE(named.largeOrders.size(), size_t(1));
    QCOMPARE(named.largeOrdersEffect, -150.0);
    QVERIFY2(named.largeOrdersNote.endsWith(QStringLiteral("the change would be +€620.00.")),
             qPrintable(named.largeOrdersNote));
}

void TestLargeOrders::twoOrdersAreListed()
{
    // With a second platter of 500.00 on 2024-01-25: N₀ = 1,700, ΔN = −1,556. The 24 order totals have the
    // median (12 + 12) ÷ 2 = 12.00, so both platters are large; together −1,600 (≥ 30 % of 1,556), largest
    // first; without them the change is −1,556 + 1,600 = +44.00.
    const Explanation e = explainCafe(cafe(true, 0, 0, true));
    QCOMPARE(e.change, -1556.0);
    QCOMPARE(e.largeOrders.size(), size_t(2));
    QCOMPARE(e.largeOrders[1].orderId, QStringLiteral("24090"));
    QCOMPARE(e.largeOrdersEffect, -1600.0);
    QString expected = QStringLiteral(
        "2 large orders make up ~€1,600.00 of it, and without them the change would be +€44.00: €1,100.00 on "
        "1/20/2024 in the comparison period (order 24058, Harbour Street, Catering); €500.00 on 1/25/2024 "
        "in "
        "the comparison period (order 24090, Market Square, Catering).");
    expected.replace(QLatin1Char('~'), QChar(0x2212));
    QCOMPARE(e.largeOrdersNote, expected);
}

void TestLargeOrders::orderOverTwoDaysAndEvenMedian()
{
    const Explanation e = explainCafe(deliveredOverTwoDays());
    QVERIFY2(e.comparable, qPrintable(e.notComparableReason));
    QCOMPARE(e.change, -987.0);
    QCOMPARE(e.largeOrders.size(), size_t(2));
    const LargeOrder &platter = e.largeOrders[0];
    QCOMPARE(platter.orderId, kCatering);
    QCOMPARE(platter.net, 1100.0);
    QCOMPARE(platter.date, QDate(2024, 1, 20));
    QCOMPARE(platter.store, QStringLiteral("Market Square"));
    QCOMPARE(platter.category, QStringLiteral("Catering"));
    QVERIFY(platter.inComparisonPeriod);
    const LargeOrder &february = e.largeOrders[1];
    QCOMPARE(february.orderId, QStringLiteral("25100"));
    QCOMPARE(february.net, 115.0);
    QCOMPARE(february.effect, 115.0);
    QVERIFY(!february.inComparisonPeriod);
    QCOMPARE(e.largeOrdersEffect, -985.0);
}

void TestLargeOrders::verdictDepthLeavesThemOut()
{
    // The tiles' verdicts (Depth::Verdict): the same change, bridge and verdict as the full explanation, but
    // no large orders and no note after the sentence.
    const SnapshotPtr s = cafe(true);
    Query query;
    query.period = {QDate(2024, 2, 1), QDate(2024, 2, 29)};
    const ResolvedFilter all = resolveFilter(*s, query.filter);
    const KpiCustomerFacts facts = buildKpiCustomerFacts(*s, all);
    const KpiReport report = computeKpiReport(s, query, all, {}, &facts).value();
    const Explanation full =
        explainKpi(*s, all, facts, report, KpiId::NetSales, {}, {}, nullptr, QStringLiteral("EUR")).value();
    const Explanation verdict = explainKpi(*s, all, facts, report, KpiId::NetSales, {}, {}, nullptr,
                                           QStringLiteral("EUR"), Depth::Verdict)
                                    .value();
    QCOMPARE(full.largeOrders.size(), size_t(1));
    QVERIFY(verdict.largeOrders.empty());
    QVERIFY(verdict.largeOrdersNote.isEmpty());
    QCOMPARE(verdict.largeOrdersEffect, 0.0);
    QCOMPARE(verdict.change, full.change);
    QCOMPARE(verdict.bridge.size(), full.bridge.size());
    QCOMPARE(verdict.verdict.tested, full.verdict.tested);
    QCOMPARE(verdict.verdict.withinNormalVariation, full.verdict.withinNormalVariation);
    QCOMPARE(verdict.verdict.sentence, full.verdict.sentence);
    QCOMPARE(verdict.sentence + QLatin1Char(' ') + full.largeOrdersNote, full.sentence);
}

QTEST_GUILESS_MAIN(TestLargeOrders)
#include "tst_largeorders.moc"
