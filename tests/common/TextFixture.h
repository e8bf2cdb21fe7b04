#pragma once

#include <QByteArray>
#include <QString>

// Bytes of test files in the encodings the CSV reader and the dialect sniffer must read.
namespace storelens::test {

// UTF-16 bytes of `text` (little or big endian), with a byte order mark in front when `bom`.
inline QByteArray utf16(const QString &text, bool bigEndian, bool bom)
{
    QByteArray out;
    if (bom)
        out = bigEndian ? QByteArray("\xFE\xFF") : QByteArray("\xFF\xFE");
    for (const QChar c : text) {
        const char high = char(c.unicode() >> 8);
        const char low = char(c.unicode() & 0xFF);
        out.append(bigEndian ? high : low);
        out.append(bigEndian ? low : high);
    }
    return out;
}

} // namespace storelens::test
