#include "core/analytics/segments/RuleSegmentInternal.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace storelens::core::analytics {

namespace {

class RuleSegmentJsonText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::analytics::SegmentRule)
};

struct FieldName
{
    RuleField field;
    const char *key;
};

const FieldName kFields[] = {
    {RuleField::Country, "country"},
    {RuleField::Region, "region"},
    {RuleField::City, "city"},
    {RuleField::Gender, "gender"},
    {RuleField::AgeBand, "age_band"},
    {RuleField::LoyaltyTier, "loyalty_tier"},
    {RuleField::ConsentEmail, "consent_email"},
    {RuleField::ConsentSms, "consent_sms"},
    {RuleField::AcquisitionChannel, "acquisition_channel"},
    {RuleField::FirstPurchase, "first_purchase"},
    {RuleField::LastPurchase, "last_purchase"},
    {RuleField::Orders, "orders"},
    {RuleField::NetSales, "net_sales"},
    {RuleField::Aov, "aov"},
    {RuleField::Recency, "recency"},
    {RuleField::RScore, "r_score"},
    {RuleField::FScore, "f_score"},
    {RuleField::MScore, "m_score"},
    {RuleField::RfmSegment, "rfm_segment"},
    {RuleField::Lifecycle, "lifecycle"},
    {RuleField::ValueTier, "value_tier"},
    {RuleField::PredictedClv, "predicted_clv"},
    {RuleField::ProbabilityAlive, "probability_alive"},
    {RuleField::BoughtCategory, "bought_category"},
    {RuleField::BoughtSku, "bought_sku"},
    {RuleField::BoughtInStore, "bought_in_store"},
    {RuleField::BoughtInChannel, "bought_in_channel"},
};

struct OperatorName
{
    RuleOperator op;
    const char *key;
};

const OperatorName kOperators[] = {
    {RuleOperator::Equal, "="},
    {RuleOperator::NotEqual, "!="},
    {RuleOperator::Less, "<"},
    {RuleOperator::LessOrEqual, "<="},
    {RuleOperator::Greater, ">"},
    {RuleOperator::GreaterOrEqual, ">="},
    {RuleOperator::Contains, "contains"},
    {RuleOperator::InList, "in"},
    {RuleOperator::Between, "between"},
};

QString joinKey(RuleJoin j)
{
    return j == RuleJoin::And ? QStringLiteral("and") : QStringLiteral("or");
}

std::optional<RuleJoin> joinFromKey(const QJsonValue &v)
{
    if (v.isUndefined())
        return RuleJoin::And;
    const QString key = v.toString();
    if (key.compare(QLatin1String("and"), Qt::CaseInsensitive) == 0)
        return RuleJoin::And;
    if (key.compare(QLatin1String("or"), Qt::CaseInsensitive) == 0)
        return RuleJoin::Or;
    return std::nullopt;
}

Error formatError(const QString &detail)
{
    return Error(ErrorCode::Format, RuleSegmentJsonText::tr("The segment rule is not valid: %1").arg(detail));
}

} // namespace

QString ruleFieldKey(RuleField f)
{
    for (const FieldName &n : kFields) {
        if (n.field == f)
            return QString::fromLatin1(n.key);
    }
    return {};
}

std::optional<RuleField> ruleFieldFromKey(const QString &key)
{
    for (const FieldName &n : kFields) {
        if (key.compare(QLatin1String(n.key), Qt::CaseInsensitive) == 0)
            return n.field;
    }
    return std::nullopt;
}

QString ruleOperatorKey(RuleOperator op)
{
    for (const OperatorName &n : kOperators) {
        if (n.op == op)
            return QString::fromLatin1(n.key);
    }
    return {};
}

std::optional<RuleOperator> ruleOperatorFromKey(const QString &key)
{
    // The mathematical signs are accepted too, as the screens show them.
    if (key == QStringLiteral("≠"))
        return RuleOperator::NotEqual;
    if (key == QStringLiteral("≤"))
        return RuleOperator::LessOrEqual;
    if (key == QStringLiteral("≥"))
        return RuleOperator::GreaterOrEqual;
    for (const OperatorName &n : kOperators) {
        if (key.compare(QLatin1String(n.key), Qt::CaseInsensitive) == 0)
            return n.op;
    }
    return std::nullopt;
}

