#pragma once

#include "core/model/Money.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace storelens::ui {

// Screens format numbers with QLocale. Money is shown with two places and the open workspace's currency the
// way the locale writes money ("€12,345.67" in English, "12.345,67 €" in German), or as a plain number when
// the currency is not known (issue 17, item 8; core/store/Currency.h).
QString formatMoney(core::Money value, const QLocale &locale = QLocale());
// The same with the currency `code` (empty: a plain number), for money of a workspace whose currency is not
// the one on screen yet (the import wizard's first import).
QString formatMoneyWithCurrency(core::Money value, const QString &code, const QLocale &locale = QLocale());
// The same for an amount in currency units (chart values, predictions).
QString formatMoneyAmount(double amount, const QLocale &locale = QLocale(), int decimals = 2);
// The currency money on screen is shown with (an ISO code; empty: none). AnalysisContext sets it for the open
// workspace.
void setDisplayCurrency(const QString &code);
QString displayCurrency();
// The symbol of the display currency in `locale` ("€"); empty when none.
QString displayCurrencySymbol(const QLocale &locale = QLocale());
QString formatCount(qint64 value, const QLocale &locale = QLocale());
// A quantity stored in thousandths with as few decimals as it needs: "12", "373,5", "0,25" — never "373,500",
// which a Spanish or German reader takes for 373 500 (trial 16); a negative one with "−", as money.
QString formatQuantityMilli(qint64 milli, const QLocale &locale = QLocale());
QString formatDate(QDate date, const QLocale &locale = QLocale()); // short format with a four-digit year
// A sign before an amount ("+£444.64", "−1.099,34 €") stays on the amount's line: Unicode lets a line break
// between "+" and "£", so a word joiner (U+2060, no width) is put after the sign (the Why? panel, the PDF).
QString keepSignsWithAmounts(QString text);

} // namespace storelens::ui
