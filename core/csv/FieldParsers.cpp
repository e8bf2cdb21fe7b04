#include "core/csv/FieldParsers.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <limits>
#include <vector>

namespace storelens::core::csv {

namespace {

class FieldParsersText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::csv::FieldParsers)
};

Error invalid(const char *message, QByteArrayView text)
{
    return Error(ErrorCode::InvalidValue, FieldParsersText::tr(message).arg(QString::fromUtf8(text)));
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
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

// Spaces that appear in numbers and around them: ASCII space and tab, no-break space (C2 A0), thin space
// (E2 80 89) and narrow no-break space (E2 80 AF), the French and Swiss thousands separators. Byte tests, as
// these run for every field of an import.
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

constexpr const char *CurrencySymbols[] = {
    "$",
    "\xE2\x82\xAC",
    "\xC2\xA3",
    "\xC2\xA5",
    "\xC2\xA2",
    "\xE2\x82\xB9",
    "\xE2\x82\xA9",
    "\xE2\x82\xBD",
    "\xE2\x82\xBA",
    "\xE2\x82\xAA",
    "\xE2\x82\xAB",
    "\xEF\xBF\xA5",
};

// A currency at the start: a symbol, or up to three letters (USD, kr, Fr) optionally followed by '$' (US$,
// R$).
qsizetype currencyAtStart(QByteArrayView text)
{
    if (text.isEmpty() || isDigit(text[0]) || text[0] == '.' || text[0] == ',')
        return 0;
    if (text[0] == '$')
        return 1;
    for (const char *symbol : CurrencySymbols) {
        if (text.startsWith(symbol))
            return qsizetype(qstrlen(symbol));
    }
    qsizetype letters = 0;
    while (letters < text.size() && isLetter(text[letters]))
        ++letters;
    if (letters == 0 || letters > 3)
        return 0;
    if (letters < text.size() && text[letters] == '$')
        return letters + 1;
    return letters;
}

qsizetype currencyAtEnd(QByteArrayView text)
{
    if (text.isEmpty() || isDigit(text.back()))
        return 0;
    if (text.back() == '$')
        return 1;
    for (const char *symbol : CurrencySymbols) {
        if (text.endsWith(symbol))
            return qsizetype(qstrlen(symbol));
    }
    qsizetype letters = 0;
    while (letters < text.size() && isLetter(text[text.size() - 1 - letters]))
        ++letters;
    return (letters > 0 && letters <= 3) ? letters : 0;
}

constexpr const char *UnicodeMinus = "\xE2\x88\x92";

struct Number
{
    bool negative = false;
    quint64 whole = 0;
    QByteArrayView fraction; // digits after the decimal separator
};

enum class NumberStatus { Ok, Empty, Syntax, TooLarge };

// Strips sign, parentheses and (when allowed) a currency from both ends of text.
bool stripAffixes(QByteArrayView &text, bool allowCurrency, bool &negative)
{
    bool sign = false;
    bool openParen = false;
    bool closeParen = false;
    bool currency = false;
    for (;;) {
        text = trimmedView(text);
        if (text.isEmpty())
            break;
        if (text[0] == '(' && !openParen && !sign) {
            openParen = true;
            text = text.sliced(1);
        } else if ((text[0] == '-' || text[0] == '+') && !sign) {
            sign = true;
            negative = text[0] == '-';
            text = text.sliced(1);
        } else if (text.startsWith(UnicodeMinus) && !sign) {
            sign = true;
            negative = true;
            text = text.sliced(3);
        } else if (allowCurrency && !currency && currencyAtStart(text) > 0) {
            currency = true;
            text = text.sliced(currencyAtStart(text));
        } else {
            break;
        }
    }
    for (;;) {
        text = trimmedView(text);
        if (text.isEmpty())
            break;
        const char last = text.back();
        if (last == ')' && openParen && !closeParen) {
            closeParen = true;
            text.chop(1);
        } else if (last == '-' && !sign && !openParen) {
            sign = true;
            negative = true;
            text.chop(1);
        } else if (allowCurrency && !currency && currencyAtEnd(text) > 0) {
            currency = true;
            text.chop(currencyAtEnd(text));
        } else {
            break;
        }
    }
    if (openParen != closeParen || (openParen && sign))
        return false;
    if (openParen)
        negative = true;
    return true;
}

// Thousands separators for a decimal separator: the other one of '.' and ',', an apostrophe and spaces.
qsizetype thousandsSeparatorAt(QByteArrayView text, char decimalSeparator)
{
    const char c = text[0];
    if ((c == '.' || c == ',') && c != decimalSeparator)
        return 1;
    if (c == '\'')
        return 1;
    return spaceAtStart(text);
}

NumberStatus parseNumber(QByteArrayView text, char decimalSeparator, bool allowCurrency, Number &out)
{
    text = trimmedView(text);
    if (text.isEmpty())
        return NumberStatus::Empty;
    if (!stripAffixes(text, allowCurrency, out.negative))
        return NumberStatus::Syntax;

    int digits = 0;
    int groupDigits = 0;
    bool grouped = false;
    QByteArrayView separatorKind;
    qsizetype i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (isDigit(c)) {
            const quint64 d = quint64(c - '0');
            if (out.whole > (std::numeric_limits<quint64>::max() - d) / 10)
                return NumberStatus::TooLarge;
            out.whole = out.whole * 10 + d;
            ++digits;
            ++groupDigits;
            ++i;
            continue;
        }
        if (c == decimalSeparator) {
            if (grouped && groupDigits != 3)
                return NumberStatus::Syntax;
            out.fraction = text.sliced(i + 1);
            for (const char f : out.fraction) {
                if (!isDigit(f))
                    return NumberStatus::Syntax;
            }
            digits += int(out.fraction.size());
            return digits > 0 ? NumberStatus::Ok : NumberStatus::Syntax;
        }
        const qsizetype separator = thousandsSeparatorAt(text.sliced(i), decimalSeparator);
        if (separator == 0 || groupDigits == 0 || groupDigits > 3 || (grouped && groupDigits != 3))
            return NumberStatus::Syntax;
        if (!grouped && text[0] == '0') // "0,750": a number written in groups never starts with 0
            return NumberStatus::Syntax;
        const QByteArrayView kind = text.sliced(i, separator);
        if (grouped && kind != separatorKind)
            return NumberStatus::Syntax;
        separatorKind = kind;
        grouped = true;
        groupDigits = 0;
        i += separator;
    }
    if (digits == 0 || (grouped && groupDigits != 3))
        return NumberStatus::Syntax;
    return NumberStatus::Ok;
}

