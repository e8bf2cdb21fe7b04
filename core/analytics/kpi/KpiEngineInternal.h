#pragma once

#include "core/analytics/customers/CustomerPrefetch.h"
#include "core/analytics/kpi/KpiEngine.h"

#include <QCoreApplication>
#include <cstdint>
#include <map>
#include <vector>

// Shared pieces of KpiEngine.cpp, SalesKpis.cpp and CustomerKpis.cpp; not part of the public API.
namespace storelens::core::analytics::detail {

// Everything one pass over the filtered lines of a period yields.
struct PeriodScan
{
    int32_t fromDay = 0;
    int32_t toDay = 0;
    bool hasLines = false;
    int64_t gross = 0;      // G: sale lines
    int64_t discounts = 0;  // D: sale lines
    int64_t returns = 0;    // R: −Σ line amount of return lines
    int64_t net = 0;        // N: Σ line amount of all lines
    int64_t unitsMilli = 0; // Σ quantity of sale lines
    int64_t guestSales = 0; // G − D of guest sale lines
    int64_t cogs = 0;
    bool anyCost = false;
    int64_t grossWithCost = 0; // G of sale lines with a known cost
    int64_t orders = 0;
    int64_t ordersWithTraffic = 0; // orders with a sale line on a store and day that has a traffic row
    int64_t activeCustomers = 0;
    int64_t identifiedOrders = 0;
    int64_t identifiedSales = 0; // G − D of identified customers' sale lines
    int64_t repeatCustomers = 0; // active customers with two or more orders
    int64_t lines = 0;           // filtered lines in the period
    int64_t unpricedLines = 0;   // of those, lines imported without prices (their amounts are unknown)
};

// Traffic of the selected stores over a period: per (store, day) whether a row exists, and the visitors.
struct TrafficMask
{
    bool any = false;
    bool anyInPeriod = false; // traffic exists in the period, perhaps only at stores the filters leave out
    int64_t visitors = 0;
    int64_t days = 0;
    std::vector<uint8_t> has; // store * days + (day − fromDay)
};
TrafficMask trafficMask(const Snapshot &snapshot, const ResolvedFilter &filter, int32_t fromDay,
                        int32_t toDay);

// The per-order and per-customer marks of scanPeriod, kept over many passes (the buckets of a series): each
// pass stamps its marks with its own number instead of clearing arrays as long as the orders and customers,
// so a pass costs its lines only.
class ScanMarks
{
public:
    // Starts a pass; the marks of earlier passes read as 0.
    void startPass(size_t orders, size_t customers);
    uint8_t order(size_t o) const { return flags(m_order[o]); }
    void setOrder(size_t o, uint8_t f) { m_order[o] = uint16_t(m_base + f); }
    uint8_t customer(size_t c) const { return flags(m_customer[c]); }
    void setCustomer(size_t c, uint8_t f) { m_customer[c] = uint16_t(m_base + f); }
    void prefetchCustomerAhead(const int32_t *customer, size_t i, size_t lineCount)
    {
        analytics::prefetchCustomerAhead(m_customer.data(), customer, i, lineCount);
    }

private:
    uint8_t flags(uint16_t mark) const { return mark >= m_base ? uint8_t(mark - m_base) : 0; }
    // A mark is m_base + flags (flags < 4); m_base grows by 4 per pass. 16 bits keep the customers' marks
    // in the caches; the arrays are cleared once every 16,382 passes.
    uint16_t m_base = 0;
    std::vector<uint16_t> m_order;
    std::vector<uint16_t> m_customer;
};

// One pass; false when cancelled. `days` (optional) receives the daily net sales of the period. `marks`
// (optional): scratch shared with other passes.
bool scanPeriod(const Snapshot &snapshot, const ResolvedFilter &filter, int32_t fromDay, int32_t toDay,
                const TrafficMask *traffic, const CancelCheck &cancelled, PeriodScan *scan,
                DailyNetSales *days = nullptr, ScanMarks *marks = nullptr);

// S, E and the churned S customers for a period and window W (METRICS.md section 3).
struct WindowCounts
{
    int64_t start = 0;   // S: a sale line in [from − W, from − 1]
    int64_t end = 0;     // E: a sale line in [to + 1 − W, to]
    int64_t churned = 0; // in S, not in E
    // In E, not in S and not new in [from, to] (they had lapsed and came back); counted only when
    // windowCounts is given the customers' first sale days.
    int64_t reactivated = 0;
};
// The customers of the last E window windowCounts found, kept for the next call with the same filter: when a
// period ends the day before the next one starts (a year compared with the year before), the first's E window
// is the second's S window, and its lines are read once.
struct WindowReuse
{
    int64_t endFrom = 0;
    int64_t endTo = -1;
    std::vector<uint8_t> flags; // two bits per customer as windowCounts marks them; bit 1: in E
    bool valid = false;
};
bool windowCounts(const Snapshot &snapshot, const ResolvedFilter &filter, int32_t fromDay, int32_t toDay,
                  int windowDays, const CancelCheck &cancelled, WindowCounts *counts,
                  const std::vector<int32_t> *firstSaleDay = nullptr, WindowReuse *reuse = nullptr);

// METRICS.md section 1, "Lines without prices": when the period's lines have no prices at all, every KPI
// built on line amounts says "no prices imported" instead of 0; when only some do, it carries a warning that
// they are left out. Call after the KPIs are filled.
void markUnpricedLines(const PeriodScan &scan, std::vector<KpiValue> &out);

// The customers acquired in a period: first sale line (all time, within the filters) in it.
struct NewCustomers
{
    int64_t count = 0;
    int64_t netSales = 0;                 // their net sales, all time (historical CLV)
    std::map<int32_t, int64_t> byChannel; // by the channel of that first line
    void add(const KpiCustomerFacts &facts, size_t customer);
};
NewCustomers newCustomersIn(const KpiCustomerFacts &facts, int32_t fromDay, int32_t toDay);

// Value builders.
KpiValue noData(KpiId id, const QString &reason);
KpiValue moneyKpi(KpiId id, int64_t units);
KpiValue countKpi(KpiId id, int64_t count);
KpiValue numberKpi(KpiId id, double value);
// numerator ÷ denominator as a fraction; no data with `reason` when the denominator is 0.
KpiValue ratioKpi(KpiId id, double numerator, double denominator, const QString &reason);
void addInput(KpiValue &v, const char *key, KpiUnit unit, double value);
void addMoneyInput(KpiValue &v, const char *key, int64_t units);
int64_t roundToUnits(double moneyUnits); // a double amount in ten-thousandths, rounded half away from zero

// Translated texts of the KPI engine ("no data" reasons, labels).
class KpiText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::analytics::KpiEngine)
};

QString noOrdersReason();
QString noSalesReason();
QString noCustomersReason();

struct SalesInputs
{
    const Snapshot &snapshot;
    const ResolvedFilter &filter;
    const PeriodScan &scan;
    const TrafficMask &traffic;
    bool yearEarlierHasLines = false;
    int64_t yearEarlierNet = 0;
};
// Fills the section 2 KPIs except CAC and CLV:CAC (which need the customer facts).
void fillSalesKpis(const SalesInputs &in, std::vector<KpiValue> &out);

struct CustomerInputs
{
    const Snapshot &snapshot;
    const ResolvedFilter &filter;
    const PeriodScan &scan;
    const NewCustomers &acquired;
    const WindowCounts &window;
    const WindowCounts &churnYear;
    int windowDays = 365;
    int64_t periodDays = 0;
};
// Fills section 3 plus CAC and CLV:CAC.
void fillCustomerKpis(const CustomerInputs &in, std::vector<KpiValue> &out,
                      std::vector<KpiReport::ChannelCac> *cacByChannel);

} // namespace storelens::core::analytics::detail
