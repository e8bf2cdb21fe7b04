#include "core/import/OrderIdChange.h"

#include "core/model/DateText.h"
#include "core/model/SourceNames.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace storelens::core {

namespace {

class OrderIdChangeText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::OrderIdChange)
};

// One day's lines, stored before the import or written by it.
struct DayLines
{
    double units = 0;  // Σ |quantity|, thousandths
    double amount = 0; // Σ line amount, ten-thousandths
    QString example;   // an order id
    bool any = false;
};

bool nearlyEqual(double a, double b)
{
    return std::abs(a - b) <= 0.05 * std::max(std::abs(a), std::abs(b)) + 1.0;
}

} // namespace

Result<OrderIdChange> findOrderIdChange(QSqlDatabase &db, const QString &source, const QDate &from,
                                        const QDate &to, qint64 lastLineBefore, qint64 matchedLines,
                                        qint64 unmatchedStored)
{
    OrderIdChange change;
    change.source = source;
    change.from = from;
    change.to = to;
    change.storedLines = unmatchedStored;
    if (matchedLines > 0 || unmatchedStored == 0 || !from.isValid() || !to.isValid())
        return change;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT day, id <= ?, total(abs(quantity)), total(COALESCE(gross, 0) - discount), min(order_id)"
        " FROM order_lines WHERE source_id = (SELECT id FROM sources WHERE name = ?) AND day BETWEEN ? AND ?"
        " GROUP BY day, 2"));
    q.addBindValue(lastLineBefore);
    q.addBindValue(source);
    q.addBindValue(from.toJulianDay());
    q.addBindValue(to.toJulianDay());
    if (!q.exec())
        return Error(ErrorCode::Database, q.lastError().text(), db.databaseName());
    QMap<qint64, std::pair<DayLines, DayLines>> days; // day -> (stored, the file's)
    while (q.next()) {
        auto &day = days[q.value(0).toLongLong()];
        DayLines &lines = q.value(1).toBool() ? day.first : day.second;
        lines = DayLines{q.value(2).toDouble(), q.value(3).toDouble(), q.value(4).toString(), true};
    }
    for (const auto &[stored, file] : std::as_const(days)) {
        if (!stored.any)
            continue;
        ++change.days;
        if (!file.any || !nearlyEqual(stored.units, file.units) || !nearlyEqual(stored.amount, file.amount))
            continue;
        if (change.sameDays++ == 0) {
            change.storedExample = stored.example;
            change.fileExample = file.example;
        }
    }
    return change;
}

QString OrderIdChange::sentence() const
{
    if (!likely())
        return {};
    const QLocale locale;
    return OrderIdChangeText::tr("This file's orders match none of the orders of \"%1\" already in the "
                                 "workspace by order ID, yet on %2 of the %3 days from %4 to %5 with lines "
                                 "of \"%1\" it holds about as many units and as much money: the same orders "
                                 "with IDs written another way (\"%6\" in the workspace, \"%7\" in the file; "
                                 "another order ID column, or a series joined to it?). Imported beside them, "
                                 "each order would count twice. If the file is a new export of those days, "
                                 "replace the source's lines on them: tick Replace on the Check page, or "
                                 "import with --replace on the command line.")
        .arg(sourceDisplayName(source), locale.toString(sameDays), locale.toString(days),
             shortDateText(from, locale), shortDateText(to, locale), storedExample, fileExample);
}

} // namespace storelens::core
