#include "core/analytics/kpi/KpiResult.h"

#include <QCoreApplication>

#include <cmath>

namespace storelens::core::analytics {

namespace {

struct KpiMeta
{
    KpiId id;
    const char *key;
    KpiUnit unit;
    GoodDirection good;
    const char *label;
    const char *description;
};

// clang-format off
const KpiMeta kMeta[kKpiCount] = {
    {KpiId::GrossSales, "gross_sales", KpiUnit::Money, GoodDirection::Up, QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Gross sales"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Quantity times unit price, summed over the sale lines of the period.")},
    {KpiId::Discounts, "discounts", KpiUnit::Money, GoodDirection::Neutral, QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Discounts"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Line discounts summed over the sale lines of the period.")},
    {KpiId::Returns, "returns", KpiUnit::Money, GoodDirection::Down, QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Returns"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "The amount of the return lines of the period, as a positive number.")},
    {KpiId::NetSales, "net_sales", KpiUnit::Money, GoodDirection::Up, QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Net sales"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Gross sales minus discounts minus returns: the line amounts of all lines of the period.")},
    {KpiId::Orders, "orders", KpiUnit::Count, GoodDirection::Up, QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Orders"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Distinct orders with at least one sale line in the period; an order with only returns is not counted.")},
    {KpiId::AverageOrderValue, "aov", KpiUnit::Money, GoodDirection::Up, QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Average order value"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Gross sales minus discounts, divided by the number of orders.")},
    {KpiId::UnitsPerTransaction, "upt", KpiUnit::Number, GoodDirection::Up, QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Units per transaction"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Units sold on sale lines divided by the number of orders.")},
    {KpiId::ReturnRate, "return_rate", KpiUnit::Ratio, GoodDirection::Down, QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Return rate"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Returns divided by gross sales.")},
    {KpiId::GuestShare, "guest_share", KpiUnit::Ratio, GoodDirection::Neutral, QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Guest share"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "The share of sales after discounts made without a customer id.")},
    {KpiId::Cogs, "cogs", KpiUnit::Money, GoodDirection::Neutral, QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Cost of goods sold"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Quantity times unit cost over the lines with a known cost; returns reduce it.")},
    {KpiId::GrossMargin, "gross_margin", KpiUnit::Money, GoodDirection::Up, QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Gross margin"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Net sales minus the cost of goods sold.")},
    {KpiId::CostCoverage, "cost_coverage", KpiUnit::Ratio, GoodDirection::Up, QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Cost coverage"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "The share of gross sales on sale lines whose cost is known.")},
    {KpiId::GrossMarginPercent, "gross_margin_rate", KpiUnit::Ratio, GoodDirection::Up, QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Gross margin %"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Gross margin divided by net sales.")},
    {KpiId::YoyGrowth, "yoy_growth", KpiUnit::Money, GoodDirection::Up, QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Year-over-year growth"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Net sales minus the net sales of the same period one year earlier.")},
    {KpiId::YoyGrowthRate, "yoy_growth_rate", KpiUnit::Ratio, GoodDirection::Up, QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Year-over-year growth %"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Year-over-year growth divided by the absolute net sales of the same period one year earlier.")},
    {KpiId::SalesPerEmployee, "sales_per_employee", KpiUnit::Money, GoodDirection::Up, QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Sales per employee"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Net sales divided by the average headcount of the months that overlap the period, summed over the stores.")},
    {KpiId::ConversionRate, "conversion_rate", KpiUnit::Ratio, GoodDirection::Up, QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Conversion rate"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Orders divided by visitors, over the stores and days that have traffic counts.")},
    {KpiId::InventoryTurnover, "inventory_turnover", KpiUnit::Number, GoodDirection::Up, QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Inventory turnover"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Cost of goods sold divided by the average inventory value at cost (cost on both sides).")},
    {KpiId::Gmroi, "gmroi", KpiUnit::Number, GoodDirection::Up, QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "GMROI"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Gross margin divided by the average inventory value at cost.")},
    {KpiId::Cac, "cac", KpiUnit::Money, GoodDirection::Down, QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Customer acquisition cost"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Marketing spend in the period divided by the new customers of the period.")},
    {KpiId::ClvToCac, "clv_to_cac", KpiUnit::Number, GoodDirection::Up, QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "CLV : CAC"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "The average historical lifetime value of the customers acquired in the period divided by the acquisition cost.")},
    {KpiId::ActiveCustomers, "active_customers", KpiUnit::Count, GoodDirection::Up, QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Active customers"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Identified customers with at least one sale line in the period.")},
    {KpiId::NewCustomers, "new_customers", KpiUnit::Count, GoodDirection::Neutral, QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "New customers"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Customers whose first purchase falls in the period.")},
    {KpiId::ReturningCustomers, "returning_customers", KpiUnit::Count, GoodDirection::Up, QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Returning customers"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Active customers who bought before the period.")},
    {KpiId::PurchaseFrequency, "purchase_frequency", KpiUnit::Number, GoodDirection::Up, QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Purchase frequency"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Orders of identified customers divided by the active customers.")},
    {KpiId::RepeatPurchaseRate, "repeat_purchase_rate", KpiUnit::Ratio, GoodDirection::Up, QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Repeat purchase rate"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "The share of active customers with two or more orders in the period.")},
    {KpiId::CustomersAtStart, "customers_at_start", KpiUnit::Count, GoodDirection::Neutral, QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Customers at start (S)"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Customers with a purchase in the activity window before the first day of the period.")},
    {KpiId::CustomersAtEnd, "customers_at_end", KpiUnit::Count, GoodDirection::Neutral, QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Customers at end (E)"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Customers with a purchase in the activity window ending on the last day of the period.")},
    {KpiId::RetentionRate, "retention_rate", KpiUnit::Ratio, GoodDirection::Up, QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Retention rate"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Customers at the end minus new customers, divided by the customers at the start.")},
    {KpiId::ChurnRate, "churn_rate", KpiUnit::Ratio, GoodDirection::Down, QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Churn rate"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "The share of the customers at the start who are no longer customers at the end.")},
    {KpiId::HistoricalClv, "historical_clv", KpiUnit::Money, GoodDirection::Up, QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Historical CLV"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "The mean of all net sales to date of the customers acquired in the period.")},
    {KpiId::PredictiveClv, "predictive_clv", KpiUnit::Money, GoodDirection::Up, QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Simple predictive CLV"),
     QT_TRANSLATE_NOOP("storelens::core::analytics::KpiResult", "Average purchase value times purchases per year times the expected lifespan in years.")},
};
// clang-format on

const KpiMeta &meta(KpiId id)
{
    return kMeta[int(id)];
}

} // namespace

