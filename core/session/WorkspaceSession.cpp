#include "core/session/WorkspaceSession.h"

#include "core/analytics/query/Periods.h"
#include "core/analytics/segments/SegmentStore.h"
#include "core/analytics/snapshot/SnapshotSummary.h"
#include "core/store/Currency.h"
#include "core/store/Workspace.h"
#include "core/store/WorkspaceKey.h"

#include <QMutexLocker>

#include <algorithm>

namespace storelens::core::session {

using namespace analytics;

namespace {

// How many resolved filters, customer bases and CLV fits a session keeps (most recently used first out).
constexpr size_t kFilterEntries = 8;
constexpr size_t kBaseEntries = 4;
constexpr size_t kClvEntries = 4;

template<typename Entry> void remember(std::vector<Entry> &entries, Entry entry, size_t capacity)
{
    entries.push_back(std::move(entry));
    if (entries.size() > capacity)
        entries.erase(entries.begin());
}

// Moves a hit to the back (most recently used) and returns its value.
template<typename Entry, typename Match> auto recall(std::vector<Entry> &entries, Match match)
{
    const auto it = std::find_if(entries.begin(), entries.end(), match);
    if (it == entries.end())
        return decltype(it->value)();
    Entry hit = std::move(*it);
    entries.erase(it);
    entries.push_back(std::move(hit));
    return entries.back().value;
}

} // namespace

QString filterKey(const Filter &filter)
{
    const QChar unit(0x1f);
    const QChar record(0x1e);
    const auto list = [&unit](QStringList values) {
        values.sort();
        return values.join(unit);
    };
    return list(filter.stores) + record + list(filter.channels) + record + list(filter.countries) + record +
           list(filter.categories) + record + filter.segment.trimmed();
}

struct WorkspaceSession::FilterEntry
{
    qint64 revision = -1;
    quint64 settingsVersion = 0; // 0 for a filter without a segment (settings do not matter)
    QString key;
    std::shared_ptr<const ResolvedFilter> value;
};

struct WorkspaceSession::BaseEntry
{
    qint64 revision = -1;
    quint64 settingsVersion = 0;
    QString key;
    std::shared_ptr<const CustomerBase> value;
};

struct WorkspaceSession::ClvEntry
{
    qint64 revision = -1;
    QString key;
    clv::WorkspaceClvRequest request; // calibration end, options and model; the line mask is the key's
    std::shared_ptr<const clv::WorkspaceClv> value;
};

WorkspaceSession::WorkspaceSession(QString workspacePath)
    : m_path(std::move(workspacePath))
    , m_presence(m_path)
    , m_snapshots(SnapshotCache::instance())
    , m_writes(m_path, [this] { settingsWritten(); })
{
}

WorkspaceSession::~WorkspaceSession()
{
    m_writes.waitForIdle();
    m_snapshots.forget(m_path);
}

Result<SnapshotPtr> WorkspaceSession::snapshot(const TaskControl &control)
{
    Result<SnapshotPtr> loaded = m_snapshots.get(m_path, control.loadProgress(0, 100));
    if (!loaded)
        return loaded.error();
    if (control.cancelled())
        return cancelledError();
    return loaded;
}

Result<WorkspaceSettingsPtr> WorkspaceSession::settings()
{
    quint64 version = 0;
    {
        QMutexLocker lock(&m_mutex);
        if (m_settings)
            return m_settings;
        version = m_settingsVersion;
    }
    Connection connection(m_path);
    if (!connection.isOpen())
        return connection.error();
    auto loaded = std::make_shared<WorkspaceSettings>();
    loaded->version = version;
    Result<SegmentGrid> grid = SegmentGrid::load(connection.db());
    if (!grid)
        return grid.error();
    loaded->grid = std::move(grid).value();
    Result<LifecycleSettings> lifecycle = LifecycleSettings::load(connection.db());
    if (!lifecycle)
        return lifecycle.error();
    loaded->lifecycle = std::move(lifecycle).value();
    Result<std::vector<SavedSegment>> segments = SegmentStore::list(connection.db());
    if (!segments)
        return segments.error();
    loaded->segments = std::move(segments).value();
    loaded->currency = workspaceCurrency(connection.db());
    Result<std::vector<SourceNotes>> notes = loadSourceNotes(connection.db());
    if (!notes)
        return notes.error();
    loaded->sourceNotes = std::move(notes).value();
    Result<KpiTargets> targets = loadKpiTargets(connection.db());
    if (targets)
        loaded->targets = std::move(targets).value();
    else
        loaded->targetsProblem = targets.error().message();

    QMutexLocker lock(&m_mutex);
    if (version != m_settingsVersion) // a write landed meanwhile: what was read may predate it
        return WorkspaceSettingsPtr(std::move(loaded));
    if (!m_settings)
        m_settings = loaded;
    return m_settings;
}

Result<ResolvedQueryPtr> WorkspaceSession::resolve(const Query &query, const TaskControl &control)
{
    Result<SnapshotPtr> loaded = snapshot(control.stage(0, 90));
    if (!loaded)
        return loaded.error();
    auto resolved = std::make_shared<ResolvedQuery>();
    resolved->snapshot = loaded.value();
    resolved->query = query;
    const Snapshot &s = *resolved->snapshot;
    completeQuery(resolved->query, s.asOfDate());
    resolved->period = resolvePeriod(s, resolved->query);
    WorkspaceSettingsPtr current;
    if (!query.filter.segment.trimmed().isEmpty()) {
        Result<WorkspaceSettingsPtr> read = settings();
        if (!read)
            return read.error();
        current = read.value();
    }
    auto filter = resolveFilter(resolved->snapshot, current, query.filter, control);
    if (!filter)
        return filter.error();
    resolved->filter = std::move(filter).value();
    control.progress(100);
    return ResolvedQueryPtr(std::move(resolved));
}

Result<std::shared_ptr<const ResolvedFilter>>
WorkspaceSession::resolveFilter(const SnapshotPtr &snapshot, const WorkspaceSettingsPtr &settings,
                                const Filter &filter, const TaskControl &control)
{
    const Snapshot &s = *snapshot;
    const QString key = filterKey(filter);
    const bool hasSegment = !filter.segment.trimmed().isEmpty();
    const quint64 version = hasSegment ? settings->version : 0;
    {
        QMutexLocker lock(&m_mutex);
        auto hit = recall(m_filters, [&](const FilterEntry &e) {
            return e.revision == s.revision && e.settingsVersion == version && e.key == key;
        });
        if (hit)
            return hit;
    }
    std::shared_ptr<ResolvedFilter> resolved;
    if (!hasSegment) {
        resolved = std::make_shared<ResolvedFilter>(analytics::resolveFilter(s, filter));
    } else {
        // The segment filter: the segment's members among the lines the other filters select.
        Filter others = filter;
        others.segment.clear();
        auto otherLines = resolveFilter(snapshot, settings, others, control);
        if (!otherLines)
            return otherLines.error();
        const ResolvedFilter &o = *otherLines.value();
        const std::vector<uint8_t> *otherMask = o.allLines ? nullptr : &o.lineMask;
        auto base = baseFor(snapshot, settings, others, otherMask, control);
        if (!base)
            return base.error();
        auto rows = segmentRowsByName(settings->segments, *base.value(), s, otherMask, filter.segment);
        if (!rows)
            return rows.error();
        const std::vector<uint8_t> allow = allowListFromRows(*base.value(), rows.value());
        resolved = std::make_shared<ResolvedFilter>(analytics::resolveFilter(s, filter, &allow));
    }
    if (control.cancelled())
        return cancelledError();
    QMutexLocker lock(&m_mutex);
    remember(m_filters, FilterEntry{s.revision, version, key, resolved}, kFilterEntries);
    return std::shared_ptr<const ResolvedFilter>(resolved);
}

Result<std::shared_ptr<const CustomerBase>>
WorkspaceSession::baseFor(const SnapshotPtr &snapshot, const WorkspaceSettingsPtr &settings,
                          const Filter &filter, const std::vector<uint8_t> *mask, const TaskControl &control)
{
    const QString key = filterKey(filter);
    {
        QMutexLocker lock(&m_mutex);
        auto hit = recall(m_bases, [&](const BaseEntry &e) {
            return e.revision == snapshot->revision && e.settingsVersion == settings->version && e.key == key;
        });
        if (hit)
            return hit;
    }
    auto base = std::make_shared<const CustomerBase>(
        CustomerBase::build(*snapshot, mask, settings->grid, settings->lifecycle));
    if (control.cancelled())
        return cancelledError();
    QMutexLocker lock(&m_mutex);
    remember(m_bases, BaseEntry{snapshot->revision, settings->version, key, base}, kBaseEntries);
    return base;
}

Result<std::shared_ptr<const CustomerBase>> WorkspaceSession::customerBase(const ResolvedQuery &resolved,
                                                                           const TaskControl &control)
{
    Result<WorkspaceSettingsPtr> current = settings();
    if (!current)
        return current.error();
    return baseFor(resolved.snapshot, current.value(), resolved.query.filter, resolved.mask(), control);
}

Result<std::shared_ptr<const clv::WorkspaceClv>>
WorkspaceSession::clv(const ResolvedQuery &resolved, const QDate &calibrationEnd, const TaskControl &control,
                      std::optional<clv::PurchaseModelKind> model)
{
    clv::WorkspaceClvRequest request;
    request.calibrationEnd = calibrationEnd;
    request.model = model;
    return clv(resolved, request, control);
}

Result<std::shared_ptr<const clv::WorkspaceClv>>
WorkspaceSession::clv(const ResolvedQuery &resolved, const clv::WorkspaceClvRequest &request,
                      const TaskControl &control)
{
    const QString key = filterKey(resolved.query.filter);
    const qint64 revision = resolved.snapshot->revision;
    clv::WorkspaceClvRequest entryRequest = request;
    entryRequest.lineMask.clear();
    {
        QMutexLocker lock(&m_mutex);
        auto hit = recall(m_clvs, [&](const ClvEntry &e) {
            return e.revision == revision && e.key == key && e.request == entryRequest;
        });
        if (hit)
            return hit;
    }
    clv::WorkspaceClvRequest fitRequest = entryRequest;
    if (const std::vector<uint8_t> *mask = resolved.mask())
        fitRequest.lineMask = *mask;
    Result<clv::WorkspaceClv> fitted =
        clv::fitWorkspaceClv(resolved.data(), fitRequest, control.cancelCheck());
    if (!fitted)
        return fitted.error();
    auto value = std::make_shared<const clv::WorkspaceClv>(std::move(fitted).value());
    QMutexLocker lock(&m_mutex);
    remember(m_clvs, ClvEntry{revision, key, entryRequest, value}, kClvEntries);
    return value;
}

Result<WorkspaceSummary> WorkspaceSession::summary(const TaskControl &control)
{
    Result<SnapshotPtr> loaded = snapshot(control);
    if (!loaded)
        return loaded.error();
    return summarizeSnapshot(*loaded.value());
}

QFuture<Result<void>> WorkspaceSession::saveSegment(const QString &originalName, const QString &name,
                                                    const SegmentRule &rule)
{
    return m_writes.submit([originalName, name, rule](QSqlDatabase &db) -> Result<void> {
        if (!originalName.isEmpty() && originalName != name.trimmed()) {
            const Result<void> renamed = SegmentStore::rename(db, originalName, name);
            if (!renamed)
                return renamed;
        }
        const Result<qint64> saved = SegmentStore::save(db, name, rule);
        if (!saved)
            return saved.error();
        return {};
    });
}

QFuture<Result<void>> WorkspaceSession::renameSegment(const QString &oldName, const QString &newName)
{
    return m_writes.submit(
        [oldName, newName](QSqlDatabase &db) { return SegmentStore::rename(db, oldName, newName); });
}

QFuture<Result<void>> WorkspaceSession::deleteSegment(const QString &name)
{
    return m_writes.submit([name](QSqlDatabase &db) { return SegmentStore::remove(db, name); });
}

QFuture<Result<void>> WorkspaceSession::saveLifecycleSettings(const LifecycleSettings &settings)
{
    return m_writes.submit([settings](QSqlDatabase &db) { return settings.save(db); });
}

QFuture<Result<void>> WorkspaceSession::saveSegmentGrid(const SegmentGrid &grid)
{
    return m_writes.submit([grid](QSqlDatabase &db) { return grid.save(db); });
}

QFuture<Result<void>> WorkspaceSession::saveKpiTargets(const KpiTargets &targets)
{
    return m_writes.submit([targets](QSqlDatabase &db) { return analytics::saveKpiTargets(db, targets); });
}

QFuture<Result<void>> WorkspaceSession::saveCurrency(const QString &code)
{
    return m_writes.submit([code](QSqlDatabase &db) { return setWorkspaceCurrency(db, code); });
}

QFuture<Result<void>> WorkspaceSession::write(WriteQueue::Action action)
{
    return m_writes.submit(std::move(action));
}

void WorkspaceSession::runExclusive(const std::function<void()> &work)
{
    m_writes.runExclusive(work);
}

void WorkspaceSession::waitForWrites()
{
    m_writes.waitForIdle();
}

void WorkspaceSession::reloadSettings()
{
    settingsWritten();
}

void WorkspaceSession::workspaceReplaced()
{
    m_snapshots.forget(m_path);
    removeSnapshotFile(m_path); // the old workspace's customers

    {
        QMutexLocker lock(&m_mutex);
        m_filters.clear();
        m_clvs.clear();
    }
    settingsWritten();
}

void WorkspaceSession::settingsWritten()
{
    QMutexLocker lock(&m_mutex);
    ++m_settingsVersion;
    m_settings.reset();
    // Entries of older settings can no longer match; free them now.
    const auto stale = [](const auto &e) { return e.settingsVersion != 0; };
    m_filters.erase(std::remove_if(m_filters.begin(), m_filters.end(), stale), m_filters.end());
    m_bases.clear();
}

} // namespace storelens::core::session
