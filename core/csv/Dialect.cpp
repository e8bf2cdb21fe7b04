#include "core/csv/Dialect.h"

#include "core/csv/FieldParsers.h"
#include "core/csv/FileFormat.h"
#include "core/csv/Transcoding.h"
#include "core/model/EnumKeys.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace storelens::core::csv {

namespace {

// In the order of TextEncoding: the names encodingName() gives.
constexpr const char *kEncodingNames[] = {"UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252"};
static_assert(std::size(kEncodingNames) == size_t(TextEncoding::Windows1252) + 1, "one name per encoding");

constexpr int MaxSniffRows = 100;
constexpr char DelimiterCandidates[] = {',', ';', '\t', '|'};

using Row = std::vector<QByteArrayView>;

// Whether every raw cell of a row is empty or a quoted empty (""): CsvReader reads no record from such a
// line.
bool allCellsEmpty(const std::vector<QByteArrayView> &row, char quote)
{
    return std::all_of(row.cbegin(), row.cend(), [quote](QByteArrayView cell) {
        return cell.isEmpty() || (quote != '\0' && cell.size() == 2 && cell[0] == quote && cell[1] == quote);
    });
}

// Splits text into rows of raw cells (quotes kept, so views stay inside text); quote-aware, like CsvReader,
// and like it leaves out lines whose every cell is empty.
std::vector<Row> splitRows(QByteArrayView text, char delimiter, char quote, int maxRows)
{
    std::vector<Row> rows;
    Row row;
    qsizetype fieldStart = 0;
    bool inQuotes = false;
    bool atFieldStart = true;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n && int(rows.size()) < maxRows; ++i) {
        const char c = text[i];
        if (inQuotes) {
            if (c == quote) {
                if (i + 1 < n && text[i + 1] == quote)
                    ++i;
                else
                    inQuotes = false;
            }
            continue;
        }
        if (atFieldStart && quote != '\0' && c == quote) {
            inQuotes = true;
            atFieldStart = false;
            continue;
        }
        atFieldStart = false;
        if (c == delimiter) {
            row.push_back(text.sliced(fieldStart, i - fieldStart));
            fieldStart = i + 1;
            atFieldStart = true;
        } else if (c == '\n' || c == '\r') {
            if (!row.empty() || i > fieldStart) {
                row.push_back(text.sliced(fieldStart, i - fieldStart));
                if (!allCellsEmpty(row, quote))
                    rows.push_back(std::move(row));
                row.clear();
            }
            if (c == '\r' && i + 1 < n && text[i + 1] == '\n')
                ++i;
            fieldStart = i + 1;
            atFieldStart = true;
        }
    }
    if (int(rows.size()) < maxRows && (!row.empty() || fieldStart < n)) {
        row.push_back(text.sliced(fieldStart));
        if (!allCellsEmpty(row, quote))
            rows.push_back(std::move(row));
    }
    if (delimiter == ' ') { // whitespace-aligned: a run of spaces is one separator
        for (Row &r : rows)
            r.erase(std::remove_if(r.begin(), r.end(), [](QByteArrayView cell) { return cell.isEmpty(); }),
                    r.end());
    }
    return rows;
}

// Text of a raw cell without its quotes and surrounding spaces.
QByteArrayView cellText(QByteArrayView cell, char quote)
{
    cell = cell.trimmed();
    if (quote != '\0' && cell.size() >= 2 && cell.front() == quote && cell.back() == quote)
        cell = cell.sliced(1, cell.size() - 2).trimmed();
    return cell;
}

