#pragma once

// Internal to core/store: the prepared statements WorkspaceWriter.cpp (order lines) and
// WorkspaceWriterEntities.cpp (customers, products and the side tables) share.

#include "core/store/SqliteStatement.h"
#include "core/store/WorkspaceWriter.h"

#include <QByteArray>
#include <QCoreApplication>

namespace storelens::core {

namespace writerdetail {

// Order lines written by one statement when the table was empty before the import: a wide INSERT spends
// SQLite's per-statement work (the statement's start, its journal and its halt) once per 256 lines.
inline constexpr int WideInsertRows = 256;
inline constexpr int InsertLineColumns = 16;

// INSERT INTO order_lines(...) VALUES(...) with `rows` rows of InsertLineColumns placeholders.
inline QByteArray insertLinesSql(int rows)
{
    QByteArray sql("INSERT INTO order_lines(source_id, order_id, line_id, product_id, seq, day, seconds,"
                   " customer_id, quantity, unit_price, discount, unit_cost, store_id, channel_id, country,"
                   " gross) VALUES");
    for (int i = 0; i < rows; ++i)
        sql += i == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                      : ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    return sql;
}

} // namespace writerdetail

class WorkspaceWriter::Statements
{
public:
    // Prepares every statement on `db`; false names the failure in `message`.
    bool prepare(sqlite3 *db, QString &message)
    {
        const QByteArray oneLine = writerdetail::insertLinesSql(1);
        const QByteArray wideLines = writerdetail::insertLinesSql(writerdetail::WideInsertRows);
        const std::pair<SqliteStatement *, const char *> all[] = {
            {&insertStore, "INSERT INTO stores(id, name) VALUES(?, ?)"},
            {&insertChannel, "INSERT INTO channels(id, name) VALUES(?, ?)"},
            {&insertProduct, "INSERT INTO products(id, sku, name, category) VALUES(?, ?, ?, ?)"},
            {&fillProduct,
             "UPDATE products SET name = COALESCE(name, ?), category = COALESCE(category, ?) WHERE id = ?"},
            {&insertCustomer, "INSERT INTO customers(id, external_id, country) VALUES(?, ?, ?)"},
            {&fillCustomerCountry, "UPDATE customers SET country = ? WHERE id = ? AND country IS NULL"},
            {&fillCustomerContact,
             "UPDATE customers SET name = COALESCE(?, name), email = COALESCE(?, email),"
             " consent_email = COALESCE(?, consent_email), phone = COALESCE(?, phone) WHERE id = ?"},
            {&insertLine, oneLine.constData()},
            {&insertLines, wideLines.constData()},
            {&selectLine,
             "SELECT id, day, seconds, customer_id, quantity, unit_price, discount, unit_cost, store_id,"
             " channel_id, country, order_id, product_id, gross FROM order_lines WHERE source_id = ?"
             " AND order_id = ? AND day = ? AND product_id = ? AND seq = ? AND line_id IS NULL"},
            {&selectLineById,
             "SELECT id, day, seconds, customer_id, quantity, unit_price, discount, unit_cost, store_id,"
             " channel_id, country, order_id, product_id, gross FROM order_lines WHERE source_id = ?"
             " AND line_id = ? AND seq = ? AND line_id IS NOT NULL"},
            {&updateLine,
             "UPDATE order_lines SET day = ?, seconds = ?, customer_id = ?, quantity = ?, unit_price = ?,"
             " discount = ?, unit_cost = ?, store_id = ?, channel_id = ?, country = ?, gross = ?,"
             " order_id = ?, product_id = ? WHERE id = ?"},
            {&selectGroup,
             "SELECT id, day, seconds, customer_id, quantity, unit_price, discount, unit_cost, store_id,"
             " channel_id, country, order_id, product_id, gross, seq FROM order_lines WHERE source_id = ?"
             " AND order_id = ? AND day = ? AND product_id = ? AND (seq < 0) = ? AND line_id IS NULL"},
            {&insertSource, "INSERT INTO sources(name) VALUES(?)"},
            {&selectCustomer,
             "SELECT name, email, birth_date, age_band, gender, city, region, country, postal_code,"
             " loyalty_tier, acquisition_channel, consent_email, consent_sms, phone"
             " FROM customers WHERE external_id = ?"},
            {&upsertCustomer,
             "INSERT INTO customers(external_id, name, email, birth_date, age_band, gender, city,"
             " region, country, postal_code, loyalty_tier, acquisition_channel, consent_email,"
             " consent_sms, phone) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
             " ON CONFLICT(external_id) DO UPDATE SET name = excluded.name, email = excluded.email,"
             " birth_date = excluded.birth_date, age_band = excluded.age_band,"
             " gender = excluded.gender, city = excluded.city, region = excluded.region,"
             " country = excluded.country, postal_code = excluded.postal_code,"
             " loyalty_tier = excluded.loyalty_tier,"
             " acquisition_channel = excluded.acquisition_channel,"
             " consent_email = excluded.consent_email, consent_sms = excluded.consent_sms,"
             " phone = excluded.phone"},
            {&selectProduct, "SELECT name, category, cost, price FROM products WHERE sku = ?"},
            {&upsertProduct,
             "INSERT INTO products(sku, name, category, cost, price) VALUES(?, ?, ?, ?, ?)"
             " ON CONFLICT(sku) DO UPDATE SET name = excluded.name, category = excluded.category,"
             " cost = excluded.cost, price = excluded.price"},
            {&selectInventory,
             "SELECT on_hand, unit_cost FROM inventory WHERE day = ? AND store_id = ? AND product_id = ?"},
            {&upsertInventory,
             "INSERT INTO inventory(day, store_id, product_id, on_hand, unit_cost) VALUES(?, ?, ?, ?, ?)"
             " ON CONFLICT DO UPDATE SET on_hand = excluded.on_hand, unit_cost = excluded.unit_cost"},
            {&selectTraffic, "SELECT visitors FROM traffic WHERE store_id = ? AND day = ?"},
            {&upsertTraffic, "INSERT INTO traffic(store_id, day, visitors) VALUES(?, ?, ?)"
                             " ON CONFLICT DO UPDATE SET visitors = excluded.visitors"},
            {&selectStaffing, "SELECT headcount FROM staffing WHERE store_id = ? AND month = ?"},
            {&upsertStaffing, "INSERT INTO staffing(store_id, month, headcount) VALUES(?, ?, ?)"
                              " ON CONFLICT DO UPDATE SET headcount = excluded.headcount"},
            {&selectMarketing,
             "SELECT amount FROM marketing_spend WHERE channel_id = ? AND day_from = ? AND day_to = ?"},
            {&upsertMarketing,
             "INSERT INTO marketing_spend(channel_id, day_from, day_to, amount) VALUES(?, ?, ?, ?)"
             " ON CONFLICT DO UPDATE SET amount = excluded.amount"},
        };
        if (!db) {
            message = QCoreApplication::translate("storelens::core::WorkspaceWriter",
                                                  "The connection is not an SQLite connection.");
            return false;
        }
        for (const auto &[statement, sql] : all) {
            if (!statement->prepare(db, sql)) {
                message = QString::fromUtf8(sqlite3_errmsg(db));
                return false;
            }
        }
        return true;
    }

    SqliteStatement insertStore, insertChannel, insertProduct, fillProduct, insertCustomer,
        fillCustomerCountry, fillCustomerContact;
    SqliteStatement insertLine, insertLines, selectLine, selectLineById, selectGroup, updateLine,
        insertSource;
    SqliteStatement selectCustomer, upsertCustomer, selectProduct, upsertProduct;
    SqliteStatement selectInventory, upsertInventory, selectTraffic, upsertTraffic, selectStaffing,
        upsertStaffing;
    SqliteStatement selectMarketing, upsertMarketing;
};

} // namespace storelens::core
