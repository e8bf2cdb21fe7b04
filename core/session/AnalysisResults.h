#pragma once

#include "core/analytics/clv/WorkspaceClv.h"
#include "core/analytics/cohorts/Cohorts.h"
#include "core/analytics/customers/CustomerBase.h"
#include "core/analytics/customers/CustomerProfile.h"
#include "core/analytics/kpi/Breakdowns.h"
#include "core/analytics/kpi/KpiResult.h"
#include "core/analytics/kpi/TimeSeries.h"
#include "core/analytics/segments/SegmentStore.h"
#include "core/analytics/segments/SegmentSummary.h"
#include "core/session/ResolvedQuery.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <vector>

// The immutable results of the WorkspaceSession's analyses, one per view. Each keeps the resolved query (and
// so the snapshot and line mask) it was computed from, so drill-downs read the same data.
namespace storelens::core::analytics {
struct KpiCustomerFacts;
}

namespace storelens::core::session {

// The time step of a trend chart for a period of `periodDays` days, the one rule the screen and the PDF
// share: days up to 45 days, weeks up to 180 (about half a year), months beyond.
analytics::Grain chartGrain(qint64 periodDays);

// What the Overview (and the report's KPI and trend pages) show for one query.
struct OverviewResult
{
    ResolvedQueryPtr resolved;
    analytics::SnapshotPtr snapshot;
    analytics::Query query;
    analytics::KpiReport kpis;
    analytics::TimeSeries series;                 // the period in chartGrain(); empty when not asked for
    analytics::TimeSeries comparisonSeries;       // the comparison period, same grain; empty when none
    std::vector<analytics::Breakdown> breakdowns; // store, channel, country, category, product
    // Net sales by calendar month of the period and of the same months one year earlier (the year-over-year
    // chart): 0 for a month without sales, NaN for one whose days lie wholly outside the data (missing).
    std::vector<QDate> months; // each month's first day
    std::vector<double> monthlyNet;
    std::vector<double> monthlyNetYearEarlier;
    // The filter's per-customer facts the KPIs and series were computed with (the report's extra comparison
    // columns reuse them).
    std::shared_ptr<const analytics::KpiCustomerFacts> facts;

    bool hasData() const { return snapshot && !snapshot->isEmpty(); }
};
using OverviewResultPtr = std::shared_ptr<const OverviewResult>;

struct OverviewRequest
{
    bool series = true;
    bool breakdowns = true;
    int topProducts = 10;
    bool yearOverYear = true;
};

// The cohort matrix of METRICS.md section 4.
struct CohortsResult
{
    ResolvedQueryPtr resolved;
    analytics::SnapshotPtr snapshot;
    std::shared_ptr<const std::vector<uint8_t>> lineMask; // null: every line
    analytics::CohortMatrix matrix;
    analytics::Period range; // the date range that selected the cohorts

    bool hasData() const { return snapshot && !snapshot->isEmpty(); }
    bool hasCohorts() const { return !matrix.cohorts().empty(); }
    // The stored ids of a cell's customers (CohortMatrix::customersInCell), ascending by customer index.
    QStringList customerIds(int cohort, int age) const;
};
using CohortsResultPtr = std::shared_ptr<const CohortsResult>;

// Which group of customers a selection names.
enum class SegmentKind { Rfm, Lifecycle, ValueTier, Saved, RfmCell };

struct SegmentKey
{
    SegmentKind kind = SegmentKind::Rfm;
    int index = -1; // RFM segment / lifecycle stage / value tier / saved segment / (R − 1) × 5 + (FM − 1)
    QString name;   // a saved segment's name (its index moves when segments are added)
    bool isValid() const { return index >= 0; }
    bool operator==(const SegmentKey &o) const
    {
        return kind == o.kind && index == o.index && name == o.name;
    }
    bool operator!=(const SegmentKey &o) const { return !(*this == o); }
};

// The customer base (METRICS.md sections 5-7), its summary tables, the R × FM grid and the saved segments
// with their members.
struct SegmentsResult
{
    ResolvedQueryPtr resolved;
    analytics::SnapshotPtr snapshot;
    std::shared_ptr<const std::vector<uint8_t>> lineMask; // null: every line
    std::shared_ptr<const analytics::CustomerBase> base;

