#pragma once

#include "core/csv/CsvReader.h"
#include "core/import/ImportProfile.h"
#include "core/model/Result.h"

#include <QString>

#include <functional>

namespace storelens::core {

// Hands each data row of the whole file (the header row skipped) to `row`, which returns false to stop early;
// the reader's error when the file cannot be read to the end. The importer's passes before the import (the
// date order, the decimal separator, Etsy's order ids, Wix's coupon amounts) read the file this way,
// streaming.
Result<void> forEachDataRow(const QString &csvPath, const ImportProfile &profile,
                            const std::function<bool(const csv::CsvReader &reader)> &row);

} // namespace storelens::core
