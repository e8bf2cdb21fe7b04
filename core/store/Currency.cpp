#include "core/store/Currency.h"

#include "core/model/PercentText.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <map>

namespace storelens::core {

namespace {

struct CurrencyText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::Currency)
};

// ISO codes an export writes beside amounts; each is counted only as a whole word.
constexpr const char *kCodes[] = {"EUR", "USD", "GBP", "JPY", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF",
                                  "CAD", "AUD", "NZD", "INR", "BRL", "MXN", "ZAR", "CNY", "HKD", "SGD"};

// Symbols in UTF-8 (and Latin-1 for £), with the currency each means. Dollar signs with a prefix come before
// the bare "$" so "A$" is not counted as USD.
struct Symbol
{
    const char *bytes;
    const char *code;
};
constexpr Symbol kSymbols[] = {
    {"\xE2\x82\xAC", "EUR"}, {"\xC2\xA3", "GBP"}, {"\xC2\xA5", "JPY"}, {"\xE2\x82\xB9", "INR"},
    {"z\xC5\x82", "PLN"},    {"US$", "USD"},      {"A$", "AUD"},       {"AU$", "AUD"},
    {"C$", "CAD"},           {"CA$", "CAD"},      {"NZ$", "NZD"},      {"HK$", "HKD"},
    {"S$", "SGD"},           {"R$", "BRL"},       {"MX$", "MXN"},      {"$", "USD"},
};

bool isLetter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

} // namespace

QString guessCurrency(QByteArrayView text)
{
    std::map<QString, int> counts;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        // Most bytes start no code or symbol: capitals, '$', 'z' and non-ASCII bytes are all that can.
        const char c = text[i];
        if (!(c >= 'A' && c <= 'Z') && c != '$' && c != 'z' && quint8(c) < 0x80) {
            ++i;
            continue;
        }
        qsizetype step = 1;
        // A code: three capitals between non-letters.
        if (i + 3 <= n && (i == 0 || !isLetter(text[i - 1])) && (i + 3 == n || !isLetter(text[i + 3]))) {
            for (const char *code : kCodes) {
                if (text.sliced(i, 3) == QByteArrayView(code)) {
                    ++counts[QString::fromLatin1(code)];
                    step = 3;
                    break;
                }
            }
        }
        if (step == 1) {
            for (const Symbol &symbol : kSymbols) {
                const QByteArrayView bytes(symbol.bytes);
                // A prefixed dollar ("A$") must not be the end of a word ("CA$" is matched whole).
                if (i + bytes.size() <= n && text.sliced(i, bytes.size()) == bytes &&
                    (bytes.size() == 1 || !isLetter(bytes[0]) || i == 0 || !isLetter(text[i - 1]))) {
                    ++counts[QString::fromLatin1(symbol.code)];
                    step = bytes.size();
                    break;
                }
            }
        }
        // A Latin-1 pound sign 0xA3, or a Windows-1252 euro sign 0x80 ("Rabatt €" in a German till's
        // header), between ASCII bytes: in UTF-8 either byte only continues a character ("ã").
        const bool singleByte =
            step == 1 && (i == 0 || quint8(text[i - 1]) < 0x80) && (i + 1 == n || quint8(text[i + 1]) < 0x80);
        if (singleByte && quint8(text[i]) == 0xA3)
            ++counts[QStringLiteral("GBP")];
        if (singleByte && quint8(text[i]) == 0x80)
            ++counts[QStringLiteral("EUR")];
        i += step;
    }
    QString best;
    int first = 0;
    int second = 0;
    for (const auto &[code, count] : counts) {
        if (count > first) {
            second = first;
            first = count;
            best = code;
        } else if (count > second) {
            second = count;
        }
    }
    return first > 0 && first >= 2 * second ? best : QString();
}

QString guessFileCurrency(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return guessCurrency(file.read(256 * 1024));
}

