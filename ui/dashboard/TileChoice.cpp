#include "ui/dashboard/TileChoice.h"

#include <QSettings>
#include <QStringList>

#include <algorithm>

namespace storelens::ui {

namespace {

using core::analytics::KpiId;

const QString kKey = QStringLiteral("overview/tiles");

} // namespace

std::vector<KpiId> defaultTileChoice()
{
    return {KpiId::NetSales,      KpiId::Orders,        KpiId::AverageOrderValue, KpiId::GrossMargin,
            KpiId::ReturnRate,    KpiId::YoyGrowthRate, KpiId::BuyingCustomers,   KpiId::NewCustomers,
            KpiId::RetentionRate, KpiId::ChurnRate,     KpiId::ConversionRate,    KpiId::HistoricalClv};
}

std::vector<KpiId> loadTileChoice()
{
    const QSettings settings;
    if (!settings.contains(kKey))
        return defaultTileChoice();
    std::vector<KpiId> tiles;
    const QStringList keys = settings.value(kKey).toStringList();
    for (const QString &key : keys) {
        KpiId id;
        if (core::analytics::kpiFromKey(key, &id) && std::find(tiles.begin(), tiles.end(), id) == tiles.end())
            tiles.push_back(id);
    }
    return tiles;
}

void saveTileChoice(const std::vector<KpiId> &tiles)
{
    QStringList keys;
    for (KpiId id : tiles)
        keys.append(core::analytics::kpiKey(id));
    QSettings().setValue(kKey, keys);
}

} // namespace storelens::ui
