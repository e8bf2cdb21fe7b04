#include "core/sample/SampleCatalogue.h"
#include "core/sample/SampleStore.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QTest>

#include <memory>
#include <vector>

using namespace storelens::core;

namespace {

// Records everything the generator emits, the order of the entity kinds, and a hash of every value.
class RecordingSink : public EntitySink
{
public:
    enum Kind { Products, Customers, OrderLines, Inventory, Traffic, Staffing, Marketing, KindCount };

    void addProduct(const Product &p) override
    {
        see(Products);
        products.push_back(p);
        hashText({p.sku, p.name, p.category});
        hashMoney(p.cost);
        hashMoney(p.price);
    }
    void addCustomer(const Customer &c) override
    {
        see(Customers);
        customers.push_back(c);
        hashText({c.id, c.name, c.email, c.birthDate.toString(Qt::ISODate), c.ageBand, c.gender, c.city,
                  c.region, c.country, c.postalCode, c.loyaltyTier, c.acquisitionChannel});
        hashNumber(c.consentEmail ? int(*c.consentEmail) : -1);
        hashNumber(c.consentSms ? int(*c.consentSms) : -1);
    }
    void addOrderLine(const OrderLine &l) override
    {
        see(OrderLines);
        lines.push_back(l);
        hashText({l.orderId, l.date.toString(Qt::ISODate), l.customerId, l.sku, l.productName, l.category,
                  l.store, l.channel, l.country});
        hashNumber(l.secondsOfDay);
        hashNumber(l.quantity.milli());
        hashNumber(l.unitPrice.units());
        hashNumber(l.discount.units());
        hashMoney(l.unitCost);
    }
    void addInventory(const InventorySnapshot &s) override
    {
        see(Inventory);
        inventory.push_back(s);
        hashText({s.date.toString(Qt::ISODate), s.store, s.sku});
        hashNumber(s.onHand.milli());
        hashMoney(s.unitCost);
    }
    void addTraffic(const TrafficDay &t) override
    {
        see(Traffic);
        traffic.push_back(t);
        hashText({t.store, t.date.toString(Qt::ISODate)});
        hashNumber(t.visitors);
    }
    void addStaffing(const StaffingMonth &s) override
    {
        see(Staffing);
        staffing.push_back(s);
        hashText({s.store, s.month.toString(Qt::ISODate)});
        hashNumber(s.headcountMilli);
    }
    void addMarketing(const MarketingSpend &m) override
    {
        see(Marketing);
        marketing.push_back(m);
        hashText({m.channel, m.from.toString(Qt::ISODate), m.to.toString(Qt::ISODate)});
        hashNumber(m.amount.units());
    }

    QByteArray digest() const { return m_hash.result().toHex(); }

    std::vector<Product> products;
    std::vector<Customer> customers;
    std::vector<OrderLine> lines;
    std::vector<InventorySnapshot> inventory;
    std::vector<TrafficDay> traffic;
    std::vector<StaffingMonth> staffing;
    std::vector<MarketingSpend> marketing;
    bool kindsInOrder = true; // every kind comes as one block, in the documented order

private:
    void see(Kind kind)
    {
        if (kind < m_lastKind)
            kindsInOrder = false;
        m_lastKind = kind;
        hashNumber(kind);
    }
    void hashText(std::initializer_list<QString> values)
    {
        for (const QString &v : values) {
            m_hash.addData(v.toUtf8());
            m_hash.addData(QByteArrayView("\x1f", 1));
        }
    }
    void hashNumber(qint64 value)
    {
        m_hash.addData(QByteArray::number(value));
        m_hash.addData(QByteArrayView("\x1f", 1));
    }
    void hashMoney(const std::optional<Money> &m) { hashNumber(m ? m->units() : INT64_MIN); }

    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    Kind m_lastKind = Products;
};

SampleOptions smallOptions()
{
    SampleOptions o;
    o.customers = 600;
    o.years = 2;
    return o;
}

std::unique_ptr<RecordingSink> generate(const SampleOptions &options)
{
    auto sink = std::make_unique<RecordingSink>();
    SampleStore store(options);
    const auto result = store.generate(*sink);
    if (!result.ok())
        qWarning("%s", qPrintable(result.error().message()));
    return result.ok() ? std::move(sink) : nullptr;
}

qint64 lineNet(const OrderLine &l)
{
    return l.lineAmount().units();
}

} // namespace

class TestSampleStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sameSeedGivesSameStream_data();
    void sameSeedGivesSameStream();
    void changedOptionsChangeStream_data();
    void changedOptionsChangeStream();
    void emitsEveryKindInOrder();
    void statsMatchEmitted();
    void linesReferenceEmittedCustomersAndProducts();
    void datesWithinPeriod_data();
    void datesWithinPeriod();
    void ordersAreUniqueAndSmall();
    void returnsFollowASale();
    void guestShare();
    void decemberPeak();
    void growthOverTheYears();
    void costCoverage();
    void catalogueLooksReal();
    void rangesGrowWithTheBusiness_data();
    void rangesGrowWithTheBusiness();
    void largeCatalogue();
    void customersLookReal();
    void customerCount_data();
    void customerCount();
    void channelsAndStores();
    void sideTables();
    void ordersScaleIsLinear_data();
    void ordersScaleIsLinear();
    void cancelThroughProgress();
    void invalidOptions_data();
    void invalidOptions();

private:
    std::unique_ptr<RecordingSink> m_defaults;
    SampleStats m_defaultStats;
};

void TestSampleStore::initTestCase()
{
    m_defaults = std::make_unique<RecordingSink>();
    SampleStore store{SampleOptions{}};
    const auto result = store.generate(*m_defaults);
    QVERIFY2(result.ok(), qPrintable(result.error().message()));
    m_defaultStats = result.value();
}

void TestSampleStore::sameSeedGivesSameStream_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::newRow("seed 42") << quint64(42);
    QTest::newRow("seed 7") << quint64(7);
}

void TestSampleStore::sameSeedGivesSameStream()
{
    QFETCH(quint64, seed);
    SampleOptions o = smallOptions();
    o.seed = seed;
    const auto first = generate(o);
    const auto second = generate(o);
    QVERIFY(first && second);
    QVERIFY(!first->lines.empty());
    QCOMPARE(second->lines.size(), first->lines.size());
    QCOMPARE(second->digest(), first->digest());
}

void TestSampleStore::changedOptionsChangeStream_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<QDate>("lastDay");
    QTest::newRow("other seed") << quint64(43) << QDate(2026, 9, 30);
    QTest::newRow("other last day") << quint64(42) << QDate(2026, 10, 31);
}

void TestSampleStore::changedOptionsChangeStream()
{
    QFETCH(quint64, seed);
    QFETCH(QDate, lastDay);
    const auto reference = generate(smallOptions());
    SampleOptions o = smallOptions();
    o.seed = seed;
    o.lastDay = lastDay;
    const auto changed = generate(o);
    QVERIFY(reference && changed);
    QVERIFY(reference->digest() != changed->digest());
}

void TestSampleStore::emitsEveryKindInOrder()
{
    const RecordingSink &s = *m_defaults;
    QVERIFY(!s.products.empty());
    QVERIFY(!s.customers.empty());
    QVERIFY(!s.lines.empty());
    QVERIFY(!s.inventory.empty());
    QVERIFY(!s.traffic.empty());
    QVERIFY(!s.staffing.empty());
    QVERIFY(!s.marketing.empty());
    QVERIFY(s.kindsInOrder);
}

void TestSampleStore::statsMatchEmitted()
{
    const RecordingSink &s = *m_defaults;
    QCOMPARE(m_defaultStats.orderLines, qint64(s.lines.size()));
    QCOMPARE(m_defaultStats.customers, qint64(s.customers.size()));
    QCOMPARE(m_defaultStats.products, qint64(s.products.size()));
    // Orders as METRICS.md section 2 counts them: distinct ids with at least one sale line.
    QSet<QString> orders;
    for (const OrderLine &l : s.lines) {
        if (!l.quantity.isNegative())
            orders.insert(l.orderId);
    }
    QCOMPARE(m_defaultStats.orders, qint64(orders.size()));
    // The brief's target for the defaults: 40-60k lines.
    QVERIFY2(s.lines.size() >= 40000 && s.lines.size() <= 60000, qPrintable(QString::number(s.lines.size())));
}

