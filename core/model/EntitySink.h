#pragma once

#include "core/model/Entities.h"

namespace storelens::core {

// Receives entities one by one: the workspace writer stores them, a CSV writer could print them. The
// sample generator and the importer both write through this interface.
class EntitySink
{
public:
    virtual ~EntitySink() = default;
    virtual void addOrderLine(const OrderLine &line) = 0;
    virtual void addCustomer(const Customer &customer) = 0;
    virtual void addProduct(const Product &product) = 0;
    virtual void addInventory(const InventorySnapshot &snapshot) = 0;
    virtual void addTraffic(const TrafficDay &day) = 0;
    virtual void addStaffing(const StaffingMonth &month) = 0;
    virtual void addMarketing(const MarketingSpend &spend) = 0;
};

} // namespace storelens::core
