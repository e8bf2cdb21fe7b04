#include "core/csv/Transcoding.h"

#include <cstring>

namespace storelens::core::csv::detail {

namespace {

// Windows-1252 0x80-0x9F; the five undefined bytes map to the C1 controls of the same value, as browsers do.
constexpr char16_t Cp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

constexpr char32_t Replacement = 0xFFFD;

void appendCodePoint(char32_t cp, std::string &out)
{
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | (cp >> 6)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xE0 | (cp >> 12)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (cp >> 18)));
        out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}

qsizetype appendUtf16(QByteArrayView data, bool bigEndian, std::string &out, bool atEnd)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype n = data.size();
    auto unitAt = [&](qsizetype i) -> char16_t {
        return bigEndian ? char16_t((bytes[i] << 8) | bytes[i + 1])
                         : char16_t((bytes[i + 1] << 8) | bytes[i]);
    };
    qsizetype i = 0;
    while (i + 1 < n) {
        const char16_t unit = unitAt(i);
        if (unit < 0x80) {
            out.push_back(char(unit));
            i += 2;
        } else if (unit >= 0xD800 && unit < 0xDC00) {
            if (i + 3 >= n) {
                if (!atEnd)
                    return i; // the low surrogate is in the next chunk
                appendCodePoint(Replacement, out);
                i += 2;
                continue;
            }
            const char16_t low = unitAt(i + 2);
            if (low >= 0xDC00 && low < 0xE000) {
                appendCodePoint(0x10000 + ((char32_t(unit) - 0xD800) << 10) + (low - 0xDC00), out);
                i += 4;
            } else {
                appendCodePoint(Replacement, out);
                i += 2;
            }
        } else if (unit >= 0xDC00 && unit < 0xE000) {
            appendCodePoint(Replacement, out);
            i += 2;
        } else {
            appendCodePoint(unit, out);
            i += 2;
        }
    }
    if (i < n && atEnd) {
        appendCodePoint(Replacement, out);
        i = n;
    }
    return i;
}

void appendCp1252(QByteArrayView data, std::string &out)
{
    for (const char c : data) {
        const auto b = static_cast<unsigned char>(c);
        if (b < 0x80)
            out.push_back(c);
        else if (b < 0xA0)
            appendCodePoint(Cp1252High[b - 0x80], out);
        else
            appendCodePoint(b, out);
    }
}

} // namespace

qsizetype bomLength(QByteArrayView data, TextEncoding encoding)
{
    const std::optional<TextEncoding> announced = encodingFromBom(data);
    if (!announced || *announced != encoding)
        return 0;
    return encoding == TextEncoding::Utf8 ? 3 : 2;
}

std::optional<TextEncoding> encodingFromBom(QByteArrayView data)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        return TextEncoding::Utf8;
    if (data.startsWith("\xFF\xFE"))
        return TextEncoding::Utf16LE;
    if (data.startsWith("\xFE\xFF"))
        return TextEncoding::Utf16BE;
    return std::nullopt;
}

qsizetype appendAsUtf8(QByteArrayView data, TextEncoding encoding, std::string &out, bool atEnd)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        out.append(data.data(), size_t(data.size()));
        return data.size();
    case TextEncoding::Utf16LE:
        return appendUtf16(data, false, out, atEnd);
    case TextEncoding::Utf16BE:
        return appendUtf16(data, true, out, atEnd);
    case TextEncoding::Windows1252:
        appendCp1252(data, out);
        return data.size();
    }
    return data.size();
}

namespace {

// Length of the valid UTF-8 sequence at data[i] (1 for ASCII), 0 when the byte there starts no valid
// sequence, -1 when a valid start is cut off by the end of data.
int utf8SequenceAt(const unsigned char *bytes, qsizetype n, qsizetype i)
{
    const unsigned char b = bytes[i];
    if (b < 0x80)
        return 1;
    int extra = 0;
    char32_t minimum = 0;
    if ((b & 0xE0) == 0xC0) {
        extra = 1;
        minimum = 0x80;
    } else if ((b & 0xF0) == 0xE0) {
        extra = 2;
        minimum = 0x800;
    } else if ((b & 0xF8) == 0xF0 && b <= 0xF4) {
        extra = 3;
        minimum = 0x10000;
    } else {
        return 0;
    }
    char32_t cp = b & (0x3F >> extra);
    for (int k = 1; k <= extra; ++k) {
        if (i + k >= n)
            return -1;
        if ((bytes[i + k] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (bytes[i + k] & 0x3F);
    }
    if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000))
        return 0;
    return extra + 1;
}

// Offset of the first byte >= 0x80 from i, eight bytes at a time.
qsizetype nextNonAscii(const unsigned char *bytes, qsizetype n, qsizetype i)
{
    while (i + 8 <= n) {
        quint64 word;
        memcpy(&word, bytes + i, 8);
        if (word & 0x8080808080808080ULL)
            break;
        i += 8;
    }
    while (i < n && bytes[i] < 0x80)
        ++i;
    return i;
}

} // namespace

qsizetype scanUtf8(QByteArrayView data, Utf8Evidence &evidence, bool atEnd)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype n = data.size();
    qsizetype i = nextNonAscii(bytes, n, 0);
    while (i < n) {
        const int length = utf8SequenceAt(bytes, n, i);
        if (length < 0 && !atEnd)
            return i;
        if (length <= 0) {
            ++evidence.invalid;
            ++i;
        } else {
            evidence.multiByte += length > 1;
            i += length;
        }
        i = nextNonAscii(bytes, n, i);
    }
    return n;
}

qsizetype firstInvalidUtf8(QByteArrayView data)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype n = data.size();
    qsizetype i = nextNonAscii(bytes, n, 0);
    while (i < n) {
        const int length = utf8SequenceAt(bytes, n, i);
        if (length <= 0)
            return i;
        i = nextNonAscii(bytes, n, i + length);
    }
    return -1;
}

} // namespace storelens::core::csv::detail
