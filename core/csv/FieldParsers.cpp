#include "core/csv/FieldParsers.h"
#include "core/csv/ParseText.h"

// Identifiers and yes/no values; numbers live in NumberParsers.cpp, dates in DateParsers.cpp.
namespace storelens::core::csv {

using namespace detail;

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
    // English, then German, French, Spanish, Italian and Dutch, as shop back offices write them (trial 22de:
    // a German shop's Newsletter column of "ja" and "nein" rejected every row).
    for (const char *yes :
         {"yes",    "true", "y",         "1",        "subscribed", "opt-in",   "opted-in", "optin",
          "opt in", "ja",   "j",         "wahr",     "abonniert",  "oui",      "vrai",     "abonné",
          "sí",     "si",   "verdadero", "suscrito", "vero",       "iscritto", "waar",     "geabonneerd"}) {
        if (equalsIgnoringCase(t, yes))
            return true;
    }
    for (const char *no :
         {"no",          "false",        "n",       "0",         "unsubscribed", "opt-out",
          "opted-out",   "optout",       "opt out", "nein",      "falsch",       "nicht abonniert",
          "abgemeldet",  "non",          "faux",    "désabonné", "non abonné",   "falso",
          "no suscrito", "non iscritto", "nee",     "onwaar"}) {
        if (equalsIgnoringCase(t, no))
            return false;
    }
    return std::nullopt;
}

} // namespace storelens::core::csv
