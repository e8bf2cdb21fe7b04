#include "core/analytics/segments/MemberExport.h"
#include "core/analytics/segments/RuleSegment.h"
#include "core/analytics/segments/SegmentRuleCatalog.h"
#include "core/analytics/segments/SegmentSummary.h"

#include "common/GermanDisplayNames.h"
#include "core/analytics/SnapshotFixture.h"

#include <QCoreApplication>
#include <QTest>

#include <limits>

using namespace storelens::core::analytics;
using storelens::core::ErrorCode;
using storelens::test::SnapshotFixture;

namespace {

QDate d(int m, int day)
{
    return QDate(2024, m, day);
}

// Five customers, as-of 2024-06-30 (reference day 07-01), amounts in whole money units:
//   0 C0  DE Berlin   email consent yes   06-01 shoes 30, 06-20 hats 20     orders 2, net 50, recency 11
//   1 C1  DE Hamburg  consent no          06-05 hats 10                     orders 1, net 10, recency 26
//   2 C2  FR Paris    consent unknown     06-02, 06-15, 06-30 shoes 100     orders 3, net 300, recency 1
//   3 C3  FR Lyon                         06-25 hats 5 (web shop, online)   orders 1, net 5, recency 6
//   4 C4  US Boston                       06-28 shoes 40                    orders 1, net 40, recency 3
std::shared_ptr<Snapshot> fixture()
{
    SnapshotFixture fx;
    fx.product(QStringLiteral("SHOE"), QStringLiteral("Shoes"), QStringLiteral("Trail runner"));
    fx.product(QStringLiteral("HAT"), QStringLiteral("Hats"), QStringLiteral("Sun hat"));
    const char *countries[] = {"DE", "DE", "FR", "FR", "US"};
    const char *cities[] = {"Berlin", "Hamburg", "Paris", "Lyon", "Boston"};
    for (int i = 0; i < 5; ++i) {
        const QString id = QStringLiteral("C%1").arg(i);
        fx.customer(id).city = QString::fromLatin1(cities[i]);
        fx.setCountry(id, QString::fromLatin1(countries[i]));
    }
    fx.customer(QStringLiteral("C0")).consentEmail = true;
    fx.customer(QStringLiteral("C1")).consentEmail = false;
    auto line = [](QDate date, const char *order, const char *customer, const char *sku, qint64 units) {
        return SnapshotFixture::line(date, QString::fromLatin1(order), QString::fromLatin1(customer),
                                     units * 100, QString::fromLatin1(sku));
    };
    fx.add(line(d(6, 1), "O1", "C0", "SHOE", 30));
    fx.add(line(d(6, 20), "O2", "C0", "HAT", 20));
    fx.add(line(d(6, 5), "O3", "C1", "HAT", 10));
    fx.add(line(d(6, 2), "O4", "C2", "SHOE", 100));
    fx.add(line(d(6, 15), "O5", "C2", "SHOE", 100));
    fx.add(line(d(6, 30), "O6", "C2", "SHOE", 100));
    SnapshotFixture::Line web = line(d(6, 25), "O7", "C3", "HAT", 5);
    web.store = QStringLiteral("Web shop");
    web.channel = QStringLiteral("Online");
    fx.add(web);
    fx.add(line(d(6, 28), "O8", "C4", "SHOE", 40));
    return fx.build();
}

// The fixture with C2's lines and C0's hat (O2) imported without prices, as the loader stores them: amount 0,
// marked unpriced (METRICS.md section 1). C0 then has net sales 30 over 1 priced order of 2; C2's money is
// unknown.
std::shared_ptr<Snapshot> fixtureWithoutSomePrices()
{
    auto s = fixture();
    s->unpriced.assign(s->lineCount(), 0);
    for (size_t i = 0; i < s->lineCount(); ++i) {
        const QString order = s->orderIds.at(s->order[i]);
        if (s->customer[i] == 2 || order == QLatin1String("O2")) {
            s->unpriced[i] = 1;
            s->gross[i] = 0;
        }
    }
    return s;
}

RuleCondition cond(RuleField f, RuleOperator op, QStringList values)
{
    RuleCondition c;
    c.field = f;
    c.op = op;
    c.values = std::move(values);
    return c;
}

RuleGroup group(RuleJoin join, std::vector<RuleCondition> conditions)
{
    RuleGroup g;
    g.join = join;
    g.conditions = std::move(conditions);
    return g;
}

SegmentRule rule(RuleJoin join, std::vector<RuleGroup> groups)
{
    SegmentRule r;
    r.setJoin(join);
    for (RuleGroup &g : groups)
        r.addGroup(std::move(g));
    return r;
}

std::vector<int32_t> memberIds(const CustomerBase &base, const std::vector<uint8_t> &rows)
{
    std::vector<int32_t> ids;
    for (size_t row = 0; row < rows.size(); ++row) {
        if (rows[row])
            ids.push_back(base.metrics.population[row]);
    }
    return ids;
}

using Ids = std::vector<int32_t>;

} // namespace

