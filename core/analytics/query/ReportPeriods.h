#pragma once

#include "core/analytics/query/Query.h"

#include <QDate>
#include <QString>

#include <optional>

namespace storelens::core::analytics {

// The period presets of the PDF report: the last complete week (Monday to Sunday), calendar month or calendar
// quarter, compared with the one before and with the same one a year earlier.
enum class ReportTemplate { Weekly, Monthly, Quarterly };

QString reportTemplateKey(ReportTemplate t); // "weekly", "monthly", "quarterly"
std::optional<ReportTemplate> reportTemplateFromKey(const QString &key);

struct ReportPeriods
{
    ReportTemplate kind = ReportTemplate::Monthly;
    Period period;   // the last complete week, month or quarter on or before the as-of date
    Period previous; // the calendar week, month or quarter before it
    Period lastYear; // months and quarters: both ends shifted back one year; weeks: 52 weeks earlier, so the
                     // weekdays line up
};

// The periods of a template for a workspace whose as-of date is `asOf`: a week, month or quarter is complete
// when the as-of date is its last day or later. nullopt for an invalid as-of date (an empty workspace).
std::optional<ReportPeriods> reportPeriods(ReportTemplate t, QDate asOf);

} // namespace storelens::core::analytics
