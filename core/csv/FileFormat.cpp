#include "core/csv/FileFormat.h"

#include <QCoreApplication>

namespace storelens::core::csv {

namespace {

class FileFormatText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::csv::FileFormat)
};

} // namespace

Result<void> checkTextFormat(QByteArrayView head, const QString &path)
{
    const auto startsWith = [head](const char *magic, qsizetype size) {
        return head.size() >= size && head.first(size) == QByteArrayView(magic, size);
    };
    const auto compressed = [&path](const char *format) {
        return Error(ErrorCode::Format,
                     FileFormatText::tr("This is a compressed file (%1), not a CSV file; unpack it first and "
                                        "import the CSV file inside.")
                         .arg(QLatin1String(format)),
                     path, 1);
    };
    const auto workbook = [&path](const char *kind) {
        return Error(
            ErrorCode::Format,
            FileFormatText::tr("This is a spreadsheet workbook (%1), not a CSV file; save the sheet as "
                               "CSV (UTF-8) in the spreadsheet program and import that file.")
                .arg(QLatin1String(kind)),
            path, 1);
    };
    if (startsWith("\x1F\x8B", 2))
        return compressed("gzip");
    // "BZh1" can begin a line of text: bzip2 also needs the magic of a first block (π) or of the end of an
    // empty stream (√π) behind it.
    if (startsWith("BZh", 3) && head.size() >= 10 && head[3] >= '1' && head[3] <= '9' &&
        (head.sliced(4, 6) == QByteArrayView("\x31\x41\x59\x26\x53\x59", 6) ||
         head.sliced(4, 6) == QByteArrayView("\x17\x72\x45\x38\x50\x90", 6)))
        return compressed("bzip2");
    if (startsWith("\xFD"
                   "7zXZ\0",
                   6))
        return compressed("xz");
    if (startsWith("\x28\xB5\x2F\xFD", 4))
        return compressed("zstd");
    // 7z and RAR signatures go on with a NUL byte (the format version), which no text holds.
    if (startsWith("7z\xBC\xAF\x27\x1C\0", 7))
        return compressed("7z");
    if (startsWith("Rar!\x1A\x07\0", 7) || startsWith("Rar!\x1A\x07\x01\0", 8))
        return compressed("RAR");
    if (startsWith("PK\x03\x04", 4) || startsWith("PK\x05\x06", 4)) {
        // An Office Open XML workbook names its parts "xl/..."; an OpenDocument one states its MIME type.
        if (head.indexOf(QByteArrayView("xl/")) >= 0)
            return workbook("Excel, .xlsx");
        if (head.indexOf(QByteArrayView("opendocument.spreadsheet")) >= 0)
            return workbook("OpenDocument, .ods");
        return compressed("ZIP");
    }
    if (startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        return workbook("Excel 97-2003, .xls");
    if (startsWith("%PDF-", 5))
        return Error(
            ErrorCode::Format,
            FileFormatText::tr("This is a PDF document, not a CSV file; export the data as CSV from the "
                               "program that made it."),
            path, 1);
    if (startsWith("SQLite format 3\0", 16))
        return Error(
            ErrorCode::Format,
            FileFormatText::tr("This is an SQLite database (perhaps a StoreLens workspace), not a CSV "
                               "file; open a workspace with --workspace or File > Open."),
            path, 1);
    return {};
}

} // namespace storelens::core::csv