Q_DECLARE_METATYPE(SegmentRule)
Q_DECLARE_METATYPE(RuleField)

class TestRuleSegment : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void evaluate_data();
    void evaluate();
    void predictionHooks();
    void validation_data();
    void validation();
    void jsonRoundTrip();
    void jsonFromText();
    void summary();
    void memberList();
    void customersWithoutPrices();
    void rulesWithoutPrices_data();
    void rulesWithoutPrices();
    void fieldValues_data();
    void fieldValues();
    void storesAndChannelsByShownName_data();
    void storesAndChannelsByShownName();
    void unmatchedValues_data();
    void unmatchedValues();
};

void TestRuleSegment::evaluate_data()
{
    QTest::addColumn<SegmentRule>("segmentRule");
    QTest::addColumn<Ids>("expected");

    const auto A = RuleJoin::And;
    const auto O = RuleJoin::Or;
    using F = RuleField;
    using Op = RuleOperator;
    QTest::newRow("no groups: everybody") << SegmentRule() << Ids{0, 1, 2, 3, 4};
    QTest::newRow("DE and at least 2 orders")
        << rule(A, {group(A, {cond(F::Country, Op::Equal, {QStringLiteral("DE")}),
                              cond(F::Orders, Op::GreaterOrEqual, {QStringLiteral("2")})})})
        << Ids{0};
    QTest::newRow("DE or fr, case-insensitive")
        << rule(A, {group(O, {cond(F::Country, Op::Equal, {QStringLiteral("DE")}),
                              cond(F::Country, Op::Equal, {QStringLiteral("fr")})})})
        << Ids{0, 1, 2, 3};
    // A rule saved before countries had keys, or typed in another language: the names are the keys' (trial
    // 15).
    QTest::newRow("country by its English name")
        << rule(A, {group(A, {cond(F::Country, Op::Equal, {QStringLiteral("Germany")})})}) << Ids{0, 1};
    QTest::newRow("countries by German name and alpha-3")
        << rule(A, {group(A, {cond(F::Country, Op::InList,
                                   {QStringLiteral("Deutschland"), QStringLiteral("USA")})})})
        << Ids{0, 1, 4};
    QTest::newRow("not France, in German")
        << rule(A, {group(A, {cond(F::Country, Op::NotEqual, {QStringLiteral("Frankreich")})})})
        << Ids{0, 1, 4};
    QTest::newRow("country name contains")
        << rule(A, {group(A, {cond(F::Country, Op::Contains, {QStringLiteral("erman")})})}) << Ids{0, 1};
    // (country in DE, US or city contains "ly") = {0, 1, 3, 4}; net sales between 10 and 50 = {0, 1, 4}
    QTest::newRow("OR group AND between")
        << rule(A,
                {group(O, {cond(F::Country, Op::InList, {QStringLiteral("DE"), QStringLiteral("US")}),
                           cond(F::City, Op::Contains, {QStringLiteral("ly")})}),
                 group(A, {cond(F::NetSales, Op::Between, {QStringLiteral("10"), QStringLiteral("50.00")})})})
        << Ids{0, 1, 4};
    QTest::newRow("groups joined by OR")
        << rule(O, {group(A, {cond(F::Country, Op::Equal, {QStringLiteral("US")})}),
                    group(A, {cond(F::Orders, Op::Greater, {QStringLiteral("2")})})})
        << Ids{2, 4};
    QTest::newRow("bought a category")
        << rule(A, {group(A, {cond(F::BoughtCategory, Op::Equal, {QStringLiteral("shoes")})})})
        << Ids{0, 2, 4};
    QTest::newRow("never bought a category")
        << rule(A, {group(A, {cond(F::BoughtCategory, Op::NotEqual, {QStringLiteral("Shoes")})})})
        << Ids{1, 3};
    QTest::newRow("bought a SKU by name")
        << rule(A, {group(A, {cond(F::BoughtSku, Op::Contains, {QStringLiteral("sun")})})}) << Ids{0, 1, 3};
    QTest::newRow("bought in a channel")
        << rule(A, {group(A, {cond(F::BoughtInChannel, Op::Equal, {QStringLiteral("Online")})})}) << Ids{3};
    QTest::newRow("bought in a store")
        << rule(A, {group(A, {cond(F::BoughtInStore, Op::InList, {QStringLiteral("Main store")})})})
        << Ids{0, 1, 2, 4};
    QTest::newRow("consent yes")
        << rule(A, {group(A, {cond(F::ConsentEmail, Op::Equal, {QStringLiteral("true")})})}) << Ids{0};
    QTest::newRow("consent unknown") << rule(A, {group(A, {cond(F::ConsentEmail, Op::Equal,
                                                                {QStringLiteral("unknown")})})})
                                     << Ids{2, 3, 4};
    QTest::newRow("consent not yes") << rule(A, {group(A, {cond(F::ConsentEmail, Op::NotEqual,
                                                                {QStringLiteral("true")})})})
                                     << Ids{1, 2, 3, 4};
    QTest::newRow("first purchase before 06-03")
        << rule(A, {group(A, {cond(F::FirstPurchase, Op::Less, {QStringLiteral("2024-06-03")})})})
        << Ids{0, 2};
    // recency: 11, 26, 1, 6, 3
    QTest::newRow("recency at most 6 days")
        << rule(A, {group(A, {cond(F::Recency, Op::LessOrEqual, {QStringLiteral("6")})})}) << Ids{2, 3, 4};
    // AOV: C0 50 / 2 = 25, the others 10, 100, 5, 40
    QTest::newRow("aov exactly 25") << rule(A, {group(A, {cond(F::Aov, Op::Equal, {QStringLiteral("25")})})})
                                    << Ids{0};
    // Everybody bought in the last 30 days: all New
    QTest::newRow("lifecycle new") << rule(A, {group(A, {cond(F::Lifecycle, Op::Equal,
                                                              {QStringLiteral("new")})})})
                                   << Ids{0, 1, 2, 3, 4};
    // Net sales 50, 10, 300, 5, 40: 300 has pr = 0.9 (High); 50 pr 0.7 and 40 pr 0.5 (Medium); 10, 5 Low
    QTest::newRow("value tier medium")
        << rule(A, {group(A, {cond(F::ValueTier, Op::Equal, {QStringLiteral("medium")})})}) << Ids{0, 4};
    QTest::newRow("unknown segment name matches nobody")
        << rule(A, {group(A, {cond(F::RfmSegment, Op::Equal, {QStringLiteral("No such segment")})})})
        << Ids{};
}

