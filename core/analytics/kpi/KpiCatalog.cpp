#include "core/analytics/kpi/KpiCatalog.h"

#include <QCoreApplication>

namespace storelens::core::analytics {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate(kKpiTextContext, text);
}

} // namespace

QString kpiKey(KpiId id)
{
    return QLatin1String(kpiDefinition(id).key);
}

QStringList kpiKeys()
{
    QStringList keys;
    for (const KpiDefinition &d : kKpiCatalog)
        keys.append(QLatin1String(d.key));
    return keys;
}

QString kpiLabel(KpiId id)
{
    return translated(kpiDefinition(id).label);
}

QString kpiDescription(KpiId id)
{
    return translated(kpiDefinition(id).description);
}

QString kpiFormula(KpiId id)
{
    return translated(kpiDefinition(id).formula);
}

QString kpiGroupTitle(KpiGroup group)
{
    switch (group) {
    case KpiGroup::Sales:
        return QCoreApplication::translate("storelens::core::analytics::KpiResult", "Sales");
    case KpiGroup::CostAndMargin:
        return QCoreApplication::translate("storelens::core::analytics::KpiResult", "Cost and margin");
    case KpiGroup::GrowthAndProductivity:
        return QCoreApplication::translate("storelens::core::analytics::KpiResult",
                                           "Growth and productivity");
    case KpiGroup::Acquisition:
        return QCoreApplication::translate("storelens::core::analytics::KpiResult", "Acquisition");
    case KpiGroup::Customers:
        return QCoreApplication::translate("storelens::core::analytics::KpiResult", "Customers");
    }
    return {};
}

KpiUnit kpiUnit(KpiId id)
{
    return kpiDefinition(id).unit;
}

GoodDirection kpiGoodDirection(KpiId id)
{
    return kpiDefinition(id).good;
}

KpiGroup kpiGroup(KpiId id)
{
    return kpiDefinition(id).group;
}

bool kpiHasSeries(KpiId id)
{
    return kpiDefinition(id).series == KpiSeries::Yes;
}

bool kpiFromKey(const QString &key, KpiId *id)
{
    for (const KpiDefinition &d : kKpiCatalog) {
        if (key == QLatin1String(d.key)) {
            *id = d.id;
            return true;
        }
    }
    return false;
}

} // namespace storelens::core::analytics
