#pragma once

#include "core/csv/Dialect.h"

#include <QByteArrayView>

#include <string>

// Internal to core/csv: converting text in a file's encoding to UTF-8, a chunk at a time.
namespace storelens::core::csv::detail {

// Length of the byte order mark at the start of data for the given encoding (0 when there is none).
qsizetype bomLength(QByteArrayView data, TextEncoding encoding);
// The encoding a byte order mark at the start of data announces, if any.
std::optional<TextEncoding> encodingFromBom(QByteArrayView data);

// Appends the UTF-8 form of data to out and returns how many bytes of data it consumed. Only a sequence cut
// off at the end of data is left unconsumed (an odd byte or a lone high surrogate in UTF-16), unless atEnd,
// where it becomes U+FFFD. UTF-8 input is copied as is.
qsizetype appendAsUtf8(QByteArrayView data, TextEncoding encoding, std::string &out, bool atEnd);

// What a file's bytes say about UTF-8: its valid multi-byte sequences and its invalid bytes.
struct Utf8Evidence
{
    qint64 multiByte = 0;
    qint64 invalid = 0;
    // UTF-8 unless invalid bytes outnumber the valid multi-byte sequences: one stray Windows-1252 byte among
    // UTF-8 names is a stray byte (its line is reported), while a file whose only non-ASCII bytes are
    // invalid is Windows-1252.
    bool saysUtf8() const { return invalid == 0 || multiByte >= invalid; }
};
// Adds the evidence of data, a chunk of a file; returns the bytes consumed (a sequence cut off at the end of
// data is left for the next chunk unless atEnd).
qsizetype scanUtf8(QByteArrayView data, Utf8Evidence &evidence, bool atEnd);
// Offset of the first byte of data that is not part of valid UTF-8 (a cut-off sequence counts), or -1.
qsizetype firstInvalidUtf8(QByteArrayView data);

} // namespace storelens::core::csv::detail
