#pragma once

#include "cli/CliCommand.h"
#include "core/import/ImportProfile.h"
#include "core/import/MappingSuggester.h"

#include <QStringList>

namespace storelens::cli {

// `storelens import --map "COLUMN=FIELD"` (repeatable): maps a column of the file to a field by its key
// ("Einzelpreis brutto=unit_price"), or leaves it out with an empty key ("Kasse="), without editing a saved
// profile. A field takes one column: another column mapped to it is cleared, and a contest between two
// columns for that field is settled. A column mapped to the status marks the usual cancelled and refunded
// values as cancellations when the profile names none (a till's voids as not sold: core::leaveTillVoidsOut()
// reads `preview`, the file's first rows, null for a saved profile). A unit price and a line total are never
// both mapped: giving one unmaps the other (said on io.err), giving both is refused. False, with the reason
// on io.err, for an unknown column or field, or both amounts given.
bool applyColumnMaps(const QStringList &maps, core::ImportProfile &profile, const core::FilePreview *preview,
                     QList<core::ContestedField> &contested, CliStreams &io);

// The hint after "no column is mapped to the required field(s)": how to map one from the command line, and
// the field keys this kind of file takes.
QString columnMapHint(const core::ImportProfile &profile);

} // namespace storelens::cli
