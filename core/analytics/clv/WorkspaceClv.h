#pragma once

#include "core/analytics/clv/ClvCalculator.h"
#include "core/analytics/kpi/KpiEngine.h"
#include "core/analytics/snapshot/Snapshot.h"
#include "core/model/Result.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <optional>

#include <cstdint>
#include <vector>

namespace storelens::core::analytics {
struct CustomerBase;
class SegmentRule;
} // namespace storelens::core::analytics

namespace storelens::core::analytics::clv {

struct WorkspaceClvRequest
{
    QDate calibrationEnd; // invalid (or on / after the as-of date): the as-of date, no holdout
    ClvOptions options;   // options.model is ignored: `model` decides
    // The purchase model the predictions use; empty: of the Pareto/NBD and the MBG/NBD (the models in which a
    // one-time buyer can lapse) the one with the lower holdout error (METRICS.md section 8), tested on the
    // holdout after calibrationEnd or, without one, on the last 13 weeks (fitted on the purchases before).
    std::optional<PurchaseModelKind> model;
    std::vector<uint8_t> lineMask; // the filters' line selection (1 = selected); empty: every line

    bool operator==(const WorkspaceClvRequest &o) const;
};

// Holdout check (Fader, Hardie & Lee 2005, figure 4): calibration customers grouped by their repeat purchases
// in the calibration period, with the mean repeat purchases they made in the holdout and the mean the model
// expected.
struct HoldoutGroup
{
    int repeatPurchases = 0; // x in the calibration period
    bool orMore = false;     // the last group: x >= repeatPurchases
    int customers = 0;
    double actualMean = 0;
    double expectedMean = 0;
};

struct ClvHoldout
{
    QDate from; // the day after the calibration end
    QDate to;   // the as-of date
    double weeks = 0;
    std::vector<HoldoutGroup> groups; // x = 0 .. 6 and "7 or more"
    double actualTotal = 0;           // repeat purchases of the calibration customers in the holdout
    double expectedTotal = 0;
};

// Repeat purchases over time in months of ClvCalculator::weeksPerMonth weeks counted back and forth from the
// calibration end (month 0 ends on it). Before it: what the calibration customers did, and what the fitted
// model expects of customers who joined when they did (E[X(t)] per first-purchase day). After it: the
// conditional forecast for those customers and, up to the as-of date, what they did (the holdout).
struct ClvTrackingMonth
{
    QDate from;
    QDate to;
    bool forecast = false;  // after the calibration end
    bool hasActual = false; // false after the as-of date
    double actual = 0;      // repeat purchase days of the calibration customers
    double expected = 0;
};

// How the purchase model in use was chosen, with its test: the models fitted on the purchases up to a split
// day and their expected repeat purchases of those customers after it, against the actual ones.
enum class ClvModelBasis {
    Holdout,    // the lower holdout error of the Pareto/NBD and MBG/NBD fits that converged
    Likelihood, // too little history for a test window: the higher log-likelihood of the two
    Requested,  // the caller asked for the model
};

struct ClvModelCandidate
{
    PurchaseModelKind kind = PurchaseModelKind::BgNbd;
    bool converged = false;
    double logLikelihood = 0;           // of the fit on the test's calibration data
    double expectedRepeatPurchases = 0; // summed over the test's customers, in the test window
};

struct ClvModelChoice
{
    PurchaseModelKind model = PurchaseModelKind::BgNbd;
    ClvModelBasis basis = ClvModelBasis::Holdout;
    bool tested = false;    // a test window was available and the models were compared on it
    bool lastWeeks = false; // the test window is the last `testWeeks` weeks (no holdout was asked for)
    QDate testFrom;         // first day of the test window
    QDate testTo;           // the as-of date
    double testWeeks = 0;   // length of the window in weeks
    int customers = 0;      // customers of the test's calibration data
    double actualRepeatPurchases = 0;
    std::vector<ClvModelCandidate> candidates; // every model tested, in kPurchaseModelKinds order
    // One translated sentence naming the model and its test result ("Predictions use the Pareto/NBD model,
    // the closer of the two models tested: it predicted 212 repeat purchases in the last 13 weeks; there were
    // 198.").
    QString sentence;