// The quote character: '\'' only when single quotes enclose cells (some open a cell and some close one) and
// double quotes never do. A name that ends a cell in quotes ("Cesta regalo 'Terreta';", trial 21) closes
// cells without opening any: it is text.
char sniffQuote(QByteArrayView text)
{
    int enclosing[2] = {0, 0};
    const char quotes[2] = {'"', '\''};
    auto isBoundary = [](char c) {
        return c == '\n' || c == '\r' || c == ',' || c == ';' || c == '\t' || c == '|';
    };
    for (int q = 0; q < 2; ++q) {
        int opening = 0;
        int closing = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i] != quotes[q])
                continue;
            const char before = i == 0 ? '\n' : text[i - 1];
            const char after = i + 1 < text.size() ? text[i + 1] : '\n';
            opening += isBoundary(before);
            closing += isBoundary(after);
        }
        enclosing[q] = std::min(opening, closing);
    }
    if (enclosing[0] == 0 && enclosing[1] >= 2)
        return '\'';
    return '"';
}

char sniffDelimiter(QByteArrayView text, char quote)
{
    char best = ',';
    double bestConsistency = 0;
    qsizetype bestFields = 1;
    for (const char candidate : DelimiterCandidates) {
        const std::vector<Row> rows = splitRows(text, candidate, quote, MaxSniffRows);
        if (rows.empty())
            continue;
        std::map<qsizetype, int> counts;
        for (const Row &row : rows)
            ++counts[qsizetype(row.size())];
        qsizetype mode = 0;
        int modeRows = 0;
        for (const auto &[fields, frequency] : counts) {
            if (frequency > modeRows || (frequency == modeRows && fields > mode)) {
                mode = fields;
                modeRows = frequency;
            }
        }
        if (mode <= 1)
            continue;
        const double consistency = double(modeRows) / double(rows.size());
        if (consistency > bestConsistency + 1e-9 ||
            (qAbs(consistency - bestConsistency) <= 1e-9 && mode > bestFields)) {
            best = candidate;
            bestConsistency = consistency;
            bestFields = mode;
        }
    }
    if (bestFields > 1)
        return best;
    // No delimiter splits the rows: columns aligned with spaces, if every row splits into the same count.
    const std::vector<Row> rows = splitRows(text, ' ', quote, MaxSniffRows);
    const bool aligned = !rows.empty() && rows.front().size() > 1 &&
                         std::all_of(rows.cbegin(), rows.cend(),
                                     [&rows](const Row &r) { return r.size() == rows.front().size(); });
    return aligned ? ' ' : best;
}

// A letter right beside a digit ("EAN13", "Q1", "vat2", "1st") makes a name or code, not an amount with a
// currency code (which the exports write with a symbol or a space: "$12", "12.50 EUR").
bool letterTouchesDigit(QByteArrayView cell)
{
    const auto isAsciiLetter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    for (qsizetype i = 1; i < cell.size(); ++i) {
        const char a = cell[i - 1];
        const char b = cell[i];
        if ((isAsciiLetter(a) && b >= '0' && b <= '9') || (a >= '0' && a <= '9' && isAsciiLetter(b)))
            return true;
    }
    return false;
}

// Numbers and dates are short: a long cell is text, whatever it holds (and is not parsed: a 10 MB cell
// costs a scan, not a parse).
constexpr qsizetype LongestNumberOrDate = 64;

bool isNumberOrDate(QByteArrayView cell)
{
    if (cell.isEmpty() || cell.size() > LongestNumberOrDate)
        return false;
    for (const DateOrder order : {DateOrder::DayMonthYear, DateOrder::MonthDayYear})
        if (parseDateTime(cell, order).ok())
            return true;
    return !letterTouchesDigit(cell) && (parseMoney(cell, '.').ok() || parseMoney(cell, ',').ok());
}