namespace rules {

FieldKind fieldKind(RuleField f)
{
    switch (f) {
    case RuleField::Country:
    case RuleField::Region:
    case RuleField::City:
    case RuleField::Gender:
    case RuleField::AgeBand:
    case RuleField::LoyaltyTier:
    case RuleField::AcquisitionChannel:
        return FieldKind::Text;
    case RuleField::ConsentEmail:
    case RuleField::ConsentSms:
        return FieldKind::Consent;
    case RuleField::FirstPurchase:
    case RuleField::LastPurchase:
        return FieldKind::Date;
    case RuleField::Orders:
    case RuleField::Recency:
    case RuleField::RScore:
    case RuleField::FScore:
    case RuleField::MScore:
        return FieldKind::Integer;
    case RuleField::NetSales:
    case RuleField::Aov:
    case RuleField::PredictedClv:
        return FieldKind::Money;
    case RuleField::ProbabilityAlive:
        return FieldKind::Real;
    case RuleField::RfmSegment:
    case RuleField::Lifecycle:
    case RuleField::ValueTier:
        return FieldKind::Choice;
    case RuleField::BoughtCategory:
    case RuleField::BoughtSku:
    case RuleField::BoughtInStore:
    case RuleField::BoughtInChannel:
        break;
    }
    return FieldKind::Bought;
}

bool operatorAllowed(FieldKind kind, RuleOperator op)
{
    switch (kind) {
    case FieldKind::Text:
    case FieldKind::Bought:
        return op == RuleOperator::Equal || op == RuleOperator::NotEqual || op == RuleOperator::Contains ||
               op == RuleOperator::InList;
    case FieldKind::Consent:
        return op == RuleOperator::Equal || op == RuleOperator::NotEqual;
    case FieldKind::Choice:
        return op == RuleOperator::Equal || op == RuleOperator::NotEqual || op == RuleOperator::InList;
    case FieldKind::Date:
    case FieldKind::Integer:
    case FieldKind::Money:
    case FieldKind::Real:
        break;
    }
    return op != RuleOperator::Contains;
}

std::optional<int64_t> parseMoneyUnits(const QString &text)
{
    const QString t = text.trimmed();
    int i = 0;
    bool negative = false;
    if (i < t.size() && (t.at(i) == QLatin1Char('-') || t.at(i) == QLatin1Char('+'))) {
        negative = t.at(i) == QLatin1Char('-');
        ++i;
    }
    int64_t whole = 0;
    int digits = 0;
    for (; i < t.size() && t.at(i).isDigit() && digits < 15; ++i, ++digits)
        whole = whole * 10 + t.at(i).digitValue();
    int64_t fraction = 0;
    int places = 0;
    if (i < t.size() && t.at(i) == QLatin1Char('.')) {
        for (++i; i < t.size() && t.at(i).isDigit() && places < 4; ++i, ++places)
            fraction = fraction * 10 + t.at(i).digitValue();
    }
    if (i != t.size() || digits + places == 0)
        return std::nullopt;
    for (int p = places; p < 4; ++p)
        fraction *= 10;
    const int64_t units = whole * 10000 + fraction;
    return negative ? -units : units;
}

std::optional<int> parseConsent(const QString &text)
{
    const QString t = text.trimmed();
    if (t.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 || t == QLatin1String("1") ||
        t.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0)
        return 1;
    if (t.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0 || t == QLatin1String("0") ||
        t.compare(QLatin1String("no"), Qt::CaseInsensitive) == 0)
        return 0;
    if (t.compare(QLatin1String("unknown"), Qt::CaseInsensitive) == 0 || t.isEmpty())
        return -1;
    return std::nullopt;
}

} // namespace rules

