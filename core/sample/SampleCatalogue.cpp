#include "core/sample/SampleCatalogue.h"

#include <algorithm>
#include <cmath>

namespace storelens::core {

namespace {

struct CategorySpec
{
    const char *name;
    bool byWeight;
    double priceLow; // per unit, or per kilogram when sold by weight
    double priceHigh;
    double marginLow; // cost as a share of the price
    double marginHigh;
    double popularity;
    double returnRate;
    std::vector<const char *> items;
    std::vector<const char *> variants; // "%1" is the item
};

// Plain English data, not UI text. Some names carry commas and quotes on purpose: real exports do.
const std::vector<CategorySpec> &categorySpecs()
{
    static const std::vector<CategorySpec> specs = {
        {"Fruit & vegetables",
         true,
         1.2,
         9.0,
         0.45,
         0.62,
         1.6,
         0.004,
         {"Apples, Braeburn", "Apples, Cox", "Pears, Conference", "Bananas", "Vine tomatoes", "Carrots",
          "Potatoes, Maris Piper", "Red onions", "Chestnut mushrooms", "Strawberries", "Seedless grapes",
          "Courgettes", "Leeks", "Beetroot", "Plums"},
         {"%1", "%1 (organic)"}},
        {"Cheese & deli",
         true,
         12.0,
         48.0,
         0.50,
         0.65,
         1.3,
         0.006,
         {"Mature cheddar", "Stilton", "Brie de Meaux", "Comte, 18 months", "Manchego", "Parma ham",
          "Chorizo", "Smoked salmon", "Mixed olives", "Gouda, aged", "Wensleydale", "Pastrami", "Feta",
          "Roquefort", "Serrano ham"},
         {"%1", "%1 \"Reserve\""}},
        {"Bakery",
         false,
         1.2,
         7.5,
         0.30,
         0.45,
         1.5,
         0.005,
         {"Sourdough loaf", "Baguette", "Croissant", "Pain au chocolat", "Cinnamon bun", "Rye bread",
          "\"Grandma's\" apple pie", "Seeded batch loaf", "Focaccia, rosemary", "Scones, pack of 4",
          "Carrot cake slice", "Brownie"},
         {"%1", "%1, large", "%1, gluten free"}},
        {"Coffee & tea",
         false,
         3.5,
         19.0,
         0.40,
         0.55,
         1.0,
         0.02,
         {"Colombian coffee beans", "Ethiopian Yirgacheffe beans", "Espresso blend", "Decaf coffee, ground",
          "Earl Grey tea", "English breakfast tea", "Green tea, sencha", "Rooibos", "Chai, loose leaf",
          "Peppermint tea", "Assam tea", "Hot chocolate flakes"},
         {"%1 250 g", "%1 500 g", "%1 1 kg"}},
        {"Wine & spirits",
         false,
         7.0,
         46.0,
         0.55,
         0.70,
         0.9,
         0.015,
         {"Rioja Crianza", "Sauvignon Blanc, Marlborough", "Chianti Classico", "Prosecco DOC", "Malbec",
          "Cotes du Rhone", "Pinot Grigio", "English sparkling wine", "London dry gin", "Single malt whisky",
          "Dark rum", "Cider, dry"},
         {"%1 75 cl", "%1, magnum 150 cl", "%1, half bottle"}},
        {"Pantry",
         false,
         1.5,
         14.0,
         0.45,
         0.60,
         1.2,
         0.01,
         {"Olive oil, extra virgin", "Balsamic vinegar", "Fusilli pasta", "Wildflower honey",
          "Strawberry jam", "Arborio rice", "Sea salt flakes", "Tomato passata", "Chickpeas", "Peanut butter",
          "Granola, \"house\" recipe", "Dark chocolate 70%"},
         {"%1", "%1, family size", "%1 (organic)"}},
        {"Kitchenware",
         false,
         6.0,
         85.0,
         0.40,
         0.55,
         0.45,
         0.06,
         {"Chef's knife 8\"", "Mug \"Harbour\" 350 ml", "Cast iron pan 26 cm", "Cafetiere, 8 cup",
          "Chopping board, oak", "Tea towel set", "Salad bowl", "Pepper mill", "Baking tray", "Teapot",
          "Wine glasses, set of 2", "Apron"},
         {"%1", "%1, blue", "%1, green"}},
        {"Gifts & hampers",
         false,
         15.0,
         95.0,
         0.50,
         0.62,
         0.35,
         0.05,
         {"\"Best of the Bay\" hamper", "Cheese lover's box", "Tea tasting set", "Chocolate selection",
          "Wine & cheese hamper", "Biscuit tin", "Christmas pudding", "Gift card holder, kraft",
          "Letterbox brownies", "Coffee discovery box", "Olive oil trio", "Picnic basket"},
         {"%1", "%1, deluxe"}},
        {"Household",
         false,
         2.0,
         16.0,
         0.45,
         0.60,
         0.6,
         0.03,
         {"Soy candle, fig", "Washing-up liquid", "Beeswax wraps", "Bamboo dish brush", "Hand soap, lavender",
          "Recycled bin bags", "Laundry liquid", "Matches, long", "Napkins, linen look", "Reusable bag"},
         {"%1", "%1, refill", "%1, twin pack"}},
    };
    return specs;
}

// Names of the extra ranges of a larger business. Plain English data, not UI text.
const char *const kRangeNames[SampleCatalogue::MaxRanges - 1] = {
    "Orchard", "Harbour", "Heritage", "Coastal", "Farmhouse", "Meadow",    "Highland", "Market",
    "Estate",  "Village", "Valley",   "Artisan", "Harvest",   "Signature", "Select"};

// Retail price points: rounded to 5 pence, then one penny off (4.49, 12.99). Returned in Money units.
qint64 pricePoint(double price)
{
    const qint64 fivePence = std::max<qint64>(1, std::llround(price * 20.0));
    return fivePence * 500 - 100;
}

} // namespace

int SampleCatalogue::rangesFor(int customers)
{
    if (customers <= 5000)
        return 1;
    const double ranges = 1.0 + 4.0 * std::log2(double(customers) / 5000.0);
    return std::clamp(int(std::lround(ranges)), 1, MaxRanges);
}

SampleCatalogue::SampleCatalogue(SampleRandom &random, int priceYears, int ranges)
{
    const auto &specs = categorySpecs();
    m_byCategory.resize(specs.size());
    m_categoryCumulative.resize(specs.size());
    std::vector<double> weights;
    int skuNumber = 1000;
    for (size_t c = 0; c < specs.size(); ++c) {
        const CategorySpec &spec = specs[c];
        const QString category = QLatin1String(spec.name);
        for (const char *item : spec.items) {
            for (const char *variant : spec.variants) {
                // Not every item comes in every variant.
                if (variant != spec.variants.front() && !random.chance(0.85))
                    continue;
                SampleProduct p;
                p.sku = QStringLiteral("SKU-") + QString::number(++skuNumber);
                p.name = QString::fromUtf8(variant).arg(QString::fromUtf8(item));
                p.category = category;
                p.categoryIndex = int(c);
                p.byWeight = spec.byWeight;
                p.returnRate = spec.returnRate;
                const double base = random.uniform(spec.priceLow, spec.priceHigh);
                const double costShare = random.uniform(spec.marginLow, spec.marginHigh);
                for (int y = 0; y < priceYears; ++y) {
                    const double price = base * std::pow(1.03, y);
                    p.priceUnits.push_back(pricePoint(price));
                    // Costs come from the supplier with four places.
                    p.costUnits.push_back(std::llround(price * costShare * std::pow(1.005, y) * 10000.0));
                }
                weights.push_back(spec.popularity * std::exp(random.normal(0.0, 0.7)));
                m_products.push_back(std::move(p));
            }
        }
    }

    addRanges(random, ranges, weights);

    // About 2 % of the products, all slow sellers, have no known cost.
    std::vector<double> sorted = weights;
    std::nth_element(sorted.begin(), sorted.begin() + sorted.size() / 2, sorted.end());
    const double median = sorted[sorted.size() / 2];
    for (size_t i = 0; i < m_products.size(); ++i) {
        if (weights[i] < median && random.chance(0.04))
            m_products[i].hasCost = false;
    }

    double total = 0.0;
    m_cumulative.reserve(m_products.size());
    for (size_t i = 0; i < m_products.size(); ++i) {
        total += weights[i];
        m_cumulative.push_back(total);
        const int c = m_products[i].categoryIndex;
        m_byCategory[size_t(c)].push_back(int(i));
        auto &cumulative = m_categoryCumulative[size_t(c)];
        cumulative.push_back((cumulative.empty() ? 0.0 : cumulative.back()) + weights[i]);
    }
}

// Copies of the base catalogue in further ranges, from their own random stream so that the base catalogue,
// and with one range the whole sample store, stays the same. A range item costs and sells within about a
// fifth of its base item, and is less popular.
void SampleCatalogue::addRanges(SampleRandom &random, int ranges, std::vector<double> &weights)
{
    if (ranges <= 1)
        return;
    SampleRandom own(quint64(random.uniform() * 9007199254740992.0)); // 53 random bits
    const size_t base = m_products.size();
    int skuNumber = 1000 + int(base);
    for (int r = 1; r < std::min(ranges, MaxRanges); ++r) {
        const QString range = QLatin1String(kRangeNames[r - 1]);
        for (size_t i = 0; i < base; ++i) {
            SampleProduct p = m_products[i];
            p.sku = QStringLiteral("SKU-") + QString::number(++skuNumber);
            p.name = QStringLiteral("%1 (%2 range)").arg(m_products[i].name, range);
            const double price = own.uniform(0.8, 1.25);
            const double cost = price * own.uniform(0.95, 1.05);
            for (size_t y = 0; y < p.priceUnits.size(); ++y) {
                p.priceUnits[y] = pricePoint(double(m_products[i].priceUnits[y]) / 10000.0 * price);
                p.costUnits[y] = std::llround(double(m_products[i].costUnits[y]) * cost);
            }
            weights.push_back(weights[i] * 0.5 * std::exp(own.normal(0.0, 0.7)));
            m_products.push_back(std::move(p));
        }
    }
}

int SampleCatalogue::pickInCategory(SampleRandom &random, int category) const
{
    const size_t c = size_t(category);
    return m_byCategory[c][size_t(random.pick(m_categoryCumulative[c]))];
}

Product SampleCatalogue::toEntity(int index) const
{
    const SampleProduct &p = product(index);
    Product entity;
    entity.sku = p.sku;
    entity.name = p.name;
    entity.category = p.category;
    entity.price = Money::fromUnits(p.priceUnits.back());
    if (p.hasCost)
        entity.cost = Money::fromUnits(p.costUnits.back());
    return entity;
}

} // namespace storelens::core
