#pragma once

#include "core/analytics/customers/CustomerMetrics.h"
#include "core/model/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace storelens::core::analytics {

// METRICS.md section 6. Stages are evaluated in this order: New, Lapsed, At risk, Active.
enum class LifecycleStage : uint8_t { New, Lapsed, AtRisk, Active };
enum class ValueTier : uint8_t { High, Medium, Low };

constexpr int kLifecycleStageCount = 4;
constexpr int kValueTierCount = 3;

QString lifecycleKey(LifecycleStage s); // "new", "lapsed", "at_risk", "active" (CLI, JSON, rules)
std::optional<LifecycleStage> lifecycleFromKey(const QString &key);
QString lifecycleDisplayName(LifecycleStage s); // translated
QString valueTierKey(ValueTier t);              // "high", "medium", "low"
std::optional<ValueTier> valueTierFromKey(const QString &key);
QString valueTierDisplayName(ValueTier t);

// Thresholds (settings saved in the workspace, meta key "analytics.lifecycle"). "The last N days" are the
// as-of date and the N − 1 days before it.
struct LifecycleSettings
{
    int newDays = 30;       // New: first purchase day ≥ as-of − (newDays − 1)
    int lapsedDays = 180;   // Lapsed: last purchase day ≤ as-of − lapsedDays
    int atRiskDays = 90;    // At risk: last purchase day ≤ as-of − atRiskDays
    int highPercent = 80;   // High tier: pr ≥ 0.80
    int mediumPercent = 50; // Medium tier: 0.50 ≤ pr < 0.80

    bool operator==(const LifecycleSettings &o) const
    {
        return newDays == o.newDays && lapsedDays == o.lapsedDays && atRiskDays == o.atRiskDays &&
               highPercent == o.highPercent && mediumPercent == o.mediumPercent;
    }

    QString toJson() const;
    static Result<LifecycleSettings> fromJson(const QString &json);
    static Result<LifecycleSettings> load(QSqlDatabase &db); // defaults when none is saved
    Result<void> save(QSqlDatabase &db) const;
    static QString metaKey() { return QStringLiteral("analytics.lifecycle"); }
};

LifecycleStage lifecycleStage(int32_t firstDay, int32_t lastDay, int32_t asOfDay, const LifecycleSettings &s);

// Stage and value tier of every population row of a CustomerMetrics. The tier ranks historical CLV (net sales
// up to the as-of date, the same number as RFM monetary) with the tie-aware percentile of section 5.
struct LifecycleResult
{
    std::vector<LifecycleStage> stage;
    std::vector<ValueTier> tier;

    static LifecycleResult compute(const CustomerMetrics &metrics, const LifecycleSettings &settings);
};

} // namespace storelens::core::analytics