namespace {

// The customer indexes `rule` selects on `snapshot`, or {-1} when the rule is refused.
Ids evaluated(const Snapshot &snapshot, const SegmentRule &rule)
{
    const CustomerBase base = CustomerBase::build(snapshot, nullptr);
    const auto rows = rule.evaluate(base, snapshot, nullptr);
    return rows.ok() ? memberIds(base, rows.value()) : Ids{-1};
}

} // namespace

void TestRuleSegment::evaluate()
{
    QFETCH(SegmentRule, segmentRule);
    QFETCH(Ids, expected);
    QCOMPARE(evaluated(*fixture(), segmentRule), expected);
}

void TestRuleSegment::predictionHooks()
{
    const auto s = fixture();
    CustomerBase base = CustomerBase::build(*s, nullptr);
    const SegmentRule alive = rule(
        RuleJoin::And, {group(RuleJoin::And, {cond(RuleField::ProbabilityAlive, RuleOperator::GreaterOrEqual,
                                                   {QStringLiteral("0.5")})})});
    const SegmentRule clv =
        rule(RuleJoin::And, {group(RuleJoin::And, {cond(RuleField::PredictedClv, RuleOperator::Greater,
                                                        {QStringLiteral("0")})})});
    // Without predictions the conditions match nobody.
    QCOMPARE(memberIds(base, alive.evaluate(base, *s, nullptr).value()), Ids{});
    QCOMPARE(memberIds(base, clv.evaluate(base, *s, nullptr).value()), Ids{});
    base.probabilityAlive = {0.9, 0.1, 0.5, 0.4, 0.6};
    base.predictedClv = {10.0, 0.0, 0.0, 5.5, 0.0};
    QCOMPARE(memberIds(base, alive.evaluate(base, *s, nullptr).value()), (Ids{0, 2, 4}));
    QCOMPARE(memberIds(base, clv.evaluate(base, *s, nullptr).value()), (Ids{0, 3}));
    // A customer without a prediction (NaN), or every customer when the spend model failed (CLV NaN, P(alive)
    // known): no condition holds for them, not "below" either (llround made NaN the smallest number).
    const double none = std::numeric_limits<double>::quiet_NaN();
    const SegmentRule lowClv = rule(
        RuleJoin::And,
        {group(RuleJoin::And, {cond(RuleField::PredictedClv, RuleOperator::Less, {QStringLiteral("100")})})});
    const SegmentRule notHalf =
        rule(RuleJoin::And, {group(RuleJoin::And, {cond(RuleField::ProbabilityAlive, RuleOperator::NotEqual,
                                                        {QStringLiteral("0.5")})})});
    base.probabilityAlive = {0.9, none, 0.5, 0.4, none};
    base.predictedClv = {10.0, none, none, 5.5, none};
    QCOMPARE(memberIds(base, lowClv.evaluate(base, *s, nullptr).value()), (Ids{0, 3}));
    QCOMPARE(memberIds(base, notHalf.evaluate(base, *s, nullptr).value()), (Ids{0, 3}));
}

