#pragma once

#include "core/analytics/query/Query.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace storelens::ui {

// How the report writes its numbers, with the report's locale: money with two places and the workspace's
// currency (as on screen), counts whole, ratios as percentages with one place, other numbers with two places.
// "–" where there is no data.
QString reportNoData();
QString formatPercent(double fraction, const QLocale &locale, int places = 1);
QString formatMoneyUnits(int64_t tenThousandths, const QLocale &locale); // money stored in ten-thousandths
QString formatPeriod(const core::analytics::Period &period, const QLocale &locale); // "… to … (30 days)"
QString formatDateRange(const core::analytics::Period &period, const QLocale &locale); // "… to …"
// A table cell's text as printed: a leading hyphen-minus before a number ("-746,82 €", "-€6.20", "-3")
// becomes the typographic minus "−" that the report's changes use (trial 19: "-746,82 €" beside "−591,07 €").
// Other text is left as it is.
QString printedMinus(const QString &text);
// "Stores: Main store, Web shop; Channels: Online" or "None (all order lines)".
QString formatFilters(const core::analytics::Filter &filter);

} // namespace storelens::ui
