#pragma once

#include "core/import/ImportProfile.h"

#include <QStringList>

// Tiendanube's orders export (Ventas › Exportar, `;`, Latin-1) and Nuvemshop's, its Brazilian edition in
// Portuguese: one row per product, the order's own fields repeated on every row. Recognised by its columns
// (MappingSuggester's last step).
namespace storelens::core {

bool isTiendanubeOrdersExport(const QStringList &header);
QString tiendanubeSourceName(); // "Tiendanube"

namespace exportstyles {

void suggestTiendanubeOrders(const QStringList &header, ImportProfile &profile);

} // namespace exportstyles

} // namespace storelens::core