void TestRuleSegment::validation_data()
{
    QTest::addColumn<SegmentRule>("segmentRule");
    using F = RuleField;
    using Op = RuleOperator;
    const auto one = [](RuleCondition c) {
        return rule(RuleJoin::And, {group(RuleJoin::And, {std::move(c)})});
    };
    QTest::newRow("contains on a number") << one(cond(F::Orders, Op::Contains, {QStringLiteral("1")}));
    QTest::newRow("less than on text") << one(cond(F::Country, Op::Less, {QStringLiteral("DE")}));
    QTest::newRow("between with one value") << one(cond(F::NetSales, Op::Between, {QStringLiteral("1")}));
    QTest::newRow("two values for =")
        << one(cond(F::Orders, Op::Equal, {QStringLiteral("1"), QStringLiteral("2")}));
    QTest::newRow("bad date") << one(cond(F::LastPurchase, Op::Less, {QStringLiteral("31.12.2024")}));
    QTest::newRow("money with 5 places") << one(cond(F::NetSales, Op::Less, {QStringLiteral("1.00001")}));
    QTest::newRow("unknown lifecycle") << one(cond(F::Lifecycle, Op::Equal, {QStringLiteral("sleepy")}));
    QTest::newRow("consent maybe") << one(cond(F::ConsentSms, Op::Equal, {QStringLiteral("maybe")}));
}

void TestRuleSegment::validation()
{
    QFETCH(SegmentRule, segmentRule);
    QCOMPARE(segmentRule.validate().error().code(), ErrorCode::InvalidValue);
    const auto s = fixture();
    const CustomerBase base = CustomerBase::build(*s, nullptr);
    QCOMPARE(segmentRule.evaluate(base, *s, nullptr).ok(), false);
}

void TestRuleSegment::jsonRoundTrip()
{
    const SegmentRule r = rule(
        RuleJoin::Or,
        {group(RuleJoin::And,
               {cond(RuleField::Country, RuleOperator::InList, {QStringLiteral("DE"), QStringLiteral("AT")}),
                cond(RuleField::NetSales, RuleOperator::Between,
                     {QStringLiteral("10"), QStringLiteral("99.5")})}),
         group(RuleJoin::Or,
               {cond(RuleField::RfmSegment, RuleOperator::Equal, {QStringLiteral("Champions")}),
                cond(RuleField::BoughtCategory, RuleOperator::NotEqual, {QStringLiteral("Hats")})})});
    const auto back = SegmentRule::fromJson(r.toJson());
    QVERIFY2(back.ok(), qPrintable(back.error().message()));
    QCOMPARE(back.value() == r, true);
    QCOMPARE(back->toJson(), r.toJson());
}

