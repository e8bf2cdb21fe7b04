#pragma once

#include "core/analytics/query/Query.h"
#include "core/analytics/snapshot/Snapshot.h"
#include "core/model/Result.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace storelens::core::analytics {

enum class CohortMetric { Retention, Revenue, CumulativeRevenue, Orders };

QString cohortMetricKey(CohortMetric m); // "retention", "revenue", "cumulative_revenue", "orders"
std::optional<CohortMetric> cohortMetricFromKey(const QString &key);

// Calendar periods of a cohort grain (week: Monday start, month, quarter), numbered so that consecutive
// periods have consecutive indexes.
namespace cohortperiod {
int32_t indexOfDay(Grain grain, int32_t julianDay);
QDate firstDay(Grain grain, int32_t index);
QDate lastDay(Grain grain, int32_t index);
QString label(Grain grain, int32_t index); // "2024-W05", "2024-03", "2024-Q1"
} // namespace cohortperiod

// One cell of a cohort matrix: raw sums, so every metric derives from them exactly.
struct CohortCell
{
    int32_t activeCustomers = 0; // customers of the cohort with a sale line in the cell's period
    int32_t orders = 0;          // distinct orders with sale lines of the cohort's customers in the period
    int64_t netSales = 0;        // Σ line amount of the cohort's customers in the period, returns included
    int64_t cumulativeNetSales = 0; // Σ netSales over ages 0 … this age
    // Lines imported without prices (METRICS.md section 1) are not in the sums above: the cell's lines of the
    // cohort's customers with and without a price, in the period and over ages 0 … this age.
    int32_t pricedLines = 0;
    int32_t unpricedLines = 0;
    int32_t cumulativePricedLines = 0;
    int32_t cumulativeUnpricedLines = 0;
};

// How much of a money cell rests on lines with prices.
enum class CohortMoney {
    Known,         // every line of the cell has a price (or the cell has no lines: 0)
    PartlyUnknown, // some lines have no price: the value sums the priced ones
    Unknown,       // no line of the cell has a price: "no prices imported", never 0
};

struct Cohort
{
    int32_t periodIndex = 0; // cohortperiod index
    QDate from;              // the whole calendar period
    QDate to;
    QString label;
    int32_t size = 0;              // customers whose first sale line (within filters) falls in the period
    std::vector<CohortCell> cells; // ages 0 … the age of the as-of date's period; later ages are empty
};

// The cohort matrix of METRICS.md section 4.
class CohortMatrix
{
public:
    Grain grain() const { return m_grain; }
    int32_t asOfDay() const { return m_asOfDay; }
    const std::vector<Cohort> &cohorts() const { return m_cohorts; }
    // Number of age columns: the widest cohort's cell count.
    int ageCount() const { return m_ageCount; }

    // A cell past the as-of date is empty (no value, not zero).
    bool isEmpty(int cohort, int age) const;
    // A cell whose period ends after the as-of date is partial.
    bool isPartial(int cohort, int age) const;
    // Whether any cell is partial: the as-of date's period is not over (every cohort's last cell is in it).
    bool hasPartial() const;
    // Retention, orders per customer: fractions / ratios. Revenue metrics: money units per customer (not
    // ten-thousandths). std::nullopt for an empty cell, and for a money cell whose lines have no prices
    // (moneyState() tells the two apart).
    std::optional<double> value(CohortMetric metric, int cohort, int age) const;
    // Money metrics exactly, in ten-thousandths per customer rounded half away from zero; std::nullopt as
    // for value().
    std::optional<int64_t> revenuePerCustomerUnits(bool cumulative, int cohort, int age) const;
    // Whether a revenue cell (cumulative: over ages 0 … age) rests on lines with prices. Known for an empty
    // cell.
    CohortMoney moneyState(bool cumulative, int cohort, int age) const;
    static bool isMoneyMetric(CohortMetric metric)
    {
        return metric == CohortMetric::Revenue || metric == CohortMetric::CumulativeRevenue;
    }
    // Whether any cell rests on lines without prices.
    bool hasUnpricedLines() const { return m_hasUnpricedLines; }

    // Drill-down: customer indexes of the cell, ascending. Age 0 lists the whole cohort; any other age lists
    // the cohort's customers with a sale line in that period (the retention numerator). Pass the same
    // snapshot and mask the matrix was computed from.
    std::vector<int32_t> customersInCell(const Snapshot &snapshot, const std::vector<uint8_t> *lineMask,
                                         int cohort, int age) const;

    // `range` selects the cohorts whose period overlaps it (an invalid range selects all). Cohorts without
    // customers are left out.
    static CohortMatrix compute(const Snapshot &snapshot, const std::vector<uint8_t> *lineMask, Grain grain,
                                const Period &range);

private:
    Grain m_grain = Grain::Month;
    int32_t m_asOfDay = 0;
    int m_ageCount = 0;
    bool m_hasUnpricedLines = false;
    std::vector<Cohort> m_cohorts;
    std::vector<int32_t> m_cohortOfCustomer; // index into m_cohorts, -1: none selected
};

} // namespace storelens::core::analytics
