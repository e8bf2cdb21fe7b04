#include "core/analytics/snapshot/Snapshot.h"

#include "core/analytics/customers/CustomerTotals.h"
#include "core/analytics/snapshot/SourceSpans.h"

namespace storelens::core::analytics {

SnapshotDerived::SnapshotDerived()
    : m_customerTotals(std::make_unique<CustomerTotalsCache>())
    , m_sourceSpans(std::make_unique<SourceSpansCache>())
{
}

SnapshotDerived::~SnapshotDerived() = default;

SnapshotDerived::SnapshotDerived(const SnapshotDerived &)
    : SnapshotDerived()
{
}

SnapshotDerived &SnapshotDerived::operator=(const SnapshotDerived &)
{
    m_customerTotals = std::make_unique<CustomerTotalsCache>();
    m_sourceSpans = std::make_unique<SourceSpansCache>();
    return *this;
}

void SnapshotDerived::clear() const
{
    m_customerTotals->clear();
    m_sourceSpans->clear();
}

QDate Snapshot::firstDate() const
{
    return day.empty() ? QDate() : QDate::fromJulianDay(day.front());
}

QDate Snapshot::asOfDate() const
{
    return day.empty() ? QDate() : QDate::fromJulianDay(day.back());
}

} // namespace storelens::core::analytics
