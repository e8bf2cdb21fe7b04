#include "core/analytics/explain/ExplainFigures.h"

#include "core/analytics/kpi/KpiEngineInternal.h"
#include "core/model/Countries.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <string>

namespace storelens::core::analytics::explain::detail {

namespace {

class FiguresText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::analytics::explain)
};

constexpr int32_t kNoSlot = -1;
constexpr size_t kCancelMask = 0xFFFF;

// Where a dimension's member slot of a line comes from: a line column (slot = value + 1, so −1 is slot 0),
// or a column whose value indexes `table` (product -> category slot, customer -> customer type or segment
// slot; −1 is slot 0, guests and products without a category).
struct SlotSource
{
    const int32_t *column = nullptr;
    std::vector<int32_t> table; // empty: slot = value + 1
};

SlotSource slotSource(const ScanInput &in, Dimension d, int32_t fromDay)
{
    const Snapshot &s = in.snapshot;
    SlotSource out;
    switch (d) {
    case Dimension::Store:
        out.column = s.store.data();
        break;
    case Dimension::Channel:
        out.column = s.channel.data();
        break;
    case Dimension::Country:
        out.column = s.country.data();
        break;
    case Dimension::Category:
        out.column = s.product.data();
        for (int32_t category : s.productCategory)
            out.table.push_back(category + 1);
        out.table.resize(std::max(out.table.size(), size_t(s.skus.size())), 0); // products without a row
        break;
    case Dimension::CustomerType: // 1 new (first sale line on or after the period's first day), 2 returning
        out.column = s.customer.data();
        for (int32_t first : in.facts.firstSaleDay)
            out.table.push_back(first >= fromDay ? 1 : 2);
        break;
    case Dimension::Segment:
        out.column = s.customer.data();
        out.table = in.segments.slotOfCustomer;
        break;
    case Dimension::Source: // order -> its source's slot (without Snapshot::orderSource: the one source)
        out.column = s.order.data();
        if (s.orderSource.empty()) {
            out.table.assign(size_t(s.orderIds.size()), s.sources.isEmpty() ? 0 : 1);
        } else {
            out.table.reserve(s.orderSource.size());
            for (int32_t source : s.orderSource)
                out.table.push_back(source + 1);
        }
        break;
    }
    return out;
}

class Scanner
{
public:
    Scanner(const ScanInput &in, const Period &period, Figures &f)
        : m_in(in)
        , m_f(f)
        , m_from(int32_t(period.from.toJulianDay()))
        , m_to(int32_t(period.to.toJulianDay()))
        , m_slots(in.dimensions.size(), 0)
    {
        for (Dimension d : in.dimensions)
            m_sources.push_back(slotSource(in, d, m_from));
        m_f.daily.assign(size_t(period.days()), Tally{});
        m_f.members.assign(size_t(kDimensionCount), {});
        for (Dimension d : in.dimensions) {
            m_f.members[size_t(d)].assign(size_t(memberCount(in.snapshot, d, in.segments)), Tally{});
            m_members.push_back(m_f.members[size_t(d)].data());
        }
    }

    bool lines(const CancelCheck &cancelled);
    bool window(const CancelCheck &cancelled);

private:
    void slotsOf(size_t line, std::vector<int32_t> &slots) const
    {
        for (size_t k = 0; k < m_sources.size(); ++k) {
            const SlotSource &source = m_sources[k];
            const int32_t v = source.column[line];
            slots[k] = source.table.empty() ? v + 1 : v < 0 ? 0 : source.table[size_t(v)];
        }
    }
    bool tracked(Field field) const { return (m_in.needs.tracked & (1u << unsigned(field))) != 0; }
    // Adds to the total and, for the fields the KPI tracks, to the day and the members at `slots`.
    void add(Field field, int64_t value, size_t day, const int32_t *slots)
    {
        m_f.total[size_t(field)] += value;
        if (!tracked(field))
            return;
        m_f.daily[day][size_t(field)] += value;
        addMembers(field, value, slots);
    }
    void addMembers(Field field, int64_t value, const int32_t *slots)
    {
        for (size_t k = 0; k < m_members.size(); ++k)
            m_members[k][size_t(slots[k])][size_t(field)] += value;
    }
    void visitors(const analytics::detail::TrafficMask &mask);

    const ScanInput &m_in;
    Figures &m_f;
    int32_t m_from;
    int32_t m_to;
    std::vector<int32_t> m_slots;
    std::vector<Tally *> m_members; // by position in m_in.dimensions
    std::vector<SlotSource> m_sources;
};

