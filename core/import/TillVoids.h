#pragma once

#include "core/import/ImportProfile.h"
#include "core/import/MappingSuggester.h"

namespace storelens::core {

// Whether the file's status column speaks of lines, not orders: its name says so ("Regelstatus", "Line
// status", "Statut ligne", "Stato riga", "Radstatus") or, in the preview's rows, one order holds lines of two
// statuses (a receipt with an item voided and the others paid). An order export that lists each order once
// with its final status says neither (METRICS.md section 1: there "cancelled" was sold, then refunded).
bool statusIsPerLine(const FilePreview &preview, const ImportProfile &profile);

// A till's voided line or receipt took no payment (trials 21, 23it, 24fr: "Anulado", "Stornato", "Annulée"
// counted as a sale and a return). In a file that is no web shop's and whose status is per line, the
// profile's cancellation values that say voided (isVoidStatus()) become not-sold values, so their lines are
// left out. The Check page names them and can count one as a cancellation (`storelens import
// --cancel-status VALUE`).
void leaveTillVoidsOut(ImportProfile &profile, const FilePreview &preview);

} // namespace storelens::core
