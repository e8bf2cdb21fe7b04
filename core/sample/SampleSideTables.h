#pragma once

#include "core/model/EntitySink.h"
#include "core/sample/SampleCalendar.h"
#include "core/sample/SampleCatalogue.h"
#include "core/sample/SampleRandom.h"

#include <vector>

namespace storelens::core {

// The sample store's tables beside the order lines: month-end inventory, daily traffic, monthly staffing and
// marketing spend. Inventory and traffic follow the order lines, so they are collected while the lines are
// generated (compactly) and emitted after them.
class SampleSideTables
{
public:
    SampleSideTables(const SampleCalendar &calendar, const SampleCatalogue &catalogue);

    // A line of a store (returns are ignored): its sales drive the stock levels.
    void recordLine(int store, int product, qint64 quantityMilli);
    // The orders a shop took on a day: visitors follow from a conversion rate of 15-35 %.
    void recordTraffic(SampleRandom &random, int store, int dayIndex, qint64 orders);
    // Stock on hand per open store and product at a month end.
    void takeInventory(SampleRandom &random, int dayIndex);

    // Emits inventory, traffic, staffing and marketing spend, in that order. marketingScale multiplies the
    // spend (it follows the number of customers, so acquisition costs stay plausible).
    void emitTables(SampleRandom &random, EntitySink &sink, double marketingScale);

private:
    struct StockRow
    {
        int dayIndex;
        int store;
        int product;
        qint64 onHandMilli;
    };
    struct TrafficRow
    {
        int store;
        int dayIndex;
        qint64 visitors;
    };

    void emitStaffing(SampleRandom &random, EntitySink &sink);
    void emitMarketing(SampleRandom &random, EntitySink &sink, double marketingScale);

    const SampleCalendar &m_calendar;
    const SampleCatalogue &m_catalogue;
    std::vector<qint64> m_soldThisMonth; // by store × product, thousandths
    std::vector<StockRow> m_stock;
    std::vector<TrafficRow> m_traffic;
};

} // namespace storelens::core