    std::vector<analytics::SegmentSummary> rfm;
    std::vector<analytics::SegmentSummary> lifecycle;
    std::vector<analytics::SegmentSummary> tiers;
    std::vector<analytics::SavedSegment> savedSegments;
    std::vector<analytics::SegmentSummary> saved;
    std::vector<std::vector<uint8_t>> savedMembers;

    std::array<qint64, 25> cellCustomers{}; // by (R − 1) × 5 + (FM − 1)
    std::array<qint64, 25> cellNetSales{};  // ten-thousandths

    // Known values of the categorical rule fields (SegmentRuleCatalog), by int(RuleField).
    QHash<int, QStringList> fieldValues;

    bool hasData() const { return snapshot && !snapshot->isEmpty(); }
    qint64 population() const { return base ? qint64(base->size()) : 0; }
    const std::vector<uint8_t> *mask() const { return lineMask.get(); }

    // Population-row flags of a segment; empty when the key names nothing.
    std::vector<uint8_t> members(const SegmentKey &key) const;
    analytics::SegmentSummary summary(const SegmentKey &key) const;
    QString title(const SegmentKey &key) const;           // the name shown to the user
    QStringList customerIds(const SegmentKey &key) const; // the members' ids as stored
    // Every named segment (RFM, lifecycle, tiers, saved) in table order, for pickers.
    std::vector<SegmentKey> allKeys() const;
    // Population-row flags of the segment a name picks, looked up as the segment filter does: a saved
    // segment, an RFM segment of the grid, a lifecycle stage or a value tier (ErrorCode::NotFound otherwise).
    Result<std::vector<uint8_t>> rowsByName(const QString &name) const;
};
using SegmentsResultPtr = std::shared_ptr<const SegmentsResult>;

// One row per customer of the population of METRICS.md sections 5-6 with search and sort keys, so filtering
// and sorting 100,000 rows on the GUI thread compare plain strings and integers.
struct CustomersResult
{
    ResolvedQueryPtr resolved;
    analytics::SnapshotPtr snapshot;
    std::shared_ptr<const std::vector<uint8_t>> lineMask; // null: every line
    std::shared_ptr<const analytics::CustomerBase> base;
    std::vector<analytics::MemberRow> rows; // population order
    QHash<QString, int> rowOfId;            // stored customer id → index into rows
    // The case-folded id, name, email, country (its name in the user's language) and segment joined by
    // newlines, and the alphabetical (case-insensitive) rank of the id, name, country name and
    // segment name, by row.
    std::vector<QString> searchKeys;
    std::vector<int32_t> idRanks;
    std::vector<int32_t> nameRanks;
    std::vector<int32_t> countryRanks;
    std::vector<int32_t> segmentRanks;

    bool hasData() const { return snapshot && !snapshot->isEmpty(); }
    const std::vector<uint8_t> *mask() const { return lineMask.get(); }
    QDate asOfDate() const { return snapshot ? snapshot->asOfDate() : QDate(); }
};
using CustomersResultPtr = std::shared_ptr<const CustomersResult>;

// Predicted CLV of the customers in bins of equal width: [edges[i], edges[i + 1]), the last bin open-ended
// ("edges.back() or more"). Negative predictions count in the first bin.
struct ClvHistogram
{
    std::vector<double> edges; // lower edges, ascending, edges[0] = 0
    std::vector<int> counts;   // same size as edges
};

// Equal-width bins up to the 99th percentile (a nice step, about ten bins) plus an open last bin.
ClvHistogram clvHistogram(const std::vector<analytics::clv::CustomerClv> &customers);

// The predictive CLV models (METRICS.md section 8) on the filtered lines.
struct PredictionsResult
{
    ResolvedQueryPtr resolved;
    analytics::SnapshotPtr snapshot;
    std::shared_ptr<const analytics::clv::WorkspaceClv> clv; // never null; shared with the session's cache
    ClvHistogram histogram;
    double totalClv = 0;
    double expectedPurchases52Weeks = 0;
    int likelyActive = 0; // P(alive) > 0.5
    QDate firstDate;      // first day with data (limits the holdout split)
};
using PredictionsResultPtr = std::shared_ptr<const PredictionsResult>;

// What the filter bar offers: the as-of date the presets count from, the values of each dimension and the
// saved segments.
struct FilterChoices
{
    QDate firstDay;
    QDate asOf; // invalid when the workspace has no order lines
    QStringList stores;
    QStringList channels;
    QStringList countries;
    QStringList categories;
    QStringList segments;
};

} // namespace storelens::core::session