void TestRuleSegment::jsonFromText()
{
    // Hand-written JSON, with the ≥ sign the screens show and a number written as a JSON number.
    const QString json = QStringLiteral("{\"join\":\"AND\",\"groups\":[{\"join\":\"or\",\"conditions\":["
                                        "{\"field\":\"orders\",\"op\":\"\u2265\",\"values\":[3]},"
                                        "{\"field\":\"country\",\"op\":\"=\",\"values\":[\"US\"]}]}]}");
    const auto r = SegmentRule::fromJson(json);
    QVERIFY2(r.ok(), qPrintable(r.error().message()));
    QCOMPARE(r->groups().size(), size_t(1));
    QCOMPARE(r->groups()[0].conditions[0].op, RuleOperator::GreaterOrEqual);
    QCOMPARE(r->groups()[0].conditions[0].values, QStringList{QStringLiteral("3")});
    const auto s = fixture();
    const CustomerBase base = CustomerBase::build(*s, nullptr);
    QCOMPARE(memberIds(base, r->evaluate(base, *s, nullptr).value()), (Ids{2, 4}));

    QCOMPARE(SegmentRule::fromJson(QStringLiteral("{\"groups\":[{\"conditions\":[{\"field\":\"shoe_size\","
                                                  "\"op\":\"=\",\"values\":[\"42\"]}]}]}"))
                 .error()
                 .code(),
             ErrorCode::Format);
    QCOMPARE(SegmentRule::fromJson(QStringLiteral("[1, 2")).ok(), false);
}

void TestRuleSegment::summary()
{
    const auto s = fixture();
    const CustomerBase base = CustomerBase::build(*s, nullptr);
    // DE or FR: customers 0 … 3
    const std::vector<uint8_t> members{1, 1, 1, 1, 0};
    const SegmentSummary sum = summarizeSegment(base, members, QStringLiteral("Europe"));
    QCOMPARE(sum.size, qint64(4));
    QCOMPARE(sum.shareOfCustomers, 0.8); // 4 of 5
    // net 50 + 10 + 300 + 5 = 365 of 405
    QCOMPARE(sum.netSales, qint64(3650000));
    QCOMPARE(sum.shareOfNetSales.value_or(-1), 365.0 / 405.0);
    // AOV = 365 / 7 orders = 52.142857… → 521428.57 ten-thousandths → 521429
    QCOMPARE(sum.aovUnits.value_or(-1), qint64(521429));
    QCOMPARE(sum.frequency.value_or(-1), 1.75); // 7 orders / 4
    // recency 11, 26, 1, 6 → sorted 1, 6, 11, 26 → (6 + 11) / 2
    QCOMPARE(sum.medianRecencyDays.value_or(-1), 8.5);

    const SegmentSummary none = summarizeSegment(base, std::vector<uint8_t>(5, 0), QStringLiteral("Nobody"));
    QCOMPARE(none.size, qint64(0));
    QCOMPARE(none.aovUnits.has_value(), false);
    QCOMPARE(none.medianRecencyDays.has_value(), false);

    // The named-segment, lifecycle and tier tables each cover the population once.
    for (const auto &table :
         {summarizeRfmSegments(base), summarizeLifecycle(base), summarizeValueTiers(base)}) {
        qint64 total = 0;
        for (const SegmentSummary &row : table)
            total += row.size;
        QCOMPARE(total, qint64(5));
    }
    QCOMPARE(summarizeRfmSegments(base).size(), size_t(11));
}

void TestRuleSegment::memberList()
{
    const auto s = fixture();
    const CustomerBase base = CustomerBase::build(*s, nullptr);
    const std::vector<MemberRow> rows = segmentMembers(base, *s, {1, 0, 1, 0, 0});
    QCOMPARE(rows.size(), size_t(2));
    QCOMPARE(rows[0].customerId, QStringLiteral("C0"));
    QCOMPARE(rows[0].country, QStringLiteral("DE"));
    QCOMPARE(rows[0].firstPurchase, d(6, 1));
    QCOMPARE(rows[0].lastPurchase, d(6, 20));
    QCOMPARE(rows[0].orders, 2);
    QCOMPARE(rows[0].netSales, qint64(500000));
    QCOMPARE(rows[0].aovUnits.value_or(-1), qint64(250000));
    QCOMPARE(rows[0].recencyDays, 11);
    QCOMPARE(rows[0].consentEmail, std::optional<bool>(true));
    QCOMPARE(rows[1].customerId, QStringLiteral("C2"));
    QCOMPARE(rows[1].recencyDays, 1);
    QCOMPARE(rows[1].tier, ValueTier::High);
}

