#pragma once

#include "core/import/ImportProfile.h"

#include <QByteArray>
#include <QString>

namespace storelens::core {

struct FilePreview; // MappingSuggester.h

// The header of a column no field is mapped to that looks like the order's shipping ("Shipping", "Order
// Shipping", "Versandkosten": a shipping word, and sample values that are money or empty), or empty. Shipping
// is not sales and is never suggested (FieldCatalog), so the import's summary names the column it leaves out
// (the Check page, `storelens import`). An order total with the shipping inside (Shopware's amount_total,
// exportstyles::lineTotalHoldsShipping()) has none to name: the notes say the shipping is inside.
QString unmappedShippingColumn(const FilePreview &preview, const ImportProfile &profile);

// Letters other than a three-letter currency code ("USD 12.50"): an id like "C1" or "LS-01", not a number.
bool hasStrayLetters(const QByteArray &text);

} // namespace storelens::core
