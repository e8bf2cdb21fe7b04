#include "core/csv/FormulaSafety.h"

namespace storelens::core::csv {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

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
        if (isAsciiDigit(c)) {
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
        for (; i < n && isAsciiDigit(text[i]); ++i)
            ++exponentDigits;
        if (exponentDigits == 0)
            return false;
    }
    return i == n;
}

constexpr char16_t FullWidthEquals = u'\uFF1D';
constexpr char16_t FullWidthPlus = u'\uFF0B';
constexpr char16_t FullWidthMinus = u'\uFF0D';
constexpr char16_t FullWidthAt = u'\uFF20';

} // namespace

bool looksLikeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    const char16_t c = cell.front().unicode();
    switch (c) {
    case u'=':
    case u'@':
    case u'\t':
    case u'\r':
    case FullWidthEquals:
    case FullWidthPlus:
    case FullWidthMinus:
    case FullWidthAt:
        return true;
    case u'+':
    case u'-':
        return !isPlainNumber(cell);
    default:
        return false;
    }
}

QString neutraliseFormula(const QString &cell)
{
    return looksLikeFormula(cell) ? QLatin1Char('\'') + cell : cell;
}

} // namespace storelens::core::csv
