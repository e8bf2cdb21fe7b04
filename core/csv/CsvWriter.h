#pragma once

#include <QIODevice>
#include <QStringList>

namespace storelens::core::csv {

// Writes RFC 4180 CSV (UTF-8, ',' delimiter, CRLF or LF line ends) to a QIODevice; quotes fields when needed.
// setDelimiter(';') writes the CSV a spreadsheet in a decimal-comma language opens column by column.
// Every cell is formula-safe: neutraliseFormula() (FormulaSafety.h) puts an apostrophe before a cell a
// spreadsheet would run as a formula; numbers such as "-12.5" stay numeric.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device);

    void setLineEnding(QByteArray lineEnding) { m_lineEnding = std::move(lineEnding); } // default "\r\n"
    void setDelimiter(char delimiter) { m_delimiter = delimiter; }                      // default ','
    void writeRow(const QStringList &fields);
    // False once a write to the device has failed.
    bool ok() const { return m_ok; }

private:
    QIODevice *m_device;
    QByteArray m_lineEnding = QByteArrayLiteral("\r\n");
    char m_delimiter = ',';
    QByteArray m_line;
    bool m_ok = true;
};

} // namespace storelens::core::csv
