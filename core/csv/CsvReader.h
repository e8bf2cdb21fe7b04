#pragma once

#include "core/csv/Dialect.h"
#include "core/model/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QString>

#include <functional>
#include <string>
#include <vector>

namespace storelens::core::csv {

// Streams a file record by record. The file is read in fixed-size chunks, never whole; UTF-16 and
// Windows-1252 are transcoded to UTF-8 chunk by chunk. RFC 4180: quoted fields with embedded delimiters,
// newlines and doubled quotes; LF, CRLF and CR line ends; a BOM is skipped; empty lines, and lines
// whose every field is empty (delimiters only, or "" quoted empties), are not records.
// Fields are handed out as UTF-8 byte views valid until the next call to next().
// An unterminated quote at end of file is an Error(ErrorCode::Format) naming the file, the line where the
// record started, the column (1-based field index) and the reason.
class CsvReader
{
public:
    static constexpr qsizetype DefaultChunkSize = 256 * 1024;

    explicit CsvReader(const Dialect &dialect);
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Error(ErrorCode::Io, ..., path) when the file cannot be opened.
    Result<void> open(const QString &path);
    // Advances to the next record; false at end of file, on error or when cancelled (see error()).
    bool next();
    int fieldCount() const { return int(m_fieldEnds.size()); }
    // Unquoted UTF-8 bytes; an empty view when i is out of range.
    QByteArrayView field(int i) const;
    // QString::fromUtf8(field(i)).trimmed()
    QString fieldText(int i) const;
    // Whether field i holds a NUL byte or, in a UTF-8 file, bytes that are not UTF-8 (they would become
    // U+FFFD).
    enum class TextProblem { None, Nul, InvalidBytes };
    TextProblem fieldProblem(int i) const;
    // Whether fieldProblem() is None for every field of the current record, from one pass over all of its
    // bytes (no NUL byte and, in a UTF-8 file, only ASCII); false says only that some field must be checked.
    bool recordIsPlainText() const;
    // 1-based physical line number where the current record starts.
    qint64 recordLine() const { return m_recordLine; }
    // Bytes of the file consumed so far (for progress).
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 fileSize() const { return m_fileSize; }
    // ErrorCode::None when next() returned false at a clean end of file.
    const Error &error() const { return m_error; }
    // Called about every 1 MiB of input with (bytesRead, fileSize); returning false cancels: next() then
    // returns false and error().code() == ErrorCode::Cancelled.
    void setProgressCallback(std::function<bool(qint64 done, qint64 total)> callback);
    // Called with its line for each line next() skips because every field is empty (delimiters only), not
    // for an empty line: the import counts such lines of its data as blank.
    void setEmptyRecordCallback(std::function<void(qint64 line)> callback);
    // Bytes read from the file at a time (at least 4); call before open(). For tests of chunk boundaries.
    void setChunkSize(qsizetype bytes);
    const Dialect &dialect() const { return m_dialect; }

private:
    enum class State { RecordStart, FieldStart, Unquoted, Quoted, QuoteInQuoted, AfterQuoted };

    bool nextRecord();
    void dropEmptyFields();
    bool fillBuffer();
    bool onlySpacesInCurrentField() const;
    void fail(ErrorCode code, const QString &message, qint64 line = 0, int column = 0);

    Dialect m_dialect;
    QFile m_file;
    QString m_path;
    std::function<bool(qint64, qint64)> m_progress;
    std::function<void(qint64)> m_emptyRecord;
    qsizetype m_chunkSize = DefaultChunkSize;

    std::string m_raw;    // bytes read from the file and not yet decoded (a cut-off sequence, then the chunk)
    std::string m_buffer; // decoded UTF-8 text of the current chunk, consumed up to m_pos
    size_t m_pos = 0;
    std::string m_record;            // unquoted bytes of the current record's fields, back to back
    std::vector<size_t> m_fieldEnds; // end offset in m_record of each field

    qint64 m_line = 1; // physical line at m_pos
    qint64 m_recordLine = 0;
    qint64 m_bytesRead = 0;
    qint64 m_fileSize = 0;
    qint64 m_nextProgress = 0;
    bool m_atEnd = true;
    bool m_firstChunk = true;
    bool m_previousWasCr = false;
    Error m_error;
};

} // namespace storelens::core::csv
