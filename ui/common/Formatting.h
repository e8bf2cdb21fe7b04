#pragma once

#include "core/model/Money.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace storelens::ui {

// Screens format numbers with QLocale. Money has no known currency, so it is shown as a plain number with two
// places ("12,345.67" in English, "12.345,67" in German), never with a currency symbol.
QString formatMoney(core::Money value, const QLocale &locale = QLocale());
QString formatCount(qint64 value, const QLocale &locale = QLocale());
QString formatDate(QDate date, const QLocale &locale = QLocale()); // short format with a four-digit year

} // namespace storelens::ui
