#pragma once

#include "core/analytics/snapshot/CustomerTable.h"
#include "core/analytics/snapshot/StringPool.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace storelens::core::analytics {

class CustomerTotalsCache; // customers/CustomerTotals.h
class SourceSpansCache;    // snapshot/SourceSpans.h

// Results derived from a snapshot's columns and kept with it, so that the refreshes on one snapshot compute
// them once (the per-customer totals of a filter, which every KPI report and customer base reads; each
// source's orders and last day, which the source warnings and "Why?" read). Filled on
// first use, thread-safe. A copy of a snapshot starts with none: its columns may be changed before it is
// read.
class SnapshotDerived
{
public:
    SnapshotDerived();
    ~SnapshotDerived();
    SnapshotDerived(const SnapshotDerived &);
    SnapshotDerived &operator=(const SnapshotDerived &);
    CustomerTotalsCache &customerTotals() const { return *m_customerTotals; }
    SourceSpansCache &sourceSpans() const { return *m_sourceSpans; }
    // Forgets everything derived (the benchmark times a snapshot's first refresh with it).
    void clear() const;

private:
    std::unique_ptr<CustomerTotalsCache> m_customerTotals;
    std::unique_ptr<SourceSpansCache> m_sourceSpans;
};

// Sentinel for "no cost known" in Snapshot::lineCost.
constexpr qint64 kUnknownCost = INT64_MIN;

// The compact columnar copy of a workspace's facts that every analysis runs on (DESIGN.md "How data flows").
// Loaded once per workspace revision, then shared read-only between threads (std::shared_ptr<const
// Snapshot>). Order lines are sorted by (day, order); every per-line vector has lineCount() entries. Units as
// in the database: days are Julian day numbers, money ten-thousandths, quantities thousandths.
struct Snapshot
{
    qint64 revision = -1;

    // Dictionaries: a line's index columns point into these.
    QStringList stores;
    QStringList channels;
    QStringList countries;  // distinct countries of customers and lines, as keys (countryKey(): "DE")
    QStringList categories; // distinct product categories
    QStringList sources;    // where lines were imported from (METRICS.md section 1)
    // Orders are (source, order id): the till's order 1001 and the web shop's order 1001 are two orders, two
    // indexes with the same external id.
    StringPool orderIds;              // external order ids, by order index
    std::vector<int32_t> orderSource; // index into sources, by order index (empty: one source)

    // Products, by product index.
    StringPool skus;
    StringPool productNames;
    std::vector<int32_t> productCategory; // -1: none
    // 1: a fee or adjustment marked "not a product" at import (in sales, not in product rankings). May be
    // shorter than skus (0 beyond).
    std::vector<uint8_t> productNonMerchandise;

    // Customers, by customer index (only customers present in the customers table or on a line): read them
    // with customers.name(i), customers.attribute(CustomerTable::Attribute::City, i), customers.info(i)...
    using CustomerInfo = analytics::CustomerInfo;
    CustomerTable customers;

    // Order lines (columns).
    std::vector<int32_t> day;
    std::vector<int32_t> order;    // index into orderIds
    std::vector<int32_t> customer; // index into customers, -1 for a guest line
    std::vector<int32_t> product;
    std::vector<int32_t> store;
    std::vector<int32_t> channel;
    std::vector<int32_t> country;  // the line's country, else its customer's, else -1
    std::vector<int64_t> quantity; // thousandths; negative for return lines
    std::vector<int64_t> gross; // the gross amount as imported, exact (METRICS.md section 1); 0 when unpriced
    // Lines imported without prices (METRICS.md section 1, "Lines without prices"): empty when every line has
    // a price, else 1 for a line whose amount is unknown (its gross and discount are 0 above), 0 otherwise.
    std::vector<uint8_t> unpriced;
    std::vector<int64_t> discount;
    std::vector<int64_t> lineCost; // quantity × unit cost, rounded once; kUnknownCost when unknown

    // Side tables.
    struct Traffic
    {
        int32_t store;
        int32_t day;
        int64_t visitors;
    };
    struct Staffing
    {
        int32_t store;
        int32_t monthFirstDay; // Julian day of the month's first day
        int64_t headcountMilli;
    };
    struct Inventory
    {
        int32_t day;
        int32_t store;
        int32_t product;
        int64_t onHandMilli;
        int64_t unitCost; // kUnknownCost when neither the snapshot nor the product has a cost
    };
    struct Marketing
    {
        int32_t channel;
        int32_t fromDay;
        int32_t toDay;
        int64_t amount;
    };
    std::vector<Traffic> traffic;
    std::vector<Staffing> staffing;
    std::vector<Inventory> inventory;
    std::vector<Marketing> marketing;

    // Derived results (see SnapshotDerived): the columns must not change once an analysis has read them.
    SnapshotDerived derived;

    size_t lineCount() const { return day.size(); }
    bool isUnpriced(size_t line) const { return !unpriced.empty() && unpriced[line] != 0; }
    bool isEmpty() const { return day.empty(); }
    // First and last day with any order line, before filters; invalid when empty. The last is the as-of date.
    QDate firstDate() const;
    QDate asOfDate() const;
};

using SnapshotPtr = std::shared_ptr<const Snapshot>;

} // namespace storelens::core::analytics
