#pragma once

#include "core/analytics/kpi/KpiResult.h"

#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace storelens::core::analytics {

// The JSON form of a KPI report (the `storelens kpi --format json` output, also used by the report):
// { "period": {"from","to","days"}, "to_date": bool (the period asked for ends after the as-of date and is
//   computed to date), "comparison_period": {...} | null, "comparison":
// "previous"|"year"|"none",
//   "as_of", "first_data_day", "activity_window_days", "warnings": [{"kind","message","from","to",
//   "days_with_data","days"}], "kpis": [{ "key","label","unit","value","comparison","change",
//   "relative_change","good","assessment","has_data","comparison_has_data","no_data_reason","comparable","warning",
//   "inputs": {...} }], "cac_by_channel": [{"channel","spend","new_customers","cac"}] }
// Money is a number rounded to 4 places, ratios fractions, null where there is no data.
QJsonObject kpiReportToJson(const KpiReport &report);

// CSV rows (header first):
// key,label,unit,value,comparison,change,relative_change,good,has_data,no_data_reason.
std::vector<QStringList> kpiReportToCsvRows(const KpiReport &report);

// A number for JSON/CSV: money rounded to 4 places, other values unchanged.
double kpiJsonNumber(KpiUnit unit, double value);

QString comparisonKey(Comparison comparison);       // "previous", "year", "none"
QString goodDirectionKey(GoodDirection good);       // "up", "down", "neutral"
QString assessmentKey(ChangeAssessment assessment); // "good", "bad", "neutral", "unchanged"

} // namespace storelens::core::analytics
