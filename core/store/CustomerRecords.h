#pragma once

#include "core/model/Result.h"

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <vector>

namespace storelens::core {

// Everything the workspace stores about one customer, as plain values for an export: their row of the
// customers table (every column but the internal row id, so a personal column added later is exported too)
// and their order lines with the names of the product, store, channel and source. Days are ISO dates,
// quantities and money decimal strings ("C" locale; money with 4 places, as stored).
struct CustomerRecord
{
    QString customerId; // as stored (the export's customer id)
    QStringList fieldNames;
    QVariantList fieldValues; // same size as fieldNames; a null QVariant where the export had no value
    QStringList lineColumns;
    std::vector<QVariantList> lines; // by day, time, order id
};

// The record of the customer whose stored id is `customerId`; ErrorCode::NotFound when there is none.
Result<CustomerRecord> readCustomerRecord(QSqlDatabase &db, const QString &customerId);

// Forgets a customer inside the caller's transaction: their lines become guest lines (customer_id NULL;
// amounts, quantities, days and orders unchanged, so sales totals stay equal), their customers row is deleted
// with secure_delete on (the freed bytes are overwritten), forgottenCustomerKey() is kept in meta, and the
// workspace revision is bumped. Returns the
// number of lines made guest lines; ErrorCode::NotFound when no customer has that id.
Result<qint64> forgetCustomerRows(QSqlDatabase &db, const QString &customerId);

// The meta key that marks a forgotten customer: "forgotten_customer:" and the SHA-256 of their stored id in
// hex, so the workspace remembers that the id was forgotten without holding it. An import that meets the id
// again (the same export re-imported) keeps the lines guest lines and creates no customer
// (WorkspaceWriter).
QByteArray forgottenCustomerKey(QByteArrayView customerId);
inline constexpr char ForgottenCustomerPrefix[] = "forgotten_customer:";

// Rewrites the workspace file without free pages (VACUUM) and empties its write-ahead log, so no deleted
// content stays anywhere in the files. Needs no other write in progress.
Result<void> compactWorkspace(const QString &workspacePath);

} // namespace storelens::core
