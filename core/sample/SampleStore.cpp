#include "core/sample/SampleStore.h"

#include "core/sample/SampleCalendar.h"
#include "core/sample/SampleCatalogue.h"
#include "core/sample/SamplePeople.h"
#include "core/sample/SampleRandom.h"
#include "core/sample/SampleSideTables.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <vector>

namespace storelens::core {

namespace {

// Behaviour constants, tuned so the defaults give about 50,000 order lines that look like a small retailer.
constexpr double kPurchaseRate = 1.0 / 120.0; // mean repeat purchases per day of an active customer
constexpr double kRateShape = 1.3;            // gamma heterogeneity of that rate (BG/NBD's r)
constexpr double kDropoutA = 3.0;             // beta heterogeneity of the dropout chance (BG/NBD's a, b)
constexpr double kDropoutB = 7.0;
constexpr double kGuestOrdersPerCustomer = 0.72; // guest orders per identified customer: ~20 % of shop orders
constexpr double kReturnBoost = 2.3;
constexpr double kFavouriteShare = 0.35; // share of a customer's lines from their favourite category
constexpr int kMaxReturnDays = 30;
// The data starts when the loyalty programme launched: existing shoppers enrol in the first weeks, about as
// many as the active customer base, so sales do not start from nothing.
constexpr double kLaunchBoost = 10.0;
constexpr double kLaunchDays = 50.0;
constexpr double kLaunchRate = 1.4;
constexpr double kLaunchDropout = 0.3;

const char *const kTiers[] = {"Bronze", "Silver", "Gold"};

struct Shopper
{
    double nextTime = 0.0; // next candidate purchase, in days since the first day
    double rate = 0.0;     // candidate rate per day (thinned by the calendar's busy values)
    double dropout = 0.0;  // chance to churn after a repeat purchase
    float online = 0.0f;   // chance that a purchase goes to the web shop
    qint8 home = 0;        // home shop
    qint8 favourite = 0;   // favourite category
    qint8 tier = 0;
    qint16 country = 0;
    int firstDay = 0;
    int firstStore = 0;
};

struct DayLine
{
    int product;
    qint64 quantity; // thousandths
    qint64 price;    // Money units
    qint64 discount;
    qint64 cost; // unit cost; -1: unknown
};

struct DayOrder
{
    int seconds;
    int sequence;
    int store;
    int customer; // -1: guest
    int firstLine;
    int lineCount;
    bool hasSale;
};

struct PendingReturn
{
    int customer;
    int store;
    int product;
    qint64 quantity; // thousandths, positive: what comes back
    qint64 netPrice; // what was paid per unit
    qint64 cost;
};

class Simulation
{
public:
    Simulation(const SampleOptions &options, EntitySink &sink,
               const std::function<bool(qint64, qint64)> &progress)
        : m_options(options)
        , m_sink(sink)
        , m_progress(progress)
        , m_random(options.seed)
        , m_calendar(options.lastDay.addYears(-options.years).addDays(1), options.lastDay)
        , m_catalogue(m_random, m_calendar.priceYears(), SampleCatalogue::rangesFor(options.customers))
        , m_people(options.lastDay)
        , m_side(m_calendar, m_catalogue)
    {
    }

    Result<SampleStats> run();

private:
    void emitProducts();
    void planCustomers();
    void scheduleNext(int customer, int dayIndex);
    void visit(int customer, int dayIndex);
    void placeOrder(int store, int customer, int dayIndex, bool first);
    void addSaleLine(DayOrder &order, int product, int dayIndex, double discountChance);
    void processReturns(int dayIndex);
    void addGuests(int dayIndex);
    void flushDay(int dayIndex);
    int timeOfDay(int store);
    int pickLineCount();

    const SampleOptions &m_options;
    EntitySink &m_sink;
    const std::function<bool(qint64, qint64)> &m_progress;
    SampleRandom m_random;
    SampleCalendar m_calendar;
    SampleCatalogue m_catalogue;
    SamplePeople m_people;
    SampleSideTables m_side;
    SampleStats m_stats;

