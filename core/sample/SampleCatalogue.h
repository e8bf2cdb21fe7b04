#pragma once

#include "core/model/Entities.h"
#include "core/sample/SampleRandom.h"

#include <QString>

#include <vector>

namespace storelens::core {

// One product of the sample catalogue, with its price and cost for each price year (prices rise on 1
// January).
struct SampleProduct
{
    QString sku;
    QString name;
    QString category;
    int categoryIndex = 0;
    bool byWeight = false;          // sold by the kilogram: fractional quantities
    bool hasCost = true;            // a few products have no known cost
    double returnRate = 0.0;        // chance that a sale line of it comes back
    std::vector<qint64> priceUnits; // Money units, by price year
    std::vector<qint64> costUnits;  // Money units, by price year
};

// The sample store's catalogue: a few hundred products in nine categories of a delicatessen and home shop.
// A larger business (the benchmark exports) carries the same items in more ranges ("Mature cheddar (Orchard
// range)"): `ranges` copies of the base catalogue, each with its own SKUs, prices and popularity.
class SampleCatalogue
{
public:
    static constexpr int MaxRanges = 16;

    SampleCatalogue(SampleRandom &random, int priceYears, int ranges = 1);

    // How many ranges a business with this many identified customers carries: 1 up to the sample store's
    // 5,000 customers (~270 SKUs), 5 at 10,000 (~1,400 SKUs), MaxRanges from about 80,000 (~4,400 SKUs).
    static int rangesFor(int customers);

    int size() const { return int(m_products.size()); }
    const SampleProduct &product(int index) const { return m_products[size_t(index)]; }
    int categoryCount() const { return int(m_byCategory.size()); }

    // A product drawn by popularity, over the whole catalogue or within one category.
    int pick(SampleRandom &random) const { return random.pick(m_cumulative); }
    int pickInCategory(SampleRandom &random, int category) const;

    // The product as the catalogue export shows it today: the latest price year's price and cost.
    Product toEntity(int index) const;

private:
    void addRanges(SampleRandom &random, int ranges, std::vector<double> &weights);

    std::vector<SampleProduct> m_products;
    std::vector<double> m_cumulative;
    std::vector<std::vector<int>> m_byCategory;
    std::vector<std::vector<double>> m_categoryCumulative;
};

} // namespace storelens::core