// The number scaled by 10^places, the digits beyond rounded half away from zero (or refused when !round).
bool toScaled(const Number &number, int places, bool round, qint64 &out, bool &tooManyPlaces)
{
    tooManyPlaces = false;
    qint64 scale = 1;
    for (int k = 0; k < places; ++k)
        scale *= 10;
    // The fixed-point range (METRICS.md section 1, "Range checks"), checked again after rounding below.
    if (number.whole > quint64(MaxFixedPoint / scale))
        return false;
    quint64 magnitude = number.whole * quint64(scale);
    quint64 fractionPart = 0;
    for (int k = 0; k < places; ++k) {
        fractionPart =
            fractionPart * 10 + (k < number.fraction.size() ? quint64(number.fraction[k] - '0') : 0);
    }
    magnitude += fractionPart;
    if (number.fraction.size() > places) {
        const QByteArrayView rest = number.fraction.sliced(places);
        if (round) {
            if (rest[0] >= '5')
                ++magnitude;
        } else {
            for (const char c : rest) {
                if (c != '0')
                    tooManyPlaces = true;
            }
            if (tooManyPlaces)
                return false;
        }
    }
    if (magnitude > quint64(MaxFixedPoint))
        return false;
    out = number.negative ? -qint64(magnitude) : qint64(magnitude);
    return true;
}

// ---- dates ----

// The month names of the languages StoreLens ships (translations/: English, German) as QLocale writes them,
// long, short and stand-alone, lower case in UTF-8 without a trailing '.': "march", "mar", "märz", "mär",
// "mrz" is not CLDR's and is not read. Built once.
struct MonthName
{
    QByteArray name;
    int month;
};

