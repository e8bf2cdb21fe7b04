#include "core/csv/CsvReader.h"

#include "core/csv/FileFormat.h"
#include "core/csv/Transcoding.h"

#include <QCoreApplication>

namespace storelens::core::csv {

namespace {

constexpr qint64 ProgressStep = 1024 * 1024;
constexpr qsizetype MinimumChunkSize = 4;

class CsvReaderText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::csv::CsvReader)
};

} // namespace

CsvReader::CsvReader(const Dialect &dialect)
    : m_dialect(dialect)
{
}

CsvReader::~CsvReader() = default;

void CsvReader::setProgressCallback(std::function<bool(qint64, qint64)> callback)
{
    m_progress = std::move(callback);
}

void CsvReader::setEmptyRecordCallback(std::function<void(qint64)> callback)
{
    m_emptyRecord = std::move(callback);
}

void CsvReader::setChunkSize(qsizetype bytes)
{
    m_chunkSize = qMax(bytes, MinimumChunkSize);
}

Result<void> CsvReader::open(const QString &path)
{
    m_file.close();
    m_path = path;
    m_raw.clear();
    m_buffer.clear();
    m_pos = 0;
    m_record.clear();
    m_fieldEnds.clear();
    m_line = 1;
    m_recordLine = 0;
    m_bytesRead = 0;
    m_nextProgress = 0;
    m_firstChunk = true;
    m_previousWasCr = false;
    m_error = Error();

    if (auto regular = checkRegularFile(path); !regular) {
        m_atEnd = true;
        m_error = regular.error();
        return m_error;
    }
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_atEnd = true;
        m_error = Error(ErrorCode::Io,
                        CsvReaderText::tr("The file cannot be opened: %1.").arg(m_file.errorString()), path);
        return m_error;
    }
    if (auto text = checkTextFormat(m_file.peek(SniffBytes), path); !text) {
        m_file.close();
        m_atEnd = true;
        m_error = text.error();
        return m_error;
    }
    m_atEnd = false;
    m_fileSize = m_file.size();
    m_raw.reserve(size_t(m_chunkSize) + 8);
    m_buffer.reserve(size_t(m_chunkSize) * 2);
    m_record.reserve(1024);
    m_fieldEnds.reserve(64);
    return {};
}

void CsvReader::fail(ErrorCode code, const QString &message, qint64 line, int column)
{
    m_error = Error(code, message, m_path, line, column);
    m_atEnd = true;
    m_buffer.clear();
    m_pos = 0;
}

bool CsvReader::fillBuffer()
{
    m_buffer.clear();
    m_pos = 0;
    while (m_buffer.empty()) {
        if (m_atEnd)
            return false;
        const size_t carried = m_raw.size();
        m_raw.resize(carried + size_t(m_chunkSize));
        const qint64 got = m_file.read(m_raw.data() + carried, m_chunkSize);
        if (got < 0) {
            fail(ErrorCode::Io, CsvReaderText::tr("The file cannot be read: %1.").arg(m_file.errorString()),
                 m_line);
            return false;
        }
        m_raw.resize(carried + size_t(got));
        m_bytesRead += got;
        if (got == 0 || m_file.atEnd())
            m_atEnd = true;

        QByteArrayView view(m_raw.data(), qsizetype(m_raw.size()));
        qsizetype skip = 0;
        if (m_firstChunk) {
            m_firstChunk = false;
            // A byte order mark is authoritative, whatever the dialect says.
            if (const std::optional<TextEncoding> announced = detail::encodingFromBom(view)) {
                m_dialect.encoding = *announced;
                m_dialect.hasBom = true;
                skip = detail::bomLength(view, *announced);
            }
        }
        const qsizetype consumed =
            skip + detail::appendAsUtf8(view.sliced(skip), m_dialect.encoding, m_buffer, m_atEnd);
        m_raw.erase(0, size_t(consumed));

        if (m_progress && (m_bytesRead >= m_nextProgress || m_atEnd)) {
            m_nextProgress = m_bytesRead + ProgressStep;
            if (!m_progress(m_bytesRead, m_fileSize)) {
                fail(ErrorCode::Cancelled, CsvReaderText::tr("Reading the file was cancelled."), m_line);
                return false;
            }
        }
    }
    return true;
}

bool CsvReader::onlySpacesInCurrentField() const
{
    const size_t start = m_fieldEnds.empty() ? 0 : m_fieldEnds.back();
    for (size_t i = start; i < m_record.size(); ++i) {
        if (m_record[i] != ' ')
            return false;
    }
    return true;
}

// A record whose every field is empty (a line of delimiters only, such as eBay's ",,,,," above its header,
// or of "" quoted empties) is no record, as an empty line is none.
bool CsvReader::next()
{
    for (;;) {
        if (!nextRecord())
            return false;
        if (m_dialect.delimiter == ' ')
            dropEmptyFields();
        if (!m_record.empty())
            return true;
        if (m_emptyRecord)
            m_emptyRecord(m_recordLine);
    }
}

// Whitespace-aligned columns: the empty fields between the spaces of a run are no fields.
void CsvReader::dropEmptyFields()
{
    size_t kept = 0;
    size_t previousEnd = 0;
    for (const size_t end : m_fieldEnds) {
        if (end > previousEnd)
            m_fieldEnds[kept++] = end;
        previousEnd = end;
    }
    m_fieldEnds.resize(kept);
}