bool Scanner::lines(const CancelCheck &cancelled)
{
    const Snapshot &s = m_in.snapshot;
    const Needs &needs = m_in.needs;
    const size_t dims = m_in.dimensions.size();
    const size_t orders = size_t(s.orderIds.size());
    std::vector<uint8_t> orderSeen(orders, 0); // bit 0: counted, bit 1: counted with traffic
    std::vector<int32_t> orderOwner(needs.orderOwners ? orders * dims : 0, kNoSlot);
    std::vector<uint8_t> customerOrders(needs.customers ? s.customers.size() : 0, 0);
    std::vector<int32_t> customerSlot(needs.customers ? s.customers.size() * dims : 0, kNoSlot);
    analytics::detail::TrafficMask traffic;
    if (needs.traffic)
        traffic = analytics::detail::trafficMask(s, m_in.filter, m_from, m_to);
    const bool useTraffic = traffic.any;
    const auto trafficDays = size_t(traffic.days);
    const size_t lo = firstLineOnOrAfter(s, m_from);
    const size_t hi = firstLineOnOrAfter(s, int64_t(m_to) + 1);
    int32_t *slots = m_slots.data();
    for (size_t i = lo; i < hi; ++i) {
        if (((i - lo) & kCancelMask) == kCancelMask && cancelled && cancelled())
            return false;
        if (!m_in.filter.includesLine(i))
            continue;
        slotsOf(i, m_slots);
        const auto day = size_t(s.day[i] - m_from);
        const int64_t g = s.gross[i];
        const int64_t amount = g - s.discount[i];
        const int64_t cost = s.lineCost[i];
        const bool costKnown = cost != kUnknownCost;
        add(Net, amount, day, slots);
        add(Margin, costKnown ? amount - cost : amount, day, slots);
        if (costKnown) {
            add(Cogs, cost, day, slots);
            m_f.anyCost = true;
        }
        if (s.quantity[i] < 0) {
            add(Returns, -amount, day, slots);
            continue;
        }
        add(Sales, amount, day, slots);
        add(Gross, g, day, slots);
        add(Discounts, s.discount[i], day, slots);
        add(Units, s.quantity[i], day, slots);
        if (costKnown)
            add(GrossWithCost, g, day, slots);
        const int32_t c = s.customer[i];
        if (c < 0)
            add(GuestSales, amount, day, slots);
        const auto o = size_t(s.order[i]);
        const bool firstSaleLine = (orderSeen[o] & 1) == 0;
        if (firstSaleLine) {
            orderSeen[o] |= 1;
            add(Orders, 1, day, slots);
            if (needs.orderOwners)
                std::copy(slots, slots + dims, orderOwner.begin() + ptrdiff_t(o * dims));
        }
        if (needs.orderOwners) {
            const int32_t *owner = orderOwner.data() + o * dims;
            add(OrderSales, amount, day, owner);
            add(OrderUnits, s.quantity[i], day, owner);
        }
        if (useTraffic && (orderSeen[o] & 2) == 0 && s.store[i] >= 0 &&
            traffic.has[size_t(s.store[i]) * trafficDays + day] != 0) {
            orderSeen[o] |= 2;
            add(TrafficOrders, 1, day, slots);
        }
        if (!needs.customers || c < 0)
            continue;
        // As the KPI engine counts them (KpiEngine.cpp, scanPeriod): a customer buys with the first sale line
        // carrying their id; their orders are the orders whose first sale line carries it.
        uint8_t &n = customerOrders[size_t(c)];
        int32_t *own = customerSlot.data() + size_t(c) * dims;
        if (n == 0) {
            std::copy(slots, slots + dims, own);
            add(Buying, 1, day, own);
            const int32_t first = m_in.facts.firstSaleDay[size_t(c)];
            if (first >= m_from && first <= m_to)
                add(New, 1, size_t(first - m_from), own);
            else
                add(Returning, 1, day, own);
        }
        if (firstSaleLine) {
            add(IdentifiedOrds, 1, day, own);
            if (n < 2 && ++n == 2)
                add(Repeat, 1, day, own);
        } else if (n == 0) {
            n = 1; // an order whose first sale line had no customer id
        }
    }
    if (useTraffic) {
        m_f.traffic = traffic.visitors > 0;
        visitors(traffic);
    }
    return true;
}

void Scanner::visitors(const analytics::detail::TrafficMask &mask)
{
    const Snapshot &s = m_in.snapshot;
    m_f.total[size_t(Visitors)] = mask.visitors;
    const auto days = size_t(mask.days);
    for (const Snapshot::Traffic &t : s.traffic) {
        if (t.day < m_from || t.day > m_to || t.store < 0 ||
            mask.has[size_t(t.store) * days + size_t(t.day - m_from)] == 0)
            continue;
        m_f.daily[size_t(t.day - m_from)][size_t(Visitors)] += t.visitors;
        if (!m_f.members[size_t(Dimension::Store)].empty())
            m_f.members[size_t(Dimension::Store)][size_t(t.store) + 1][size_t(Visitors)] += t.visitors;
    }
}

