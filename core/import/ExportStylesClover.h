#pragma once

#include "core/import/ImportProfile.h"

#include <QStringList>

// Clover's Line Items export (Clover Dashboard › Transactions › Line Items › Export): one row per item, the
// order's payment state repeated on every row. Recognised by its columns (MappingSuggester's last step).
namespace storelens::core {

bool isCloverLineItemsExport(const QStringList &header);
QString cloverSourceName(); // "Clover"

namespace exportstyles {

void suggestCloverLineItems(const QStringList &header, ImportProfile &profile);

} // namespace exportstyles

} // namespace storelens::core
