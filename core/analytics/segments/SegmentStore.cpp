#include "core/analytics/segments/SegmentStore.h"

#include "core/analytics/clv/WorkspaceClv.h"
#include "core/analytics/segments/SegmentSummary.h"
#include "core/analytics/segments/SegmentWorkspaceBase.h"
#include "core/store/NamedRowTable.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace storelens::core::analytics {

namespace {

class SegmentStoreText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::analytics::SegmentStore)
};

NamedRowTable segmentTable(QSqlDatabase &db)
{
    return NamedRowTable(db, QStringLiteral("segments"),
                         {SegmentStoreText::tr("The saved segments could not be read or written: %1"),
                          SegmentStoreText::tr("There is no segment named \"%1\"."),
                          SegmentStoreText::tr("A segment needs a name."),
                          SegmentStoreText::tr("A segment named \"%1\" exists already.")});
}

// A rule on predicted CLV or probability alive reads the CLV models' figures (METRICS.md section 8): attach
// them to a copy of the base when it has none.
Result<std::vector<uint8_t>> evaluateRule(const SegmentRule &rule, const CustomerBase &base,
                                          const Snapshot &snapshot, const std::vector<uint8_t> *lineMask)
{
    if (!clv::ruleUsesClv(rule) || base.predictedClv.size() == base.size())
        return rule.evaluate(base, snapshot, lineMask);
    CustomerBase withClv = base;
    const Result<void> attached = clv::attachClvForRule(withClv, snapshot, lineMask, rule);
    if (!attached)
        return attached.error();
    return rule.evaluate(withClv, snapshot, lineMask);
}

// The built-in groups a segment filter may name: RFM segments of the grid, lifecycle stages, value tiers.
std::optional<std::vector<uint8_t>> builtInRows(const CustomerBase &base, const QString &segmentName)
{
    const int rfmIndex = base.grid.indexOf(segmentName);
    if (rfmIndex >= 0)
        return rfmSegmentMembers(base, rfmIndex);
    if (const auto stage = lifecycleFromKey(segmentName.trimmed()))
        return lifecycleMembers(base, *stage);
    if (const auto tier = valueTierFromKey(segmentName.trimmed()))
        return valueTierMembers(base, *tier);
    return std::nullopt;
}

} // namespace

std::vector<uint8_t> allowListFromRows(const CustomerBase &base, const std::vector<uint8_t> &rows)
{
    std::vector<uint8_t> allow(base.metrics.rowOfCustomer.size(), 0);
    for (size_t row = 0; row < rows.size(); ++row) {
        if (rows[row])
            allow[size_t(base.metrics.population[row])] = 1;
    }
    return allow;
}

Result<std::vector<SavedSegment>> SegmentStore::list(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, name, rule_json FROM segments ORDER BY name COLLATE NOCASE")))
        return segmentTable(db).databaseError(q);
    std::vector<SavedSegment> result;
    while (q.next()) {
        Result<SegmentRule> rule = SegmentRule::fromJson(q.value(2).toString());
        if (!rule)
            return Error(ErrorCode::Format,
                         SegmentStoreText::tr("The saved segment \"%1\" cannot be read: %2")
                             .arg(q.value(1).toString(), rule.error().message()));
        result.push_back(
            SavedSegment{q.value(0).toLongLong(), q.value(1).toString(), std::move(rule).value()});
    }
    return result;
}

Result<SavedSegment> SegmentStore::find(QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, name, rule_json FROM segments WHERE name = ? COLLATE NOCASE"));
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return segmentTable(db).databaseError(q);
    if (!q.next())
        return segmentTable(db).notFound(name);
    Result<SegmentRule> rule = SegmentRule::fromJson(q.value(2).toString());
    if (!rule)
        return Error(ErrorCode::Format, SegmentStoreText::tr("The saved segment \"%1\" cannot be read: %2")
                                            .arg(q.value(1).toString(), rule.error().message()));
    return SavedSegment{q.value(0).toLongLong(), q.value(1).toString(), std::move(rule).value()};
}

