#pragma once

#include <QByteArrayView>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace storelens::core {

// A country has one key and one name on every screen (trial 15: a web shop's "Germany" and a till's "DEU"
// were two countries, named in English in the German window). The importer stores the key; the screens, the
// PDF and files for Excel show the name in the user's language; the standard CSV and JSON keep the key.
// The names come from a table made once from Debian's iso-codes (CountryTable.cpp); the program does not
// read iso-codes when it runs.

// The key of a country as an export writes it: the ISO 3166-1 alpha-2 code ("DE") for an alpha-2 or alpha-3
// code or a name StoreLens knows, in English, German, French or Spanish, in any case ("Germany", "DEU",
// "deutschland", "Allemagne", "UK", "USA", "Korea, Republic of"); anything else as written, trimmed
// ("Atlantis"): kept, never dropped. Empty stays empty.
QString countryKey(const QString &written);
// The same on UTF-8 bytes that are already trimmed (the importer's order lines): a view of the code (static
// storage that outlives every caller) or `written` itself.
QByteArrayView countryKey(QByteArrayView written);
// countryKey() of each, duplicates removed, in order.
QStringList countryKeys(const QStringList &written);

// The country as the user reads it: the name of a key (or of anything countryKey() recognises, such as a name
// an older workspace stored) in `locale`'s language: "Deutschland" in German, "Allemagne" in French,
// "Alemania" in Spanish, "Germany" in any other language. unknownCountryName() for an empty key; anything
// else as it is.
QString countryDisplayName(const QString &key, const QLocale &locale = QLocale());
// The one word for lines and customers without a country, translated: "Unknown country".
QString unknownCountryName();

} // namespace storelens::core
