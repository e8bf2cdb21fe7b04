#pragma once

#include "core/analytics/snapshot/Snapshot.h"
#include "core/model/Money.h"

#include <algorithm>
#include <numeric>

// Builds small snapshots by hand for the KPI tests: money in ten-thousandths, quantities in thousandths.
namespace kpifixture {

using storelens::core::Money;
using storelens::core::Quantity;
using storelens::core::analytics::kUnknownCost;
using storelens::core::analytics::Snapshot;

struct Line
{
    QDate day;
    int order;
    int customer; // -1: guest
    qint64 quantityMilli;
    qint64 unitPrice;
    qint64 discount;
    qint64 unitCost; // kUnknownCost: unknown
    int store;
    int channel;
    int product;
};

inline void addLines(Snapshot &s, std::vector<Line> lines)
{
    std::stable_sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) {
        return a.day != b.day ? a.day < b.day : a.order < b.order;
    });
    for (const Line &l : lines) {
        const Quantity q = Quantity::fromMilli(l.quantityMilli);
        s.day.push_back(int32_t(l.day.toJulianDay()));
        s.order.push_back(l.order);
        s.customer.push_back(l.customer);
        s.product.push_back(l.product);
        s.store.push_back(l.store);
        s.channel.push_back(l.channel);
        s.country.push_back(l.customer >= 0 ? s.customers.country(size_t(l.customer)) : -1);
        s.quantity.push_back(l.quantityMilli);
        s.gross.push_back(Money::fromUnits(l.unitPrice).times(q).units());
        s.discount.push_back(l.discount);
        s.lineCost.push_back(l.unitCost == kUnknownCost ? kUnknownCost
                                                        : Money::fromUnits(l.unitCost).times(q).units());
    }
}

inline Snapshot::CustomerInfo customer(const char *id, int country)
{
    Snapshot::CustomerInfo c;
    c.externalId = QString::fromLatin1(id);
    c.country = country;
    return c;
}

constexpr qint64 kUnit = 10000; // one currency unit in ten-thousandths
constexpr qint64 kOne = 1000;   // one piece in thousandths

inline int jd(int y, int m, int d)
{
    return int(QDate(y, m, d).toJulianDay());
}

// The shop of tst_kpis (every figure there is worked out from this list):
//   stores North(0), South(1); channels In store(0), Web(1); categories Food(0), Toys(1);
//   products p0 Food, p1 Toys; customers c0 (DE), c1 (DE), c2 (FR).
//   2023-01-15 o0  c2    1 × 20.00            p0 North InStore cost 12
//   2023-02-10 o1  guest 1 × 25.00            p0 South InStore cost ?
//   2024-01-10 o2  c0    1 × 10.00            p0 North InStore cost 6
//   2024-02-01 o3  c0    2 × 10.00 disc 1.00  p0 North InStore cost 6
//   2024-02-01 o3  c0    1 ×  5.00            p1 North InStore cost ?
//   2024-02-10 o4  c1    3 ×  4.00            p1 South Web     cost 2.50
//   2024-02-15 o5  guest 1 ×  8.00 disc 0.50  p0 North InStore cost 5
//   2024-02-20 o6  c1    1 ×  4.00            p1 South Web     cost 2.50
//   2024-02-29 o7  c0   -1 × 10.00 (return)   p0 North InStore cost 6
// Side tables: traffic North 2024-02-01 10 visitors, North 2024-02-15 30 visitors; staffing North 2024-02 2,
// South 2024-02 3, South 2024-01 5; inventory 2024-02-01 North p0 10 @ 6, South p1 4 @ 2.50, 2024-02-29
// North p0 5 @ 6; marketing Web 2024-02-01..29 100.00, In store 2024-01-01..2024-02-29 600.00.
inline Snapshot shop()
{
    Snapshot s;
    s.revision = 1;
    s.stores = {QStringLiteral("North"), QStringLiteral("South")};
    s.channels = {QStringLiteral("In store"), QStringLiteral("Web")};
    s.categories = {QStringLiteral("Food"), QStringLiteral("Toys")};
    s.countries = {QStringLiteral("DE"), QStringLiteral("FR")};
    s.skus = {QStringLiteral("P0"), QStringLiteral("P1")};
    s.productNames = {QStringLiteral("Bread"), QStringLiteral("Ball")};
    s.productCategory = {0, 1};
    s.customers = {customer("c0", 0), customer("c1", 0), customer("c2", 1)};
    for (int i = 0; i < 8; ++i)
        s.orderIds.append(QStringLiteral("o%1").arg(i));
    const qint64 U = kUnknownCost;
    addLines(s, {
                    {QDate(2023, 1, 15), 0, 2, kOne, 20 * kUnit, 0, 12 * kUnit, 0, 0, 0},
                    {QDate(2023, 2, 10), 1, -1, kOne, 25 * kUnit, 0, U, 1, 0, 0},
                    {QDate(2024, 1, 10), 2, 0, kOne, 10 * kUnit, 0, 6 * kUnit, 0, 0, 0},
                    {QDate(2024, 2, 1), 3, 0, 2 * kOne, 10 * kUnit, kUnit, 6 * kUnit, 0, 0, 0},
                    {QDate(2024, 2, 1), 3, 0, kOne, 5 * kUnit, 0, U, 0, 0, 1},
                    {QDate(2024, 2, 10), 4, 1, 3 * kOne, 4 * kUnit, 0, 25000, 1, 1, 1},
                    {QDate(2024, 2, 15), 5, -1, kOne, 8 * kUnit, 5000, 5 * kUnit, 0, 0, 0},
                    {QDate(2024, 2, 20), 6, 1, kOne, 4 * kUnit, 0, 25000, 1, 1, 1},
                    {QDate(2024, 2, 29), 7, 0, -kOne, 10 * kUnit, 0, 6 * kUnit, 0, 0, 0},
                });
    s.traffic = {{0, jd(2024, 2, 1), 10}, {0, jd(2024, 2, 15), 30}};
    s.staffing = {{0, jd(2024, 2, 1), 2000}, {1, jd(2024, 2, 1), 3000}, {1, jd(2024, 1, 1), 5000}};
    s.inventory = {{jd(2024, 2, 1), 0, 0, 10 * kOne, 6 * kUnit},
                   {jd(2024, 2, 1), 1, 1, 4 * kOne, 25000},
                   {jd(2024, 2, 29), 0, 0, 5 * kOne, 6 * kUnit}};
    s.marketing = {{1, jd(2024, 2, 1), jd(2024, 2, 29), 100 * kUnit},
                   {0, jd(2024, 1, 1), jd(2024, 2, 29), 600 * kUnit}};
    return s;
}

} // namespace kpifixture
