#pragma once

#include "core/import/ExportStyles.h"
#include "core/import/ImportProfile.h"

#include <QStringList>

// Wix Stores' orders export (Sales › Orders › Export, one row per item, the order's own fields repeated on
// every row), recognised by its columns (MappingSuggester's last step).
namespace storelens::core {

bool isWixOrdersExport(const QStringList &header);
QString wixSourceName(); // "Wix"

namespace exportstyles {

void suggestWixOrders(const QStringList &header, ImportProfile &profile);
// What the export cannot give: a coupon's amount (only its code, and the order's Total after it).
QList<StyleNote> wixNotes(const ImportProfile &profile);

} // namespace exportstyles

} // namespace storelens::core
