#pragma once

#include "core/model/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>

// Internal to core/csv: the byte-level helpers the field parsers (numbers, dates, ids) share.
namespace storelens::core::csv::detail {

// The translation context of every field parser's message.
class FieldParsersText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::csv::FieldParsers)
};

// Error(ErrorCode::InvalidValue) with the translated message, %1 replaced by text.
Error invalid(const char *message, QByteArrayView text);

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

inline char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

// a in ASCII lower case equals b (lower case already).
bool equalsIgnoringCase(QByteArrayView a, const char *b);

// Spaces that appear in numbers and around them: ASCII space and tab, no-break space (C2 A0), thin space
// (E2 80 89) and narrow no-break space (E2 80 AF), the French and Swiss thousands separators. Byte tests, as
// these run for every field of an import. The length of the space at the start / end of text, 0 if none.
qsizetype spaceAtStart(QByteArrayView text);
qsizetype spaceAtEnd(QByteArrayView text);
// text without those spaces at either end.
QByteArrayView trimmedView(QByteArrayView text);

} // namespace storelens::core::csv::detail
