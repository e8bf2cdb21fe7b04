#include "core/analytics/segments/Lifecycle.h"

#include "core/analytics/segments/PercentileCuts.h"
#include "core/analytics/segments/Rfm.h"
#include "core/store/MetaSetting.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace storelens::core::analytics {

namespace {

class LifecycleText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::analytics::Lifecycle)
};

// The key (CLI, JSON) and display name of each lifecycle stage and value tier, in enum order.
struct GroupName
{
    const char *key;
    const char *name; // source text of the Lifecycle translation context
};

constexpr GroupName kStageNames[kLifecycleStageCount] = {
    {"new", QT_TRANSLATE_NOOP("storelens::core::analytics::Lifecycle", "New")},
    {"lapsed", QT_TRANSLATE_NOOP("storelens::core::analytics::Lifecycle", "Lapsed")},
    {"at_risk", QT_TRANSLATE_NOOP("storelens::core::analytics::Lifecycle", "At risk")},
    {"active", QT_TRANSLATE_NOOP("storelens::core::analytics::Lifecycle", "Active")},
};

constexpr GroupName kTierNames[kValueTierCount] = {
    {"high", QT_TRANSLATE_NOOP("storelens::core::analytics::Lifecycle", "High value")},
    {"medium", QT_TRANSLATE_NOOP("storelens::core::analytics::Lifecycle", "Medium value")},
    {"low", QT_TRANSLATE_NOOP("storelens::core::analytics::Lifecycle", "Low value")},
};

// The group whose key or display name is `text` (case-insensitive).
template<typename Group, size_t N>
std::optional<Group> groupFromKey(const GroupName (&names)[N], const QString &text)
{
    for (size_t i = 0; i < N; ++i) {
        if (text.compare(QLatin1String(names[i].key), Qt::CaseInsensitive) == 0 ||
            text.compare(LifecycleText::tr(names[i].name), Qt::CaseInsensitive) == 0)
            return Group(i);
    }
    return std::nullopt;
}

} // namespace

QString lifecycleKey(LifecycleStage s)
{
    return QLatin1String(kStageNames[size_t(s)].key);
}

std::optional<LifecycleStage> lifecycleFromKey(const QString &key)
{
    return groupFromKey<LifecycleStage>(kStageNames, key);
}

QString lifecycleDisplayName(LifecycleStage s)
{
    return LifecycleText::tr(kStageNames[size_t(s)].name);
}

QString valueTierKey(ValueTier t)
{
    return QLatin1String(kTierNames[size_t(t)].key);
}

std::optional<ValueTier> valueTierFromKey(const QString &key)
{
    return groupFromKey<ValueTier>(kTierNames, key);
}

QString valueTierDisplayName(ValueTier t)
{
    return LifecycleText::tr(kTierNames[size_t(t)].name);
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
    return loadMetaSetting<LifecycleSettings>(db);
}

Result<void> LifecycleSettings::save(QSqlDatabase &db) const
{
    return saveMetaSetting(db, *this);
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
    // percentile::atLeast(t, n, p) is 100t ≥ 2pn: the tiers need two cuts, no ranks.
    const auto count = int64_t(n);
    const std::vector<percentile::Cut> cut =
        percentile::cuts(clv.data(), n,
                         {percentile::RankAtLeast{100, 2 * int64_t(settings.highPercent) * count},
                          percentile::RankAtLeast{100, 2 * int64_t(settings.mediumPercent) * count}});
    for (size_t row = 0; row < n; ++row) {
        if (cut[0].admits(clv[row]))
            result.tier[row] = ValueTier::High;
        else if (cut[1].admits(clv[row]))
            result.tier[row] = ValueTier::Medium;
        else
            result.tier[row] = ValueTier::Low;
    }
    return result;
}

} // namespace storelens::core::analytics
