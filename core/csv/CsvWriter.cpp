#include "core/csv/CsvWriter.h"

namespace storelens::core::csv {

namespace {

// "12", "-12.5", "+3", "1e5", "-0,5": text a spreadsheet reads as a number, not as a formula.
bool isPlainNumber(const QString &text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (i < n && (text[i] == QLatin1Char('-') || text[i] == QLatin1Char('+')))
        ++i;
    qsizetype digits = 0;
    bool separatorSeen = false;
    for (; i < n; ++i) {
        const QChar c = text[i];
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            ++digits;
        } else if ((c == QLatin1Char('.') || c == QLatin1Char(',')) && !separatorSeen) {
            separatorSeen = true;
        } else {
            break;
        }
    }
    if (digits == 0)
        return false;
    if (i < n && (text[i] == QLatin1Char('e') || text[i] == QLatin1Char('E'))) {
        ++i;
        if (i < n && (text[i] == QLatin1Char('-') || text[i] == QLatin1Char('+')))
            ++i;
        qsizetype exponentDigits = 0;
        for (; i < n && text[i] >= QLatin1Char('0') && text[i] <= QLatin1Char('9'); ++i)
            ++exponentDigits;
        if (exponentDigits == 0)
            return false;
    }
    return i == n;
}

bool startsLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    if (c == QLatin1Char('=') || c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
        return true;
    if (c == QLatin1Char('+') || c == QLatin1Char('-'))
        return !isPlainNumber(text);
    return false;
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, bool neutraliseFormulas)
    : m_device(device)
    , m_neutraliseFormulas(neutraliseFormulas)
{
    m_ok = m_device != nullptr && m_device->isWritable();
}

void CsvWriter::writeRow(const QStringList &fields)
{
    if (!m_ok)
        return;
    m_line.clear();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_line.append(',');
        const QString &field = fields[i];
        const bool neutralise = m_neutraliseFormulas && startsLikeFormula(field);
        const QByteArray bytes = field.toUtf8();
        const bool needsQuotes = bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') ||
                                 bytes.contains('\r') || bytes.startsWith(' ') || bytes.endsWith(' ');
        if (needsQuotes)
            m_line.append('"');
        if (neutralise)
            m_line.append('\'');
        if (needsQuotes) {
            for (const char c : bytes) {
                if (c == '"')
                    m_line.append('"');
                m_line.append(c);
            }
            m_line.append('"');
        } else {
            m_line.append(bytes);
        }
    }
    m_line.append(m_lineEnding);
    if (m_device->write(m_line) != m_line.size())
        m_ok = false;
}

} // namespace storelens::core::csv
