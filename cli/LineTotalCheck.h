#pragma once

#include "cli/CliCommand.h"
#include "core/import/ImportProfile.h"
#include "core/import/MappingSuggester.h"

#include <optional>

// `storelens import`'s check of the line totals' reading (before or after the line discount) against the
// file's own discounted rows (core/import/LineTotalEvidence.h), as the wizard's Check page does. Trial 18:
// `--map "Total TTC=line_total"` read the till's totals as before "Remise" and took every discount off twice
// (384.21) without a word.
namespace storelens::cli {

// Without a reading of its own (`readingChosen`: --line-total, or a --profile that has decided), the profile
// takes the one the rows clearly say. A reading the rows contradict is warned about on io.err, with the file,
// an example line and the --line-total value that fixes it. `preview` is the file's head when the command
// read it already.
void checkLineTotalReading(const QString &file, const std::optional<core::FilePreview> &preview,
                           bool readingChosen, core::ImportProfile &profile, CliStreams &io);

} // namespace storelens::cli