Result<qint64> SegmentStore::save(QSqlDatabase &db, const QString &name, const SegmentRule &rule)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return segmentTable(db).nameMissing();
    const Result<void> valid = rule.validate();
    if (!valid)
        return valid.error();
    const Result<SavedSegment> existing = find(db, trimmed);
    if (!existing && existing.error().code() != ErrorCode::NotFound)
        return existing.error();
    QSqlQuery q(db);
    if (existing) {
        q.prepare(QStringLiteral("UPDATE segments SET rule_json = ? WHERE id = ?"));
        q.addBindValue(rule.toJson());
        q.addBindValue(existing->id);
        if (!q.exec())
            return segmentTable(db).databaseError(q);
        return existing->id;
    }
    q.prepare(QStringLiteral("INSERT INTO segments(name, rule_json) VALUES(?, ?)"));
    q.addBindValue(trimmed);
    q.addBindValue(rule.toJson());
    if (!q.exec())
        return segmentTable(db).databaseError(q);
    return q.lastInsertId().toLongLong();
}

Result<void> SegmentStore::rename(QSqlDatabase &db, const QString &oldName, const QString &newName)
{
    const NamedRowTable table = segmentTable(db);
    const Result<SavedSegment> existing = table.renameTarget(oldName, newName, &SegmentStore::find);
    if (!existing)
        return existing.error();
    return table.setName(existing->id, newName.trimmed());
}

Result<void> SegmentStore::remove(QSqlDatabase &db, const QString &name)
{
    return segmentTable(db).remove(name);
}

Result<std::vector<uint8_t>> segmentAllowList(const CustomerBase &base, const Snapshot &snapshot,
                                              const std::vector<uint8_t> *otherFiltersMask,
                                              const SegmentRule &rule)
{
    Result<std::vector<uint8_t>> rows = evaluateRule(rule, base, snapshot, otherFiltersMask);
    if (!rows)
        return rows.error();
    return allowListFromRows(base, rows.value());
}

Result<std::vector<uint8_t>> segmentRowsByName(QSqlDatabase &db, const CustomerBase &base,
                                               const Snapshot &snapshot, const std::vector<uint8_t> *lineMask,
                                               const QString &segmentName)
{
    const Result<SavedSegment> saved = SegmentStore::find(db, segmentName);
    if (saved)
        return evaluateRule(saved->rule, base, snapshot, lineMask);
    if (saved.error().code() != ErrorCode::NotFound)
        return saved.error();
    if (auto rows = builtInRows(base, segmentName))
        return std::move(*rows);
    return segmentTable(db).notFound(segmentName);
}

Result<std::vector<uint8_t>> segmentRowsByName(const std::vector<SavedSegment> &saved,
                                               const CustomerBase &base, const Snapshot &snapshot,
                                               const std::vector<uint8_t> *lineMask,
                                               const QString &segmentName)
{
    const QString trimmed = segmentName.trimmed();
    for (const SavedSegment &segment : saved) {
        if (segment.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return evaluateRule(segment.rule, base, snapshot, lineMask);
    }
    if (auto rows = builtInRows(base, segmentName))
        return std::move(*rows);
    return Error(ErrorCode::NotFound,
                 SegmentStoreText::tr("There is no segment named \"%1\".").arg(segmentName));
}

Result<std::vector<uint8_t>> segmentAllowList(QSqlDatabase &db, const Snapshot &snapshot,
                                              const std::vector<uint8_t> *otherFiltersMask,
                                              const QString &segmentName)
{
    const Result<CustomerBase> base = buildWorkspaceCustomerBase(db, snapshot, otherFiltersMask);
    if (!base)
        return base.error();
    const Result<std::vector<uint8_t>> rows =
        segmentRowsByName(db, base.value(), snapshot, otherFiltersMask, segmentName);
    if (!rows)
        return rows.error();
    return allowListFromRows(base.value(), rows.value());
}

} // namespace storelens::core::analytics