void TestSampleStore::linesReferenceEmittedCustomersAndProducts()
{
    const RecordingSink &s = *m_defaults;
    QSet<QString> customers;
    for (const Customer &c : s.customers)
        customers.insert(c.id);
    QCOMPARE(qsizetype(customers.size()), qsizetype(s.customers.size())); // ids are unique
    QHash<QString, Product> products;
    for (const Product &p : s.products)
        products.insert(p.sku, p);
    QCOMPARE(qsizetype(products.size()), qsizetype(s.products.size()));
    for (const OrderLine &l : s.lines) {
        if (!l.customerId.isEmpty() && !customers.contains(l.customerId))
            QFAIL(qPrintable(QStringLiteral("unknown customer %1 on %2").arg(l.customerId, l.orderId)));
        const auto product = products.constFind(l.sku);
        if (product == products.constEnd())
            QFAIL(qPrintable(QStringLiteral("unknown SKU %1 on %2").arg(l.sku, l.orderId)));
        QCOMPARE(l.category, product->category);
        QCOMPARE(l.productName, product->name);
        QVERIFY(!l.quantity.isZero());
    }
    for (const InventorySnapshot &i : s.inventory)
        QVERIFY(products.contains(i.sku));
}

void TestSampleStore::datesWithinPeriod_data()
{
    QTest::addColumn<int>("years");
    QTest::addColumn<QDate>("lastDay");
    QTest::newRow("three years to a month end") << 3 << QDate(2026, 9, 30);
    QTest::newRow("one year to a leap day") << 1 << QDate(2028, 2, 29);
    QTest::newRow("two years to mid-month") << 2 << QDate(2025, 6, 15);
}

void TestSampleStore::datesWithinPeriod()
{
    QFETCH(int, years);
    QFETCH(QDate, lastDay);
    SampleOptions o;
    o.customers = 800;
    o.years = years;
    o.lastDay = lastDay;
    const auto s = generate(o);
    QVERIFY(s);
    const QDate first = lastDay.addYears(-years);
    QDate previous = first;
    for (const OrderLine &l : s->lines) {
        QVERIFY2(l.date >= first && l.date <= lastDay, qPrintable(l.date.toString(Qt::ISODate)));
        QVERIFY2(l.date >= previous, qPrintable(l.orderId)); // non-decreasing
        previous = l.date;
        QVERIFY(l.secondsOfDay >= 0 && l.secondsOfDay < 86400);
    }
    // A three-year store reaches its last day: the as-of date is the option's last day or very near it.
    QVERIFY(s->lines.back().date >= lastDay.addDays(-3));
    for (const InventorySnapshot &i : s->inventory)
        QVERIFY(i.date >= first && i.date <= lastDay);
    for (const TrafficDay &t : s->traffic)
        QVERIFY(t.date >= first && t.date <= lastDay);
    // Monthly tables name whole months: each month must overlap the period.
    for (const StaffingMonth &m : s->staffing) {
        QCOMPARE(m.month.day(), 1);
        QVERIFY(m.month <= lastDay && m.month.addMonths(1) > first);
    }
    for (const MarketingSpend &m : s->marketing) {
        QCOMPARE(m.from.day(), 1);
        QCOMPARE(m.to, QDate(m.from.year(), m.from.month(), m.from.daysInMonth()));
        QVERIFY(m.from <= lastDay && m.to >= first);
    }
}

void TestSampleStore::ordersAreUniqueAndSmall()
{
    // An order's lines are contiguous, share date, customer, store and channel, and an id is never reused.
    const RecordingSink &s = *m_defaults;
    QSet<QString> seen;
    QString current;
    int linesInOrder = 0;
    qint64 orders = 0;
    for (size_t i = 0; i < s.lines.size(); ++i) {
        const OrderLine &l = s.lines[i];
        if (l.orderId != current) {
            QVERIFY2(!seen.contains(l.orderId), qPrintable(l.orderId));
            seen.insert(l.orderId);
            current = l.orderId;
            linesInOrder = 0;
            ++orders;
        } else {
            const OrderLine &p = s.lines[i - 1];
            QCOMPARE(l.date, p.date);
            QCOMPARE(l.customerId, p.customerId);
            QCOMPARE(l.store, p.store);
        }
        ++linesInOrder;
        QVERIFY(linesInOrder <= 5);
    }
    // About 2.5 lines an order.
    const double perOrder = double(s.lines.size()) / double(orders);
    QVERIFY2(perOrder >= 2.0 && perOrder <= 3.0, qPrintable(QString::number(perOrder)));
}

