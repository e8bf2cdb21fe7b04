#pragma once

#include "core/import/ExportStyles.h"
#include "core/import/ImportProfile.h"

#include <QStringList>

// Loyverse POS's "Receipts by item" export (Reports › Receipts › Export, one row per item sold or refunded),
// recognised by its columns in Spanish ("Recibos por artículo") and in English (MappingSuggester's last
// step).
namespace storelens::core {

bool isLoyverseReceiptsExport(const QStringList &header);
QString loyverseSourceName(); // "Loyverse"

namespace exportstyles {

void suggestLoyverseReceipts(const QStringList &header, ImportProfile &profile);
// What the export gives that StoreLens leaves out: "Cost of goods" is the whole line's cost, not a unit cost.
QList<StyleNote> loyverseNotes(const ImportProfile &profile);

} // namespace exportstyles

} // namespace storelens::core
