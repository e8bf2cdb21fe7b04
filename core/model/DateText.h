#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace storelens::core {

// The locale's short date format with a four-digit year ("d/M/yyyy" in Spanish, "M/d/yyyy" in US English):
// how every date in a sentence is written, on screen, in the CLI and in the report, never ISO inside words
// (trial 16: "hasta el 2026-12-07").
QString shortDateFormat(const QLocale &locale = QLocale());
// `date` in that format; empty for an invalid date.
QString shortDateText(QDate date, const QLocale &locale = QLocale());

} // namespace storelens::core