void TestSampleStore::returnsFollowASale()
{
    const RecordingSink &s = *m_defaults;
    // Lines arrive in date order, so a return is valid when a sale of the same SKU to the same customer (or
    // to a guest, customer "") has been seen by then.
    QHash<QString, QDate> firstSale;
    qint64 returns = 0;
    qint64 returnOnlyOrders = 0;
    QHash<QString, int> salesInOrder;
    for (const OrderLine &l : s.lines) {
        const QString key = l.customerId + QLatin1Char('|') + l.sku;
        if (l.quantity.isNegative()) {
            ++returns;
            const auto sale = firstSale.constFind(key);
            QVERIFY2(sale != firstSale.constEnd() && *sale <= l.date, qPrintable(l.orderId));
            salesInOrder[l.orderId] += 0;
        } else {
            if (!firstSale.contains(key))
                firstSale.insert(key, l.date);
            salesInOrder[l.orderId] += 1;
        }
    }
    for (auto it = salesInOrder.cbegin(); it != salesInOrder.cend(); ++it)
        returnOnlyOrders += it.value() == 0 ? 1 : 0;
    const double share = double(returns) / double(s.lines.size());
    QVERIFY2(share >= 0.03 && share <= 0.05, qPrintable(QString::number(share)));
    QVERIFY(returnOnlyOrders > 0);       // some returns are orders of their own
    QVERIFY(returnOnlyOrders < returns); // and some come with an exchange sale
}

void TestSampleStore::guestShare()
{
    // METRICS.md section 2: (G − D of lines without a customer) ÷ (G − D), over sale lines.
    const RecordingSink &s = *m_defaults;
    qint64 all = 0;
    qint64 guests = 0;
    qint64 shopOrders = 0;
    qint64 guestShopOrders = 0;
    QString lastOrder;
    for (const OrderLine &l : s.lines) {
        if (l.quantity.isNegative())
            continue;
        all += lineNet(l);
        if (l.customerId.isEmpty())
            guests += lineNet(l);
        if (l.orderId != lastOrder && l.channel == QLatin1String("In store")) {
            ++shopOrders;
            guestShopOrders += l.customerId.isEmpty() ? 1 : 0;
        }
        lastOrder = l.orderId;
    }
    const double share = double(guests) / double(all);
    QVERIFY2(share >= 0.10 && share <= 0.30, qPrintable(QString::number(share)));
    // About a fifth of the shops' orders are walk-in sales.
    const double shopShare = double(guestShopOrders) / double(shopOrders);
    QVERIFY2(shopShare >= 0.15 && shopShare <= 0.27, qPrintable(QString::number(shopShare)));
}

void TestSampleStore::decemberPeak()
{
    // Net sales per calendar month; every December must beat the mean month of the whole period.
    const RecordingSink &s = *m_defaults;
    QHash<int, qint64> byMonth;
    qint64 total = 0;
    for (const OrderLine &l : s.lines) {
        byMonth[l.date.year() * 100 + l.date.month()] += lineNet(l);
        total += lineNet(l);
    }
    QCOMPARE(byMonth.size(), 36); // October 2023 … September 2026
    const qint64 mean = total / byMonth.size();
    int decembers = 0;
    for (auto it = byMonth.cbegin(); it != byMonth.cend(); ++it) {
        if (it.key() % 100 == 12) {
            ++decembers;
            QVERIFY2(it.value() > mean, qPrintable(QString::number(it.key())));
        }
    }
    QCOMPARE(decembers, 3);
}

void TestSampleStore::growthOverTheYears()
{
    // The last twelve months sell more than the first twelve (new shops, more customers, price rises).
    const RecordingSink &s = *m_defaults;
    const QDate firstYearEnd = QDate(2024, 9, 30);
    const QDate lastYearStart = QDate(2025, 10, 1);
    qint64 firstYear = 0;
    qint64 lastYear = 0;
    for (const OrderLine &l : s.lines) {
        if (l.date <= firstYearEnd)
            firstYear += lineNet(l);
        else if (l.date >= lastYearStart)
            lastYear += lineNet(l);
    }
    QVERIFY(lastYear > firstYear);
}

