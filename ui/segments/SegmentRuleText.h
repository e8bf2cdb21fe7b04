#pragma once

#include "core/analytics/segments/RuleSegment.h"

#include <QCoreApplication>
#include <QString>

namespace storelens::ui {

// The words the rule builder shows for fields, operators and choice values (translated), apart from the keys
// rules are stored with.
class SegmentRuleText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::ui::SegmentRuleText)

public:
    static QString fieldLabel(core::analytics::RuleField field);
    static QString fieldGroupLabel(core::analytics::RuleField field); // "Customer", "Behaviour", "Purchases"
    static QString operatorLabel(core::analytics::RuleOperator op);
    // The shown text of a stored value: country, lifecycle and tier names, "Yes" / "No" / "Unknown", store
    // and channel names in the user's language (core::storeChannelDisplayName()); others as given.
    static QString valueLabel(core::analytics::RuleField field, const QString &value);
    // A one-line reading of a condition: "Country is any of DE, AT".
    static QString describe(const core::analytics::RuleCondition &condition);
};

} // namespace storelens::ui