void TestRuleSegment::customersWithoutPrices()
{
    const auto s = fixtureWithoutSomePrices();
    const CustomerBase base = CustomerBase::build(*s, nullptr);
    const CustomerMetrics &m = base.metrics;
    QCOMPARE(m.isMoneyUnknown(0), false); // C0 has a priced line
    QCOMPARE(m.isMoneyUnknown(2), true);
    QCOMPARE(m.ordersWithPrices(0), 1);
    QCOMPARE(m.orders[0], 2);
    QCOMPARE(m.populationWithoutPrices, qint64(1));
    QCOMPARE(m.populationMoneyUnknown(), false);
    // Population net sales: 30 + 10 + 5 + 40 = 85 (C2 unknown, not in it).
    QCOMPARE(m.populationNetSales, qint64(850000));

    // Europe {C0 … C3}: net 30 + 10 + 5 = 45 of 85; AOV over orders with prices: 45 / (1 + 1 + 1) = 15.00;
    // frequency counts every order: 7 / 4.
    const SegmentSummary europe = summarizeSegment(base, {1, 1, 1, 1, 0}, QStringLiteral("Europe"));
    QCOMPARE(europe.netSales, qint64(450000));
    QCOMPARE(europe.membersWithoutPrices, qint64(1));
    QCOMPARE(europe.moneyUnknown(), false);
    QCOMPARE(europe.shareOfNetSales.value_or(-1), 45.0 / 85.0);
    QCOMPARE(europe.aovUnits.value_or(-1), qint64(150000));
    QCOMPARE(europe.frequency.value_or(-1), 1.75);
    // {C2} alone: no known money at all: no net sales, share or AOV (not 0).
    const SegmentSummary paris = summarizeSegment(base, {0, 0, 1, 0, 0}, QStringLiteral("Paris"));
    QCOMPARE(paris.moneyUnknown(), true);
    QCOMPARE(paris.shareOfNetSales.has_value(), false);
    QCOMPARE(paris.aovUnits.has_value(), false);
    QCOMPARE(paris.frequency.value_or(-1), 3.0);

    const std::vector<MemberRow> rows = segmentMembers(base, *s, {1, 0, 1, 0, 0});
    QCOMPARE(rows.size(), size_t(2));
    QCOMPARE(rows[0].moneyUnknown, false);
    QCOMPARE(rows[0].netSales, qint64(300000));
    QCOMPARE(rows[0].aovUnits.value_or(-1), qint64(300000)); // 30 over its one priced order
    QCOMPARE(memberCell(rows[0], QStringLiteral("net_sales")), QStringLiteral("30.00"));
    QCOMPARE(rows[1].moneyUnknown, true);
    QCOMPARE(rows[1].aovUnits.has_value(), false);
    QCOMPARE(memberCell(rows[1], QStringLiteral("net_sales")), QStringLiteral("no prices imported"));
    QCOMPARE(memberCell(rows[1], QStringLiteral("aov")), QStringLiteral("no prices imported"));
    QCOMPARE(memberCell(rows[1], QStringLiteral("orders")), QStringLiteral("3"));
    QCOMPARE(rows[1].m, 0); // not scored on money (METRICS.md section 1)
}

void TestRuleSegment::rulesWithoutPrices_data()
{
    QTest::addColumn<SegmentRule>("segmentRule");
    QTest::addColumn<Ids>("expected");
    const auto A = RuleJoin::And;
    using F = RuleField;
    using Op = RuleOperator;
    // Net sales 30, 10, unknown, 5, 40: C2's unknown amount is not "below 20".
    QTest::newRow("net sales below 20 leaves out the unknown")
        << rule(A, {group(A, {cond(F::NetSales, Op::Less, {QStringLiteral("20")})})}) << Ids{1, 3};
    QTest::newRow("net sales at least 0 leaves out the unknown")
        << rule(A, {group(A, {cond(F::NetSales, Op::GreaterOrEqual, {QStringLiteral("0")})})})
        << Ids{0, 1, 3, 4};
    // C0's AOV is over its one priced order: 30, not 30 / 2.
    QTest::newRow("aov over priced orders")
        << rule(A, {group(A, {cond(F::Aov, Op::Equal, {QStringLiteral("30")})})}) << Ids{0};
    // Orders still count lines without prices: C2 has 3.
    QTest::newRow("orders count lines without prices")
        << rule(A, {group(A, {cond(F::Orders, Op::Greater, {QStringLiteral("2")})})}) << Ids{2};
}