QString localeCurrency(const QLocale &locale)
{
    if (locale.language() == QLocale::C)
        return {};
    const QString code = locale.currencySymbol(QLocale::CurrencyIsoCode);
    return isCurrencyCode(code) ? code : QString();
}

bool isCurrencyCode(const QString &code)
{
    return code.size() == 3 && std::all_of(code.begin(), code.end(), [](QChar c) {
               return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
           });
}

QStringList commonCurrencies()
{
    QStringList codes;
    for (const char *code : kCodes)
        codes.append(QString::fromLatin1(code));
    return codes;
}

QString workspaceCurrency(QSqlDatabase &db)
{
    const QString code = metaValue(db, QString::fromLatin1(kCurrencyMetaKey));
    return isCurrencyCode(code) ? code : QString();
}

Result<void> setWorkspaceCurrency(QSqlDatabase &db, const QString &code)
{
    if (!code.isEmpty() && !isCurrencyCode(code))
        return Error(ErrorCode::InvalidValue,
                     CurrencyText::tr("\"%1\" is not a currency code: use three capital letters such as EUR.")
                         .arg(code));
    if (!code.isEmpty())
        return setMetaValue(db, QString::fromLatin1(kCurrencyMetaKey), code);
    QSqlQuery q(db); // none: the setting goes
    q.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
    q.addBindValue(QString::fromLatin1(kCurrencyMetaKey));
    if (!q.exec())
        return Error(ErrorCode::Database,
                     CurrencyText::tr("The currency could not be saved: %1").arg(q.lastError().text()),
                     db.databaseName());
    return {};
}

QString currencySymbol(const QString &code, const QLocale &locale)
{
    if (code.isEmpty())
        return {};
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == code)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    static const std::map<QString, QString> symbols{
        {QStringLiteral("EUR"), QStringLiteral("€")},   {QStringLiteral("USD"), QStringLiteral("$")},
        {QStringLiteral("GBP"), QStringLiteral("£")},   {QStringLiteral("JPY"), QStringLiteral("¥")},
        {QStringLiteral("INR"), QStringLiteral("₹")},   {QStringLiteral("PLN"), QStringLiteral("zł")},
        {QStringLiteral("BRL"), QStringLiteral("R$")},  {QStringLiteral("AUD"), QStringLiteral("A$")},
        {QStringLiteral("CAD"), QStringLiteral("CA$")}, {QStringLiteral("NZD"), QStringLiteral("NZ$")},
        {QStringLiteral("HKD"), QStringLiteral("HK$")}, {QStringLiteral("SGD"), QStringLiteral("S$")},
        {QStringLiteral("MXN"), QStringLiteral("MX$")}};
    const auto it = symbols.find(code);
    return it == symbols.end() ? code : it->second;
}

QString formatCurrency(double amount, const QString &code, const QLocale &locale, int decimals)
{
    if (code.isEmpty())
        return locale.toString(amount, 'f', decimals);
    const QString symbol = currencySymbol(code, locale);
    // An amount that rounds to zero is written without a sign ("£0.00", not "-£0.00").
    if (amount < 0 && showsZero(locale.toString(amount, 'f', decimals)))
        amount = 0;
    if (locale.language() != QLocale::C)
        return locale.toCurrencyString(amount, symbol, decimals);
    const bool word = std::all_of(symbol.begin(), symbol.end(), [](QChar c) { return c.isLetter(); });
    const QString number = locale.toString(std::fabs(amount), 'f', decimals);
    const QString sign =
        amount < 0 && number != locale.toString(0.0, 'f', decimals) ? QStringLiteral("-") : QString();
    return sign + symbol + (word ? QStringLiteral(" ") : QString()) + number;
}

QString withSign(const QString &text, double value)
{
    // A change that rounds to zero where it is shown has no sign (trial 22en: "▼ −0.0 pp").
    if (showsZero(text))
        return text;
    if (value > 0)
        return QLatin1Char('+') + text;
    if (value < 0)
        return QChar(0x2212) + text;
    return text;
}

} // namespace storelens::core