QString kpiKey(KpiId id)
{
    return QLatin1String(meta(id).key);
}

QString kpiLabel(KpiId id)
{
    return QCoreApplication::translate("storelens::core::analytics::KpiResult", meta(id).label);
}

QString kpiDescription(KpiId id)
{
    return QCoreApplication::translate("storelens::core::analytics::KpiResult", meta(id).description);
}

KpiUnit kpiUnit(KpiId id)
{
    return meta(id).unit;
}

GoodDirection kpiGoodDirection(KpiId id)
{
    return meta(id).good;
}

bool kpiFromKey(const QString &key, KpiId *id)
{
    for (const KpiMeta &m : kMeta) {
        if (key == QLatin1String(m.key)) {
            *id = m.id;
            return true;
        }
    }
    return false;
}

double KpiValue::input(const QString &key, double fallback) const
{
    for (const KpiInput &i : inputs) {
        if (i.key == key)
            return i.value;
    }
    return fallback;
}

KpiComparison compareKpis(const KpiValue &current, const KpiValue &comparison)
{
    KpiComparison c;
    c.current = current;
    c.comparison = comparison;
    c.good = kpiGoodDirection(current.id);
    c.hasChange = current.hasData && comparison.hasData;
    if (!c.hasChange)
        return c;
    const bool money = kpiUnit(current.id) == KpiUnit::Money;
    if (money) {
        c.absoluteMoneyChange = current.money - comparison.money;
        c.absoluteChange = c.absoluteMoneyChange.toDouble();
    } else {
        c.absoluteChange = current.value - comparison.value;
    }
    const double base = money ? comparison.money.toDouble() : comparison.value;
    c.hasRelativeChange = base != 0;
    if (c.hasRelativeChange)
        c.relativeChange = c.absoluteChange / std::fabs(base);
    const bool unchanged = money ? c.absoluteMoneyChange.isZero() : c.absoluteChange == 0;
    if (unchanged)
        c.assessment = ChangeAssessment::Unchanged;
    else if (c.good == GoodDirection::Neutral)
        c.assessment = ChangeAssessment::Neutral;
    else
        c.assessment = (c.absoluteChange > 0) == (c.good == GoodDirection::Up) ? ChangeAssessment::Good
                                                                               : ChangeAssessment::Bad;
    return c;
}

} // namespace storelens::core::analytics
