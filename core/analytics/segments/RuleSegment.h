#pragma once

#include "core/analytics/customers/CustomerBase.h"
#include "core/analytics/snapshot/Snapshot.h"
#include "core/model/Result.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace storelens::core::analytics {

// What a rule condition looks at (METRICS.md section 7).
enum class RuleField {
    // Customer attributes
    Country,
    Region,
    City,
    Gender,
    AgeBand,
    LoyaltyTier,
    ConsentEmail,
    ConsentSms,
    AcquisitionChannel,
    FirstPurchase,
    LastPurchase,
    // Computed metrics
    Orders,
    NetSales,
    Aov,
    Recency,
    RScore,
    FScore,
    MScore,
    RfmSegment,
    Lifecycle,
    ValueTier,
    PredictedClv,
    ProbabilityAlive,
    BoughtCategory,
    BoughtSku,
    BoughtInStore,
    BoughtInChannel,
};

enum class RuleOperator {
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Contains,
    InList,
    Between
};
enum class RuleJoin { And, Or };

// JSON keys: fields "country", "region", "city", "gender", "age_band", "loyalty_tier", "consent_email",
// "consent_sms", "acquisition_channel", "first_purchase", "last_purchase", "orders", "net_sales", "aov",
// "recency", "r_score", "f_score", "m_score", "rfm_segment", "lifecycle", "value_tier", "predicted_clv",
// "probability_alive", "bought_category", "bought_sku", "bought_in_store", "bought_in_channel";
// operators "=", "!=", "<", "<=", ">", ">=", "contains", "in", "between"; joins "and", "or".
QString ruleFieldKey(RuleField f);
std::optional<RuleField> ruleFieldFromKey(const QString &key);
QString ruleOperatorKey(RuleOperator op);
std::optional<RuleOperator> ruleOperatorFromKey(const QString &key);

// One condition. Values are text in "C" form: numbers "12", money "199.99", dates "2024-03-31", consent
// "true" / "false" / "unknown", lifecycle and tier keys, segment names. "between" takes two values (closed
// range), "in" one or more, every other operator exactly one. Text compares case-insensitively.
// The bought_* fields take =, != (bought none of them), in and contains (on the name); they look at sale
// lines within the filters. Stores and channels match by their stored name ("Main store") or by the name
// the screens show in the user's language ("Hauptfiliale"); the editor stores the stored name of a value
// picked from its list, so that the rule reads the same in every language.
struct RuleCondition
{
    RuleField field = RuleField::Country;
    RuleOperator op = RuleOperator::Equal;
    QStringList values;
    bool operator==(const RuleCondition &o) const
    {
        return field == o.field && op == o.op && values == o.values;
    }
};

struct RuleGroup
{
    RuleJoin join = RuleJoin::And;
    std::vector<RuleCondition> conditions;
    bool operator==(const RuleGroup &o) const { return join == o.join && conditions == o.conditions; }
};

// A segment built by the user: groups joined by `join`, each group's conditions joined by its own join (one
// level of grouping). A rule without groups matches the whole population.
// JSON: {"version":1,"join":"and","groups":[{"join":"or","conditions":[{"field":"country","op":"=",
//        "values":["DE"]}, …]}, …]}
class SegmentRule
{
public:
    RuleJoin join() const { return m_join; }
    void setJoin(RuleJoin j) { m_join = j; }
    const std::vector<RuleGroup> &groups() const { return m_groups; }
    void addGroup(RuleGroup g) { m_groups.push_back(std::move(g)); }
    void clear() { m_groups.clear(); }

    // Checks every condition's field / operator / value combination.
    Result<void> validate() const;

    QString toJson() const;
    static Result<SegmentRule> fromJson(const QString &json);

    // One flag per population row of `base` (1 = member). `snapshot` and `lineMask` must be the ones `base`
    // was built from (the bought_* conditions scan them).
    Result<std::vector<uint8_t>> evaluate(const CustomerBase &base, const Snapshot &snapshot,
                                          const std::vector<uint8_t> *lineMask) const;

    bool operator==(const SegmentRule &o) const { return m_join == o.m_join && m_groups == o.m_groups; }

private:
    RuleJoin m_join = RuleJoin::And;
    std::vector<RuleGroup> m_groups;
};

// The values of a condition on a text or bought_* field that name nothing in `snapshot`: no country, region,
// city, …, category, SKU or product, store or channel is called so (for "contains": has it in its name);
// stores and channels count by their stored name and by their name in the user's language. Such a
// condition holds for nobody (with "is not": for everybody), so a rule editor flags them. Empty values are
// left out; other fields give none.
QStringList unmatchedRuleValues(const RuleCondition &condition, const Snapshot &snapshot);

} // namespace storelens::core::analytics