const std::vector<MonthName> &monthNames()
{
    static const std::vector<MonthName> names = [] {
        std::vector<MonthName> all;
        for (const QLocale::Language language : {QLocale::English, QLocale::German}) {
            const QLocale locale(language);
            for (int m = 1; m <= 12; ++m) {
                for (const QString &n :
                     {locale.monthName(m, QLocale::LongFormat), locale.monthName(m, QLocale::ShortFormat),
                      locale.standaloneMonthName(m, QLocale::LongFormat),
                      locale.standaloneMonthName(m, QLocale::ShortFormat)}) {
                    QByteArray bytes = n.toLower().toUtf8();
                    if (bytes.endsWith('.'))
                        bytes.chop(1);
                    const bool known = std::any_of(all.cbegin(), all.cend(),
                                                   [&bytes](const MonthName &x) { return x.name == bytes; });
                    if (bytes.size() >= 3 && !known)
                        all.push_back({bytes, m});
                }
            }
        }
        return all;
    }();
    return names;
}

// The month of a lower-case name, or of the first `letters` letters of a long name (3, or "sept"); 0 if none.
int monthFromLowered(QByteArrayView lowered, qsizetype letters, bool prefixInLetters)
{
    for (const MonthName &n : monthNames()) {
        if (QByteArrayView(n.name) == lowered)
            return n.month;
    }
    if (letters != 3 && letters != 4)
        return 0;
    for (const MonthName &n : monthNames()) {
        if (letters == 4 && n.month != 9)
            continue;
        if (!prefixInLetters) {
            if (n.name.size() > lowered.size() && QByteArrayView(n.name).startsWith(lowered))
                return n.month;
        } else if (const QString name = QString::fromUtf8(n.name);
                   name.size() > letters && name.startsWith(QString::fromUtf8(lowered))) {
            return n.month;
        }
    }
    return 0;
}

// 1..12 for a month name in a shipped language, or the first three letters of one ("Sept" too), 0 otherwise.
int monthFromName(QByteArrayView token)
{
    if (token.size() < 3)
        return 0;
    const bool ascii =
        std::all_of(token.begin(), token.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii) {
        char buffer[16];
        if (token.size() > qsizetype(sizeof buffer))
            return 0;
        for (qsizetype i = 0; i < token.size(); ++i)
            buffer[i] = lower(token[i]);
        return monthFromLowered(QByteArrayView(buffer, token.size()), token.size(), false);
    }
    const QString text = QString::fromUtf8(token).toLower();
    return text.size() < 3 ? 0 : monthFromLowered(text.toUtf8(), text.size(), true);
}

struct DateToken
{
    QByteArrayView text;
    bool numeric = false;
    int value = 0; // the number, or the month of a month name
};

// Splits a date into at most three tokens at '-', '/', '.', ' ' and ','. False on anything else.
bool tokenizeDate(QByteArrayView text, DateToken (&tokens)[3], int &count)
{
    count = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (c == '-' || c == '/' || c == '.' || c == ' ' || c == ',') {
            ++i;
            continue;
        }
        qsizetype j = i;
        const bool numeric = isDigit(c);
        // Letters of a month name may be non-ASCII UTF-8 ("März").
        while (
            j < text.size() &&
            (numeric ? isDigit(text[j]) : isLetter(text[j]) || static_cast<unsigned char>(text[j]) >= 0x80))
            ++j;
        if (j == i || count == 3)
            return false;
        DateToken &token = tokens[count++];
        token.text = text.sliced(i, j - i);
        token.numeric = numeric;
        if (numeric) {
            if (token.text.size() > 8)
                return false;
            token.value = 0;
            for (const char d : token.text)
                token.value = token.value * 10 + (d - '0');
        } else {
            token.value = monthFromName(token.text);
            if (token.value == 0)
                return false;
        }
        i = j;
    }
    return true;
}

bool yearFromToken(const DateToken &token, int &year)
{
    if (!token.numeric)
        return false;
    if (token.text.size() == 4) {
        year = token.value;
        return true;
    }
    if (token.text.size() == 2) {
        year = token.value < 70 ? 2000 + token.value : 1900 + token.value;
        return true;
    }
    return false;
}

enum class DateStatus { Ok, Syntax, Invalid, Ambiguous, OutOfRange };