    const ClvModelCandidate *candidate(PurchaseModelKind kind) const;
    // Holdout error: |expected - actual| repeat purchases per customer in the test window; NaN when untested.
    double holdoutError(PurchaseModelKind kind) const;
};

struct WorkspaceClv
{
    ClvStatus status = ClvStatus::Ok;
    QString message; // translated reason when not Ok
    // Ok, but the spend model gave no average spend (result.spendStatus): why, translated; the purchase
    // predictions are shown, spend and CLV are not.
    QString spendMessage;
    // Ok, and the purchase model in use found no dropout (findsNoDropout): why every customer's chance of
    // still being a customer is close to 100 %, however long ago they last bought, translated; empty
    // otherwise. The Predictions view, the customer profile and `storelens clv` show it beside those chances.
    QString aliveNote;
    bool hasSpend() const { return status == ClvStatus::Ok && result.hasSpend(); }
    QDate asOf;
    QDate calibrationEnd;
    ClvResult result;                       // customers empty unless Ok
    std::vector<ClvHoldout> holdout;        // one entry when calibrationEnd < asOf and Ok
    std::vector<ClvTrackingMonth> tracking; // empty unless Ok
    ClvModelChoice choice; // the model in use (result.model) and why; sentence empty unless Ok

    // Per calibration customer, parallel to result.customers: the summary the models read.
    std::vector<RfmSummaryRow> summary;
    // Snapshot customer index of each result.customers entry.
    std::vector<int32_t> customerIndex;

    const CustomerClv *find(const QString &customerId) const;    // nullptr: no prediction
    const CustomerClv *forCustomerIndex(int32_t customer) const; // by snapshot customer index
    const RfmSummaryRow *summaryOf(int32_t customer) const;
    bool hasHoldout() const { return !holdout.empty(); }

    // Filled by computeWorkspaceClv.
    QHash<QString, int32_t> rowOfId;
    std::vector<int32_t> rowOfCustomer; // by snapshot customer index, -1: none
};

// Builds the RFM summary of the snapshot's identified customers up to the calibration end (METRICS.md section
// 8), fits the purchase models and Gamma-Gamma, chooses the purchase model (ClvModelChoice) and predicts
// every customer with it. `cancelled` is asked between stages and before every evaluation of each fit's
// objective. Thin data or a failed fit is a status with a message and no numbers, not an error; the Result
// fails only when cancelled. The last result is kept per (snapshot, request), so the views that ask for the
// same prediction share one fit.
Result<WorkspaceClv> computeWorkspaceClv(const Snapshot &snapshot, const WorkspaceClvRequest &request,
                                         const CancelCheck &cancelled = {});

// The same without the cache: every call fits the models (the WorkspaceSession keeps its own cache).
Result<WorkspaceClv> fitWorkspaceClv(const Snapshot &snapshot, const WorkspaceClvRequest &request,
                                     const CancelCheck &cancelled = {});

// Fills base.predictedClv and base.probabilityAlive by population row from `clv` (NaN for a row without a
// prediction, so no rule condition matches it); clears them when clv.status is not Ok.
void attachClv(CustomerBase &base, const WorkspaceClv &clv);

// Whether the rule has a PredictedClv or ProbabilityAlive condition.
bool ruleUsesClv(const SegmentRule &rule);

// Why the rule's prediction conditions hold for no customer with `clv` (no prediction at all, or a predicted
// CLV condition without a spend model), translated; empty when they can hold.
QString clvConditionsProblem(const SegmentRule &rule, const WorkspaceClv &clv);

// For rule evaluation: when `rule` uses the CLV fields and `base` has none yet, computes the prediction on
// the lines `lineMask` selects (the ones `base` was built from) with the default options and attaches it.
// Fails only when cancelled.
Result<void> attachClvForRule(CustomerBase &base, const Snapshot &snapshot,
                              const std::vector<uint8_t> *lineMask, const SegmentRule &rule,
                              const CancelCheck &cancelled = {});

} // namespace storelens::core::analytics::clv
