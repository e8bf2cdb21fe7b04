#pragma once

#include "core/csv/CsvWriter.h"
#include "core/model/EntitySink.h"

#include <QIODevice>

namespace storelens::core {

// Writes the order lines it receives as a CSV export (header: order_id, date, customer_id, sku, product_name,
// category, quantity, unit_price, discount, unit_cost, store, channel, country) and ignores the other entities.
// The benchmarks and the 1,000,000-line import checks use it to turn the sample store into a file.
class OrderCsvSink : public EntitySink
{
public:
    explicit OrderCsvSink(QIODevice *device);

    void addOrderLine(const OrderLine &line) override;
    void addCustomer(const Customer &) override {}
    void addProduct(const Product &) override {}
    void addInventory(const InventorySnapshot &) override {}
    void addTraffic(const TrafficDay &) override {}
    void addStaffing(const StaffingMonth &) override {}
    void addMarketing(const MarketingSpend &) override {}

    bool ok() const { return m_writer.ok(); }
    qint64 lines() const { return m_lines; }

private:
    csv::CsvWriter m_writer;
    qint64 m_lines = 0;
};

} // namespace storelens::core