void TestRuleSegment::rulesWithoutPrices()
{
    QFETCH(SegmentRule, segmentRule);
    QFETCH(Ids, expected);
    QCOMPARE(evaluated(*fixtureWithoutSomePrices(), segmentRule), expected);
}

// The values the rule editor offers for a field of the fixture: text fields their distinct values sorted
// case-insensitively, consent its three states, bought-in fields the snapshot's names, numbers and dates
// none.
void TestRuleSegment::fieldValues_data()
{
    QTest::addColumn<RuleField>("field");
    QTest::addColumn<QStringList>("expected");
    // Keys, in the order of the names the editor shows: France, Germany, United States.
    QTest::newRow("country: FR, DE, US")
        << RuleField::Country
        << QStringList{QStringLiteral("FR"), QStringLiteral("DE"), QStringLiteral("US")};
    QTest::newRow("city: five, sorted")
        << RuleField::City
        << QStringList{QStringLiteral("Berlin"), QStringLiteral("Boston"), QStringLiteral("Hamburg"),
                       QStringLiteral("Lyon"), QStringLiteral("Paris")};
    QTest::newRow("email consent: three states")
        << RuleField::ConsentEmail
        << QStringList{QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("unknown")};
    QTest::newRow("sms consent: three states")
        << RuleField::ConsentSms
        << QStringList{QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("unknown")};
    QTest::newRow("bought category: Hats, Shoes")
        << RuleField::BoughtCategory << QStringList{QStringLiteral("Hats"), QStringLiteral("Shoes")};
    QTest::newRow("RFM segment: the grid's names")
        << RuleField::RfmSegment << SegmentGrid::defaultGrid().segmentNames();
    QTest::newRow("orders: free number") << RuleField::Orders << QStringList();
    QTest::newRow("net sales: free money") << RuleField::NetSales << QStringList();
    QTest::newRow("last purchase: free date") << RuleField::LastPurchase << QStringList();
}

void TestRuleSegment::fieldValues()
{
    QFETCH(RuleField, field);
    QFETCH(QStringList, expected);
    QCOMPARE(ruleFieldValues(field, *fixture(), SegmentGrid::defaultGrid()), expected);
}

// Trial 22de: "Hat in Filiale gekauft ist Hauptfiliale", the name every German screen shows for the
// importer's "Main store", counted nobody. A store or channel matches by its stored name or by its name in
// the user's language, in any case; a rule saved with the stored name works in every language. The
// fixture's stores are "Main store" (C0, C1, C2, C4) and "Web shop" (C3); channels "In store" and "Online".
void TestRuleSegment::storesAndChannelsByShownName_data()
{
    QTest::addColumn<bool>("german");
    QTest::addColumn<SegmentRule>("segmentRule");
    QTest::addColumn<Ids>("expected");
    const auto A = RuleJoin::And;
    using F = RuleField;
    using Op = RuleOperator;
    const Ids mainStore{0, 1, 2, 4};
    QTest::newRow("German store name, typed in lower case")
        << true
        << rule(A, {group(A, {cond(F::BoughtInStore, Op::Equal, {QStringLiteral(" hauptfiliale ")})})})
        << mainStore;
    QTest::newRow("German channel name in a list")
        << true
        << rule(A, {group(A, {cond(F::BoughtInChannel, Op::InList,
                                   {QStringLiteral("Im Laden"), QStringLiteral("Nirgends")})})})
        << mainStore;
    QTest::newRow("not the German web shop channel")
        << true
        << rule(A, {group(A, {cond(F::BoughtInChannel, Op::NotEqual, {QStringLiteral("online-shop")})})})
        << mainStore;
    QTest::newRow("German store name contains")
        << true << rule(A, {group(A, {cond(F::BoughtInStore, Op::Contains, {QStringLiteral("haupt")})})})
        << mainStore;
    QTest::newRow("stored name under German")
        << true << rule(A, {group(A, {cond(F::BoughtInStore, Op::Equal, {QStringLiteral("Main store")})})})
        << mainStore;
    QTest::newRow("the user's own store name under German")
        << true << rule(A, {group(A, {cond(F::BoughtInStore, Op::Equal, {QStringLiteral("web shop")})})})
        << Ids{3};
    QTest::newRow("stored name in English")
        << false << rule(A, {group(A, {cond(F::BoughtInStore, Op::Equal, {QStringLiteral("main STORE")})})})
        << mainStore;
    QTest::newRow("German name without German")
        << false << rule(A, {group(A, {cond(F::BoughtInStore, Op::Equal, {QStringLiteral("Hauptfiliale")})})})
        << Ids{};
}

