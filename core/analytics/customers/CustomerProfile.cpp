#include "core/analytics/customers/CustomerProfile.h"

#include <algorithm>
#include <unordered_map>

namespace storelens::core::analytics {

CustomerProfile CustomerProfile::compute(const Snapshot &snapshot, const std::vector<uint8_t> *lineMask,
                                         int32_t customer)
{
    CustomerProfile profile;
    profile.customer = customer;
    if (customer < 0 || size_t(customer) >= snapshot.customers.size())
        return profile;

    std::unordered_map<int32_t, size_t> orderEntry;
    std::unordered_map<int32_t, size_t> productEntry;
    std::unordered_map<int32_t, size_t> categoryEntry;
    std::vector<int32_t> productLastOrder;
    const size_t n = snapshot.lineCount();
    for (size_t i = 0; i < n; ++i) {
        if (snapshot.customer[i] != customer || (lineMask && !(*lineMask)[i]))
            continue;
        const int64_t amount = snapshot.gross[i] - snapshot.discount[i];
        const bool sale = snapshot.quantity[i] > 0;
        const int32_t priced = snapshot.isUnpriced(i) ? 0 : 1;
        const int32_t order = snapshot.order[i];
        profile.netSales += amount;

        auto [orderIt, newOrder] = orderEntry.try_emplace(order, profile.orders.size());
        if (newOrder) {
            CustomerOrderEntry entry;
            entry.order = order;
            entry.day = snapshot.day[i];
            entry.store = snapshot.store[i];
            entry.channel = snapshot.channel[i];
            profile.orders.push_back(entry);
        }
        CustomerOrderEntry &o = profile.orders[orderIt->second];
        ++o.lines;
        o.netSales += amount;
        o.pricedLines += priced;
        if (sale) {
            o.units += snapshot.quantity[i];
            if (!o.hasSale)
                ++profile.saleOrders;
            o.hasSale = true;
        } else {
            o.returnedUnits -= snapshot.quantity[i];
        }

        const int32_t product = snapshot.product[i];
        auto [productIt, newProduct] = productEntry.try_emplace(product, profile.products.size());
        if (newProduct) {
            CustomerProductEntry entry;
            entry.product = product;
            profile.products.push_back(entry);
            productLastOrder.push_back(-1);
        }
        CustomerProductEntry &p = profile.products[productIt->second];
        p.quantity += snapshot.quantity[i];
        p.netSales += amount;
        p.pricedLines += priced;
        if (sale) {
            p.lastDay = snapshot.day[i];
            int32_t &last = productLastOrder[productIt->second];
            if (last != order) {
                last = order;
                ++p.orders;
            }
        }

        const int32_t category = product >= 0 && size_t(product) < snapshot.productCategory.size()
                                     ? snapshot.productCategory[product]
                                     : -1;
        auto [categoryIt, newCategory] = categoryEntry.try_emplace(category, profile.categories.size());
        if (newCategory) {
            CustomerCategoryEntry entry;
            entry.category = category;
            profile.categories.push_back(entry);
        }
        CustomerCategoryEntry &c = profile.categories[categoryIt->second];
        c.quantity += snapshot.quantity[i];
        c.netSales += amount;
        c.pricedLines += priced;
    }

    // Lines are sorted by (day, order), so orders are already in time order by their first line.
    std::sort(profile.products.begin(), profile.products.end(),
              [&snapshot](const CustomerProductEntry &a, const CustomerProductEntry &b) {
                  if (a.netSales != b.netSales)
                      return a.netSales > b.netSales;
                  return snapshot.skus.at(a.product) < snapshot.skus.at(b.product);
              });
    const auto categoryName = [&snapshot](int32_t c) {
        return c < 0 ? QString() : snapshot.categories.at(c);
    };
    std::sort(profile.categories.begin(), profile.categories.end(),
              [&categoryName](const CustomerCategoryEntry &a, const CustomerCategoryEntry &b) {
                  if (a.netSales != b.netSales)
                      return a.netSales > b.netSales;
                  return categoryName(a.category) < categoryName(b.category);
              });
    return profile;
}

} // namespace storelens::core::analytics
