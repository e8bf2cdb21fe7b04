#pragma once

#include "core/analytics/kpi/KpiResult.h"

#include <QLocale>
#include <QString>

namespace storelens::core::analytics {

// The period and comparison in force in one plain sentence, for the top of every view and of the report
// (issue 17): "Figures for 10/04/2023 – 09/04/2024, compared with the same days a year earlier (10/04/2022 –
// 09/04/2023)." A comparison that the coverage rule refuses says so ("…; the year before holds too little
// data to compare with."), and a period asked for past the as-of date says "to date".
QString periodSentence(const KpiReport &report, const QLocale &locale = QLocale());

// A date as every screen, the report and the period sentence write it: the locale's short format with a
// four-digit year ("01.03.2024" in German, "01/03/2024" in British English, "3/1/2024" in US English).
QString dateText(QDate date, const QLocale &locale = QLocale());
// Its format ("dd.MM.yyyy"), for date edits.
QString shortDateFormat(const QLocale &locale = QLocale());

// "01/03/2024 – 31/03/2024": both ends in dateText().
QString periodRangeText(const Period &period, const QLocale &locale = QLocale());

} // namespace storelens::core::analytics
