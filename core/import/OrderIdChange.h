#pragma once

#include "core/model/Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace storelens::core {

// Trial 16: a till imported first with "Número" alone as the order id, then again with its series (Serie +
// Número, OrderSeries.h): every ticket had a new id, no line of the second import met a stored one (an order
// is its source and its order id), and without --replace each order was counted twice. A re-export whose ids
// are written another way looks like that: the source holds lines on the file's days, none of them matched,
// and on most of those days the file holds about as many units and as much money under other ids. A new
// month's export has new ids too, but the source holds no lines on its days; a second till's file on the same
// days holds other amounts.
struct OrderIdChange
{
    QString source;
    QDate from; // the file's days
    QDate to;
    qint64 storedLines = 0; // the source's lines on those days (none matched by the file)
    int days = 0;           // the days with such lines
    int sameDays = 0;       // of those, the days whose units and money the file holds again (within 5 %)
    QString storedExample; // an order id of the stored lines on such a day ("5") and one of the file ("T1/5")
    QString fileExample;

    // Most of the days with stored lines are held again under other ids.
    bool likely() const { return days > 0 && 2 * sameDays >= days; }
    // "This file's orders match none of the orders of "Till" …" (translated); empty when not likely().
    QString sentence() const;
};

// After an import's order lines are written, inside its transaction: compares, day by day, the source's lines
// stored before (ids up to `lastLineBefore`) on the file's days [from, to] with the file's. Nothing to
// compare (an empty result) when some line of the file matched a stored one (`matchedLines` > 0) or no stored
// line on those days is left unmatched (`unmatchedStored` 0).
Result<OrderIdChange> findOrderIdChange(QSqlDatabase &db, const QString &source, const QDate &from,
                                        const QDate &to, qint64 lastLineBefore, qint64 matchedLines,
                                        qint64 unmatchedStored);

} // namespace storelens::core