bool sniffHeader(const std::vector<Row> &rows, char quote)
{
    if (rows.empty())
        return false;
    const Row &first = rows.front();
    // Row 1 is a header when its text cells clearly outnumber its number or date cells (a name such as
    // "2024" among six others does not decide it alone), and text stands above numbers or dates in some
    // column.
    int textCells = 0;
    int numericCells = 0;
    std::vector<bool> textAbove(first.size(), false);
    for (size_t column = 0; column < first.size(); ++column) {
        const QByteArrayView cell = cellText(first[column], quote);
        if (isNumberOrDate(cell)) {
            ++numericCells;
        } else if (!cell.isEmpty()) {
            ++textCells;
            textAbove[column] = true;
        }
    }
    if (textCells == 0 || numericCells * 2 >= textCells)
        return false;
    if (rows.size() == 1)
        return true;
    bool numericBelow = false;
    bool distinctLengths = false;
    for (size_t column = 0; column < first.size(); ++column) {
        if (!textAbove[column])
            continue;
        const qsizetype headerLength = cellText(first[column], quote).size();
        qsizetype commonLength = -1;
        bool sameLength = true;
        for (size_t r = 1; r < rows.size(); ++r) {
            if (column >= rows[r].size())
                continue;
            const QByteArrayView cell = cellText(rows[r][column], quote);
            numericBelow = numericBelow || isNumberOrDate(cell);
            if (commonLength < 0)
                commonLength = cell.size();
            sameLength = sameLength && cell.size() == commonLength;
        }
        distinctLengths =
            distinctLengths || (commonLength >= 0 && sameLength && commonLength != headerLength);
    }
    // Text above numbers or dates marks a header. In an all-text file, a column whose cells all have one
    // length (codes) under a cell of another length does.
    return numericBelow || distinctLengths;
}

class DialectText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::csv::Dialect)
};

bool looksLikeUtf16WithoutBom(QByteArrayView head, bool &bigEndian)
{
    if (head.size() < 4)
        return false;
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    const qsizetype n = head.size() & ~qsizetype(1);
    for (qsizetype i = 0; i < n; i += 2) {
        zeroEven += head[i] == '\0';
        zeroOdd += head[i + 1] == '\0';
    }
    const qsizetype units = n / 2;
    if (zeroOdd * 10 >= units * 7 && zeroEven * 10 <= units) {
        bigEndian = false;
        return true;
    }
    if (zeroEven * 10 >= units * 7 && zeroOdd * 10 <= units) {
        bigEndian = true;
        return true;
    }
    return false;
}

} // namespace

QString encodingName(TextEncoding e)
{
    return enumKey(kEncodingNames, e);
}

