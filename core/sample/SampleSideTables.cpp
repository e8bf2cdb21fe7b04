#include "core/sample/SampleSideTables.h"

#include <algorithm>
#include <cmath>

namespace storelens::core {

SampleSideTables::SampleSideTables(const SampleCalendar &calendar, const SampleCatalogue &catalogue)
    : m_calendar(calendar)
    , m_catalogue(catalogue)
    , m_soldThisMonth(size_t(SampleCalendar::StoreCount) * size_t(catalogue.size()), 0)
{
    m_traffic.reserve(size_t(calendar.dayCount()) * (SampleCalendar::StoreCount - 1));
    m_stock.reserve(size_t(calendar.monthCount()) * SampleCalendar::StoreCount * size_t(catalogue.size()));
}

void SampleSideTables::recordLine(int store, int product, qint64 quantityMilli)
{
    if (quantityMilli > 0)
        m_soldThisMonth[size_t(store) * size_t(m_catalogue.size()) + size_t(product)] += quantityMilli;
}

void SampleSideTables::recordTraffic(SampleRandom &random, int store, int dayIndex, qint64 orders)
{
    // Saturday crowds browse more and buy a little less.
    const double mean = m_calendar.day(dayIndex).dayOfWeek == 6 ? 0.22 : 0.26;
    const double conversion = std::clamp(random.normal(mean, 0.035), 0.15, 0.35);
    const qint64 visitors = orders > 0 ? std::max(orders, qint64(std::llround(double(orders) / conversion)))
                                       : random.between(4, 15);
    m_traffic.push_back(TrafficRow{store, dayIndex, visitors});
}

void SampleSideTables::takeInventory(SampleRandom &random, int dayIndex)
{
    const int products = m_catalogue.size();
    for (int s = 0; s < SampleCalendar::StoreCount; ++s) {
        if (dayIndex < m_calendar.openingDay(s))
            continue;
        for (int p = 0; p < products; ++p) {
            qint64 &sold = m_soldThisMonth[size_t(s) * size_t(products) + size_t(p)];
            qint64 onHand = 0;
            if (m_catalogue.product(p).byWeight) {
                // Fresh goods: a few days of cover, in grams.
                onHand =
                    std::llround(double(sold) * random.uniform(0.1, 0.35) + random.uniform(300.0, 4000.0));
            } else {
                const double units = double(sold) / 1000.0 * random.uniform(0.5, 1.6);
                onHand = (qint64(std::ceil(units)) + random.between(0, 6)) * 1000;
            }
            sold = 0;
            if (random.chance(0.04) || onHand <= 0)
                continue; // out of stock: no row
            m_stock.push_back(StockRow{dayIndex, s, p, onHand});
        }
    }
}

void SampleSideTables::emitTables(SampleRandom &random, EntitySink &sink, double marketingScale)
{
    InventorySnapshot snapshot;
    for (const StockRow &row : m_stock) {
        const SampleProduct &p = m_catalogue.product(row.product);
        const auto &day = m_calendar.day(row.dayIndex);
        snapshot.date = day.date;
        snapshot.store = SampleCalendar::storeName(row.store);
        snapshot.sku = p.sku;
        snapshot.onHand = Quantity::fromMilli(row.onHandMilli);
        if (p.hasCost)
            snapshot.unitCost = Money::fromUnits(p.costUnits[size_t(day.priceYear)]);
        else
            snapshot.unitCost.reset();
        sink.addInventory(snapshot);
    }

    TrafficDay traffic;
    for (const TrafficRow &row : m_traffic) {
        traffic.store = SampleCalendar::storeName(row.store);
        traffic.date = m_calendar.day(row.dayIndex).date;
        traffic.visitors = row.visitors;
        sink.addTraffic(traffic);
    }

    emitStaffing(random, sink);
    emitMarketing(random, sink, marketingScale);
}

void SampleSideTables::emitStaffing(SampleRandom &random, EntitySink &sink)
{
    const QDate first = m_calendar.firstDay();
    const int months = m_calendar.monthCount();
    for (int s = 0; s < SampleCalendar::StoreCount; ++s) {
        const int openingMonth = m_calendar.day(m_calendar.openingDay(s)).monthIndex;
        for (int m = openingMonth; m < months; ++m) {
            const QDate month = QDate(first.year(), first.month(), 1).addMonths(m);
            double headcount = SampleCalendar::baseHeadcount(s) + 0.5 * double(m) / 12.0;
            if (month.month() == 12)
                headcount += 1.5; // seasonal staff
            else if (month.month() == 11)
                headcount += 0.5;
            else if (month.month() == 8)
                headcount -= 0.5; // summer holidays
            headcount += 0.5 * double(random.between(-1, 1));
            StaffingMonth row;
            row.store = SampleCalendar::storeName(s);
            row.month = month;
            row.headcountMilli = std::llround(headcount * 2.0) * 500;
            sink.addStaffing(row);
        }
    }
}

void SampleSideTables::emitMarketing(SampleRandom &random, EntitySink &sink, double marketingScale)
{
    const QDate first = m_calendar.firstDay();
    const int months = m_calendar.monthCount();
    for (const int store : {0, int(SampleCalendar::WebShop)}) {
        const bool online = store == SampleCalendar::WebShop;
        const int openingMonth = m_calendar.day(m_calendar.openingDay(store)).monthIndex;
        for (int m = openingMonth; m < months; ++m) {
            const QDate month = QDate(first.year(), first.month(), 1).addMonths(m);
            double amount = online ? 1300.0 * (1.0 + 0.25 * double(m) / 12.0) : 850.0;
            if (month.month() == 3 || month.month() == 11)
                amount *= online ? 2.0 : 1.8;
            else if (month.month() == 12)
                amount *= 1.4;
            amount *= marketingScale * random.uniform(0.9, 1.1);
            MarketingSpend spend;
            spend.channel = SampleCalendar::channelName(store);
            spend.from = month;
            spend.to = QDate(month.year(), month.month(), month.daysInMonth());
            spend.amount = Money::fromCents(std::llround(amount * 100.0));
            sink.addMarketing(spend);
        }
    }
}

} // namespace storelens::core
