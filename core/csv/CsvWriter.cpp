#include "core/csv/CsvWriter.h"

#include "core/csv/FormulaSafety.h"

namespace storelens::core::csv {

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
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
            m_line.append(m_delimiter);
        const QByteArray bytes = neutraliseFormula(fields[i]).toUtf8();
        const bool needsQuotes = bytes.contains(m_delimiter) || bytes.contains('"') || bytes.contains('\n') ||
                                 bytes.contains('\r') || bytes.startsWith(' ') || bytes.endsWith(' ');
        if (needsQuotes) {
            m_line.append('"');
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
