#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <array>
#include <cstddef>

// The one table of KPIs. Every KPI of METRICS.md sections 2 and 3 is described here once: its id, the key
// used in JSON and CSV, its label, unit, good direction, definition and formula, the inputs the formula names
// and whether it has a time series. The engine, the series, the Overview tiles, the CLI, the JSON and the
// report read it. Adding a KPI: a KpiId, a row below, its computation (SalesKpis.cpp or CustomerKpis.cpp)
// and its test.
namespace storelens::core::analytics {

// Every KPI, in display order.
enum class KpiId {
    // Section 2: sales
    GrossSales,
    Discounts,
    Returns,
    NetSales,
    Orders,
    AverageOrderValue,
    UnitsPerTransaction,
    AverageUnitRetail,
    ReturnRate,
    GuestShare,
    Cogs,
    GrossMargin,
    CostCoverage,
    GrossMarginPercent,
    YoyGrowth,
    YoyGrowthRate,
    SalesPerEmployee,
    ConversionRate,
    InventoryTurnover,
    Gmroi,
    Cac,
    ClvToCac,
    // Section 3: customers
    BuyingCustomers,
    NewCustomers,
    ReturningCustomers,
    PurchaseFrequency,
    RepeatPurchaseRate,
    CustomersAtStart, // retention input S
    CustomersAtEnd,   // retention input E
    RetentionRate,
    ChurnRate,
    KeptCustomers,
    ReactivatedCustomers,
    HistoricalClv,
    PredictiveClv,
};
constexpr int kKpiCount = int(KpiId::PredictiveClv) + 1;

enum class KpiUnit { Money, Count, Ratio, Number };
// Which way of change is good (METRICS.md section 2, "Comparison").
enum class GoodDirection { Up, Down, Neutral };
// The group a KPI is listed under (the report's KPI table, the CLI's help).
enum class KpiGroup { Sales, CostAndMargin, GrowthAndProductivity, Acquisition, Customers };
// Whether a KPI has a time series: computed per bucket exactly as over the period (TimeSeries.h).
enum class KpiSeries { Yes, No };

// One row of the catalogue. The texts are untranslated source strings (context kKpiTextContext); read them
// through the functions below.
struct KpiDefinition
{
    KpiId id;
    const char *key; // stable JSON and CSV name: "net_sales", "aov", "retention_rate", ...
    KpiUnit unit;
    GoodDirection good;
    KpiGroup group;
    KpiSeries series;
    const char *label;       // short label: "Net sales"
    const char *description; // one sentence for tooltips and the report appendix
    const char *formula;     // the formula in symbols: "(G − D) ÷ orders"
    // The same formula over the engine's inputs (%1, %2, … stand for `inputs`, KpiValue::inputs keys), for a
    // tooltip with the exact numbers; nullptr when the engine gives no inputs for it.
    const char *numbers;
    std::array<const char *, 3> inputs; // nullptr after the last
};

// The translation context of the catalogue's texts.
inline constexpr const char kKpiTextContext[] = "storelens::core::analytics::KpiResult";

// clang-format off
inline constexpr KpiDefinition kKpiCatalog[] = {
    {KpiId::GrossSales, "gross_sales", KpiUnit::Money, GoodDirection::Up, KpiGroup::Sales, KpiSeries::Yes,
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Gross sales"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Quantity times unit price, summed over the sale lines of the period."),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "G = Σ quantity × unit price"), nullptr, {}},
    {KpiId::Discounts, "discounts", KpiUnit::Money, GoodDirection::Neutral, KpiGroup::Sales, KpiSeries::Yes,
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Discounts"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Line discounts summed over the sale lines of the period."),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "D = Σ discount"), nullptr, {}},
    {KpiId::Returns, "returns", KpiUnit::Money, GoodDirection::Down, KpiGroup::Sales, KpiSeries::Yes,
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Returns"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "The amount of the return lines of the period, as a positive number."),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "R = −Σ line amount of return lines"), nullptr, {}},
    {KpiId::NetSales, "net_sales", KpiUnit::Money, GoodDirection::Up, KpiGroup::Sales, KpiSeries::Yes,
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Net sales"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Gross sales minus discounts minus returns: the line amounts of all lines of the period, as the exports write them (with VAT where their prices include it; shipping is not sales)."),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "G − D − R"), "%1 − %2 − %3", {"G", "D", "R"}},
    {KpiId::Orders, "orders", KpiUnit::Count, GoodDirection::Up, KpiGroup::Sales, KpiSeries::Yes,
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Orders"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Distinct orders with at least one sale line in the period; an order with only returns is not counted."),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "O = distinct orders with a sale line"), nullptr, {}},
    {KpiId::AverageOrderValue, "aov", KpiUnit::Money, GoodDirection::Up, KpiGroup::Sales, KpiSeries::Yes,
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Average order value"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Gross sales minus discounts, divided by the number of orders."),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "(G − D) ÷ orders"), "%1 ÷ %2", {"G_minus_D", "orders"}},
    {KpiId::UnitsPerTransaction, "upt", KpiUnit::Number, GoodDirection::Up, KpiGroup::Sales, KpiSeries::Yes,
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Units per transaction"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Units sold on sale lines divided by the number of orders."),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "units ÷ orders"), "%1 ÷ %2", {"units", "orders"}},
    {KpiId::AverageUnitRetail, "aur", KpiUnit::Money, GoodDirection::Up, KpiGroup::Sales, KpiSeries::Yes,
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Average unit retail"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Gross sales minus discounts, divided by the units sold on sale lines: the average price of a unit after discounts."),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "(G − D) ÷ units"), "%1 ÷ %2", {"G_minus_D", "units"}},
    {KpiId::ReturnRate, "return_rate", KpiUnit::Ratio, GoodDirection::Down, KpiGroup::Sales, KpiSeries::Yes,
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Return rate"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Returns divided by gross sales."),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "R ÷ G"), "%1 ÷ %2", {"R", "G"}},
    {KpiId::GuestShare, "guest_share", KpiUnit::Ratio, GoodDirection::Neutral, KpiGroup::Sales, KpiSeries::Yes,
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Guest share"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "The share of sales after discounts made without a customer id."),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "guest sales ÷ (G − D)"), "%1 ÷ %2", {"guest_sales", "G_minus_D"}},
    {KpiId::Cogs, "cogs", KpiUnit::Money, GoodDirection::Neutral, KpiGroup::CostAndMargin, KpiSeries::Yes,
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Cost of goods sold"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Quantity times unit cost over the lines with a known cost; returns reduce it."),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "COGS = Σ quantity × unit cost"), nullptr, {}},
    {KpiId::GrossMargin, "gross_margin", KpiUnit::Money, GoodDirection::Up, KpiGroup::CostAndMargin, KpiSeries::Yes,
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Gross margin"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Net sales minus the cost of goods sold."),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "net sales − COGS"), "%1 − %2", {"N", "cogs"}},
    {KpiId::CostCoverage, "cost_coverage", KpiUnit::Ratio, GoodDirection::Up, KpiGroup::CostAndMargin, KpiSeries::Yes,
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Cost coverage"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "The share of gross sales on sale lines whose cost is known."),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "G of lines with a known cost ÷ G"), nullptr, {}},
    {KpiId::GrossMarginPercent, "gross_margin_rate", KpiUnit::Ratio, GoodDirection::Up, KpiGroup::CostAndMargin, KpiSeries::Yes,
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Gross margin %"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Gross margin divided by net sales."),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "(net sales − COGS) ÷ net sales"), nullptr, {}},
    {KpiId::YoyGrowth, "yoy_growth", KpiUnit::Money, GoodDirection::Up, KpiGroup::GrowthAndProductivity, KpiSeries::Yes,
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Year-over-year growth"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Net sales minus the net sales of the same period one year earlier."),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "net sales − net sales a year earlier"), "%1 − %2", {"N", "N_year_earlier"}},
    {KpiId::YoyGrowthRate, "yoy_growth_rate", KpiUnit::Ratio, GoodDirection::Up, KpiGroup::GrowthAndProductivity, KpiSeries::Yes,
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Year-over-year growth %"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Year-over-year growth divided by the absolute net sales of the same period one year earlier."),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "(net sales − net sales a year earlier) ÷ |net sales a year earlier|"), "(%1 − %2) ÷ |%2|", {"N", "N_year_earlier"}},
    {KpiId::SalesPerEmployee, "sales_per_employee", KpiUnit::Money, GoodDirection::Up, KpiGroup::GrowthAndProductivity, KpiSeries::Yes,
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Sales per employee"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Net sales divided by the average headcount of the months that overlap the period, summed over the stores."),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "net sales ÷ average headcount"), "%1 ÷ %2", {"N", "average_headcount"}},
    {KpiId::ConversionRate, "conversion_rate", KpiUnit::Ratio, GoodDirection::Up, KpiGroup::GrowthAndProductivity, KpiSeries::Yes,
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Conversion rate"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Orders divided by visitors, over the stores and days that have traffic counts."),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "orders ÷ visitors"), "%1 ÷ %2", {"orders", "visitors"}},
    {KpiId::InventoryTurnover, "inventory_turnover", KpiUnit::Number, GoodDirection::Up, KpiGroup::GrowthAndProductivity, KpiSeries::Yes,
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Inventory turnover"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Cost of goods sold divided by the average inventory value at cost (cost on both sides)."),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "COGS ÷ average inventory at cost"), nullptr, {}},
    {KpiId::Gmroi, "gmroi", KpiUnit::Number, GoodDirection::Up, KpiGroup::GrowthAndProductivity, KpiSeries::Yes,
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "GMROI"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Gross margin divided by the average inventory value at cost."),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "gross margin ÷ average inventory at cost"), nullptr, {}},
    {KpiId::Cac, "cac", KpiUnit::Money, GoodDirection::Down, KpiGroup::Acquisition, KpiSeries::Yes,
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Customer acquisition cost"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Marketing spend in the period divided by the new customers of the period."),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "marketing spend ÷ new customers"), "%1 ÷ %2", {"spend", "new_customers"}},
    {KpiId::ClvToCac, "clv_to_cac", KpiUnit::Number, GoodDirection::Up, KpiGroup::Acquisition, KpiSeries::Yes,
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "CLV : CAC"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "The average historical lifetime value of the customers acquired in the period divided by the acquisition cost."),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "historical CLV ÷ CAC"), nullptr, {}},
    {KpiId::BuyingCustomers, "buying_customers", KpiUnit::Count, GoodDirection::Up, KpiGroup::Customers, KpiSeries::Yes,
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Buying customers"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Identified customers with at least one sale line in the period."),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "C = customers with a sale line"), nullptr, {}},
    {KpiId::NewCustomers, "new_customers", KpiUnit::Count, GoodDirection::Neutral, KpiGroup::Customers, KpiSeries::Yes,
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "New customers"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Customers whose first purchase falls in the period."),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "N = customers whose first sale line is in the period"), nullptr, {}},
    {KpiId::ReturningCustomers, "returning_customers", KpiUnit::Count, GoodDirection::Up, KpiGroup::Customers, KpiSeries::Yes,
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Returning customers"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Buying customers who had bought before the period."),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "C − new customers"), nullptr, {}},
    {KpiId::PurchaseFrequency, "purchase_frequency", KpiUnit::Number, GoodDirection::Up, KpiGroup::Customers, KpiSeries::Yes,
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Purchase frequency"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Orders of identified customers divided by the buying customers."),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "orders ÷ C"), "%1 ÷ %2", {"orders", "C"}},
    {KpiId::RepeatPurchaseRate, "repeat_purchase_rate", KpiUnit::Ratio, GoodDirection::Up, KpiGroup::Customers, KpiSeries::Yes,
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Repeat purchase rate"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "The share of buying customers with two or more orders in the period."),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "customers with 2+ orders ÷ C"), "%1 ÷ %2", {"repeat_customers", "C"}},
    {KpiId::CustomersAtStart, "customers_at_start", KpiUnit::Count, GoodDirection::Neutral, KpiGroup::Customers, KpiSeries::Yes,
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Customers at start (S)"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Customers with a purchase in the activity window before the first day of the period."),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "S = customers with a sale line in [from − W, from − 1]"), nullptr, {}},
    {KpiId::CustomersAtEnd, "customers_at_end", KpiUnit::Count, GoodDirection::Neutral, KpiGroup::Customers, KpiSeries::Yes,
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Customers at end (E)"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Customers with a purchase in the activity window ending on the last day of the period."),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "E = customers with a sale line in [to + 1 − W, to]"), nullptr, {}},
    {KpiId::RetentionRate, "retention_rate", KpiUnit::Ratio, GoodDirection::Up, KpiGroup::Customers, KpiSeries::Yes,
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Retention rate"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Customers at the end minus new customers, divided by the customers at the start."),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "(E − N) ÷ S"), "(%1 − %2) ÷ %3", {"E", "N", "S"}},
    {KpiId::ChurnRate, "churn_rate", KpiUnit::Ratio, GoodDirection::Down, KpiGroup::Customers, KpiSeries::Yes,
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Churn rate"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "The share of the customers at the start who are no longer customers at the end."),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "churned ÷ S"), "%1 ÷ %2", {"churned", "S"}},
    // No series: kept and reactivated customers explain the retention tile beside it (METRICS.md section 3).
    {KpiId::KeptCustomers, "kept_customers", KpiUnit::Ratio, GoodDirection::Up, KpiGroup::Customers, KpiSeries::No,
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Kept customers"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "The share of the customers at the start who are still customers at the end (1 − churn rate)."),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "(S − churned) ÷ S"), "%1 ÷ %2", {"kept", "S"}},
    {KpiId::ReactivatedCustomers, "reactivated_customers", KpiUnit::Count, GoodDirection::Up, KpiGroup::Customers, KpiSeries::No,
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Reactivated customers"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Customers at the end who had lapsed before the period and came back: neither customers at the start nor new in the period."),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "E − kept − new customers at the end"), nullptr, {}},
    {KpiId::HistoricalClv, "historical_clv", KpiUnit::Money, GoodDirection::Up, KpiGroup::Customers, KpiSeries::Yes,
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Historical CLV"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "The mean of all net sales to date of the customers acquired in the period."),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "net sales of new customers ÷ new customers"), "%1 ÷ %2", {"net_sales_of_new_customers", "new_customers"}},
    // No series: its frequency is annualised from the bucket and its lifespan comes from a year of churn,
    // which says nothing per day or week.
    {KpiId::PredictiveClv, "predictive_clv", KpiUnit::Money, GoodDirection::Up, KpiGroup::Customers, KpiSeries::No,
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Simple predictive CLV"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Average purchase value times purchases per year times the expected lifespan in years."),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "APV × F × L"), "%1 × %2 × %3", {"APV", "F", "L"}},
};
// clang-format on

