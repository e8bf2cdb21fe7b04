#pragma once

#include "core/model/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <map>

namespace storelens::core::analytics {

// The user's target per KPI: kpiKey(KpiId) -> target, in the KPI's display unit (money in currency units,
// ratios as fractions, counts as whole numbers). A KPI without an entry has no target.
using KpiTargets = std::map<QString, double>;

// Reads the targets stored in the workspace's meta table (JSON under "kpi_targets"). A workspace without
// targets gives an empty map; unreadable JSON or an unknown KPI key is ErrorCode::Format.
Result<KpiTargets> loadKpiTargets(const QString &workspacePath);
// Replaces the stored targets. Unknown keys and values that are not finite numbers are
// ErrorCode::InvalidValue, and then nothing is written.
Result<void> saveKpiTargets(const QString &workspacePath, const KpiTargets &targets);
// The same on an open connection.
Result<KpiTargets> loadKpiTargets(QSqlDatabase &db);
Result<void> saveKpiTargets(QSqlDatabase &db, const KpiTargets &targets);

} // namespace storelens::core::analytics
