#pragma once

#include "core/import/ImportProfile.h"

#include <QStringList>

// SumUp's sales report (Sales › Reports › "Rapport des ventes" / "Sales report", one row per item sold or
// refunded), recognised by its columns in French and in English (MappingSuggester's last step).
namespace storelens::core {

bool isSumUpSalesExport(const QStringList &header);
QString sumUpSourceName(); // "SumUp"

namespace exportstyles {

void suggestSumUpSales(const QStringList &header, ImportProfile &profile);

} // namespace exportstyles

} // namespace storelens::core
