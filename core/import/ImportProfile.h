#pragma once

#include "core/csv/Dialect.h"
#include "core/csv/FieldParsers.h"
#include "core/model/Entities.h"
#include "core/model/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace storelens::core {

// One CSV column and the canonical field it feeds (empty field: ignored).
struct ColumnMapping
{
    QString column; // header text; for files without a header "Column 3"
    int index = -1; // 0-based position when the profile was made; used when the file has no header
    QString field;  // FieldSpec::key, or empty to ignore the column
};

// Everything needed to import one kind of export again next month: plain data, serialisable to JSON.
struct ImportProfile
{
    QString name;
    Entity entity = Entity::Orders;
    csv::Dialect dialect;
    csv::DateOrder dateOrder = csv::DateOrder::Unknown;
    char decimalSeparator = '.';
    // The preview left the decimal separator open ("1,234" only): the importer decides it from the whole
    // file, and asks when the file leaves it open too. Not saved: a saved profile has decided.
    bool decimalSeparatorOpen = false;
    QList<ColumnMapping> columns;
    // Cancellation markers (METRICS.md section 1): an order-id prefix such as "C", and/or status values such
    // as "refunded" (compared case-insensitively, trimmed). Marked lines with positive quantities become
    // returns.
    QString cancelOrderPrefix;
    QStringList cancelStatusValues;
    // Used when the file has no store / channel column (or the cell is empty).
    QString defaultStore;
    QString defaultChannel;

    int mappedColumnCount() const;
    QString columnFor(const QString &fieldKey) const; // the header mapped to a field, or empty
    // Required fields of the entity that no column feeds ("sku" counts as fed by a product name; "unit_price"
    // by a line total).
    QStringList missingRequiredFields() const;

    QByteArray toJson() const;
    static Result<ImportProfile> fromJson(const QByteArray &json, const QString &sourceName = {});
    static Result<ImportProfile> load(const QString &path);
    Result<void> save(const QString &path) const;

    // Identifies "the same export again": the normalised header names in order.
    static QString headerSignature(const QStringList &header);
};

QString dateOrderKey(csv::DateOrder order); // "ymd", "dmy", "mdy", "unknown"
std::optional<csv::DateOrder> dateOrderFromKey(const QString &key);

} // namespace storelens::core
