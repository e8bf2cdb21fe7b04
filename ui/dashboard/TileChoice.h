#pragma once

#include "core/analytics/kpi/KpiResult.h"

#include <vector>

namespace storelens::ui {

// Which KPI tiles the Overview shows, in order. Kept in QSettings (the same on every workspace).
std::vector<core::analytics::KpiId> defaultTileChoice();
std::vector<core::analytics::KpiId> loadTileChoice();
void saveTileChoice(const std::vector<core::analytics::KpiId> &tiles);

} // namespace storelens::ui
