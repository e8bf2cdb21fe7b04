#include "core/analytics/segments/Lifecycle.h"

#include "core/analytics/segments/Rfm.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace storelens::core::analytics {

namespace {

class LifecycleText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::analytics::Lifecycle)
};

} // namespace

QString lifecycleKey(LifecycleStage s)
{
    switch (s) {
    case LifecycleStage::New:
        return QStringLiteral("new");
    case LifecycleStage::Lapsed:
        return QStringLiteral("lapsed");
    case LifecycleStage::AtRisk:
        return QStringLiteral("at_risk");
    case LifecycleStage::Active:
        break;
    }
    return QStringLiteral("active");
}

std::optional<LifecycleStage> lifecycleFromKey(const QString &key)
{
    for (int i = 0; i < kLifecycleStageCount; ++i) {
        const auto s = LifecycleStage(i);
        if (key.compare(lifecycleKey(s), Qt::CaseInsensitive) == 0 ||
            key.compare(lifecycleDisplayName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QString lifecycleDisplayName(LifecycleStage s)
{
    switch (s) {
    case LifecycleStage::New:
        return LifecycleText::tr("New");
    case LifecycleStage::Lapsed:
        return LifecycleText::tr("Lapsed");
    case LifecycleStage::AtRisk:
        return LifecycleText::tr("At risk");
    case LifecycleStage::Active:
        break;
    }
    return LifecycleText::tr("Active");
}

QString valueTierKey(ValueTier t)
{
    switch (t) {
    case ValueTier::High:
        return QStringLiteral("high");
    case ValueTier::Medium:
        return QStringLiteral("medium");
    case ValueTier::Low:
        break;
    }
    return QStringLiteral("low");
}

std::optional<ValueTier> valueTierFromKey(const QString &key)
{
    for (int i = 0; i < kValueTierCount; ++i) {
        const auto t = ValueTier(i);
        if (key.compare(valueTierKey(t), Qt::CaseInsensitive) == 0 ||
            key.compare(valueTierDisplayName(t), Qt::CaseInsensitive) == 0)
            return t;
    }
    return std::nullopt;
}

QString valueTierDisplayName(ValueTier t)
{
    switch (t) {
    case ValueTier::High:
        return LifecycleText::tr("High value");
    case ValueTier::Medium:
        return LifecycleText::tr("Medium value");
    case ValueTier::Low:
        break;
    }
    return LifecycleText::tr("Low value");
}

QString LifecycleSettings::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("newDays"), newDays);
    o.insert(QStringLiteral("lapsedDays"), lapsedDays);
    o.insert(QStringLiteral("atRiskDays"), atRiskDays);
    o.insert(QStringLiteral("highPercent"), highPercent);
    o.insert(QStringLiteral("mediumPercent"), mediumPercent);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<LifecycleSettings> LifecycleSettings::fromJson(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return Error(ErrorCode::Format, LifecycleText::tr("The lifecycle settings are not valid JSON."));
    const QJsonObject o = doc.object();
    LifecycleSettings s;
    s.newDays = o.value(QStringLiteral("newDays")).toInt(s.newDays);
    s.lapsedDays = o.value(QStringLiteral("lapsedDays")).toInt(s.lapsedDays);
    s.atRiskDays = o.value(QStringLiteral("atRiskDays")).toInt(s.atRiskDays);
    s.highPercent = o.value(QStringLiteral("highPercent")).toInt(s.highPercent);
    s.mediumPercent = o.value(QStringLiteral("mediumPercent")).toInt(s.mediumPercent);
    if (s.newDays < 1 || s.lapsedDays < 1 || s.atRiskDays < 1 || s.mediumPercent < 0 ||
        s.highPercent < s.mediumPercent || s.highPercent > 100)
        return Error(
            ErrorCode::InvalidValue,
            LifecycleText::tr(
                "The lifecycle settings are out of range: day thresholds must be at least 1 and the value "
                "tier percentages between 0 and 100, high not below medium."));
    return s;
}

Result<LifecycleSettings> LifecycleSettings::load(QSqlDatabase &db)
{
    const QString json = metaValue(db, metaKey());
    if (json.isEmpty())
        return LifecycleSettings();
    return fromJson(json);
}

Result<void> LifecycleSettings::save(QSqlDatabase &db) const
{
    return setMetaValue(db, metaKey(), toJson());
}

LifecycleStage lifecycleStage(int32_t firstDay, int32_t lastDay, int32_t asOfDay, const LifecycleSettings &s)
{
    if (firstDay >= asOfDay - (s.newDays - 1))
        return LifecycleStage::New;
    if (lastDay <= asOfDay - s.lapsedDays)
        return LifecycleStage::Lapsed;
    if (lastDay <= asOfDay - s.atRiskDays)
        return LifecycleStage::AtRisk;
    return LifecycleStage::Active;
}

LifecycleResult LifecycleResult::compute(const CustomerMetrics &metrics, const LifecycleSettings &settings)
{
    LifecycleResult result;
    const size_t n = metrics.size();
    result.stage.resize(n);
    result.tier.resize(n);
    std::vector<int64_t> clv(n);
    for (size_t row = 0; row < n; ++row) {
        const size_t c = size_t(metrics.population[row]);
        result.stage[row] =
            lifecycleStage(metrics.firstDay[c], metrics.lastDay[c], metrics.asOfDay, settings);
        clv[row] = metrics.netSales[c];
    }
    const std::vector<int64_t> twice = percentile::twiceRanks(clv);
    const int64_t count = int64_t(n);
    for (size_t row = 0; row < n; ++row) {
        if (percentile::atLeast(twice[row], count, settings.highPercent))
            result.tier[row] = ValueTier::High;
        else if (percentile::atLeast(twice[row], count, settings.mediumPercent))
            result.tier[row] = ValueTier::Medium;
        else
            result.tier[row] = ValueTier::Low;
    }
    return result;
}

} // namespace storelens::core::analytics
