#pragma once

#include "core/model/Money.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace storelens::cli {

// Numbers, money, percentages and dates in the command line's human-readable output (--format table and the
// sentences on standard output and error) follow the command line's language through QLocale: the default
// locale, which main() sets from the language setting or LANG (ui::installTranslators), so a German run
// writes "1.234,56" and "30.11.2026" like the sentences around them (issue 18). JSON and CSV (--format
// json|csv, --export) never use these: they stay machine-readable ('.' decimals, ISO dates, stable keys).

// A count with the locale's digit grouping: "1.234" in German.
QString cliCount(qint64 value, const QLocale &locale = QLocale());
// A number with `places` decimals: "1.234,56" in German.
QString cliNumber(double value, int places, const QLocale &locale = QLocale());
// A fraction as a percentage with `places` decimals and " %": 0.125 → "12,5 %" in German.
QString cliPercent(double fraction, int places = 1, const QLocale &locale = QLocale());
// Money rounded to cents, with the workspace's currency code after it when known: "1.234,56 EUR".
QString cliMoney(core::Money value, const QString &currency = {}, const QLocale &locale = QLocale());
// An amount in currency units the same way.
QString cliMoneyAmount(double value, const QString &currency = {}, const QLocale &locale = QLocale());
// A date the way the screens write it: the locale's short format with a four-digit year ("30.11.2026").
QString cliDate(QDate date, const QLocale &locale = QLocale());

} // namespace storelens::cli