DateStatus parseDatePart(QByteArrayView text, DateOrder order, QDate &out)
{
    DateToken tokens[3];
    int count = 0;
    if (!tokenizeDate(text, tokens, count))
        return DateStatus::Syntax;
    int year = 0;
    int month = 0;
    int day = 0;
    if (count == 1) {
        const DateToken &t = tokens[0];
        if (!t.numeric || t.text.size() != 8)
            return DateStatus::Syntax;
        year = t.value / 10000;
        month = t.value / 100 % 100;
        day = t.value % 100;
    } else if (count != 3) {
        return DateStatus::Syntax;
    } else if (!tokens[1].numeric) { // 01-Mar-2024, 2024-Mar-01
        if (!tokens[0].numeric || !tokens[2].numeric)
            return DateStatus::Syntax;
        month = tokens[1].value;
        const bool yearFirst = tokens[0].text.size() == 4;
        if (!yearFromToken(yearFirst ? tokens[0] : tokens[2], year))
            return DateStatus::Syntax;
        day = yearFirst ? tokens[2].value : tokens[0].value;
    } else if (!tokens[0].numeric) { // Mar 1, 2024
        if (!tokens[2].numeric || !yearFromToken(tokens[2], year))
            return DateStatus::Syntax;
        month = tokens[0].value;
        day = tokens[1].value;
    } else if (!tokens[2].numeric) {
        return DateStatus::Syntax;
    } else if (tokens[0].text.size() == 4) { // 2024-03-01, 2024/3/1
        year = tokens[0].value;
        month = tokens[1].value;
        day = tokens[2].value;
    } else {
        if (tokens[0].text.size() > 2 || tokens[1].text.size() > 2)
            return DateStatus::Syntax;
        const int a = tokens[0].value;
        const int b = tokens[1].value;
        if (order == DateOrder::YearMonthDay && tokens[2].text.size() == 2) { // 24/03/01
            if (!yearFromToken(tokens[0], year))
                return DateStatus::Syntax;
            month = b;
            day = tokens[2].value;
        } else {
            if (!yearFromToken(tokens[2], year))
                return DateStatus::Syntax;
            DateOrder effective = order;
            if (effective != DateOrder::DayMonthYear && effective != DateOrder::MonthDayYear) {
                if (a > 12)
                    effective = DateOrder::DayMonthYear;
                else if (b > 12)
                    effective = DateOrder::MonthDayYear;
                else if (a == b)
                    effective = DateOrder::DayMonthYear; // the same date either way
                else
                    return DateStatus::Ambiguous;
            }
            day = effective == DateOrder::DayMonthYear ? a : b;
            month = effective == DateOrder::DayMonthYear ? b : a;
        }
    }
    if (!QDate::isValid(year, month, day))
        return DateStatus::Invalid;
    out = QDate(year, month, day);
    return isDateInRange(out) ? DateStatus::Ok : DateStatus::OutOfRange;
}

// "8:26", "08:26:30", "08:26:30.123", "8:26 PM", each optionally followed by a timezone ("Z", "+01:00",
// "-0500", "UTC", "GMT+1"), which is ignored.
bool parseTimePart(QByteArrayView text, int &secondsOfDay)
{
    qsizetype i = 0;
    auto readNumber = [&](int minDigits, int maxDigits, int &value) {
        const qsizetype start = i;
        value = 0;
        while (i < text.size() && isDigit(text[i]) && i - start < maxDigits)
            value = value * 10 + (text[i++] - '0');
        return i - start >= minDigits;
    };
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (!readNumber(1, 2, hour) || i >= text.size() || text[i] != ':')
        return false;
    ++i;
    if (!readNumber(2, 2, minute))
        return false;
    if (i < text.size() && text[i] == ':') {
        ++i;
        if (!readNumber(2, 2, second))
            return false;
        if (i < text.size() && (text[i] == '.' || text[i] == ',')) {
            ++i;
            int fraction = 0;
            if (!readNumber(1, 9, fraction))
                return false;
        }
    }
    QByteArrayView rest = trimmedView(text.sliced(i));
    int meridiem = 0; // 1 AM, 2 PM
    for (const auto &[marker, value] :
         {std::pair{"am", 1}, std::pair{"pm", 2}, std::pair{"a.m.", 1}, std::pair{"p.m.", 2}}) {
        if (rest.isEmpty())
            break;
        const qsizetype n = qsizetype(qstrlen(marker));
        if (rest.size() >= n && equalsIgnoringCase(rest.first(n), marker) &&
            (rest.size() == n || !isLetter(rest[n]))) {
            meridiem = value;
            rest = trimmedView(rest.sliced(n));
            break;
        }
    }
    // Timezone: letters (Z, UTC, CET), then an offset of digits and ':'.
    qsizetype j = 0;
    while (j < rest.size() && isLetter(rest[j]))
        ++j;
    if (j > 5)
        return false;
    if (j < rest.size() && (rest[j] == '+' || rest[j] == '-')) {
        ++j;
        const qsizetype offsetStart = j;
        while (j < rest.size() && (isDigit(rest[j]) || rest[j] == ':'))
            ++j;
        if (j == offsetStart)
            return false;
    }
    if (j != rest.size())
        return false;

    if (meridiem != 0) {
        if (hour < 1 || hour > 12)
            return false;
        hour = hour % 12 + (meridiem == 2 ? 12 : 0);
    }
    if (hour > 23 || minute > 59 || second > 59)
        return false;
    secondsOfDay = hour * 3600 + minute * 60 + second;
    return true;
}

