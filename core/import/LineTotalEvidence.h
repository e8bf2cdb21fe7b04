#pragma once

#include "core/import/ImportProfile.h"
#include "core/import/MappingSuggester.h"

#include <QString>

namespace storelens::core {

// What a file's own rows say of its line totals. Trial 18: a French till's "Total TTC", mapped by hand beside
// "Prix unitaire TTC" and "Remise", was read as before the line discount (the default), and every discount
// was taken off twice (384.21 in all) without a word. On the preview's rows with a quantity, a unit price, a
// money discount other than 0 and a line total, to the cent: the totals are after the discount when some
// total is quantity × unit price − discount and none is quantity × unit price, before it the other way round.
struct LineTotalEvidence
{
    enum class Says { Nothing, BeforeDiscount, AfterDiscount };
    Says says = Says::Nothing;
    qint64 rows = 0; // the discounted rows that say it
    QString example; // "3 × 12.50 − 2.50 = 35.00" (after) or "3 × 12.50 = 37.50" (before)
    // The profile reads its totals the other way: the import would be wrong by each discount.
    bool contradicts(const ImportProfile &profile) const;
};

LineTotalEvidence lineTotalEvidence(const FilePreview &preview, const ImportProfile &profile);

} // namespace storelens::core
