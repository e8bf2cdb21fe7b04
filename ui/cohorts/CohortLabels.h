#pragma once

#include "core/analytics/cohorts/Cohorts.h"

#include <QLocale>
#include <QString>

namespace storelens::ui {

// A cohort's period as a store manager reads it, in the locale's words: "Nov 2026" ("nov 2026" in Spanish),
// "Q4 2026" ("T4 2026"), "week of 3 Nov 2026" for the week starting on that Monday. The heatmap, its
// tooltips, Copy Data, the CSV export, the curve chart and the report show it; Cohort::label ("2026-11",
// "2026-Q4", "2026-W45") stays the machine-readable form of the command line's output (trial 16).
QString cohortPeriodName(core::analytics::Grain grain, int32_t periodIndex,
                         const QLocale &locale = QLocale());

} // namespace storelens::ui
