#include "core/csv/ParseText.h"

namespace storelens::core::csv::detail {

Error invalid(const char *message, QByteArrayView text)
{
    return Error(ErrorCode::InvalidValue, FieldParsersText::tr(message).arg(QString::fromUtf8(text)));
}

bool equalsIgnoringCase(QByteArrayView a, const char *b)
{
    const QByteArrayView other(b);
    if (a.size() != other.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != other[i])
            return false;
    }
    return true;
}

qsizetype spaceAtStart(QByteArrayView text)
{
    if (text.isEmpty())
        return 0;
    const auto b0 = static_cast<unsigned char>(text[0]);
    if (b0 == ' ' || b0 == '\t')
        return 1;
    if (b0 == 0xC2 && text.size() >= 2 && static_cast<unsigned char>(text[1]) == 0xA0)
        return 2;
    if (b0 == 0xE2 && text.size() >= 3 && static_cast<unsigned char>(text[1]) == 0x80) {
        const auto b2 = static_cast<unsigned char>(text[2]);
        if (b2 == 0x89 || b2 == 0xAF)
            return 3;
    }
    return 0;
}

qsizetype spaceAtEnd(QByteArrayView text)
{
    const qsizetype n = text.size();
    if (n == 0)
        return 0;
    const auto last = static_cast<unsigned char>(text[n - 1]);
    if (last == ' ' || last == '\t')
        return 1;
    if (last == 0xA0 && n >= 2 && static_cast<unsigned char>(text[n - 2]) == 0xC2)
        return 2;
    if ((last == 0x89 || last == 0xAF) && n >= 3 && static_cast<unsigned char>(text[n - 2]) == 0x80 &&
        static_cast<unsigned char>(text[n - 3]) == 0xE2)
        return 3;
    return 0;
}

QByteArrayView trimmedView(QByteArrayView text)
{
    while (const qsizetype n = spaceAtStart(text))
        text = text.sliced(n);
    while (const qsizetype n = spaceAtEnd(text))
        text.chop(n);
    return text;
}

} // namespace storelens::core::csv::detail