void TestSampleStore::costCoverage()
{
    // METRICS.md section 2: share of G on sale lines with a known cost.
    const RecordingSink &s = *m_defaults;
    qint64 gross = 0;
    qint64 covered = 0;
    qint64 discounted = 0;
    qint64 fractional = 0;
    for (const OrderLine &l : s.lines) {
        if (l.quantity.isNegative())
            continue;
        gross += l.grossAmount().units();
        if (l.unitCost)
            covered += l.grossAmount().units();
        discounted += l.discount.isZero() ? 0 : 1;
        fractional += l.quantity.milli() % 1000 != 0 ? 1 : 0;
    }
    const double coverage = double(covered) / double(gross);
    QVERIFY2(coverage >= 0.95 && coverage < 1.0, qPrintable(QString::number(coverage)));
    QVERIFY(discounted > 0);
    QVERIFY(fractional > 0); // goods sold by weight
}

void TestSampleStore::catalogueLooksReal()
{
    const RecordingSink &s = *m_defaults;
    QVERIFY(s.products.size() >= 200 && s.products.size() <= 500);
    QSet<QString> categories;
    int withComma = 0;
    int withQuote = 0;
    int withoutCost = 0;
    for (const Product &p : s.products) {
        categories.insert(p.category);
        withComma += p.name.contains(QLatin1Char(',')) ? 1 : 0;
        withQuote += p.name.contains(QLatin1Char('"')) ? 1 : 0;
        withoutCost += p.cost ? 0 : 1;
        QVERIFY(p.sku.startsWith(QLatin1String("SKU-")));
        QVERIFY(p.price && !p.price->isNegative() && !p.price->isZero());
        if (p.cost)
            QVERIFY(*p.cost < *p.price);
    }
    QVERIFY(categories.size() >= 8 && categories.size() <= 10);
    QVERIFY(withComma > 0);
    QVERIFY(withQuote > 0);
    QVERIFY(withoutCost > 0 && withoutCost < int(s.products.size()) / 10);
}

void TestSampleStore::rangesGrowWithTheBusiness_data()
{
    QTest::addColumn<int>("customers");
    QTest::addColumn<int>("ranges");
    // 1 + 4 × log2(customers / 5000), rounded, between 1 and 16
    QTest::newRow("small shop") << 150 << 1;
    QTest::newRow("the sample store") << 5000 << 1;
    QTest::newRow("100,000-line export") << 10000 << 5;     // 1 + 4 × 1
    QTest::newRow("twice that") << 20000 << 9;              // 1 + 4 × 2
    QTest::newRow("1,000,000-line export") << 100000 << 16; // 1 + 4 × 4.32 = 18.3, capped
    QTest::newRow("10,000,000-line export") << 1000000 << 16;
}

void TestSampleStore::rangesGrowWithTheBusiness()
{
    QFETCH(int, customers);
    QFETCH(int, ranges);
    QCOMPARE(SampleCatalogue::rangesFor(customers), ranges);
}

void TestSampleStore::largeCatalogue()
{
    SampleRandom baseRandom(7);
    const SampleCatalogue base(baseRandom, 3, 1);
    SampleRandom largeRandom(7);
    const SampleCatalogue large(largeRandom, 3, 16);
    QCOMPARE(large.size(), 16 * base.size()); // a few thousand SKUs
    QVERIFY(large.size() > 4000);
    QSet<QString> skus;
    int rangeNamesWithComma = 0;
    for (int i = 0; i < large.size(); ++i) {
        const SampleProduct &p = large.product(i);
        skus.insert(p.sku);
        if (i < base.size()) {
            // the base catalogue is the sample store's, unchanged
            QCOMPARE(p.sku, base.product(i).sku);
            QCOMPARE(p.name, base.product(i).name);
            QCOMPARE(p.priceUnits, base.product(i).priceUnits);
        } else {
            const SampleProduct &item = base.product(i % base.size());
            QVERIFY2(p.name.startsWith(item.name + QStringLiteral(" (")), qPrintable(p.name));
            QVERIFY(p.name.endsWith(QStringLiteral(" range)")));
            QCOMPARE(p.category, item.category);
            rangeNamesWithComma += p.name.contains(QLatin1Char(',')) ? 1 : 0;
            QVERIFY(p.priceUnits.back() > 0);
        }
    }
    QCOMPARE(skus.size(), qsizetype(large.size()));
    QVERIFY(rangeNamesWithComma > 0); // quoted names with commas in the export
    // the same options give the same catalogue
    SampleRandom againRandom(7);
    const SampleCatalogue again(againRandom, 3, 16);
    for (int i = 0; i < large.size(); i += 97) {
        QCOMPARE(again.product(i).name, large.product(i).name);
        QCOMPARE(again.product(i).priceUnits, large.product(i).priceUnits);
    }
}

