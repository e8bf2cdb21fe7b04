#pragma once

#include "core/store/Workspace.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <optional>
#include <vector>

// Workspaces for tests: numbered new ones in a temporary folder, and rows written with plain SQL.
namespace storelens::test {

// Runs the statements in order; false (with a warning naming the statement) at the first that fails.
inline bool exec(QSqlDatabase &db, const QStringList &statements)
{
    QSqlQuery q(db);
    for (const QString &s : statements) {
        if (!q.exec(s)) {
            qWarning("%s: %s", qPrintable(s), qPrintable(q.lastError().text()));
            return false;
        }
    }
    return true;
}

// A day as the workspace stores it (the Julian day number), for SQL text.
inline QString jd(int y, int m, int d)
{
    return QString::number(QDate(y, m, d).toJulianDay());
}

// One row of order_lines in stored units: quantity in thousandths, money in ten-thousandths. Every amount is
// read from gross, so it is written as quantity × unit price; a line without a price (imported without
// prices) has unit price 0 and gross NULL.
struct OrderLineRow
{
    QString order;
    QDate day;
    int customer = 0;                               // customers.id; 0: a guest
    qint64 quantity = 1000;                         // negative for a return
    std::optional<qint64> unitPrice = std::nullopt; // ten-thousandths; none: imported without prices
    int store = 1;                                  // stores.id
    int channel = 1;                                // channels.id
    int product = 1;                                // products.id
    int seq = 1;
};

// The INSERT of `rows` (the stores, channels, products and customers they name must exist).
inline QString insertOrderLines(const std::vector<OrderLineRow> &rows)
{
    const auto orNull = [](const std::optional<qint64> &v) {
        return v ? QString::number(*v) : QStringLiteral("NULL");
    };
    QStringList values;
    for (const OrderLineRow &r : rows) {
        const std::optional<qint64> gross =
            r.unitPrice ? std::optional<qint64>(r.quantity * *r.unitPrice / 1000) : std::nullopt;
        values.append(QStringLiteral("('%1', %2, %3, %4, %5, %6, %7, %8, %9, %10)")
                          .arg(r.order)
                          .arg(r.product)
                          .arg(r.seq)
                          .arg(r.day.toJulianDay())
                          .arg(r.customer > 0 ? QString::number(r.customer) : QStringLiteral("NULL"))
                          .arg(r.quantity)
                          .arg(r.unitPrice.value_or(0))
                          .arg(orNull(gross))
                          .arg(r.store)
                          .arg(r.channel));
    }
    return QStringLiteral("INSERT INTO order_lines(order_id, product_id, seq, day, customer_id, quantity, "
                          "unit_price, gross, store_id, channel_id) VALUES") +
           values.join(QStringLiteral(", "));
}

// New, empty workspaces ws1.storelens, ws2.storelens, … in one temporary folder.
class TemporaryWorkspaces
{
public:
    bool isValid() const { return m_dir.isValid(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    // Creates the next workspace and returns its path (a warning when it cannot be created).
    QString create()
    {
        if (!m_dir.isValid())
            qWarning("no temporary folder: %s", qPrintable(m_dir.errorString()));
        const QString path = m_dir.filePath(QStringLiteral("ws%1.storelens").arg(++m_count));
        const auto workspace = core::Workspace::open(path, true);
        if (!workspace) {
            qWarning("%s", qPrintable(workspace.error().toString()));
            return path;
        }
        return workspace->path();
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
};

} // namespace storelens::test
