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
    // The customer as the order names them (empty, or no consent given: not in the export, or left blank on
    // this row); the writer stores them on the customer, a blank keeping what is known.
    QByteArrayView customerName;
    QByteArrayView customerEmail;
    QByteArrayView customerPhone;
    std::optional<bool> consentEmail;
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
    QByteArrayView lineId; // the export's own line id (its identity within the source); empty: none
    // A line of an order marked with a cancellation status value (METRICS.md section 1): the import writes it
    // as a sale and, dated here, a return of the same amount. Invalid for every other line.
    QDate refundDate;
    int refundSecondsOfDay = -1;

    // The return half of a sold-and-refunded line: the same line, quantity and amount negated, on the refund
    // date. Its discount is negated too, so its amount is minus the sale's and the order nets to 0.
    OrderLineRecord refundReturn() const
    {
        OrderLineRecord r = *this;
        r.quantity = -quantity;
        if (gross)
            r.gross = -*gross;
        r.discount = -discount;
        r.date = refundDate;
        r.secondsOfDay = refundSecondsOfDay;
        return r;
    }
    bool isRefundReturn() const { return refundDate.isValid() && quantity.isNegative(); }

    Money grossAmount() const { return gross.value_or(Money()); }
    Money lineAmount() const { return grossAmount() - discount; }
};

} // namespace storelens::core