namespace detail {
constexpr bool catalogueInEnumOrder()
{
    int i = 0;
    for (const KpiDefinition &d : kKpiCatalog) {
        if (int(d.id) != i++)
            return false;
    }
    return i == kKpiCount;
}
} // namespace detail
static_assert(detail::catalogueInEnumOrder(), "kKpiCatalog needs one row per KpiId, in enum order");

constexpr const KpiDefinition &kpiDefinition(KpiId id)
{
    return kKpiCatalog[int(id)];
}

// Stable string key used in JSON and CSV ("net_sales", "aov", "retention_rate", ...).
QString kpiKey(KpiId id);
// Every key, in display order.
QStringList kpiKeys();
// Translated short label ("Net sales").
QString kpiLabel(KpiId id);
// Translated one-sentence definition for tooltips and the report appendix.
QString kpiDescription(KpiId id);
// Translated formula in symbols ("(E − N) ÷ S").
QString kpiFormula(KpiId id);
// Translated title of a KPI group ("Cost and margin").
QString kpiGroupTitle(KpiGroup group);
KpiUnit kpiUnit(KpiId id);
GoodDirection kpiGoodDirection(KpiId id);
KpiGroup kpiGroup(KpiId id);
bool kpiHasSeries(KpiId id);
// The KpiId for a key; false when unknown.
bool kpiFromKey(const QString &key, KpiId *id);

} // namespace storelens::core::analytics
