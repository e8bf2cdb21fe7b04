#pragma once

#include "core/model/Result.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace storelens::core::csv {

enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Windows1252 };

// "UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252".
QString encodingName(TextEncoding e);
// Case-insensitive; also accepts "utf8", "latin1", "iso-8859-1", "cp1252" and similar spellings.
std::optional<TextEncoding> encodingFromName(const QString &name);

struct Dialect
{
    TextEncoding encoding = TextEncoding::Utf8;
    bool hasBom = false;
    // ',' ';' '\t' '|', or ' ' for whitespace-aligned columns (fixed-width text logs): a run of spaces
    // separates fields, and spaces before the first or after the last field are not fields.
    char delimiter = ',';
    char quote = '"'; // '"' or '\''; '\0' = no quoting
    bool hasHeader = true;
};

// Largest head sniffDialect() looks at; sniffFile() reads this many bytes at most.
constexpr qsizetype SniffBytes = 64 * 1024;

// Sniffs encoding (BOM; else valid UTF-8 -> Utf8; else Windows1252), delimiter (the candidate giving the most
// consistent field count > 1 over the first rows, quote-aware; whitespace-aligned when no delimiter does),
// quote character and whether row 1 is a header (header: all row-1 cells non-numeric/non-date text while some
// later row has numeric/date cells in those columns).
Dialect sniffDialect(QByteArrayView head);
// Reads the head of the file, and for the encoding the whole file: without a byte order mark it is UTF-8
// unless invalid bytes outnumber valid multi-byte sequences (then Windows-1252), so one stray byte neither
// turns UTF-8 names into mojibake nor hides behind a clean head. Error(ErrorCode::Io) with the file name when
// it is unreadable or not a regular file.
Result<Dialect> sniffFile(const QString &path);
// Refuses at once what is not a regular, readable file: a folder, a pipe (FIFO), a device, a socket or a
// symbolic link that leads nowhere (or in a loop), each with its own message naming the path.
Result<void> checkRegularFile(const QString &path);

} // namespace storelens::core::csv