// Splits "date time" at the hour in front of the first ':'.
void splitDateTime(QByteArrayView text, QByteArrayView &date, QByteArrayView &time)
{
    const qsizetype colon = text.indexOf(':');
    if (colon < 0) {
        date = text;
        time = {};
        return;
    }
    qsizetype start = colon;
    while (start > 0 && isDigit(text[start - 1]))
        --start;
    time = text.sliced(start);
    date = text.first(start);
    for (;;) {
        date = trimmedView(date);
        if (date.endsWith(',')) {
            date.chop(1);
        } else if (date.size() >= 2 && date.back() == 'T' && isDigit(date[date.size() - 2])) {
            date.chop(1);
        } else {
            break;
        }
    }
}

} // namespace

bool isDateInRange(QDate date)
{
    return date.isValid() && date.year() >= FirstYear && date.year() <= LastYear;
}

Result<Money> parseMoney(QByteArrayView text, char decimalSeparator)
{
    Number number;
    switch (parseNumber(text, decimalSeparator, true, number)) {
    case NumberStatus::Empty:
        return Error(ErrorCode::InvalidValue, FieldParsersText::tr("The amount is empty."));
    case NumberStatus::Syntax:
        return invalid("\"%1\" is not an amount of money.", text);
    case NumberStatus::TooLarge:
        return invalid("The amount \"%1\" is too large.", text);
    case NumberStatus::Ok:
        break;
    }
    qint64 units = 0;
    bool tooManyPlaces = false;
    if (!toScaled(number, 4, true, units, tooManyPlaces))
        return invalid("The amount \"%1\" is too large: amounts must lie within ±99,999,999,999,999.9999.",
                       text);
    return Money::fromUnits(units);
}

Result<qint64> parseRate(QByteArrayView text, char decimalSeparator)
{
    QByteArrayView number = text.trimmed();
    const bool percent = number.endsWith('%');
    if (percent)
        number = number.chopped(1).trimmed();
    Number parsed;
    if (number.isEmpty() || parseNumber(number, decimalSeparator, false, parsed) != NumberStatus::Ok)
        return invalid("\"%1\" is not a rate (such as 0.2 or 20 %).", text);
    qint64 units = 0;
    bool tooManyPlaces = false;
    // Ten-thousandths of a fraction are hundredths of a percentage.
    if (!toScaled(parsed, percent ? 2 : 4, true, units, tooManyPlaces))
        return invalid("The rate \"%1\" is not between 0 and 1 (0 % and 100 %).", text);
    if (units < 0 || units >= Money::Scale)
        return invalid("The rate \"%1\" is not between 0 and 1 (0 % and 100 %).", text);
    return units;
}

Result<Quantity> parseQuantity(QByteArrayView text, char decimalSeparator)
{
    Number number;
    switch (parseNumber(text, decimalSeparator, false, number)) {
    case NumberStatus::Empty:
        return Error(ErrorCode::InvalidValue, FieldParsersText::tr("The quantity is empty."));
    case NumberStatus::Syntax:
        return invalid("\"%1\" is not a quantity.", text);
    case NumberStatus::TooLarge:
        return invalid("The quantity \"%1\" is too large.", text);
    case NumberStatus::Ok:
        break;
    }
    qint64 milli = 0;
    bool tooManyPlaces = false;
    if (!toScaled(number, 3, false, milli, tooManyPlaces)) {
        if (tooManyPlaces)
            return invalid("The quantity \"%1\" has more than 3 decimal places.", text);
        return invalid("The quantity \"%1\" is too large: quantities must lie within "
                       "±999,999,999,999,999.999.",
                       text);
    }
    return Quantity::fromMilli(milli);
}