void TestSampleStore::customersLookReal()
{
    const RecordingSink &s = *m_defaults;
    QHash<QString, int> countries;
    int noEmailConsent = 0;
    int noSmsConsent = 0;
    QSet<QString> tiers;
    QSet<QString> channels;
    QSet<QString> emails;
    for (const Customer &c : s.customers) {
        QVERIFY(!c.name.isEmpty());
        QVERIFY(!c.city.isEmpty() && !c.region.isEmpty());
        ++countries[c.country];
        noEmailConsent += c.consentEmail == std::optional<bool>(false) ? 1 : 0;
        noSmsConsent += c.consentSms == std::optional<bool>(false) ? 1 : 0;
        tiers.insert(c.loyaltyTier);
        channels.insert(c.acquisitionChannel);
        if (!c.email.isEmpty()) {
            QVERIFY(c.email.contains(QLatin1Char('@')));
            QVERIFY(!emails.contains(c.email));
            emails.insert(c.email);
        }
        if (c.birthDate.isValid())
            QVERIFY(!c.ageBand.isEmpty());
    }
    // A few countries, mostly one.
    QVERIFY(countries.size() >= 3);
    QVERIFY(countries.value(QStringLiteral("GB")) > int(s.customers.size()) * 3 / 4);
    QVERIFY(noEmailConsent > 0);
    QVERIFY(noSmsConsent > 0);
    QCOMPARE(tiers.size(), 3);
    QVERIFY(channels.size() >= 3);
}

void TestSampleStore::customerCount_data()
{
    QTest::addColumn<int>("customers");
    QTest::addColumn<int>("years");
    QTest::newRow("small shop") << 150 << 1;
    QTest::newRow("defaults") << 5000 << 3;
    QTest::newRow("larger base over two years") << 9000 << 2;
}

void TestSampleStore::customerCount()
{
    QFETCH(int, customers);
    QFETCH(int, years);
    SampleOptions o;
    o.customers = customers;
    o.years = years;
    const auto s = generate(o);
    QVERIFY(s);
    // Every customer is acquired by a first purchase within the period, so all of them buy; allow a few %.
    QSet<QString> buyers;
    for (const OrderLine &l : s->lines) {
        if (!l.customerId.isEmpty() && !l.quantity.isNegative())
            buyers.insert(l.customerId);
    }
    QVERIFY2(qAbs(qsizetype(s->customers.size()) - customers) <= customers * 3 / 100,
             qPrintable(QString::number(s->customers.size())));
    QVERIFY2(qAbs(buyers.size() - customers) <= customers * 3 / 100,
             qPrintable(QString::number(buyers.size())));
}

void TestSampleStore::channelsAndStores()
{
    const RecordingSink &s = *m_defaults;
    QHash<QString, QDate> opened;
    QSet<QString> channels;
    for (const OrderLine &l : s.lines) {
        channels.insert(l.channel);
        if (!opened.contains(l.store))
            opened.insert(l.store, l.date);
        QCOMPARE(l.channel == QLatin1String("Online"), l.store == QLatin1String("Web shop"));
        if (l.channel == QLatin1String("Online"))
            QVERIFY(!l.customerId.isEmpty());
    }
    QCOMPARE(channels, (QSet<QString>{QStringLiteral("In store"), QStringLiteral("Online")}));
    QVERIFY(opened.size() >= 3 && opened.size() <= 4);
    // Opened on different dates.
    QSet<QDate> openingDates(opened.cbegin(), opened.cend());
    QVERIFY(openingDates.size() >= 3);
}

