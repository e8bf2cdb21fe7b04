#include "core/analytics/kpi/KpiJson.h"

#include "core/model/EnumKeys.h"

#include <QJsonArray>

#include <cmath>

namespace storelens::core::analytics {

namespace {

QJsonValue periodJson(const Period &p)
{
    if (!p.isValid())
        return QJsonValue(QJsonValue::Null);
    QJsonObject o;
    o.insert(QStringLiteral("from"), p.from.toString(Qt::ISODate));
    o.insert(QStringLiteral("to"), p.to.toString(Qt::ISODate));
    o.insert(QStringLiteral("days"), double(p.days()));
    return o;
}

QJsonValue valueJson(const KpiValue &v)
{
    if (!v.hasData)
        return QJsonValue(QJsonValue::Null);
    return kpiJsonNumber(kpiUnit(v.id), v.value);
}

QString warningKind(DataCoverageWarning::Kind kind)
{
    static constexpr const char *keys[] = {"period", "comparison_period", "retention_window",
                                           "comparison_retention_window", "source"};
    return enumKey(keys, kind);
}

QString unitKey(KpiUnit unit)
{
    static constexpr const char *keys[] = {"money", "count", "ratio", "number"};
    return enumKey(keys, unit);
}

QString csvNumber(const QJsonValue &v)
{
    return v.isNull() ? QString() : QString::number(v.toDouble(), 'g', 15);
}

} // namespace

double kpiJsonNumber(KpiUnit unit, double value)
{
    if (unit == KpiUnit::Money)
        return std::round(value * 10000.0) / 10000.0;
    return value;
}

QString comparisonKey(Comparison comparison)
{
    static constexpr const char *keys[] = {"previous", "year", "none"};
    return enumKey(keys, comparison);
}

QString goodDirectionKey(GoodDirection good)
{
    static constexpr const char *keys[] = {"up", "down", "neutral"};
    return enumKey(keys, good);
}

QString assessmentKey(ChangeAssessment assessment)
{
    static constexpr const char *keys[] = {"good", "bad", "neutral", "unchanged"};
    return enumKey(keys, assessment);
}

QJsonObject kpiReportToJson(const KpiReport &report)
{
    QJsonObject root;
    root.insert(QStringLiteral("period"), periodJson(report.period));
    root.insert(QStringLiteral("to_date"), report.requestedPeriod.isValid());
    root.insert(QStringLiteral("comparison_period"), periodJson(report.comparisonPeriod));
    root.insert(QStringLiteral("comparison"), comparisonKey(report.comparisonKind));
    root.insert(QStringLiteral("as_of"), report.asOf.toString(Qt::ISODate));
    root.insert(QStringLiteral("first_data_day"), report.firstDataDay.toString(Qt::ISODate));
    root.insert(QStringLiteral("activity_window_days"), report.activityWindowDays);
    QJsonArray warnings;
    for (const DataCoverageWarning &w : report.warnings) {
        QJsonObject o;
        o.insert(QStringLiteral("kind"), warningKind(w.kind));
        o.insert(QStringLiteral("message"), w.message);
        const bool ranged = w.range.isValid(); // a source's warning has no range
        const QJsonValue none(QJsonValue::Null);
        o.insert(QStringLiteral("from"), ranged ? QJsonValue(w.range.from.toString(Qt::ISODate)) : none);
        o.insert(QStringLiteral("to"), ranged ? QJsonValue(w.range.to.toString(Qt::ISODate)) : none);
        o.insert(QStringLiteral("days"), ranged ? QJsonValue(double(w.range.days())) : none);
        o.insert(QStringLiteral("days_with_data"), ranged ? QJsonValue(double(w.daysWithData)) : none);
        warnings.append(o);
    }
    root.insert(QStringLiteral("warnings"), warnings);

    QJsonArray kpis;
    for (const KpiComparison &k : report.kpis) {
        const KpiUnit unit = kpiUnit(k.current.id);
        QJsonObject o;
        o.insert(QStringLiteral("key"), kpiKey(k.current.id));
        o.insert(QStringLiteral("label"), kpiLabel(k.current.id));
        o.insert(QStringLiteral("unit"), unitKey(unit));
        o.insert(QStringLiteral("value"), valueJson(k.current));
        o.insert(QStringLiteral("comparison"), valueJson(k.comparison));
        o.insert(QStringLiteral("change"), k.hasChange ? QJsonValue(kpiJsonNumber(unit, k.absoluteChange))
                                                       : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("relative_change"),
                 k.hasRelativeChange ? QJsonValue(k.relativeChange) : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("good"), goodDirectionKey(k.good));
        o.insert(QStringLiteral("assessment"), assessmentKey(k.assessment));
        o.insert(QStringLiteral("has_data"), k.current.hasData);
        o.insert(QStringLiteral("comparison_has_data"), k.comparison.hasData);
        o.insert(QStringLiteral("no_data_reason"),
                 k.current.hasData ? QJsonValue(QJsonValue::Null) : QJsonValue(k.current.noDataReason));
        o.insert(QStringLiteral("comparable"), k.comparable);
        o.insert(QStringLiteral("warning"),
                 k.warning.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(k.warning));
        QJsonObject inputs;
        for (const KpiInput &i : k.current.inputs)
            inputs.insert(i.key, kpiJsonNumber(i.unit, i.value));
        o.insert(QStringLiteral("inputs"), inputs);
        kpis.append(o);
    }
    root.insert(QStringLiteral("kpis"), kpis);

    QJsonArray cac;
    for (const KpiReport::ChannelCac &c : report.cacByChannel) {
        QJsonObject o;
        o.insert(QStringLiteral("channel"), c.channel);
        o.insert(QStringLiteral("spend"), kpiJsonNumber(KpiUnit::Money, c.spend.toDouble()));
        o.insert(QStringLiteral("new_customers"), double(c.newCustomers));
        o.insert(QStringLiteral("cac"), c.hasData
                                            ? QJsonValue(kpiJsonNumber(KpiUnit::Money, c.cac.toDouble()))
                                            : QJsonValue(QJsonValue::Null));
        cac.append(o);
    }
    root.insert(QStringLiteral("cac_by_channel"), cac);
    return root;
}

std::vector<QStringList> kpiReportToCsvRows(const KpiReport &report)
{
    std::vector<QStringList> rows;
    rows.push_back({QStringLiteral("key"), QStringLiteral("label"), QStringLiteral("unit"),
                    QStringLiteral("value"), QStringLiteral("comparison"), QStringLiteral("change"),
                    QStringLiteral("relative_change"), QStringLiteral("good"), QStringLiteral("has_data"),
                    QStringLiteral("no_data_reason")});
    for (const KpiComparison &k : report.kpis) {
        const KpiUnit unit = kpiUnit(k.current.id);
        rows.push_back(
            {kpiKey(k.current.id), kpiLabel(k.current.id), unitKey(unit), csvNumber(valueJson(k.current)),
             csvNumber(valueJson(k.comparison)),
             k.hasChange ? QString::number(kpiJsonNumber(unit, k.absoluteChange), 'g', 15) : QString(),
             k.hasRelativeChange ? QString::number(k.relativeChange, 'g', 15) : QString(),
             goodDirectionKey(k.good), k.current.hasData ? QStringLiteral("true") : QStringLiteral("false"),
             k.current.hasData ? QString() : k.current.noDataReason});
    }
    return rows;
}

} // namespace storelens::core::analytics
