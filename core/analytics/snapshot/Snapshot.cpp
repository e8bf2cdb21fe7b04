#include "core/analytics/snapshot/Snapshot.h"

namespace storelens::core::analytics {

QDate Snapshot::firstDate() const
{
    return day.empty() ? QDate() : QDate::fromJulianDay(day.front());
}

QDate Snapshot::asOfDate() const
{
    return day.empty() ? QDate() : QDate::fromJulianDay(day.back());
}

} // namespace storelens::core::analytics
