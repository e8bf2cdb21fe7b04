#pragma once

#include "core/analytics/segments/RuleSegment.h"

#include <optional>

namespace storelens::core::analytics::rules {

// The kind of value a field holds, which decides its operators and how its values parse.
enum class FieldKind { Text, Consent, Date, Integer, Money, Real, Choice, Bought };

FieldKind fieldKind(RuleField f);
bool operatorAllowed(FieldKind kind, RuleOperator op);

// "12.5" → 125000 ten-thousandths; at most four places; std::nullopt when not a number.
std::optional<int64_t> parseMoneyUnits(const QString &text);
// The distinct values of a text field (country, region, city, gender, age band, loyalty tier, acquisition
// channel): what the rule editor offers.
const QStringList &textValues(const Snapshot &snapshot, RuleField f);
// One customer's value of a text field: what a rule tests.
QString textAttribute(const Snapshot &snapshot, size_t customer, RuleField f);
// "true" → 1, "false" → 0, "unknown" → -1.
std::optional<int> parseConsent(const QString &text);

} // namespace storelens::core::analytics::rules
