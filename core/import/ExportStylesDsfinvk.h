#pragma once

#include "core/import/ExportStyles.h"
#include "core/import/ImportProfile.h"

#include <QStringList>

// The German DSFinV-K export's receipts file, transactions.csv ("Bonkopf": one row per receipt, its total
// UMS_BRUTTO with VAT), as tills such as orderbird write it (`;`, a decimal comma, ISO date-times),
// recognised by its columns (MappingSuggester's last step). What its receipts are: DsfinvkReceipts.h.
namespace storelens::core {

struct FilePreview; // MappingSuggester.h

bool isDsfinvkReceiptsExport(const QStringList &header);
QString dsfinvkSourceName(); // "DSFinV-K"

namespace exportstyles {

void suggestDsfinvkReceipts(const FilePreview &preview, ImportProfile &profile);
// What the file cannot give: its receipts name no products (those are in lines.csv beside it).
QList<StyleNote> dsfinvkNotes(const ImportProfile &profile);

} // namespace exportstyles

} // namespace storelens::core