void TestRuleSegment::storesAndChannelsByShownName()
{
    QFETCH(bool, german);
    QFETCH(SegmentRule, segmentRule);
    QFETCH(Ids, expected);
    storelens::test::GermanDisplayNames translator;
    if (german)
        QCoreApplication::installTranslator(&translator);
    const Ids members = evaluated(*fixture(), segmentRule);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(members, expected);
}

// The values a rule editor flags: they name nothing in the data, so the condition would silently hold for
// nobody (German translation installed).
void TestRuleSegment::unmatchedValues_data()
{
    QTest::addColumn<RuleField>("field");
    QTest::addColumn<int>("op");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QStringList>("unmatched");
    const auto eq = int(RuleOperator::Equal);
    QTest::newRow("misspelt German store")
        << RuleField::BoughtInStore << eq << QStringList{QStringLiteral("Hauptfilale ")}
        << QStringList{QStringLiteral("Hauptfilale")};
    QTest::newRow("German store") << RuleField::BoughtInStore << eq
                                  << QStringList{QStringLiteral("Hauptfiliale")} << QStringList();
    QTest::newRow("a store of another field")
        << RuleField::BoughtInStore << eq << QStringList{QStringLiteral("In store")}
        << QStringList{QStringLiteral("In store")};
    QTest::newRow("channels, one unknown") << RuleField::BoughtInChannel << int(RuleOperator::InList)
                                           << QStringList{QStringLiteral("Online"), QStringLiteral("Markt")}
                                           << QStringList{QStringLiteral("Markt")};
    QTest::newRow("channel contains nothing")
        << RuleField::BoughtInChannel << int(RuleOperator::Contains) << QStringList{QStringLiteral("xyz")}
        << QStringList{QStringLiteral("xyz")};
    QTest::newRow("SKU by product name") << RuleField::BoughtSku << int(RuleOperator::Contains)
                                         << QStringList{QStringLiteral("sun")} << QStringList();
    QTest::newRow("unknown category")
        << RuleField::BoughtCategory << eq << QStringList{QStringLiteral("Socks")}
        << QStringList{QStringLiteral("Socks")};
    QTest::newRow("country by German name")
        << RuleField::Country << eq << QStringList{QStringLiteral("Deutschland")} << QStringList();
    QTest::newRow("misspelt country") << RuleField::Country << eq << QStringList{QStringLiteral("Germny")}
                                      << QStringList{QStringLiteral("Germny")};
    QTest::newRow("unknown city") << RuleField::City << int(RuleOperator::NotEqual)
                                  << QStringList{QStringLiteral("Graz")}
                                  << QStringList{QStringLiteral("Graz")};
    QTest::newRow("numbers are not flagged")
        << RuleField::Orders << eq << QStringList{QStringLiteral("99")} << QStringList();
}

void TestRuleSegment::unmatchedValues()
{
    QFETCH(RuleField, field);
    QFETCH(int, op);
    QFETCH(QStringList, values);
    QFETCH(QStringList, unmatched);
    storelens::test::GermanDisplayNames translator;
    QCoreApplication::installTranslator(&translator);
    const QStringList found = unmatchedRuleValues(cond(field, RuleOperator(op), values), *fixture());
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(found, unmatched);
}

QTEST_GUILESS_MAIN(TestRuleSegment)
#include "tst_rulesegment.moc"
