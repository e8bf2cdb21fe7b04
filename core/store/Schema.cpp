#include "core/store/Schema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace storelens::core {

namespace {

// Migration 1: the first schema. Each later migration is a new entry; never edit a released one.
const char *const kMigration1[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE stores(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
    "CREATE TABLE channels(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
    "CREATE TABLE customers(id INTEGER PRIMARY KEY, external_id TEXT NOT NULL UNIQUE, name TEXT, email TEXT,"
    " birth_date INTEGER, age_band TEXT, gender TEXT, city TEXT, region TEXT, country TEXT, postal_code TEXT,"
    " loyalty_tier TEXT, acquisition_channel TEXT, consent_email INTEGER, consent_sms INTEGER)",
    "CREATE TABLE products(id INTEGER PRIMARY KEY, sku TEXT NOT NULL UNIQUE, name TEXT, category TEXT,"
    " cost INTEGER, price INTEGER)",
    // seq: the how-many-th line of this SKU within the order in the export; with order_id and product_id
    // it identifies a line across re-imports of overlapping exports.
    "CREATE TABLE order_lines(id INTEGER PRIMARY KEY, order_id TEXT NOT NULL,"
    " product_id INTEGER NOT NULL REFERENCES products(id), seq INTEGER NOT NULL, day INTEGER NOT NULL,"
    " seconds INTEGER, customer_id INTEGER REFERENCES customers(id), quantity INTEGER NOT NULL,"
    " unit_price INTEGER NOT NULL, discount INTEGER NOT NULL DEFAULT 0, unit_cost INTEGER,"
    " store_id INTEGER NOT NULL REFERENCES stores(id), channel_id INTEGER NOT NULL REFERENCES channels(id),"
    " country TEXT, UNIQUE(order_id, product_id, seq))",
    "CREATE INDEX order_lines_day ON order_lines(day)",
    "CREATE INDEX order_lines_customer ON order_lines(customer_id, day)",
    "CREATE TABLE inventory(day INTEGER NOT NULL, store_id INTEGER NOT NULL REFERENCES stores(id),"
    " product_id INTEGER NOT NULL REFERENCES products(id), on_hand INTEGER NOT NULL, unit_cost INTEGER,"
    " PRIMARY KEY(day, store_id, product_id)) WITHOUT ROWID",
    "CREATE TABLE traffic(store_id INTEGER NOT NULL REFERENCES stores(id), day INTEGER NOT NULL,"
    " visitors INTEGER NOT NULL, PRIMARY KEY(store_id, day)) WITHOUT ROWID",
    "CREATE TABLE staffing(store_id INTEGER NOT NULL REFERENCES stores(id), month INTEGER NOT NULL,"
    " headcount INTEGER NOT NULL, PRIMARY KEY(store_id, month)) WITHOUT ROWID",
    "CREATE TABLE marketing_spend(channel_id INTEGER NOT NULL REFERENCES channels(id),"
    " day_from INTEGER NOT NULL, day_to INTEGER NOT NULL, amount INTEGER NOT NULL,"
    " PRIMARY KEY(channel_id, day_from, day_to)) WITHOUT ROWID",
    "CREATE TABLE import_profiles(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, entity TEXT NOT NULL,"
    " header_signature TEXT NOT NULL, profile_json TEXT NOT NULL)",
    "CREATE TABLE segments(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, rule_json TEXT NOT NULL)",
    "CREATE TABLE imports(id INTEGER PRIMARY KEY, at TEXT NOT NULL, file TEXT NOT NULL, entity TEXT NOT NULL,"
    " rows_new INTEGER NOT NULL, rows_updated INTEGER NOT NULL, rows_unchanged INTEGER NOT NULL,"
    " rows_rejected INTEGER NOT NULL)",
    "INSERT INTO meta(key, value) VALUES('revision', '0')",
};

// Migration 2: exact line amounts (METRICS.md section 1, Line totals and Lines without prices). gross is the
// line's gross amount as imported: quantity × unit price rounded once, or an exported line total exactly
// (unit_price is then only the price shown, total ÷ quantity). NULL: the export had no prices, the amount is
// unknown.
const char *const kMigration2[] = {
    "ALTER TABLE order_lines ADD COLUMN gross INTEGER",
    "UPDATE order_lines SET gross = CASE WHEN quantity * unit_price >= 0 THEN (quantity * unit_price + 500) "
    "/ 1000"
    " ELSE -((-quantity * unit_price + 500) / 1000) END",
};

// Migration 3: sources (METRICS.md section 1). An order is (source, order id); a line is (source, the
// export's line id, sale or return) when the export has line ids, else (source, order id, day, product, seq)
// where seq is the occurrence of that product among the order's sale lines of the day (0, 1, ...) or among
// its return lines (-1, -2, ...). Lines imported before sources existed belong to source 1, "Default".
const char *const kMigration3[] = {
    "CREATE TABLE sources(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
    "INSERT INTO sources(id, name) VALUES(1, 'Default')",
    "CREATE TABLE order_lines_v2(id INTEGER PRIMARY KEY,"
    " source_id INTEGER NOT NULL DEFAULT 1 REFERENCES sources(id), order_id TEXT NOT NULL, line_id TEXT,"
    " product_id INTEGER NOT NULL REFERENCES products(id), seq INTEGER NOT NULL, day INTEGER NOT NULL,"
    " seconds INTEGER, customer_id INTEGER REFERENCES customers(id), quantity INTEGER NOT NULL,"
    " unit_price INTEGER NOT NULL, discount INTEGER NOT NULL DEFAULT 0, unit_cost INTEGER,"
    " store_id INTEGER NOT NULL REFERENCES stores(id), channel_id INTEGER NOT NULL REFERENCES channels(id),"
    " country TEXT, gross INTEGER)",
    "INSERT INTO order_lines_v2(id, source_id, order_id, line_id, product_id, seq, day, seconds, customer_id,"
    " quantity, unit_price, discount, unit_cost, store_id, channel_id, country, gross)"
    " SELECT id, 1, order_id, NULL, product_id,"
    " CASE WHEN quantity < 0 THEN -ROW_NUMBER() OVER w ELSE ROW_NUMBER() OVER w - 1 END, day, seconds,"
    " customer_id, quantity, unit_price, discount, unit_cost, store_id, channel_id, country, gross"
    " FROM order_lines"
    " WINDOW w AS (PARTITION BY order_id, day, quantity < 0, product_id ORDER BY seq)",
    "DROP TABLE order_lines",
    "ALTER TABLE order_lines_v2 RENAME TO order_lines",
    "CREATE UNIQUE INDEX order_lines_key ON order_lines(source_id, order_id, day, product_id, seq)"
    " WHERE line_id IS NULL",
    "CREATE UNIQUE INDEX order_lines_line ON order_lines(source_id, line_id, seq) WHERE line_id IS NOT NULL",
    "CREATE INDEX order_lines_day ON order_lines(day)",
    "CREATE INDEX order_lines_customer ON order_lines(customer_id, day)",
    "ALTER TABLE imports ADD COLUMN source TEXT",
    "ALTER TABLE imports ADD COLUMN rows_removed INTEGER NOT NULL DEFAULT 0",
};

// Migration 4: products the user marked "not a product" at import (fees, postage, adjustments): their lines
// stay in sales, the products leave product rankings.
const char *const kMigration4[] = {
    "ALTER TABLE products ADD COLUMN non_merchandise INTEGER NOT NULL DEFAULT 0",
};

// Migration 5: the day and customer indexes on order lines go. Every analysis reads the lines once into the
// snapshot, and the writer finds lines by their identity keys, so no query used them; building them was a
// fifth of a large import's time.
const char *const kMigration5[] = {
    "DROP INDEX IF EXISTS order_lines_day",
    "DROP INDEX IF EXISTS order_lines_customer",
};

// Migration 6: each orders import keeps the profile it was read with, so what a source's export cannot give
// (core/import/SourceNotes.h) is said wherever its numbers are shown, and a later file that reads less than
// the source's earlier ones is caught.
const char *const kMigration6[] = {
    "ALTER TABLE imports ADD COLUMN profile_json TEXT",
};

// Migration 7: the customer's phone number, as an order export or a customers file writes it (trial 16: a
// till knows some people by their phone only, the web shop by e-mail and phone).
const char *const kMigration7[] = {
    "ALTER TABLE customers ADD COLUMN phone TEXT",
};

struct Migration
{
    const char *const *statements;
    size_t count;
};

const Migration kMigrations[] = {
    {kMigration1, sizeof(kMigration1) / sizeof(kMigration1[0])},
    {kMigration2, sizeof(kMigration2) / sizeof(kMigration2[0])},
    {kMigration3, sizeof(kMigration3) / sizeof(kMigration3[0])},
    {kMigration4, sizeof(kMigration4) / sizeof(kMigration4[0])},
    {kMigration5, sizeof(kMigration5) / sizeof(kMigration5[0])},
    {kMigration6, sizeof(kMigration6) / sizeof(kMigration6[0])},
    {kMigration7, sizeof(kMigration7) / sizeof(kMigration7[0])},
};

Error databaseError(const QSqlDatabase &db, const QSqlError &e)
{
    return Error(
        ErrorCode::Database,
        QCoreApplication::translate("storelens::core::Schema", "The workspace could not be upgraded: %1")
            .arg(e.text()),
        db.databaseName());
}

} // namespace

int Schema::currentVersion()
{
    return int(sizeof(kMigrations) / sizeof(kMigrations[0]));
}

Result<void> Schema::migrate(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return databaseError(db, q.lastError());
    const int version = q.value(0).toInt();
    if (version > currentVersion()) {
        return Error(ErrorCode::Database,
                     QCoreApplication::translate("storelens::core::Schema",
                                                 "The workspace was written by a newer StoreLens (schema %1; "
                                                 "this version reads up to %2).")
                         .arg(version)
                         .arg(currentVersion()),
                     db.databaseName());
    }
    if (version == currentVersion())
        return {};

    if (!db.transaction())
        return databaseError(db, db.lastError());
    for (int v = version; v < currentVersion(); ++v) {
        const Migration &m = kMigrations[v];
        for (size_t i = 0; i < m.count; ++i) {
            if (!q.exec(QString::fromLatin1(m.statements[i]))) {
                const QSqlError e = q.lastError();
                db.rollback();
                return databaseError(db, e);
            }
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(currentVersion()))) {
        const QSqlError e = q.lastError();
        db.rollback();
        return databaseError(db, e);
    }
    if (!db.commit())
        return databaseError(db, db.lastError());
    return {};
}

} // namespace storelens::core
