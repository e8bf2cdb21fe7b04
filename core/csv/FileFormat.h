#pragma once

#include "core/model/Result.h"

#include <QByteArrayView>
#include <QString>

namespace storelens::core::csv {

// Refuses a file whose first bytes announce another format, each with its own message naming the path and
// line 1: a compressed file (gzip, bzip2, xz, zstd, 7z, RAR, ZIP: "unpack it first"), a spreadsheet workbook
// (.xlsx, .ods, .xls: "save the sheet as CSV"), a PDF document or an SQLite database. head: the first bytes
// of the file (a few bytes tell a compressed file; 64 KiB find the parts of a workbook).
Result<void> checkTextFormat(QByteArrayView head, const QString &path);

} // namespace storelens::core::csv
