#include "ui/segments/SegmentRuleText.h"

#include "core/analytics/segments/Lifecycle.h"
#include "core/analytics/segments/RuleSegmentInternal.h"
#include "core/model/Countries.h"
#include "core/model/DisplayNames.h"

namespace storelens::ui {

using core::analytics::RuleField;
using core::analytics::RuleOperator;

QString SegmentRuleText::fieldLabel(RuleField field)
{
    switch (field) {
    case RuleField::Country:
        return tr("Country");
    case RuleField::Region:
        return tr("Region");
    case RuleField::City:
        return tr("City");
    case RuleField::Gender:
        return tr("Gender");
    case RuleField::AgeBand:
        return tr("Age band");
    case RuleField::LoyaltyTier:
        return tr("Loyalty tier");
    case RuleField::ConsentEmail:
        return tr("Email consent");
    case RuleField::ConsentSms:
        return tr("SMS consent");
    case RuleField::AcquisitionChannel:
        return tr("Acquisition channel");
    case RuleField::FirstPurchase:
        return tr("First purchase");
    case RuleField::LastPurchase:
        return tr("Last purchase");
    case RuleField::Orders:
        return tr("Orders");
    case RuleField::NetSales:
        return tr("Net sales");
    case RuleField::Aov:
        return tr("Average order value");
    case RuleField::Recency:
        return tr("Days since last purchase");
    case RuleField::RScore:
        return tr("Recency score (R)");
    case RuleField::FScore:
        return tr("Frequency score (F)");
    case RuleField::MScore:
        return tr("Monetary score (M)");
    case RuleField::RfmSegment:
        return tr("RFM segment");
    case RuleField::Lifecycle:
        return tr("Lifecycle stage");
    case RuleField::ValueTier:
        return tr("Value tier");
    case RuleField::PredictedClv:
        return tr("Predicted CLV");
    case RuleField::ProbabilityAlive:
        return tr("Probability still active");
    case RuleField::BoughtCategory:
        return tr("Bought in category");
    case RuleField::BoughtSku:
        return tr("Bought product");
    case RuleField::BoughtInStore:
        return tr("Bought in store");
    case RuleField::BoughtInChannel:
        return tr("Bought in channel");
    }
    return {};
}

QString SegmentRuleText::fieldGroupLabel(RuleField field)
{
    if (int(field) <= int(RuleField::LastPurchase))
        return tr("Customer");
    if (int(field) <= int(RuleField::ProbabilityAlive))
        return tr("Behaviour");
    return tr("Purchases");
}

QString SegmentRuleText::operatorLabel(RuleOperator op)
{
    switch (op) {
    case RuleOperator::Equal:
        return tr("is");
    case RuleOperator::NotEqual:
        return tr("is not");
    case RuleOperator::Less:
        return tr("is less than");
    case RuleOperator::LessOrEqual:
        return tr("is at most");
    case RuleOperator::Greater:
        return tr("is more than");
    case RuleOperator::GreaterOrEqual:
        return tr("is at least");
    case RuleOperator::Contains:
        return tr("contains");
    case RuleOperator::InList:
        return tr("is any of");
    case RuleOperator::Between:
        return tr("is between");
    }
    return {};
}

QString SegmentRuleText::valueLabel(RuleField field, const QString &value)
{
    using namespace core::analytics;
    switch (rules::fieldKind(field)) {
    case rules::FieldKind::Consent: {
        const auto consent = rules::parseConsent(value);
        if (consent == 1)
            return tr("Yes");
        if (consent == 0)
            return tr("No");
        return tr("Unknown");
    }
    case rules::FieldKind::Text:
        if (field == RuleField::Country)
            return core::countryDisplayName(value);
        break;
    case rules::FieldKind::Bought:
        // "Main store" reads "Hauptfiliale" as on every other screen; the rule keeps the stored name.
        if (field == RuleField::BoughtInStore || field == RuleField::BoughtInChannel)
            return core::storeChannelDisplayName(value);
        break;
    case rules::FieldKind::Choice:
        if (field == RuleField::Lifecycle) {
            if (const auto stage = lifecycleFromKey(value))
                return lifecycleDisplayName(*stage);
        } else if (field == RuleField::ValueTier) {
            if (const auto tier = valueTierFromKey(value))
                return valueTierDisplayName(*tier);
        }
        break;
    default:
        break;
    }
    return value;
}

QString SegmentRuleText::describe(const core::analytics::RuleCondition &condition)
{
    QStringList values;
    for (const QString &v : condition.values)
        values.append(valueLabel(condition.field, v));
    const QString joined = condition.op == RuleOperator::Between
                               ? tr("%1 and %2").arg(values.value(0), values.value(1))
                               : values.join(QStringLiteral(", "));
    return tr("%1 %2 %3").arg(fieldLabel(condition.field), operatorLabel(condition.op), joined);
}

} // namespace storelens::ui