Result<qint64> parseInteger(QByteArrayView text)
{
    Number number;
    NumberStatus status = parseNumber(text, '.', false, number);
    bool whole = status == NumberStatus::Ok;
    for (const char c : number.fraction)
        whole = whole && c == '0';
    if (!whole && status != NumberStatus::Empty && status != NumberStatus::TooLarge) {
        // "1.234.567" or "12,0": '.' as thousands separator, ',' as decimal separator.
        number = Number();
        status = parseNumber(text, ',', false, number);
        whole = status == NumberStatus::Ok;
        for (const char c : number.fraction)
            whole = whole && c == '0';
    }
    if (status == NumberStatus::Empty)
        return Error(ErrorCode::InvalidValue, FieldParsersText::tr("The number is empty."));
    if (status == NumberStatus::TooLarge ||
        (whole && number.whole > quint64(std::numeric_limits<qint64>::max())))
        return invalid("The number \"%1\" is too large.", text);
    if (!whole)
        return invalid("\"%1\" is not a whole number.", text);
    return number.negative ? -qint64(number.whole) : qint64(number.whole);
}

char detectDecimalSeparator(const QList<QByteArray> &samples)
{
    return decideDecimalSeparator(samples).value_or('.');
}

std::optional<char> decideDecimalSeparator(const QList<QByteArray> &samples)
{
    int commaVotes = 0;
    int dotVotes = 0;
    bool ambiguous = false;
    for (const QByteArray &sample : samples) {
        const qsizetype lastDot = sample.lastIndexOf('.');
        const qsizetype lastComma = sample.lastIndexOf(',');
        if (lastDot >= 0 && lastComma >= 0) {
            (lastComma > lastDot ? commaVotes : dotVotes) += 1;
            continue;
        }
        const qsizetype position = lastDot >= 0 ? lastDot : lastComma;
        if (position < 0)
            continue;
        const char separator = sample[position];
        if (sample.count(separator) > 1) { // 1.234.567: a thousands separator, so the other one is decimal
            (separator == '.' ? commaVotes : dotVotes) += 1;
            continue;
        }
        qsizetype digitsAfter = 0;
        while (position + 1 + digitsAfter < sample.size() && isDigit(sample[position + 1 + digitsAfter]))
            ++digitsAfter;
        qsizetype digitsBefore = 0;
        while (position - 1 - digitsBefore >= 0 && isDigit(sample[position - 1 - digitsBefore]))
            ++digitsBefore;
        // "12,5", "0.25"; and "0,750" or "1234,567", which no thousands grouping writes. "1,234" alone says
        // nothing.
        const bool decimal = digitsAfter != 3 || digitsBefore == 0 || digitsBefore > 3 ||
                             sample[position - digitsBefore] == '0';
        if (decimal)
            (separator == ',' ? commaVotes : dotVotes) += 1;
        else
            ambiguous = true;
    }
    if (commaVotes == 0 && dotVotes == 0 && ambiguous)
        return std::nullopt;
    return commaVotes > dotVotes ? ',' : '.';
}

Result<DateTimeValue> parseDateTime(QByteArrayView text, DateOrder order)
{
    const QByteArrayView trimmed = trimmedView(text);
    if (trimmed.isEmpty())
        return Error(ErrorCode::InvalidValue, FieldParsersText::tr("The date is empty."));
    QByteArrayView datePart;
    QByteArrayView timePart;
    splitDateTime(trimmed, datePart, timePart);
    DateTimeValue value;
    switch (parseDatePart(datePart, order, value.date)) {
    case DateStatus::Syntax:
        return invalid("\"%1\" is not a date.", text);
    case DateStatus::Invalid:
        return invalid("\"%1\" is not a valid calendar date.", text);
    case DateStatus::Ambiguous:
        return invalid("The date \"%1\" could be read day first or month first: choose the date order.",
                       text);
    case DateStatus::OutOfRange:
        return invalid("The date \"%1\" lies outside 1900-01-01 … 2100-12-31.", text);
    case DateStatus::Ok:
        break;
    }
    if (!timePart.isEmpty() && !parseTimePart(timePart, value.secondsOfDay))
        return invalid("\"%1\" does not have a valid time of day.", text);
    return value;
}

