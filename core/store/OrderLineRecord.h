#pragma once

#include "core/model/Money.h"

#include <QByteArrayView>
#include <QDate>

#include <optional>

namespace storelens::core {

// One order line as the import's hot path carries it: the text fields as trimmed UTF-8 bytes (views into
// storage the producer keeps alive until the writer is done with the record), the numbers parsed. Same
// meaning as OrderLine (core/model/Entities.h); an empty view means unknown.
struct OrderLineRecord
{
    QByteArrayView orderId;
    QDate date;
    int secondsOfDay = -1;     // -1: no time of day in the export
    QByteArrayView customerId; // empty: guest or walk-in sale
    QByteArrayView sku;
    QByteArrayView productName;
    QByteArrayView category;
    Quantity quantity; // negative for return lines
    Money unitPrice;   // the price shown; for an exported line total, total ÷ quantity
    // The gross amount, exactly as it counts (METRICS.md section 1): quantity × unit price rounded once, or
    // the exported line total. Empty: the export has no prices, the amount is unknown.
    std::optional<Money> gross;
    Money discount;
    std::optional<Money> unitCost;
    QByteArrayView store;   // empty: defaultStoreName()
    QByteArrayView channel; // empty: defaultChannelName()
    QByteArrayView country;

    Money grossAmount() const { return gross.value_or(Money()); }
    Money lineAmount() const { return grossAmount() - discount; }
};

} // namespace storelens::core
