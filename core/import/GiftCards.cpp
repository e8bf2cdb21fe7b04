#include "core/import/GiftCards.h"

#include <QRegularExpression>
#include <QStringList>

namespace storelens::core {

namespace {

// Gift cards' names, as words joined with one space after the text is lower-cased and every run of
// non-letters is made one space ("E-Gift-Card" is "e gift card"). The last ones Swedish, Danish, Norwegian
// and Finnish (trial 25se: a till's "Presentkort 500 kr" was counted as a sale).
const char *const GiftCardNames[] = {
    "gift card",         "giftcard",         "gift cards",        "gift voucher",
    "giftvoucher",       "gift certificate", "gift token",        "gift coupon",
    "geschenkgutschein", "wertgutschein",    "einkaufsgutschein", "geschenkkarte gutschein",
    "carte cadeau",      "bon cadeau",       "cheque cadeau",     "chèque cadeau",
    "tarjeta regalo",    "vale regalo",      "cheque regalo",     "bono regalo",
    "buono regalo",      "carta regalo",     "cadeaubon",         "cadeaukaart",
    "cadeaucard",        "vale presente",    "cartão presente",   "presentkort",
    "gåvokort",          "gavekort",         "gavebevis",         "lahjakortti"};
// Words that may stand beside a gift card's name without making it something else: a value's currency
// word, the card's form, and the small words of "Tarjeta de regalo", "Value of"; the Nordic crowns ("500 kr")
// and the Swedish and Danish "digitalt".
const char *const Beside[] = {
    "e",   "digital", "physical", "online",  "virtual", "value",  "amount", "of",       "de",
    "di",  "the",     "a",        "eur",     "euro",    "euros",  "gbp",    "usd",      "chf",
    "cad", "aud",     "dollar",   "dollars", "pound",   "pounds", "sale",   "kdo",      "sold",
    "new", "kr",      "sek",      "nok",     "dkk",     "kronor", "kroner", "digitalt", "euroa"};

QString words(QByteArrayView text)
{
    static const QRegularExpression nonLetters(QStringLiteral("[^\\p{L}]+"));
    QStringList kept;
    for (const QString &w : QString::fromUtf8(text).toLower().split(nonLetters, Qt::SkipEmptyParts)) {
        bool beside = false;
        for (const char *b : Beside)
            beside = beside || w == QLatin1String(b);
        if (!beside)
            kept << w;
    }
    return kept.join(QLatin1Char(' '));
}

bool isGiftCardName(QByteArrayView text)
{
    const QString w = words(text);
    for (const char *n : GiftCardNames) {
        if (w == QString::fromUtf8(n))
            return true;
    }
    return false;
}

} // namespace

bool looksLikeGiftCardSold(QByteArrayView sku, QByteArrayView name)
{
    return name.trimmed().isEmpty() ? isGiftCardName(sku) : isGiftCardName(name);
}

} // namespace storelens::core