Result<void> SegmentRule::validate() const
{
    using rules::FieldKind;
    for (const RuleGroup &group : m_groups) {
        for (const RuleCondition &c : group.conditions) {
            const FieldKind kind = rules::fieldKind(c.field);
            const QString field = ruleFieldKey(c.field);
            if (!rules::operatorAllowed(kind, c.op))
                return Error(ErrorCode::InvalidValue,
                             RuleSegmentJsonText::tr("The operator %1 does not apply to the field %2.")
                                 .arg(ruleOperatorKey(c.op), field));
            const qsizetype count = c.values.size();
            if ((c.op == RuleOperator::Between && count != 2) ||
                (c.op == RuleOperator::InList && count < 1) ||
                (c.op != RuleOperator::Between && c.op != RuleOperator::InList && count != 1))
                return Error(
                    ErrorCode::InvalidValue,
                    RuleSegmentJsonText::tr("The condition on %1 has the wrong number of values for %2.")
                        .arg(field, ruleOperatorKey(c.op)));
            for (const QString &v : c.values) {
                bool ok = true;
                switch (kind) {
                case FieldKind::Consent:
                    ok = rules::parseConsent(v).has_value();
                    break;
                case FieldKind::Date:
                    ok = QDate::fromString(v.trimmed(), Qt::ISODate).isValid();
                    break;
                case FieldKind::Integer:
                    v.trimmed().toLongLong(&ok);
                    break;
                case FieldKind::Money:
                    ok = rules::parseMoneyUnits(v).has_value();
                    break;
                case FieldKind::Real:
                    v.trimmed().toDouble(&ok);
                    break;
                case FieldKind::Choice:
                    if (c.field == RuleField::Lifecycle)
                        ok = lifecycleFromKey(v.trimmed()).has_value();
                    else if (c.field == RuleField::ValueTier)
                        ok = valueTierFromKey(v.trimmed()).has_value();
                    else
                        ok = !v.trimmed().isEmpty();
                    break;
                case FieldKind::Text:
                case FieldKind::Bought:
                    break;
                }
                if (!ok)
                    return Error(ErrorCode::InvalidValue,
                                 RuleSegmentJsonText::tr("The value \"%1\" does not suit the field %2.")
                                     .arg(v, field));
            }
        }
    }
    return {};
}

QString SegmentRule::toJson() const
{
    QJsonArray groups;
    for (const RuleGroup &g : m_groups) {
        QJsonArray conditions;
        for (const RuleCondition &c : g.conditions) {
            QJsonObject o;
            o.insert(QStringLiteral("field"), ruleFieldKey(c.field));
            o.insert(QStringLiteral("op"), ruleOperatorKey(c.op));
            o.insert(QStringLiteral("values"), QJsonArray::fromStringList(c.values));
            conditions.append(o);
        }
        QJsonObject group;
        group.insert(QStringLiteral("join"), joinKey(g.join));
        group.insert(QStringLiteral("conditions"), conditions);
        groups.append(group);
    }
    QJsonObject root;
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("join"), joinKey(m_join));
    root.insert(QStringLiteral("groups"), groups);
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

Result<SegmentRule> SegmentRule::fromJson(const QString &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (!doc.isObject())
        return formatError(parseError.errorString());
    const QJsonObject root = doc.object();
    SegmentRule rule;
    const auto join = joinFromKey(root.value(QStringLiteral("join")));
    if (!join)
        return formatError(RuleSegmentJsonText::tr("joins are \"and\" or \"or\"."));
    rule.m_join = *join;
    for (const QJsonValue &gv : root.value(QStringLiteral("groups")).toArray()) {
        const QJsonObject go = gv.toObject();
        RuleGroup group;
        const auto groupJoin = joinFromKey(go.value(QStringLiteral("join")));
        if (!groupJoin)
            return formatError(RuleSegmentJsonText::tr("joins are \"and\" or \"or\"."));
        group.join = *groupJoin;
        for (const QJsonValue &cv : go.value(QStringLiteral("conditions")).toArray()) {
            const QJsonObject co = cv.toObject();
            const QString fieldKey = co.value(QStringLiteral("field")).toString();
            const auto field = ruleFieldFromKey(fieldKey);
            if (!field)
                return formatError(RuleSegmentJsonText::tr("the field \"%1\" is unknown.").arg(fieldKey));
            const QString opKey = co.value(QStringLiteral("op")).toString();
            const auto op = ruleOperatorFromKey(opKey);
            if (!op)
                return formatError(RuleSegmentJsonText::tr("the operator \"%1\" is unknown.").arg(opKey));
            RuleCondition condition;
            condition.field = *field;
            condition.op = *op;
            for (const QJsonValue &v : co.value(QStringLiteral("values")).toArray())
                condition.values.append(v.isString() ? v.toString() : QString::number(v.toDouble(), 'g', 17));
            group.conditions.push_back(std::move(condition));
        }
        rule.m_groups.push_back(std::move(group));
    }
    const Result<void> valid = rule.validate();
    if (!valid)
        return valid.error();
    return rule;
}

} // namespace storelens::core::analytics
