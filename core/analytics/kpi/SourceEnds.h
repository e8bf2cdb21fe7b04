#pragma once

#include "core/analytics/kpi/KpiResult.h"
#include "core/analytics/snapshot/Snapshot.h"

#include <QDate>
#include <QString>

#include <vector>

namespace storelens::core::analytics {

// A source whose data end early (trial 12: the till's export imported to 31 October, the web shop's to
// 2 December, and November read as a collapse of 84 %).
struct SourceEnd
{
    int32_t source = -1; // index into Snapshot::sources
    QString name;
    QDate lastDay; // its last day with a line
};

// A source that holds orders whose data end kSourceQuietDays or more before the report's as-of date, while
// the report's period runs kSourceQuietDays or more past that end and the period or its comparison starts on
// or before it (so one of them holds its data). Before filters, from the snapshot's SourceSpans. The
// source-end warning of the Overview, the report and the CLI says so; "Why?" names the source's part of the
// change and does not judge it against normal variation. None with fewer than two sources.
constexpr qint64 kSourceQuietDays = 7; // a few days without a sale are no end
std::vector<SourceEnd> sourcesEndingEarly(const Snapshot &snapshot, const KpiReport &report);

} // namespace storelens::core::analytics
