#include "core/analytics/segments/SegmentRuleCatalog.h"

#include "core/analytics/segments/Lifecycle.h"
#include "core/model/Countries.h"
#include "core/model/DisplayNames.h"

#include <algorithm>

namespace storelens::core::analytics {

namespace {

QStringList sortedDistinct(QStringList values)
{
    values.removeAll(QString());
    std::sort(values.begin(), values.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    values.erase(std::unique(values.begin(), values.end(),
                             [](const QString &a, const QString &b) {
                                 return a.compare(b, Qt::CaseInsensitive) == 0;
                             }),
                 values.end());
    return values;
}

} // namespace

std::vector<RuleField> ruleFields()
{
    std::vector<RuleField> fields;
    for (int f = int(RuleField::Country); f <= int(RuleField::BoughtInChannel); ++f)
        fields.push_back(RuleField(f));
    return fields;
}

std::vector<RuleOperator> ruleOperators(RuleField field)
{
    const rules::FieldKind kind = rules::fieldKind(field);
    std::vector<RuleOperator> result;
    for (int op = int(RuleOperator::Equal); op <= int(RuleOperator::Between); ++op) {
        if (rules::operatorAllowed(kind, RuleOperator(op)))
            result.push_back(RuleOperator(op));
    }
    return result;
}

QStringList ruleFieldValues(RuleField field, const Snapshot &snapshot, const SegmentGrid &grid)
{
    switch (rules::fieldKind(field)) {
    case rules::FieldKind::Text:
        if (field == RuleField::Country) {
            // Keys, in the order of the names the editor shows (countryDisplayName()).
            QStringList keys = sortedDistinct(snapshot.countries);
            std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
                return countryDisplayName(a).compare(countryDisplayName(b), Qt::CaseInsensitive) < 0;
            });
            return keys;
        }
        return sortedDistinct(rules::textValues(snapshot, field));
    case rules::FieldKind::Consent:
        return {QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("unknown")};
    default:
        break;
    }
    switch (field) {
    case RuleField::RfmSegment:
        return grid.segmentNames();
    case RuleField::Lifecycle: {
        QStringList keys;
        for (int i = 0; i < kLifecycleStageCount; ++i)
            keys.append(lifecycleKey(LifecycleStage(i)));
        return keys;
    }
    case RuleField::ValueTier: {
        QStringList keys;
        for (int i = 0; i < kValueTierCount; ++i)
            keys.append(valueTierKey(ValueTier(i)));
        return keys;
    }
    case RuleField::BoughtCategory:
        return sortedDistinct(snapshot.categories);
    case RuleField::BoughtSku:
        return sortedDistinct(snapshot.skus.toList());
    case RuleField::BoughtInStore:
    case RuleField::BoughtInChannel: {
        // Stored names, in the order of the names the editor shows (storeChannelDisplayName()).
        QStringList names =
            sortedDistinct(field == RuleField::BoughtInStore ? snapshot.stores : snapshot.channels);
        std::stable_sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
            return storeChannelDisplayName(a).compare(storeChannelDisplayName(b), Qt::CaseInsensitive) < 0;
        });
        return names;
    }
    default:
        break;
    }
    return {};
}

} // namespace storelens::core::analytics
