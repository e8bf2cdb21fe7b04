#include "ui/dashboard/FilterChoices.h"

#include "core/analytics/segments/SegmentStore.h"
#include "core/analytics/snapshot/SnapshotCache.h"
#include "core/store/Workspace.h"

namespace storelens::ui {

namespace {

QStringList sorted(QStringList values)
{
    values.sort(Qt::CaseInsensitive);
    return values;
}

} // namespace

core::Result<FilterChoices> loadFilterChoices(const QString &workspacePath)
{
    const auto snapshot = core::analytics::SnapshotCache::instance().get(workspacePath);
    if (!snapshot)
        return snapshot.error();
    const core::analytics::Snapshot &s = *snapshot.value();
    FilterChoices choices;
    choices.firstDay = s.firstDate();
    choices.asOf = s.asOfDate();
    choices.stores = sorted(s.stores);
    choices.channels = sorted(s.channels);
    choices.countries = sorted(s.countries);
    choices.categories = sorted(s.categories);
    core::Connection connection(workspacePath);
    if (!connection.isOpen())
        return connection.error();
    const auto segments = core::analytics::SegmentStore::list(connection.db());
    if (!segments)
        return segments.error();
    for (const auto &segment : segments.value())
        choices.segments.append(segment.name);
    return choices;
}

} // namespace storelens::ui
