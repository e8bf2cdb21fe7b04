#include "core/import/PhoneKey.h"

#include <algorithm>

namespace storelens::core {

namespace {

constexpr qsizetype kShortest = 7; // digits left after the country code and trunk prefix
constexpr qsizetype kLongest = 15; // E.164's longest number, its country code included

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// What a written number may hold besides its digits: spaces, dots, dashes, slashes, brackets and a leading
// plus.
bool isSeparator(char c)
{
    return c == ' ' || c == '.' || c == '-' || c == '/' || c == '(' || c == ')' || c == '\t';
}

} // namespace

int countryCodeLength(QByteArrayView digits)
{
    if (digits.isEmpty())
        return 0;
    const char first = digits.at(0);
    if (first == '1' || first == '7') // North America, Russia and Kazakhstan
        return 1;
    if (digits.size() < 2)
        return 1;
    // The two-digit codes of each zone; every other code of zones 2 to 9 has three digits.
    static const char *const kTwoDigits[] = {
        "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46",
        "47", "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63",
        "64", "65", "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98"};
    const QByteArrayView two = digits.first(2);
    return std::any_of(std::begin(kTwoDigits), std::end(kTwoDigits),
                       [two](const char *code) { return two == QByteArrayView(code); })
               ? 2
               : 3;
}

QByteArray phoneKey(QByteArrayView written)
{
    const QByteArrayView text = written.trimmed();
    QByteArray digits;
    digits.reserve(text.size());
    bool plus = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (isDigit(c))
            digits += c;
        else if (c == '+' && digits.isEmpty() && !plus)
            plus = true;
        else if (!isSeparator(c))
            return {};
    }
    if (digits.size() > kLongest + (plus ? 0 : 2))
        return {};
    QByteArrayView national(digits);
    if (!plus && national.startsWith("00")) { // the international call prefix of most countries
        national = national.sliced(2);
        plus = true;
    }
    if (plus)
        national = national.sliced(std::min<qsizetype>(countryCodeLength(national), national.size()));
    while (national.startsWith('0'))
        national = national.sliced(1);
    if (national.size() < kShortest)
        return {};
    return national.toByteArray();
}

} // namespace storelens::core