DateOrder detectDateOrder(const QList<QByteArray> &samples)
{
    bool yearFirst = false;
    bool dayFirst = false;
    bool monthFirst = false;
    bool ambiguous = false;
    bool namedDayFirst = false;
    bool namedMonthFirst = false;
    for (const QByteArray &sample : samples) {
        QByteArrayView datePart;
        QByteArrayView timePart;
        splitDateTime(trimmedView(sample), datePart, timePart);
        DateToken tokens[3];
        int count = 0;
        if (!tokenizeDate(datePart, tokens, count))
            continue;
        if (count == 1) {
            yearFirst = yearFirst || (tokens[0].numeric && tokens[0].text.size() == 8);
        } else if (count != 3) {
            continue;
        } else if (!tokens[0].numeric) {
            namedMonthFirst = true;
        } else if (!tokens[1].numeric) {
            namedDayFirst = namedDayFirst || tokens[0].text.size() != 4;
            yearFirst = yearFirst || tokens[0].text.size() == 4;
        } else if (tokens[0].text.size() == 4) {
            yearFirst = true;
        } else if (tokens[0].value > 12) {
            dayFirst = true;
        } else if (tokens[1].value > 12) {
            monthFirst = true;
        } else if (tokens[0].value != tokens[1].value) {
            ambiguous = true;
        }
    }
    if (dayFirst != monthFirst)
        return dayFirst ? DateOrder::DayMonthYear : DateOrder::MonthDayYear;
    if (dayFirst || ambiguous)
        return DateOrder::Unknown;
    if (yearFirst)
        return DateOrder::YearMonthDay;
    if (namedDayFirst != namedMonthFirst)
        return namedDayFirst ? DateOrder::DayMonthYear : DateOrder::MonthDayYear;
    return DateOrder::Unknown;
}

QString normaliseId(QByteArrayView text)
{
    const QByteArrayView t = trimmedView(text);
    qsizetype i = 0;
    const bool sign = !t.isEmpty() && (t[0] == '-' || t[0] == '+');
    if (sign)
        ++i;
    const qsizetype intStart = i;
    while (i < t.size() && isDigit(t[i]))
        ++i;
    const QByteArrayView intDigits = t.sliced(intStart, i - intStart);
    if (intDigits.isEmpty() || i == t.size() || t[i] != '.')
        return QString::fromUtf8(t);
    ++i;
    const qsizetype fracStart = i;
    while (i < t.size() && isDigit(t[i]))
        ++i;
    const QByteArrayView fracDigits = t.sliced(fracStart, i - fracStart);
    int exponent = 0;
    if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
        ++i;
        if (i < t.size() && t[i] == '+')
            ++i;
        const qsizetype expStart = i;
        while (i < t.size() && isDigit(t[i]) && exponent < 100)
            exponent = exponent * 10 + (t[i++] - '0');
        if (i == expStart)
            return QString::fromUtf8(t);
    }
    if (i != t.size() || exponent > 30)
        return QString::fromUtf8(t);
    // Only an integer written as a decimal or in scientific notation is rewritten.
    for (qsizetype k = exponent; k < fracDigits.size(); ++k) {
        if (fracDigits[k] != '0')
            return QString::fromUtf8(t);
    }
    QByteArray digits = intDigits.toByteArray();
    for (int k = 0; k < exponent; ++k)
        digits.append(k < fracDigits.size() ? fracDigits[k] : '0');
    if (exponent > 0) {
        while (digits.size() > 1 && digits.front() == '0')
            digits.remove(0, 1);
    }
    if (sign && t[0] == '-')
        digits.prepend('-');
    return QString::fromLatin1(digits);
}

std::optional<bool> parseBool(QByteArrayView text)
{
    const QByteArrayView t = trimmedView(text);
    for (const char *yes : {"yes", "true", "y", "1", "subscribed", "opt-in", "opted-in", "optin", "opt in"}) {
        if (equalsIgnoringCase(t, yes))
            return true;
    }
    for (const char *no :
         {"no", "false", "n", "0", "unsubscribed", "opt-out", "opted-out", "optout", "opt out"}) {
        if (equalsIgnoringCase(t, no))
            return false;
    }
    return std::nullopt;
}

} // namespace storelens::core::csv
