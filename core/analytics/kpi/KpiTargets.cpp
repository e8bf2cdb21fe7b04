#include "core/analytics/kpi/KpiTargets.h"

#include "core/analytics/kpi/KpiResult.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace storelens::core::analytics {

namespace {

class KpiTargetsText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::analytics::KpiTargets)
};

QString metaKey()
{
    return QStringLiteral("kpi_targets");
}

bool isKnownKey(const QString &key)
{
    KpiId id;
    return kpiFromKey(key, &id);
}

} // namespace

Result<KpiTargets> loadKpiTargets(const QString &workspacePath)
{
    Connection connection(workspacePath, Connection::Access::ReadOnly);
    if (!connection.isOpen())
        return connection.error();
    return loadKpiTargets(connection.db());
}

Result<KpiTargets> loadKpiTargets(QSqlDatabase &db)
{
    const QString workspacePath = db.databaseName();
    const QString json = metaValue(db, metaKey());
    KpiTargets targets;
    if (json.isEmpty())
        return targets;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (!doc.isObject())
        return Error(ErrorCode::Format,
                     KpiTargetsText::tr("The KPI targets stored in the workspace cannot be read: %1")
                         .arg(parseError.errorString()),
                     workspacePath);
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!isKnownKey(it.key()) || !it.value().isDouble())
            return Error(ErrorCode::Format,
                         KpiTargetsText::tr("The KPI target \"%1\" stored in the workspace cannot be read.")
                             .arg(it.key()),
                         workspacePath);
        targets[it.key()] = it.value().toDouble();
    }
    return targets;
}

Result<void> saveKpiTargets(const QString &workspacePath, const KpiTargets &targets)
{
    Connection connection(workspacePath);
    if (!connection.isOpen())
        return connection.error();
    return saveKpiTargets(connection.db(), targets);
}

Result<void> saveKpiTargets(QSqlDatabase &db, const KpiTargets &targets)
{
    QJsonObject object;
    for (const auto &[key, value] : targets) {
        if (!isKnownKey(key))
            return Error(ErrorCode::InvalidValue,
                         KpiTargetsText::tr("There is no KPI named \"%1\".").arg(key));
        if (!std::isfinite(value))
            return Error(ErrorCode::InvalidValue,
                         KpiTargetsText::tr("The target for \"%1\" is not a number.").arg(key));
        object.insert(key, value);
    }
    return setMetaValue(db, metaKey(),
                        QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

} // namespace storelens::core::analytics