// S, E, kept, churned, reactivated and E − N (METRICS.md section 3); each customer counts under the members
// of their last sale line from the start of the look-back window to the end of the period.
bool Scanner::window(const CancelCheck &cancelled)
{
    const Snapshot &s = m_in.snapshot;
    const int64_t startFrom = int64_t(m_from) - m_in.windowDays;
    const int64_t startTo = int64_t(m_from) - 1;
    const int64_t endFrom = int64_t(m_to) + 1 - m_in.windowDays;
    const size_t lo = firstLineOnOrAfter(s, std::min(startFrom, endFrom));
    const size_t hi = firstLineOnOrAfter(s, int64_t(m_to) + 1);
    std::vector<uint8_t> flags(s.customers.size(), 0); // bit 0: in S, bit 1: in E
    std::vector<int64_t> lastLine(s.customers.size(), -1);
    for (size_t i = lo; i < hi; ++i) {
        if (((i - lo) & kCancelMask) == kCancelMask && cancelled && cancelled())
            return false;
        const int32_t c = s.customer[i];
        if (c < 0 || s.quantity[i] <= 0 || !m_in.filter.includesLine(i))
            continue;
        const int64_t d = s.day[i];
        uint8_t f = 0;
        if (d >= startFrom && d <= startTo)
            f |= 1;
        if (d >= endFrom)
            f |= 2;
        flags[size_t(c)] |= f;
        lastLine[size_t(c)] = int64_t(i);
    }
    for (size_t c = 0; c < flags.size(); ++c) {
        if (lastLine[c] < 0)
            continue;
        const uint8_t f = flags[c];
        const int32_t first = m_in.facts.firstSaleDay[c];
        const bool isNew = first >= m_from && first <= m_to;
        if (f == 0 && !isNew)
            continue;
        slotsOf(size_t(lastLine[c]), m_slots);
        const int32_t *slots = m_slots.data();
        const auto count = [&](Field field, int64_t value) {
            m_f.total[size_t(field)] += value;
            if (tracked(field))
                addMembers(field, value, slots);
        };
        if (f & 1) {
            count(Start, 1);
            count(f == 3 ? Kept : Churned, 1);
        }
        if (f & 2)
            count(End, 1);
        if (f == 2 && !isNew)
            count(Reactivated, 1);
        count(Retained, ((f & 2) ? 1 : 0) - (isNew ? 1 : 0));
    }
    return true;
}

} // namespace

SegmentSlots segmentSlots(const SegmentMembers *members, size_t customerCount)
{
    SegmentSlots out;
    out.names << FiguresText::tr("Guests") << FiguresText::tr("In no saved segment");
    out.slotOfCustomer.assign(customerCount, 1);
    if (!members || members->names.isEmpty())
        return out;
    std::map<std::string, int32_t> slotOfKey;
    std::string key(size_t(members->names.size()), '0');
    for (size_t c = 0; c < customerCount; ++c) {
        bool any = false;
        for (size_t k = 0; k < key.size(); ++k) {
            const std::vector<uint8_t> &flags = members->members[k];
            key[k] = c < flags.size() && flags[c] != 0 ? '1' : '0';
            any = any || key[k] == '1';
        }
        if (!any)
            continue;
        auto it = slotOfKey.find(key);
        if (it == slotOfKey.end()) {
            QStringList names;
            for (size_t k = 0; k < key.size(); ++k) {
                if (key[k] == '1')
                    names << members->names.at(qsizetype(k));
            }
            it = slotOfKey.emplace(key, int32_t(out.names.size())).first;
            out.names << names.join(QStringLiteral(" & "));
        }
        out.slotOfCustomer[c] = it->second;
    }
    return out;
}

int32_t memberCount(const Snapshot &s, Dimension d, const SegmentSlots &segments)
{
    switch (d) {
    case Dimension::Store:
        return int32_t(s.stores.size()) + 1;
    case Dimension::Channel:
        return int32_t(s.channels.size()) + 1;
    case Dimension::Country:
        return int32_t(s.countries.size()) + 1;
    case Dimension::Category:
        return int32_t(s.categories.size()) + 1;
    case Dimension::CustomerType:
        return 3;
    case Dimension::Segment:
        return int32_t(segments.names.size());
    case Dimension::Source:
        return int32_t(s.sources.size()) + 1;
    }
    return 1;
}

QString memberName(const Snapshot &s, Dimension d, int32_t slot, const SegmentSlots &segments)
{
    const auto named = [slot](const QStringList &names, const QString &none) {
        return slot > 0 && slot - 1 < names.size() ? names.at(slot - 1) : none;
    };
    switch (d) {
    case Dimension::Store:
        return named(s.stores, FiguresText::tr("No store"));
    case Dimension::Channel:
        return named(s.channels, FiguresText::tr("No channel"));
    case Dimension::Country:
        return named(s.countries, unknownCountryName());
    case Dimension::Category:
        return named(s.categories, FiguresText::tr("No category"));
    case Dimension::CustomerType:
        return slot == 0   ? FiguresText::tr("Guests")
               : slot == 1 ? FiguresText::tr("New customers")
                           : FiguresText::tr("Returning customers");
    case Dimension::Segment:
        return segments.names.value(slot);
    case Dimension::Source:
        return named(s.sources, FiguresText::tr("No source"));
    }
    return {};
}

bool scanFigures(const ScanInput &in, const Period &period, const CancelCheck &cancelled, Figures *out)
{
    Figures f;
    Scanner scanner(in, period, f);
    if (!scanner.lines(cancelled))
        return false;
    if (in.needs.window && !scanner.window(cancelled))
        return false;
    *out = std::move(f);
    return true;
}

} // namespace storelens::core::analytics::explain::detail
