#pragma once

#include "core/analytics/kpi/Breakdowns.h"

#include <QString>
#include <QStringList>

namespace storelens::ui {

// How a breakdown's rows are named on screen and in the PDF, the same in both: a store's or channel's default
// name and a country in the user's language (core::storeChannelDisplayName, core::countryDisplayName);
// lines without a country "Unknown country", the word "Why?" uses too; other lines without a value
// "(none)"; a product by its name, or its SKU when it has none.
QString breakdownMemberName(core::analytics::BreakdownDimension dimension,
                            const core::analytics::BreakdownRow &row);

// The rows of a bar chart: each row's name, and the full text of its tooltip.
struct BreakdownChartLabels
{
    QStringList names;    // breakdownMemberName(); a product name two rows share with its SKU after it
    QStringList toolTips; // a product's name and SKU, "Filterkaffee Schauinsland (SQ0030016)"; else the name
};

// The labels of the first `limit` rows of `breakdown`.
BreakdownChartLabels breakdownChartLabels(const core::analytics::Breakdown &breakdown, size_t limit);

// Under a chart of the first `limit` rows: how many more rows the breakdown has and their net sales ("12
// largest shown; 1 more with 50.00 of net sales"); empty when it shows them all (trial 22b: thirteen
// categories showed twelve, and the gift cards' £50 were left out without a word).
QString breakdownRestNote(const core::analytics::Breakdown &breakdown, size_t limit);

} // namespace storelens::ui
