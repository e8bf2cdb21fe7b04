#pragma once

#include "core/import/ImportProfile.h"
#include "core/import/MappingSuggester.h"

#include <QString>

namespace storelens::core {

// What a file's own rows say of its line totals. Trial 18: a French till's "Total TTC", mapped by hand beside
// "Prix unitaire TTC" and "Remise", was read as before the line discount (the default), and every discount
// was taken off twice (384.21 in all) without a word. On the preview's rows with a quantity, a unit price, a
// money discount other than 0 and a line total, to the cent and whatever their signs (a return's): the totals
// are after the discount when some total is quantity × unit price − discount and none is quantity × unit
// price, before it the other way round. A row that fits neither to the cent is read once more without a
// common rate of tax (a total without the VAT beside a price and a discount with it, trial 20's Epos Now
// "Total (Exc VAT)"), when only one of the two fits. The unit price is the mapped one or, when the line
// total stands in for it (a till's total, the unit price left unmapped), the column whose header names a
// unit price, else the first unmapped column with a price's word in its name ("Prijs incl. BTW") that the
// rows fit (trial 24nl W2).
struct LineTotalEvidence
{
    enum class Says { Nothing, BeforeDiscount, AfterDiscount };
    Says says = Says::Nothing;
    qint64 rows = 0; // the discounted rows that say it
    QString example; // "3 × 12.50 − 2.50 = 35.00" (after), "3 × 12.50 = 37.50" (before), "(1 × 65.00 − 6.50)
                     // ÷ 1.2 = 48.75"
    qint64 exampleLine = 0; // the file's line of the example (FilePreview::rowLines), 0 when unknown
    // The profile reads its totals the other way: the import would be wrong by each discount. Never when the
    // profile maps a unit price: the import reads the price and the discount then, not the total.
    bool contradicts(const ImportProfile &profile) const;
};

LineTotalEvidence lineTotalEvidence(const FilePreview &preview, const ImportProfile &profile);

} // namespace storelens::core