bool CsvReader::nextRecord()
{
    m_record.clear();
    m_fieldEnds.clear();
    if (m_error.code() != ErrorCode::None || !m_file.isOpen())
        return false;

    const char delimiter = m_dialect.delimiter;
    const bool quoting = m_dialect.quote != '\0';
    // Without quoting, the quote test repeats the delimiter test, which keeps the inner loop branch-free.
    const char quote = quoting ? m_dialect.quote : delimiter;
    State state = State::RecordStart;

    for (;;) {
        if (m_pos >= m_buffer.size() && !fillBuffer()) {
            if (m_error.code() != ErrorCode::None)
                return false;
            switch (state) {
            case State::RecordStart:
                return false;
            case State::Quoted:
                fail(ErrorCode::Format,
                     CsvReaderText::tr(
                         "A quoted field is not closed: the closing quote is missing before the end of the "
                         "file."),
                     m_recordLine, int(m_fieldEnds.size()) + 1);
                return false;
            default:
                m_fieldEnds.push_back(m_record.size());
                return true;
            }
        }

        const char *const begin = m_buffer.data();
        const char *const end = begin + m_buffer.size();
        const char *p = begin + m_pos;
        while (p < end) {
            switch (state) {
            case State::RecordStart: {
                const char c = *p;
                if (c == '\n') {
                    if (!m_previousWasCr)
                        ++m_line;
                    m_previousWasCr = false;
                    ++p;
                } else if (c == '\r') {
                    ++m_line;
                    m_previousWasCr = true;
                    ++p;
                } else {
                    m_previousWasCr = false;
                    m_recordLine = m_line;
                    state = State::FieldStart;
                }
                break;
            }
            case State::FieldStart:
                if (quoting && *p == quote) {
                    ++p;
                    state = State::Quoted;
                } else {
                    state = State::Unquoted;
                }
                break;
            case State::Unquoted: {
                const char *start = p;
                while (p < end) {
                    const char c = *p;
                    if (c == delimiter || c == '\n' || c == '\r' || c == quote)
                        break;
                    ++p;
                }
                m_record.append(start, size_t(p - start));
                if (p == end)
                    break;
                const char c = *p;
                if (c == delimiter) {
                    m_fieldEnds.push_back(m_record.size());
                    ++p;
                    state = State::FieldStart;
                } else if (c == quote) {
                    // Spaces before an opening quote do not belong to the field; a quote inside text is text.
                    if (onlySpacesInCurrentField()) {
                        m_record.resize(m_fieldEnds.empty() ? 0 : m_fieldEnds.back());
                        state = State::Quoted;
                    } else {
                        m_record.push_back(c);
                    }
                    ++p;
                } else {
                    m_fieldEnds.push_back(m_record.size());
                    ++m_line;
                    m_previousWasCr = c == '\r';
                    m_pos = size_t(p + 1 - begin);
                    return true;
                }
                break;
            }
            case State::Quoted: {
                const char *start = p;
                while (p < end) {
                    const char c = *p;
                    if (c == quote)
                        break;
                    if (c == '\n') {
                        if (!m_previousWasCr)
                            ++m_line;
                        m_previousWasCr = false;
                    } else {
                        m_previousWasCr = c == '\r';
                        if (m_previousWasCr)
                            ++m_line;
                    }
                    ++p;
                }
                m_record.append(start, size_t(p - start));
                if (p == end)
                    break;
                m_previousWasCr = false;
                ++p;
                state = State::QuoteInQuoted;
                break;
            }
            case State::QuoteInQuoted:
            case State::AfterQuoted: {
                const char c = *p;
                if (c == quote && state == State::QuoteInQuoted) {
                    m_record.push_back(c); // a doubled quote
                    ++p;
                    state = State::Quoted;
                } else if (c == delimiter) {
                    m_fieldEnds.push_back(m_record.size());
                    ++p;
                    state = State::FieldStart;
                } else if (c == '\n' || c == '\r') {
                    m_fieldEnds.push_back(m_record.size());
                    ++m_line;
                    m_previousWasCr = c == '\r';
                    m_pos = size_t(p + 1 - begin);
                    return true;
                } else if (c == ' ' || c == '\t') {
                    ++p; // spaces after the closing quote are dropped
                    state = State::AfterQuoted;
                } else {
                    state = State::Unquoted; // lenient: text after the closing quote is kept
                }
                break;
            }
            }
        }
        m_pos = size_t(p - begin);
    }
}

QByteArrayView CsvReader::field(int i) const
{
    if (i < 0 || size_t(i) >= m_fieldEnds.size())
        return {};
    const size_t start = i == 0 ? 0 : m_fieldEnds[size_t(i) - 1];
    return QByteArrayView(m_record.data() + start, qsizetype(m_fieldEnds[size_t(i)] - start));
}

CsvReader::TextProblem CsvReader::fieldProblem(int i) const
{
    const QByteArrayView text = field(i);
    if (text.contains('\0'))
        return TextProblem::Nul;
    if (m_dialect.encoding == TextEncoding::Utf8 && detail::firstInvalidUtf8(text) >= 0)
        return TextProblem::InvalidBytes;
    return TextProblem::None;
}

bool CsvReader::recordIsPlainText() const
{
    unsigned char any = 0;
    bool nul = false;
    for (const char c : m_record) {
        any |= static_cast<unsigned char>(c);
        nul |= c == '\0';
    }
    return !nul && (any < 0x80 || m_dialect.encoding != TextEncoding::Utf8);
}

QString CsvReader::fieldText(int i) const
{
    return QString::fromUtf8(field(i)).trimmed();
}

} // namespace storelens::core::csv
