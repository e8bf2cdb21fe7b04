#pragma once

#include "cli/CliCommand.h"
#include "core/import/Importer.h"

namespace storelens::cli {

// What `storelens import` prints after an import or a dry run: the counts, how the amounts were read
// (METRICS.md section 1), the lines each source gained or lost, the data-quality summary and the rejected
// rows. `shippingLeftOut` names a shipping column the import left out (unmappedShippingColumn()).
void printImportSummary(const core::ImportReport &r, const core::ImportProfile &p, const QString &currency,
                        const QString &shippingLeftOut, CliStreams &io);

} // namespace storelens::cli
