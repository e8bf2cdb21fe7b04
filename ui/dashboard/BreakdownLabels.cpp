#include "ui/dashboard/BreakdownLabels.h"

#include "core/model/Countries.h"
#include "core/model/DisplayNames.h"

#include <QCoreApplication>
#include <QLocale>

namespace storelens::ui {

using core::analytics::BreakdownDimension;
using core::analytics::BreakdownRow;

namespace {

class BreakdownText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::ui::BreakdownLabels)
};

QString productWithSku(const BreakdownRow &row)
{
    return row.name.isEmpty() ? row.sku : BreakdownText::tr("%1 (%2)").arg(row.name, row.sku);
}

} // namespace

QString breakdownMemberName(BreakdownDimension dimension, const BreakdownRow &row)
{
    switch (dimension) {
    case BreakdownDimension::Country:
        return core::countryDisplayName(row.index < 0 ? QString() : row.label);
    case BreakdownDimension::Store:
    case BreakdownDimension::Channel:
        if (row.index >= 0)
            return core::storeChannelDisplayName(row.label);
        break;
    case BreakdownDimension::Product:
        if (row.index >= 0)
            return row.name.isEmpty() ? row.sku : row.name;
        break;
    case BreakdownDimension::Category:
        if (row.index >= 0)
            return row.label;
        break;
    }
    return BreakdownText::tr("(none)");
}

BreakdownChartLabels breakdownChartLabels(const core::analytics::Breakdown &breakdown, size_t limit)
{
    const bool products = breakdown.dimension == BreakdownDimension::Product;
    BreakdownChartLabels labels;
    for (size_t i = 0; i < breakdown.rows.size() && i < limit; ++i)
        labels.names.append(breakdownMemberName(breakdown.dimension, breakdown.rows[i]));
    const QStringList names = labels.names;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const BreakdownRow &row = breakdown.rows[size_t(i)];
        const bool product = products && row.index >= 0;
        labels.toolTips.append(product ? productWithSku(row) : names.at(i));
        // Two products of one name (two sizes, two SKUs) read apart.
        if (product && names.count(names.at(i)) > 1)
            labels.names[i] = labels.toolTips.back();
    }
    return labels;
}

QString breakdownRestNote(const core::analytics::Breakdown &breakdown, size_t limit)
{
    if (breakdown.rows.size() <= limit)
        return {};
    core::Money rest;
    for (size_t i = limit; i < breakdown.rows.size(); ++i)
        rest += breakdown.rows[i].netSales;
    const int more = int(breakdown.rows.size() - limit);
    return BreakdownText::tr("The %1 largest are shown; %n more with %2 of net sales.", nullptr, more)
        .arg(QLocale().toString(qint64(limit)), QLocale().toString(rest.toDouble(), 'f', 2));
}

} // namespace storelens::ui
