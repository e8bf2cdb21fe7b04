#pragma once

#include "core/model/Result.h"

#include <QByteArrayView>
#include <QLocale>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace storelens::core {

// The workspace's currency (issue 17, item 8): an ISO 4217 code ("EUR") stored in the workspace's settings
// (the meta table). Guessed at the first import from the symbols and codes the export writes (€, $, £, EUR,
// …), else from the computer's locale; the user can change it. Money stays plain numbers in JSON and CSV; the
// screens, the PDF and the CLI's tables show it with the currency.

// The meta key.
inline constexpr char kCurrencyMetaKey[] = "currency";

// The currency of the symbols and codes in `text` (a sample of an export): the one written most often when
// it clearly leads (at least twice as often as the next); empty when none is written or two compete. "$"
// alone means USD, "kr" is not guessed (it is four currencies).
QString guessCurrency(QByteArrayView text);
// guessCurrency() over the first 256 KiB of a file; empty when it cannot be read.
QString guessFileCurrency(const QString &path);
// The currency of a locale (QLocale::CurrencyIsoCode); empty for the C locale.
QString localeCurrency(const QLocale &locale = QLocale::system());
// A code of three capital letters.
bool isCurrencyCode(const QString &code);
// The codes the settings dialog offers first (the common ones), in a stable order.
QStringList commonCurrencies();

// The stored currency; empty when none is stored.
QString workspaceCurrency(QSqlDatabase &db);
// Stores `code` (three capital letters, or empty for none).
Result<void> setWorkspaceCurrency(QSqlDatabase &db, const QString &code);

// The symbol to show for `code` in `locale`: the locale's own symbol when the locale uses that currency
// ("€" for EUR in German), else the symbol of a locale that does ("£" for GBP, "US$"-style codes where
// needed), else the code itself.
QString currencySymbol(const QString &code, const QLocale &locale = QLocale());
// `amount` with `decimals` places and the currency of `code` the way `locale` writes money ("1.234,50 €",
// "€1,234.50"); a plain number when code is empty. The C locale (no language set, as on a bare system) has
// no money format of its own: it writes the symbol first, as English does ("$10,460.98", "-$5.00", "CHF
// 12.00"), never "10,460.98$".
QString formatCurrency(double amount, const QString &code, const QLocale &locale = QLocale(),
                       int decimals = 2);
// `text` (a magnitude) with the sign of `value`: "+" or a real minus sign (U+2212), as the KPI tiles and the
// "Why?" sentence write changes ("+510,53 €", "−1.409,34 €"); no sign for 0 nor for a text that shows
// zero ("0.0 pp" for a change of −0.00004).
QString withSign(const QString &text, double value);

} // namespace storelens::core
