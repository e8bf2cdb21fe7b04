#include "core/analytics/segments/RuleSegmentInternal.h"
#include "core/model/Countries.h"
#include "core/model/DisplayNames.h"
#include "core/model/Money.h"

#include <algorithm>
#include <cmath>

namespace storelens::core::analytics {

namespace rules {

namespace {

CustomerTable::Attribute customerAttribute(RuleField f)
{
    switch (f) {
    case RuleField::Region:
        return CustomerTable::Attribute::Region;
    case RuleField::City:
        return CustomerTable::Attribute::City;
    case RuleField::Gender:
        return CustomerTable::Attribute::Gender;
    case RuleField::AgeBand:
        return CustomerTable::Attribute::AgeBand;
    case RuleField::LoyaltyTier:
        return CustomerTable::Attribute::LoyaltyTier;
    default:
        break;
    }
    return CustomerTable::Attribute::AcquisitionChannel;
}

} // namespace

const QStringList &textValues(const Snapshot &snapshot, RuleField f)
{
    return f == RuleField::Country ? snapshot.countries
                                   : snapshot.customers.attributeValues(customerAttribute(f));
}

QString textAttribute(const Snapshot &snapshot, size_t customer, RuleField f)
{
    if (f != RuleField::Country)
        return snapshot.customers.attribute(customerAttribute(f), customer);
    const int32_t country = snapshot.customers.country(customer);
    return country >= 0 && country < snapshot.countries.size() ? snapshot.countries.at(country) : QString();
}

} // namespace rules

namespace {

using rules::FieldKind;

// A condition with its values parsed once, ready to test every population row.
struct CompiledCondition
{
    const RuleCondition *condition = nullptr;
    FieldKind kind = FieldKind::Text;
    std::vector<int64_t> ints;
    std::vector<double> reals;
    std::vector<uint8_t> bought;    // Bought fields: by customer index, 1 = bought a matching item
    std::vector<uint8_t> countries; // Country: by country index, 1 = named by the condition
};

bool matchesText(const QString &value, const QString &pattern, RuleOperator op)
{
    if (op == RuleOperator::Contains)
        return value.contains(pattern.trimmed(), Qt::CaseInsensitive);
    return value.compare(pattern.trimmed(), Qt::CaseInsensitive) == 0;
}

bool anyTextMatches(const QString &value, const RuleCondition &c)
{
    for (const QString &v : c.values) {
        if (matchesText(value, v, c.op))
            return true;
    }
    return false;
}

template<typename T> bool compareNumber(T v, const std::vector<T> &operands, RuleOperator op)
{
    switch (op) {
    case RuleOperator::Equal:
        return v == operands[0];
    case RuleOperator::NotEqual:
        return v != operands[0];
    case RuleOperator::Less:
        return v < operands[0];
    case RuleOperator::LessOrEqual:
        return v <= operands[0];
    case RuleOperator::Greater:
        return v > operands[0];
    case RuleOperator::GreaterOrEqual:
        return v >= operands[0];
    case RuleOperator::Between:
        return v >= operands[0] && v <= operands[1];
    case RuleOperator::InList:
        for (const T &o : operands) {
            if (v == o)
                return true;
        }
        return false;
    case RuleOperator::Contains:
        break;
    }
    return false;
}

// Which dictionary entries (categories, products, stores or channels) a bought_* condition names: by the
// entry's name, or by its `alsoNames` entry (a product's name, a store's or channel's name on screen) where
// given. `alsoOnlyContains`: the other names count for "contains" only (a SKU's "=" is the SKU).
template<typename Names>
std::vector<uint8_t> matchDictionary(const Names &names, const Names *alsoNames, const RuleCondition &c,
                                     bool alsoOnlyContains)
{
    const bool useAlso = alsoNames && (!alsoOnlyContains || c.op == RuleOperator::Contains);
    std::vector<uint8_t> match(size_t(names.size()), 0);
    for (qsizetype i = 0; i < names.size(); ++i) {
        match[size_t(i)] = anyTextMatches(names.at(i), c) ||
                           (useAlso && i < alsoNames->size() && anyTextMatches(alsoNames->at(i), c));
    }
    return match;
}

// The dictionary a bought_* condition looks up, by the line column that points into it (`column`), and
// which of its entries the condition names. Stores and channels match by their stored name or by the name
// they are shown with in the user's language ("Hauptfiliale" is "Main store"), so a rule typed as the
// screens read it finds them and a rule saved with a stored name works in every language.
std::vector<uint8_t> boughtMatch(const Snapshot &snapshot, const RuleCondition &c,
                                 const std::vector<int32_t> **column)
{
    switch (c.field) {
    case RuleField::BoughtCategory: {
        // Match categories, then map each product to its category's flag.
        const std::vector<uint8_t> categoryMatch =
            matchDictionary<QStringList>(snapshot.categories, nullptr, c, false);
        std::vector<uint8_t> match(snapshot.productCategory.size(), 0);
        for (size_t p = 0; p < snapshot.productCategory.size(); ++p) {
            const int32_t cat = snapshot.productCategory[p];
            match[p] = cat >= 0 && size_t(cat) < categoryMatch.size() && categoryMatch[size_t(cat)];
        }
        *column = &snapshot.product;
        return match;
    }
    case RuleField::BoughtSku:
        *column = &snapshot.product;
        return matchDictionary(snapshot.skus, &snapshot.productNames, c, true);
    case RuleField::BoughtInStore: {
        const QStringList shown = storeChannelDisplayNames(snapshot.stores);
        *column = &snapshot.store;
        return matchDictionary(snapshot.stores, &shown, c, false);
    }
    default: {
        const QStringList shown = storeChannelDisplayNames(snapshot.channels);
        *column = &snapshot.channel;
        return matchDictionary(snapshot.channels, &shown, c, false);
    }
    }
}

std::vector<uint8_t> boughtFlags(const Snapshot &snapshot, const std::vector<uint8_t> *lineMask,
                                 const RuleCondition &c)
{
    std::vector<uint8_t> bought(snapshot.customers.size(), 0);
    const std::vector<int32_t> *column = nullptr;
    const std::vector<uint8_t> match = boughtMatch(snapshot, c, &column);
    const size_t n = snapshot.lineCount();
    for (size_t i = 0; i < n; ++i) {
        const int32_t customer = snapshot.customer[i];
        if (customer < 0 || snapshot.quantity[i] <= 0 || (lineMask && !(*lineMask)[i]))
            continue;
        const int32_t key = (*column)[i];
        if (key >= 0 && size_t(key) < match.size() && match[size_t(key)])
            bought[size_t(customer)] = 1;
    }
    return bought;
}

// Which countries of the snapshot a country condition names. By key: "Germany", "DEU" and "Deutschland" name
// "DE" (a rule saved before countries had keys, or typed in any language); "contains" also looks in the name
// in the user's language and in English ("deutsch" finds "DE").
std::vector<uint8_t> countryFlags(const Snapshot &snapshot, const RuleCondition &c)
{
    RuleCondition keyed = c;
    if (c.op != RuleOperator::Contains)
        keyed.values = countryKeys(c.values);
    std::vector<uint8_t> match(size_t(snapshot.countries.size()), 0);
    for (qsizetype i = 0; i < snapshot.countries.size(); ++i) {
        const QString &key = snapshot.countries.at(i);
        match[size_t(i)] =
            anyTextMatches(key, keyed) ||
            (c.op == RuleOperator::Contains && (anyTextMatches(countryDisplayName(key), c) ||
                                                anyTextMatches(countryDisplayName(key, QLocale::c()), c)));
    }
    return match;
}

CompiledCondition compile(const RuleCondition &c, const CustomerBase &base, const Snapshot &snapshot,
                          const std::vector<uint8_t> *lineMask)
{
    CompiledCondition cc;
    cc.condition = &c;
    cc.kind = rules::fieldKind(c.field);
    for (const QString &v : c.values) {
        switch (cc.kind) {
        case FieldKind::Consent:
            cc.ints.push_back(rules::parseConsent(v).value_or(-1));
            break;
        case FieldKind::Date:
            cc.ints.push_back(QDate::fromString(v.trimmed(), Qt::ISODate).toJulianDay());
            break;
        case FieldKind::Integer:
            cc.ints.push_back(v.trimmed().toLongLong());
            break;
        case FieldKind::Money:
            cc.ints.push_back(rules::parseMoneyUnits(v).value_or(0));
            break;
        case FieldKind::Real:
            cc.reals.push_back(v.trimmed().toDouble());
            break;
        case FieldKind::Choice:
            if (c.field == RuleField::Lifecycle)
                cc.ints.push_back(int64_t(lifecycleFromKey(v.trimmed()).value_or(LifecycleStage::Active)));
            else if (c.field == RuleField::ValueTier)
                cc.ints.push_back(int64_t(valueTierFromKey(v.trimmed()).value_or(ValueTier::Low)));
            else
                cc.ints.push_back(base.grid.indexOf(v)); // -1: a name the grid does not have matches nobody
            break;
        case FieldKind::Text:
        case FieldKind::Bought:
            break;
        }
    }
    if (cc.kind == FieldKind::Bought)
        cc.bought = boughtFlags(snapshot, lineMask, c);
    if (c.field == RuleField::Country)
        cc.countries = countryFlags(snapshot, c);
    return cc;
}

bool test(const CompiledCondition &cc, const CustomerBase &base, const Snapshot &snapshot, size_t row)
{
    const RuleCondition &c = *cc.condition;
    const CustomerMetrics &m = base.metrics;
    const size_t customer = size_t(m.population[row]);
    switch (cc.kind) {
    case FieldKind::Text: {
        const int32_t country = c.field == RuleField::Country ? snapshot.customers.country(customer) : -1;
        const bool any = country >= 0 ? size_t(country) < cc.countries.size() && cc.countries[size_t(country)]
                                      : anyTextMatches(rules::textAttribute(snapshot, customer, c.field), c);
        return c.op == RuleOperator::NotEqual ? !any : any;
    }
    case FieldKind::Bought:
        return c.op == RuleOperator::NotEqual ? !cc.bought[customer] : cc.bought[customer] != 0;
    case FieldKind::Consent: {
        const std::optional<bool> consent = c.field == RuleField::ConsentEmail
                                                ? snapshot.customers.consentEmail(customer)
                                                : snapshot.customers.consentSms(customer);
        return compareNumber<int64_t>(consent ? int64_t(*consent) : -1, cc.ints, c.op);
    }
    case FieldKind::Real:
        // NaN: no prediction for this customer, and no condition holds for them (not even "is not").
        if (base.probabilityAlive.size() != m.size() || std::isnan(base.probabilityAlive[row]))
            return false;
        return compareNumber<double>(base.probabilityAlive[row], cc.reals, c.op);
    default:
        break;
    }
    int64_t value = 0;
    switch (c.field) {
    case RuleField::FirstPurchase:
        value = m.firstDay[customer];
        break;
    case RuleField::LastPurchase:
        value = m.lastDay[customer];
        break;
    case RuleField::Orders:
        value = m.orders[customer];
        break;
    case RuleField::NetSales:
    case RuleField::Aov:
        // Money of a customer whose lines have no prices is unknown: no money condition holds for them, not
        // even "below" (METRICS.md section 1).
        if (m.isMoneyUnknown(customer))
            return false;
        value = c.field == RuleField::NetSales ? m.netSales[customer]
                : m.ordersWithPrices(customer) > 0
                    ? divideToMoneyUnits(m.salesLessDiscount[customer], m.ordersWithPrices(customer))
                    : 0;
        break;
    case RuleField::Recency:
        value = base.rfm.recencyDays[row];
        break;
    case RuleField::RScore:
        value = base.rfm.r[row];
        break;
    case RuleField::FScore:
        value = base.rfm.f[row];
        break;
    case RuleField::MScore:
        value = base.rfm.m[row];
        break;
    case RuleField::RfmSegment:
        value = base.rfm.segment[row];
        break;
    case RuleField::Lifecycle:
        value = int64_t(base.lifecycle.stage[row]);
        break;
    case RuleField::ValueTier:
        value = int64_t(base.lifecycle.tier[row]);
        break;
    case RuleField::PredictedClv:
        // NaN: no prediction, or no spend model (ClvResult::spendStatus); llround would make it the
        // smallest number, below every threshold.
        if (base.predictedClv.size() != m.size() || std::isnan(base.predictedClv[row]))
            return false;
        value = std::llround(base.predictedClv[row] * 10000.0);
        break;
    default:
        return false;
    }
    return compareNumber<int64_t>(value, cc.ints, c.op);
}

} // namespace

QStringList unmatchedRuleValues(const RuleCondition &condition, const Snapshot &snapshot)
{
    const FieldKind kind = rules::fieldKind(condition.field);
    if (kind != FieldKind::Text && kind != FieldKind::Bought)
        return {};
    QStringList unmatched;
    for (const QString &value : condition.values) {
        if (value.trimmed().isEmpty())
            continue;
        RuleCondition one = condition;
        one.values = QStringList{value};
        std::vector<uint8_t> match;
        if (kind == FieldKind::Bought) {
            const std::vector<int32_t> *column = nullptr;
            match = boughtMatch(snapshot, one, &column);
        } else if (condition.field == RuleField::Country) {
            match = countryFlags(snapshot, one);
        } else {
            match = matchDictionary<QStringList>(rules::textValues(snapshot, condition.field), nullptr, one,
                                                 false);
        }
        if (std::find(match.begin(), match.end(), uint8_t(1)) == match.end())
            unmatched.append(value.trimmed());
    }
    return unmatched;
}

Result<std::vector<uint8_t>> SegmentRule::evaluate(const CustomerBase &base, const Snapshot &snapshot,
                                                   const std::vector<uint8_t> *lineMask) const
{
    const Result<void> valid = validate();
    if (!valid)
        return valid.error();
    std::vector<std::vector<CompiledCondition>> groups;
    groups.reserve(m_groups.size());
    for (const RuleGroup &g : m_groups) {
        std::vector<CompiledCondition> compiled;
        compiled.reserve(g.conditions.size());
        for (const RuleCondition &c : g.conditions)
            compiled.push_back(compile(c, base, snapshot, lineMask));
        groups.push_back(std::move(compiled));
    }

    const size_t n = base.size();
    std::vector<uint8_t> members(n, 0);
    for (size_t row = 0; row < n; ++row) {
        bool ruleResult = m_join == RuleJoin::And;
        for (size_t g = 0; g < groups.size(); ++g) {
            const bool groupAnd = m_groups[g].join == RuleJoin::And;
            bool groupResult = groupAnd || groups[g].empty();
            for (const CompiledCondition &cc : groups[g]) {
                const bool t = test(cc, base, snapshot, row);
                if (groupAnd && !t) {
                    groupResult = false;
                    break;
                }
                if (!groupAnd && t) {
                    groupResult = true;
                    break;
                }
            }
            if (m_join == RuleJoin::And && !groupResult) {
                ruleResult = false;
                break;
            }
            if (m_join == RuleJoin::Or && groupResult) {
                ruleResult = true;
                break;
            }
        }
        members[row] = groups.empty() ? 1 : uint8_t(ruleResult);
    }
    return members;
}

} // namespace storelens::core::analytics