void TestSampleStore::sideTables()
{
    const RecordingSink &s = *m_defaults;
    // Conversion = shop orders ÷ visitors over the traffic rows: 15-35 %.
    QHash<QString, qint64> visitors;
    for (const TrafficDay &t : s.traffic) {
        QVERIFY(t.visitors > 0);
        QCOMPARE(t.store == QLatin1String("Web shop"), false);
        visitors[t.store + t.date.toString(Qt::ISODate)] += t.visitors;
    }
    QSet<QString> orders;
    for (const OrderLine &l : s.lines) {
        if (!l.quantity.isNegative() && l.channel == QLatin1String("In store"))
            orders.insert(l.orderId);
    }
    qint64 totalVisitors = 0;
    for (qint64 v : visitors)
        totalVisitors += v;
    const double conversion = double(orders.size()) / double(totalVisitors);
    QVERIFY2(conversion >= 0.15 && conversion <= 0.35, qPrintable(QString::number(conversion)));

    // Month-end inventory with costs, staffing per store and month, spend on both channels.
    QSet<QDate> snapshotDays;
    for (const InventorySnapshot &i : s.inventory) {
        snapshotDays.insert(i.date);
        QVERIFY(i.onHand.milli() > 0);
        QCOMPARE(i.date.day(), i.date.daysInMonth());
    }
    QCOMPARE(snapshotDays.size(), 36);
    QSet<QString> staffedStores;
    for (const StaffingMonth &m : s.staffing) {
        staffedStores.insert(m.store);
        QVERIFY(m.headcountMilli >= 1000);
    }
    QVERIFY(staffedStores.size() >= 3);
    QSet<QString> spendChannels;
    for (const MarketingSpend &m : s.marketing) {
        spendChannels.insert(m.channel);
        QVERIFY(m.amount > Money());
    }
    QCOMPARE(spendChannels, (QSet<QString>{QStringLiteral("In store"), QStringLiteral("Online")}));
}

void TestSampleStore::ordersScaleIsLinear_data()
{
    QTest::addColumn<double>("scale");
    QTest::newRow("twice the orders") << 2.0;
    QTest::newRow("four times the orders") << 4.0;
}

void TestSampleStore::ordersScaleIsLinear()
{
    QFETCH(double, scale);
    SampleOptions o = smallOptions();
    o.customers = 2000;
    const auto base = generate(o);
    o.ordersScale = scale;
    const auto scaled = generate(o);
    QVERIFY(base && scaled);
    // Expected lines are scale × the base; allow 8 % for randomness and censoring at the last day.
    const double ratio = double(scaled->lines.size()) / double(base->lines.size());
    QVERIFY2(ratio >= scale * 0.92 && ratio <= scale * 1.08, qPrintable(QString::number(ratio)));
    QCOMPARE(scaled->customers.size(), base->customers.size());
}

void TestSampleStore::cancelThroughProgress()
{
    RecordingSink sink;
    SampleStore store(smallOptions());
    int calls = 0;
    qint64 lastDone = -1;
    qint64 firstTotal = -1;
    bool stable = true;
    const auto result = store.generate(sink, [&](qint64 done, qint64 total) {
        if (firstTotal < 0)
            firstTotal = total;
        stable = stable && total == firstTotal && done > lastDone && done <= total;
        lastDone = done;
        return ++calls < 10;
    });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), ErrorCode::Cancelled);
    QVERIFY(!result.error().message().isEmpty());
    QCOMPARE(calls, 10);
    QVERIFY(stable);
    // Two years to 2026-09-30 start on 2024-10-01: 365 + 365 days (no 29 February in between) = 730 days;
    // stopped after ten of them.
    QCOMPARE(firstTotal, qint64(730));
    QCOMPARE(lastDone, qint64(10));
    QVERIFY(sink.lines.size() < 2000);
}

void TestSampleStore::invalidOptions_data()
{
    QTest::addColumn<int>("customers");
    QTest::addColumn<int>("years");
    QTest::addColumn<double>("scale");
    QTest::addColumn<QDate>("lastDay");
    QTest::newRow("no years") << 100 << 0 << 1.0 << QDate(2026, 9, 30);
    QTest::newRow("negative customers") << -1 << 1 << 1.0 << QDate(2026, 9, 30);
    QTest::newRow("zero scale") << 100 << 1 << 0.0 << QDate(2026, 9, 30);
    QTest::newRow("invalid last day") << 100 << 1 << 1.0 << QDate();
}

void TestSampleStore::invalidOptions()
{
    QFETCH(int, customers);
    QFETCH(int, years);
    QFETCH(double, scale);
    QFETCH(QDate, lastDay);
    SampleOptions o;
    o.customers = customers;
    o.years = years;
    o.ordersScale = scale;
    o.lastDay = lastDay;
    RecordingSink sink;
    const auto result = SampleStore(o).generate(sink);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), ErrorCode::Usage);
    QVERIFY(sink.products.empty());
}

QTEST_GUILESS_MAIN(TestSampleStore)
#include "tst_samplestore.moc"
