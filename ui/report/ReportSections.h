#pragma once

namespace storelens::ui {

class ReportFlow;
struct ReportData;

// The section builders: each appends its blocks to the flow, starting on a new page.
void appendTitlePage(ReportFlow &flow, const ReportData &data);
void appendNoDataSection(ReportFlow &flow, const ReportData &data);
void appendKpiSection(ReportFlow &flow, const ReportData &data);
void appendExplainSection(ReportFlow &flow, const ReportData &data); // "What changed", after the KPIs
void appendTrendSection(ReportFlow &flow, const ReportData &data);
void appendProductSection(ReportFlow &flow, const ReportData &data);
void appendCohortSection(ReportFlow &flow, const ReportData &data);
void appendSegmentSection(ReportFlow &flow, const ReportData &data);
void appendClvSection(ReportFlow &flow, const ReportData &data);
void appendAppendix(ReportFlow &flow, const ReportData &data);

} // namespace storelens::ui
