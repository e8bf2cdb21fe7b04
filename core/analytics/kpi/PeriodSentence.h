#pragma once

#include "core/analytics/kpi/KpiResult.h"

#include <QLocale>
#include <QString>

namespace storelens::core::analytics {

// The period and comparison in force in one plain sentence, for the top of every view and of the report
// (issue 17): "Figures for 10 Apr 2023 – 9 Apr 2024, compared with the same days a year earlier (10 Apr 2022
// – 9 Apr 2023)." A comparison that the coverage rule refuses says so ("…; the year before holds too little
// data to compare with."), and a period asked for past the as-of date says "to date".
QString periodSentence(const KpiReport &report, const QLocale &locale = QLocale());

// "1 Mar 2024 – 31 Mar 2024" in the locale's month names.
QString periodRangeText(const Period &period, const QLocale &locale = QLocale());

} // namespace storelens::core::analytics
