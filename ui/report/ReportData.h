#pragma once

#include "core/model/Result.h"
#include "core/session/ReportResult.h"
#include "core/session/TaskControl.h"
#include "ui/report/ReportOptions.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <set>
#include <vector>

namespace storelens::core::session {
class WorkspaceSession;
}
namespace storelens::core::analytics::explain {
struct Explanation;
}

namespace storelens::ui {

using core::TaskControl;
using core::session::ReportComparison;
using core::session::ReportCustomerBase;

// Everything the PDF report shows: the session's report data (WorkspaceSession::reportData(), whose KPIs,
// series and breakdowns come from the same function as the Overview's) with the options it was asked with.
struct ReportData : core::session::ReportResult
{
    ReportOptions options; // as asked for, with the template's period and comparison filled in
    QString workspaceName; // the file's base name
    QDateTime generatedAt;
    QString currency; // the workspace's currency (ISO code; empty: not known), which money is shown with
    // The Overview's figures for the report's period (KPIs, series, breakdowns); null with noDataMessage.
    core::session::OverviewResultPtr analytics;
    // "What changed" (issue 19): net sales, then the two KPIs that moved most beyond normal variation.
    std::vector<std::shared_ptr<const core::analytics::explain::Explanation>> explanations;
    // The KPIs whose change against the first comparison is beyond normal variation (METRICS.md section 9):
    // only their changes are coloured good or bad, as on their tiles (trial 20: the report coloured a
    // retention change red that its tile showed plain).
    std::set<core::analytics::KpiId> beyondNormalVariation;
};

// Computes what the options' sections need on `session` (one is opened for options.workspacePath when none is
// given or it is another workspace's) and reports progress 0–100. An empty workspace gives data with
// noDataMessage set, not an error; failures and cancellation are errors.
// The explanations of the "What changed" section on `data`'s query and filters (ReportExplainSection.cpp).
// `beyond` receives the KPIs whose change is beyond normal variation.
core::Result<std::vector<std::shared_ptr<const core::analytics::explain::Explanation>>>
computeReportExplanations(core::session::WorkspaceSession &session, const ReportData &data,
                          const TaskControl &control, std::set<core::analytics::KpiId> *beyond = nullptr);
core::Result<ReportData> computeReportData(const ReportOptions &options, const TaskControl &control,
                                           std::shared_ptr<core::session::WorkspaceSession> session = {});

} // namespace storelens::ui