std::optional<TextEncoding> encodingFromName(const QString &name)
{
    QString key = name.trimmed().toLower();
    key.remove(QLatin1Char('-'));
    key.remove(QLatin1Char('_'));
    key.remove(QLatin1Char(' '));
    if (key == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (key == QLatin1String("utf16le") || key == QLatin1String("utf16"))
        return TextEncoding::Utf16LE;
    if (key == QLatin1String("utf16be"))
        return TextEncoding::Utf16BE;
    if (key == QLatin1String("windows1252") || key == QLatin1String("cp1252") ||
        key == QLatin1String("latin1") || key == QLatin1String("iso88591") || key == QLatin1String("ansi"))
        return TextEncoding::Windows1252;
    return std::nullopt;
}

namespace {

// The head's own encoding when it announces one (a BOM) or looks like UTF-16; nothing for 8-bit text.
std::optional<TextEncoding> announcedEncoding(QByteArrayView head, bool &hasBom)
{
    bool bigEndian = false;
    hasBom = false;
    if (const std::optional<TextEncoding> announced = detail::encodingFromBom(head)) {
        hasBom = true;
        return announced;
    }
    if (looksLikeUtf16WithoutBom(head, bigEndian))
        return bigEndian ? TextEncoding::Utf16BE : TextEncoding::Utf16LE;
    return std::nullopt;
}

Dialect sniffWithEvidence(QByteArrayView head, const detail::Utf8Evidence *fileEvidence)
{
    Dialect dialect;
    head = head.first(qMin(head.size(), SniffBytes));
    qsizetype skip = 0;
    if (const std::optional<TextEncoding> announced = announcedEncoding(head, dialect.hasBom)) {
        dialect.encoding = *announced;
        skip = dialect.hasBom ? detail::bomLength(head, *announced) : 0;
    } else {
        detail::Utf8Evidence headEvidence;
        detail::scanUtf8(head, headEvidence, head.size() < SniffBytes);
        const detail::Utf8Evidence &evidence = fileEvidence ? *fileEvidence : headEvidence;
        dialect.encoding = evidence.saysUtf8() ? TextEncoding::Utf8 : TextEncoding::Windows1252;
    }

    std::string decoded;
    detail::appendAsUtf8(head.sliced(skip), dialect.encoding, decoded, false);
    QByteArrayView text(decoded.data(), qsizetype(decoded.size()));
    // A full-size head was probably cut off mid-record: leave its last line out.
    if (head.size() == SniffBytes) {
        const qsizetype lastBreak = qMax(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
        if (lastBreak > 0)
            text = text.first(lastBreak);
    }

    dialect.quote = sniffQuote(text);
    dialect.delimiter = sniffDelimiter(text, dialect.quote);
    dialect.hasHeader =
        sniffHeader(splitRows(text, dialect.delimiter, dialect.quote, MaxSniffRows), dialect.quote);
    return dialect;
}

// Nothing but a byte order mark, spaces and line ends.
bool isBlank(QByteArrayView text)
{
    for (const char *bom : {"\xEF\xBB\xBF", "\xFF\xFE", "\xFE\xFF"}) {
        if (text.startsWith(bom)) {
            text = text.sliced(qstrlen(bom));
            break;
        }
    }
    for (const char c : text) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    }
    return true;
}

} // namespace

Dialect sniffDialect(QByteArrayView head)
{
    return sniffWithEvidence(head, nullptr);
}

Result<void> checkRegularFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink() && !info.exists())
        return Error(ErrorCode::Io,
                     DialectText::tr("The file is a symbolic link that leads nowhere (or round in a loop)."),
                     path);
    if (!info.exists())
        return Error(ErrorCode::Io, DialectText::tr("The file does not exist."), path);
    if (info.isDir())
        return Error(ErrorCode::Io, DialectText::tr("This is a folder, not a file."), path);
    if (!info.isFile())
        return Error(ErrorCode::Io,
                     DialectText::tr("This is not a regular file (a pipe, a device or a socket); StoreLens "
                                     "reads only files."),
                     path);
    return {};
}

Result<Dialect> sniffFile(const QString &path)
{
    if (auto regular = checkRegularFile(path); !regular)
        return regular.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, DialectText::tr("The file cannot be opened: %1.").arg(file.errorString()),
                     path);
    const QByteArray head = file.read(SniffBytes);
    if (file.error() != QFileDevice::NoError)
        return Error(ErrorCode::Io, DialectText::tr("The file cannot be read: %1.").arg(file.errorString()),
                     path);
    if (auto text = checkTextFormat(head, path); !text)
        return text.error();
    if (file.atEnd() && isBlank(head))
        return Error(ErrorCode::Format, DialectText::tr("The file is empty: it holds no header and no rows."),
                     path, 1);
    bool hasBom = false;
    if (announcedEncoding(head, hasBom) || file.atEnd())
        return sniffDialect(head);
    // 8-bit text: the encoding follows the evidence of the whole file, read a chunk at a time.
    detail::Utf8Evidence evidence;
    QByteArray pending = head;
    for (;;) {
        const QByteArray chunk = file.read(1024 * 1024);
        if (file.error() != QFileDevice::NoError)
            return Error(ErrorCode::Io,
                         DialectText::tr("The file cannot be read: %1.").arg(file.errorString()), path);
        const bool atEnd = chunk.isEmpty();
        pending += chunk;
        pending.remove(0, detail::scanUtf8(pending, evidence, atEnd));
        if (atEnd)
            break;
    }
    return sniffWithEvidence(head, &evidence);
}

} // namespace storelens::core::csv
