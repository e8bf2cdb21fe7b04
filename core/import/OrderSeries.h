#pragma once

#include "core/import/ImportProfile.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

// Tills that number their tickets per series (Ágora's Serie T1, T2, T3 and the refund series AB1, each
// counting from 1; trial 16) give an order's id in two columns. Mapped alone, the number merges T1/5, T2/5
// and AB1/5 into one order across days and shops. The profile maps the series column to
// field::OrderSeries and the order's id becomes "<series>/<number>" ("T1/5"); a row with an empty series
// keeps the number alone.
namespace storelens::core {

// A header that clearly names an order number's series: "Serie", "Series", "Serie factura", "Prefijo",
// "Belegserie", "Ticket series" (compared normalised).
bool isOrderSeriesHeader(const QString &header);

// "T1" and "5" -> "T1/5"; the number alone when the series is empty.
QByteArray joinOrderId(QByteArrayView series, QByteArrayView number);

// MappingSuggester's step for a file with a series column beside its order number: the series column feeds
// field::OrderSeries, and a plain "Número" / "Number" / "Nummer" column next to it the order id when no
// column does yet.
void suggestOrderSeries(const QStringList &header, ImportProfile &profile);

} // namespace storelens::core