    std::vector<Shopper> m_shoppers;
    std::vector<QString> m_customerIds;
    std::vector<std::vector<int>> m_due;               // by day: customers with a candidate purchase that day
    std::vector<std::vector<PendingReturn>> m_returns; // by day
    std::vector<DayOrder> m_orders;                    // today's
    std::vector<DayLine> m_lines;                      // today's
    std::vector<int> m_byTime;                         // today's orders sorted by time
    std::array<qint64, SampleCalendar::StoreCount> m_orderNumbers{};
    double m_guestBase = 0.0;
};

Result<SampleStats> Simulation::run()
{
    const int days = m_calendar.dayCount();
    m_due.resize(size_t(days));
    m_returns.resize(size_t(days));
    emitProducts();
    planCustomers();

    size_t nextNewcomer = 0;
    for (int d = 0; d < days; ++d) {
        while (nextNewcomer < m_shoppers.size() && m_shoppers[nextNewcomer].firstDay == d) {
            const int c = int(nextNewcomer++);
            placeOrder(m_shoppers[size_t(c)].firstStore, c, d, true);
            scheduleNext(c, d);
        }
        std::vector<int> due;
        due.swap(m_due[size_t(d)]);
        for (int c : due)
            visit(c, d);
        processReturns(d);
        addGuests(d);
        flushDay(d);
        if (m_calendar.day(d).monthEnd)
            m_side.takeInventory(m_random, d);
        if (m_progress && !m_progress(d + 1, days)) {
            return Error(ErrorCode::Cancelled,
                         QCoreApplication::translate("storelens::core::SampleStore",
                                                     "Creating the sample store was cancelled."));
        }
    }
    m_side.emitTables(m_random, m_sink, double(m_options.customers) / 5000.0);
    return m_stats;
}

void Simulation::emitProducts()
{
    for (int p = 0; p < m_catalogue.size(); ++p)
        m_sink.addProduct(m_catalogue.toEntity(p));
    m_stats.products = m_catalogue.size();
}

// Draws every customer's acquisition day and behaviour, and emits the customers in acquisition order.
void Simulation::planCustomers()
{
    const int days = m_calendar.dayCount();
    const int count = std::max(0, m_options.customers);
    const double scale = m_options.ordersScale;

    // Acquisitions follow the calendar, grow with the business, peak in promotion months and at the start
    // (the loyalty programme's launch enrols many existing shoppers).
    std::vector<double> cumulative(static_cast<size_t>(days));
    std::vector<double> channelWeight(size_t(days) * SampleCalendar::StoreCount);
    double total = 0.0;
    double guestWeight = 0.0;
    for (int d = 0; d < days; ++d) {
        const auto &day = m_calendar.day(d);
        double w = 0.0;
        for (int s = 0; s < SampleCalendar::StoreCount; ++s) {
            double cw = SampleCalendar::storeWeight(s) * day.busy[size_t(s)];
            if (s == SampleCalendar::WebShop)
                cw *= 1.0 + 0.4 * double(d) / double(days);
            else
                guestWeight += cw * day.growth;
            channelWeight[size_t(d) * SampleCalendar::StoreCount + size_t(s)] = cw;
            w += cw;
        }
        w *= day.growth * (day.promotion ? 1.6 : 1.0) *
             (1.0 + kLaunchBoost * std::exp(-double(d) / kLaunchDays));
        total += w;
        cumulative[size_t(d)] = total;
    }
    m_guestBase = guestWeight > 0.0 ? kGuestOrdersPerCustomer * count * scale / guestWeight : 0.0;

    std::vector<int> firstDays(static_cast<size_t>(count));
    for (int &d : firstDays)
        d = m_random.pick(cumulative);
    std::sort(firstDays.begin(), firstDays.end());

    m_shoppers.resize(size_t(count));
    m_customerIds.reserve(size_t(count));
    for (int c = 0; c < count; ++c) {
        Shopper &s = m_shoppers[size_t(c)];
        const int d = firstDays[size_t(c)];
        const auto &day = m_calendar.day(d);
        s.firstDay = d;
        std::vector<double> channels(SampleCalendar::StoreCount);
        double acc = 0.0;
        for (int st = 0; st < SampleCalendar::StoreCount; ++st) {
            acc += channelWeight[size_t(d) * SampleCalendar::StoreCount + size_t(st)];
            channels[size_t(st)] = acc;
        }
        s.firstStore = m_random.pick(channels);
        const bool onlineFirst = s.firstStore == SampleCalendar::WebShop;
        if (onlineFirst) {
            s.home = 0;
            for (int st = SampleCalendar::WebShop - 1; st > 0; --st) {
                if (d >= m_calendar.openingDay(st) && m_random.chance(0.35)) {
                    s.home = qint8(st);
                    break;
                }
            }
        } else {
            s.home = qint8(s.firstStore);
        }

        m_customerIds.push_back(QStringLiteral("C") +
                                QString::number(c + 1).rightJustified(5, QLatin1Char('0')));
        int country = 0;
        Customer customer = m_people.make(m_random, m_customerIds.back(), onlineFirst, country);
        s.country = qint16(country);

        // BG/NBD-style behaviour: a gamma-distributed purchase rate, a beta-distributed dropout chance.
        // Promotion cohorts and online-first customers come back less often and churn sooner.
        double rate = m_random.gamma(kRateShape, kPurchaseRate / kRateShape);
        double dropout = m_random.beta(kDropoutA, kDropoutB);
        const double relativeRate = rate / kPurchaseRate;
        // Shoppers enrolled at the launch were already regulars: the survivors of an earlier churn process.
        const double launch = kLaunchBoost * std::exp(-double(d) / kLaunchDays);
        if (m_random.chance(launch / (1.0 + launch))) {
            rate *= kLaunchRate;
            dropout *= kLaunchDropout;
        } else if (day.promotion) {
            rate *= 0.55;
            dropout = std::min(0.95, dropout * 1.7);
        }
        if (onlineFirst)
            rate *= 0.85;
        if (country != 0)
            rate *= 0.6;
        if (onlineFirst)
            s.online = country != 0 ? 1.0f : float(m_random.uniform(0.75, 1.0));
        else
            s.online = m_random.chance(0.3) ? float(m_random.uniform(0.05, 0.35)) : 0.0f;
        s.favourite = qint8(m_random.between(0, m_catalogue.categoryCount() - 1));
        s.tier = qint8(relativeRate > 1.8 ? 2 : relativeRate > 0.9 ? 1 : 0);

        // ordersScale multiplies the expected number of orders: repeat purchases come scale' times as often
        // and churn scale' times less per purchase (so lifetimes stay the same), where scale' also makes up
        // for the first order, which is not scaled: 1 + scale' × R = scale × (1 + R).
        const double remaining = double(days - d - 1);
        const double expectedRepeats = (1.0 - std::exp(-rate * dropout * remaining)) / dropout;
        double effective = scale;
        if (scale != 1.0 && expectedRepeats > 0.05)
            effective = std::max(0.01, scale + (scale - 1.0) / expectedRepeats);
        s.rate = rate * effective * m_calendar.maxBusy();
        s.dropout = std::min(1.0, dropout / effective);

        customer.loyaltyTier = QLatin1String(kTiers[s.tier]);
        if (day.promotion && m_random.chance(0.6))
            customer.acquisitionChannel = QStringLiteral("Promotion");
        else if (onlineFirst)
            customer.acquisitionChannel =
                m_random.chance(0.55) ? QStringLiteral("Search") : QStringLiteral("Social media");
        else
            customer.acquisitionChannel =
                m_random.chance(0.75) ? QStringLiteral("Walk-in") : QStringLiteral("Referral");
        m_sink.addCustomer(customer);
    }
    m_stats.customers = count;
}

void Simulation::scheduleNext(int customer, int dayIndex)
{
    Shopper &s = m_shoppers[size_t(customer)];
    s.nextTime = double(dayIndex + 1) + m_random.exponential(s.rate);
    if (s.nextTime < double(m_calendar.dayCount()))
        m_due[size_t(s.nextTime)].push_back(customer);
}

// A candidate purchase time of a customer falls on this day: thin it by how busy the chosen store is, place
// the order, maybe churn, then draw the next candidate.
void Simulation::visit(int customer, int dayIndex)
{
    const auto &day = m_calendar.day(dayIndex);
    for (;;) {
        Shopper &s = m_shoppers[size_t(customer)];
        const int store = m_random.chance(s.online) ? SampleCalendar::WebShop : s.home;
        if (m_random.uniform() * m_calendar.maxBusy() < day.busy[size_t(store)]) {
            placeOrder(store, customer, dayIndex, false);
            if (m_random.chance(m_shoppers[size_t(customer)].dropout))
                return;
        }
        Shopper &t = m_shoppers[size_t(customer)];
        t.nextTime += m_random.exponential(t.rate);
        if (t.nextTime >= double(m_calendar.dayCount()))
            return;
        const int next = int(t.nextTime);
        if (next > dayIndex) {
            m_due[size_t(next)].push_back(customer);
            return;
        }
    }
}

int Simulation::pickLineCount()
{
    // 1-5 lines, about 2.5 on average.
    const double u = m_random.uniform();
    return u < 0.25 ? 1 : u < 0.55 ? 2 : u < 0.77 ? 3 : u < 0.9 ? 4 : 5;
}

int Simulation::timeOfDay(int store)
{
    if (store == SampleCalendar::WebShop) {
        static const std::vector<double> hours = [] {
            const double w[24] = {0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.4, 0.8, 1.0, 1.1, 1.1, 1.2,
                                  1.3, 1.2, 1.1, 1.1, 1.2, 1.4, 1.7, 2.0, 2.2, 2.0, 1.4, 0.7};
            std::vector<double> c;
            double sum = 0.0;
            for (double x : w)
                c.push_back(sum += x);
            return c;
        }();
        return m_random.pick(hours) * 3600 + int(m_random.between(0, 3599));
    }
    static const std::vector<double> hours = [] {
        const double w[10] = {0.6, 0.9, 1.1, 1.4, 1.4, 1.2, 1.1, 1.0, 0.9, 0.6};
        std::vector<double> c;
        double sum = 0.0;
        for (double x : w)
            c.push_back(sum += x);
        return c;
    }();
    return (9 + m_random.pick(hours)) * 3600 + int(m_random.between(0, 3599));
}

void Simulation::placeOrder(int store, int customer, int dayIndex, bool first)
{
    const auto &day = m_calendar.day(dayIndex);
    DayOrder order{timeOfDay(store), int(m_orders.size()), store, customer, int(m_lines.size()), 0, true};
    double discountChance = day.promotion ? 0.22 : day.month == 12 ? 0.1 : 0.06;
    int favourite = -1;
    if (customer >= 0) {
        const Shopper &s = m_shoppers[size_t(customer)];
        favourite = s.favourite;
        if (s.tier == 2)
            discountChance += 0.06;
        if (first && store == SampleCalendar::WebShop)
            discountChance = 0.5; // welcome offer
    }
    const int lines = pickLineCount();
    for (int i = 0; i < lines; ++i) {
        int product = -1;
        for (int attempt = 0; attempt < 8; ++attempt) {
            const int candidate = favourite >= 0 && m_random.chance(kFavouriteShare)
                                      ? m_catalogue.pickInCategory(m_random, favourite)
                                      : m_catalogue.pick(m_random);
            bool repeated = false;
            for (int l = order.firstLine; l < order.firstLine + order.lineCount; ++l)
                repeated = repeated || m_lines[size_t(l)].product == candidate;
            if (!repeated) {
                product = candidate;
                break;
            }
        }
        if (product >= 0)
            addSaleLine(order, product, dayIndex, discountChance);
    }
    m_orders.push_back(order);
}

void Simulation::addSaleLine(DayOrder &order, int product, int dayIndex, double discountChance)
{
    const SampleProduct &p = m_catalogue.product(product);
    const auto &day = m_calendar.day(dayIndex);
    qint64 quantity = 1000;
    if (p.byWeight) {
        quantity = std::clamp<qint64>(std::llround(1000.0 * std::exp(m_random.normal(std::log(0.45), 0.55))),
                                      50, 4000);
    } else {
        const double u = m_random.uniform();
        quantity = (u < 0.72 ? 1 : u < 0.9 ? 2 : u < 0.96 ? 3 : u < 0.985 ? 4 : 6) * 1000;
    }
    const qint64 price = p.priceUnits[size_t(day.priceYear)];
    const qint64 gross = Money::fromUnits(price).times(Quantity::fromMilli(quantity)).units();
    qint64 discount = 0;
    if (m_random.chance(discountChance)) {
        const int percent = 5 * int(m_random.between(2, 6));                  // 10 % … 30 %
        discount = divideRounded(__int128(gross) * percent, 100 * 100) * 100; // whole cents
    }
    const qint64 cost = p.hasCost ? p.costUnits[size_t(day.priceYear)] : -1;
    m_lines.push_back(DayLine{product, quantity, price, discount, cost});
    ++order.lineCount;

    // Some lines come back within a month, more often from the web shop.
    const double returnChance =
        p.returnRate * kReturnBoost * (order.store == SampleCalendar::WebShop ? 2.0 : 1.0);
    if (m_random.chance(returnChance)) {
        const int gap = order.store == SampleCalendar::WebShop
                            ? 3 + int(std::min(27.0, m_random.exponential(1.0 / 8.0)))
                            : 1 + int(std::min(double(kMaxReturnDays - 1), m_random.exponential(1.0 / 6.0)));
        if (dayIndex + gap < m_calendar.dayCount()) {
            const qint64 back =
                p.byWeight || quantity == 1000 ? quantity : 1000 * m_random.between(1, quantity / 1000);
            const qint64 netPrice = divideRounded(__int128(gross - discount) * 1000, quantity);
            m_returns[size_t(dayIndex + gap)].push_back(
                PendingReturn{order.customer, order.store, product, back, netPrice, cost});
        }
    }
}

// Returns go back to the store of the sale, as their own order; a third of shop returns are exchanges that
// also take a similar product.
void Simulation::processReturns(int dayIndex)
{
    std::vector<PendingReturn> pending;
    pending.swap(m_returns[size_t(dayIndex)]);
    for (const PendingReturn &r : pending) {
        if (!m_calendar.isOpen(r.store, dayIndex)) {
            if (dayIndex + 1 < m_calendar.dayCount())
                m_returns[size_t(dayIndex + 1)].push_back(r);
            continue;
        }
        DayOrder order{
            timeOfDay(r.store), int(m_orders.size()), r.store, r.customer, int(m_lines.size()), 1, false};
        m_lines.push_back(DayLine{r.product, -r.quantity, r.netPrice, 0, r.cost});
        if (SampleCalendar::isPhysical(r.store) && m_random.chance(0.33)) {
            const int category = m_catalogue.product(r.product).categoryIndex;
            const int other = m_catalogue.pickInCategory(m_random, category);
            if (other != r.product) {
                addSaleLine(order, other, dayIndex, 0.0);
                order.hasSale = true;
            }
        }
        m_orders.push_back(order);
    }
}

void Simulation::addGuests(int dayIndex)
{
    const auto &day = m_calendar.day(dayIndex);
    for (int s = 0; s < SampleCalendar::WebShop; ++s) {
        const double mean = m_guestBase * SampleCalendar::storeWeight(s) * day.busy[size_t(s)] * day.growth;
        const qint64 guests = m_random.poisson(mean);
        for (qint64 g = 0; g < guests; ++g)
            placeOrder(s, -1, dayIndex, false);
    }
}

// Sorts the day's orders by time, numbers them per store and emits their lines.
void Simulation::flushDay(int dayIndex)
{
    const auto &day = m_calendar.day(dayIndex);
    m_byTime.resize(m_orders.size());
    for (size_t i = 0; i < m_orders.size(); ++i)
        m_byTime[i] = int(i);
    std::sort(m_byTime.begin(), m_byTime.end(), [this](int a, int b) {
        const DayOrder &x = m_orders[size_t(a)];
        const DayOrder &y = m_orders[size_t(b)];
        return x.seconds != y.seconds ? x.seconds < y.seconds : x.sequence < y.sequence;
    });

    std::array<qint64, SampleCalendar::StoreCount> shopOrders{};
    OrderLine line;
    line.date = day.date;
    const QString empty;
    char id[32];
    for (int index : m_byTime) {
        const DayOrder &o = m_orders[size_t(index)];
        if (o.lineCount == 0)
            continue;
        const int n = std::snprintf(id, sizeof id, "%s-%06lld", SampleCalendar::orderPrefix(o.store),
                                    static_cast<long long>(++m_orderNumbers[size_t(o.store)]));
        line.orderId = QString::fromLatin1(id, n);
        line.secondsOfDay = o.seconds;
        line.customerId = o.customer >= 0 ? m_customerIds[size_t(o.customer)] : empty;
        line.country = o.customer >= 0 ? m_people.countries()[m_shoppers[size_t(o.customer)].country] : empty;
        line.store = SampleCalendar::storeName(o.store);
        line.channel = SampleCalendar::channelName(o.store);
        for (int l = o.firstLine; l < o.firstLine + o.lineCount; ++l) {
            const DayLine &dl = m_lines[size_t(l)];
            const SampleProduct &p = m_catalogue.product(dl.product);
            line.sku = p.sku;
            line.productName = p.name;
            line.category = p.category;
            line.quantity = Quantity::fromMilli(dl.quantity);
            line.unitPrice = Money::fromUnits(dl.price);
            line.discount = Money::fromUnits(dl.discount);
            if (dl.cost >= 0)
                line.unitCost = Money::fromUnits(dl.cost);
            else
                line.unitCost.reset();
            m_sink.addOrderLine(line);
            m_side.recordLine(o.store, dl.product, dl.quantity);
        }
        m_stats.orderLines += o.lineCount;
        if (o.hasSale) {
            ++m_stats.orders;
            ++shopOrders[size_t(o.store)];
        }
    }
    for (int s = 0; s < SampleCalendar::WebShop; ++s) {
        if (m_calendar.isOpen(s, dayIndex))
            m_side.recordTraffic(m_random, s, dayIndex, shopOrders[size_t(s)]);
    }
    m_orders.clear();
    m_lines.clear();
}

} // namespace

SampleStore::SampleStore(const SampleOptions &options)
    : m_options(options)
{
}

Result<SampleStats> SampleStore::generate(EntitySink &sink,
                                          const std::function<bool(qint64, qint64)> &progress)
{
    if (m_options.years < 1 || m_options.customers < 0 || !m_options.lastDay.isValid() ||
        !(m_options.ordersScale > 0.0) || m_options.ordersScale > 10000.0) {
        return Error(ErrorCode::Usage, QCoreApplication::translate(
                                           "storelens::core::SampleStore",
                                           "The sample store needs at least one year, a valid last day, "
                                           "no negative customer count and an order scale above zero."));
    }
    Simulation simulation(m_options, sink, progress);
    return simulation.run();
}

} // namespace storelens::core
