#include "core/import/RecordConverter.h"

#include "core/import/CustomerKey.h"
#include "core/import/EarlierOrders.h"
#include "core/import/EmailKeyMatch.h"
#include "core/import/FieldCatalog.h"
#include "core/import/OrderSeries.h"
#include "core/import/OrderStatus.h"
#include "core/import/ProductNames.h"
#include "core/import/RecordRow.h"
#include "core/model/Countries.h"
#include "core/model/SourceNames.h"

#include <QVarLengthArray>

#include <algorithm>
#include <optional>

#include <cstdio>
#include <cstring>

// The order-line half of RecordConverter (METRICS.md section 1): identity, cancellations, amounts, the
// order-level money and the range checks of one line.

namespace storelens::core {

using recordtext::beyondRange;
using recordtext::idBytes;
using recordtext::isAscii;
using recordtext::parseTimeOfDay;
using recordtext::trimmed;
using recordtext::trimmedBytes;

namespace {

// The range checks of METRICS.md section 1 on a converted line: its amount (gross − discount) lies in the
// fixed-point range and quantity × unit cost is exact in 64 bits. convertAmounts() checked the gross.
bool checkOrderLineRange(const RecordRow &row, const OrderLineRecord &line, int discountColumn,
                         int unitCostColumn)
{
    if (line.gross && !line.gross->checkedMinus(line.discount))
        return row.fail(discountColumn,
                        beyondRange(QT_TRANSLATE_NOOP("storelens::core::RecordConverter",
                                                      "The line amount %1 − discount %2 is beyond the range "
                                                      "StoreLens computes exactly."),
                                    line.gross->toString(), line.discount.toString()));
    if (line.unitCost && !line.unitCost->checkedTimes(line.quantity))
        return row.fail(
            unitCostColumn,
            beyondRange(QT_TRANSLATE_NOOP("storelens::core::RecordConverter",
                                          "Quantity %1 × unit cost %2 is beyond the range StoreLens "
                                          "computes exactly."),
                        line.quantity.toString(), line.unitCost->toString()));
    return true;
}

// A discount's magnitude with the line's sign: a return line takes its discount back with it (a voided
// line of 2.80 with 0.28 off refunds 2.52, so its discount is -0.28), as refundReturn() negates a sale's.
Money signedLike(Money magnitude, bool isReturn)
{
    return isReturn ? -magnitude : magnitude;
}

} // namespace

RecordConverter::Conversion RecordConverter::convertOrderLine(const FieldAccess &fieldAt, int fieldCount,
                                                              qint64 line, TextArena &text,
                                                              OrderLineRecord &out,
                                                              Rejection &rejection) const
{
    // eBay's summary row of an order of several items and its footer are no lines (its footer may be short).
    switch (ebayRow(m_ebay, fieldAt)) {
    case EbayRow::OrderSummary:
        return Conversion::OrderSummary;
    case EbayRow::Footer:
        return Conversion::ExportFooter;
    case EbayRow::Item:
        break;
    }
    if (!checkFieldCount(fieldCount, line, rejection))
        return Conversion::Rejected;
    // A transaction report's Payout, Shipping label, Order, … is no refund of a sale.
    if (m_transactionType >= 0 && !isEbayRefundType(fieldAt(m_transactionType)))
        return Conversion::OtherTransaction;
    if (isTotalsRow(fieldAt, fieldCount))
        return Conversion::TotalsRow;
    Conversion outcome = Conversion::Rejected;
    if (convertOrder(fieldAt, line, text, out, rejection, outcome) &&
        (!m_profile.refundsOfEarlierOrders || attachEarlierOrder(fieldAt, out, rejection)))
        return Conversion::Accepted;
    return outcome;
}

QByteArrayView RecordConverter::transactionType(const FieldAccess &fieldAt) const
{
    return m_transactionType >= 0 ? fieldAt(m_transactionType).trimmed() : QByteArrayView();
}

// A refund of an earlier order (ImportProfile::refundsOfEarlierOrders) is a line of that order: its customer,
// store, channel and country are the order's sale lines', as a refund amount's return line takes its order's
// (RecordPipeline::addRefund()). An order the source does not hold is rejected: a return without its sale
// would lower net sales with no customer, and no line here says whose it was.
bool RecordConverter::attachEarlierOrder(const FieldAccess &f, OrderLineRecord &line, Rejection &r) const
{
    const RecordRow row(f, m_header, m_profile, r);
    const EarlierOrders::Order *order = m_earlier ? m_earlier->find(line.orderId) : nullptr;
    if (!order)
        return row.fail(m_order.orderId,
                        RecordConverterText::tr("%1, line %2: the refund is of order %3, which the source "
                                                "\"%4\" does not hold. Import the orders export that holds "
                                                "it into that source first (or choose the source the orders "
                                                "went to), then this file again.")
                            .arg(m_fileName)
                            .arg(r.line)
                            .arg(QString::fromUtf8(line.orderId),
                                 sourceDisplayName(m_earlier ? m_earlier->source() : m_profile.source)));
    line.customerId = order->customer;
    line.store = order->store;
    line.channel = order->channel;
    line.country = order->country;
    line.customerName = line.customerEmail = line.customerPhone = QByteArrayView();
    line.consentEmail.reset();
    line.sku = QByteArrayView("Unspecified");
    return true;
}

// A till's footer row: no date, and a cell that says it sums the file ("Summe;;;…;4.925,27"). A real line
// always has a date, so such a row is never a sale; it is skipped and counted instead of rejected.
bool RecordConverter::isTotalsRow(const FieldAccess &f, int fieldCount) const
{
    static const char *const words[] = {"summe",       "gesamtsumme", "summen", "total",  "totals",
                                        "grand total", "sum",         "gesamt", "totaal", "totale"};
    // Compared in place, without a lower-cased copy: every line's date cell is checked.
    const auto isTotalsWord = [](QByteArrayView field) {
        const QByteArrayView cell = field.trimmed();
        return std::any_of(std::begin(words), std::end(words), [cell](const char *word) {
            return qstrnicmp(cell.data(), cell.size(), word, qsizetype(std::strlen(word))) == 0;
        });
    };
    // The word may stand in the date's own cell (the file's first column) or in another one.
    if (m_order.date < 0 || m_order.date >= fieldCount)
        return false;
    const QByteArrayView date = f(m_order.date).trimmed();
    if (!date.isEmpty() && !isTotalsWord(date))
        return false;
    for (int i = 0; i < fieldCount; ++i) {
        if (isTotalsWord(f(i)))
            return true;
    }
    return false;
}

// Whether the line belongs to a cancelled order, and by which of the profile's markers.
RecordConverter::Cancellation RecordConverter::cancellation(QByteArrayView orderId,
                                                            const FieldAccess &f) const
{
    const QByteArrayView prefix(m_cancelPrefix);
    if (!prefix.isEmpty()) {
        const QByteArrayView head = orderId.first(std::min(orderId.size(), prefix.size()));
        if (isAscii(prefix) && isAscii(head)) {
            if (head.size() == prefix.size() &&
                qstrnicmp(head.data(), head.size(), prefix.data(), prefix.size()) == 0)
                return Cancellation::Prefix;
        } else if (QString::fromUtf8(orderId).startsWith(m_profile.cancelOrderPrefix, Qt::CaseInsensitive)) {
            return Cancellation::Prefix;
        }
    }
    if (m_order.status < 0 || m_profile.cancelStatusValues.isEmpty())
        return Cancellation::None;
    const QString status = trimmed(f(m_order.status));
    for (const QString &v : m_profile.cancelStatusValues) {
        if (status.compare(v.trimmed(), Qt::CaseInsensitive) == 0)
            return Cancellation::Status;
    }
    return Cancellation::None;
}

bool RecordConverter::spreadsOrderMoney() const
{
    return m_profile.entity == Entity::Orders && m_profile.spreadOrderMoney &&
           (m_order.orderDiscount >= 0 || m_order.shipping >= 0);
}

bool RecordConverter::groupsOrders() const
{
    // Refunds of earlier orders each refund an order of the workspace, not the rows around them.
    return m_profile.entity == Entity::Orders && !m_profile.refundsOfEarlierOrders &&
           (spreadsOrderMoney() || m_order.refundAmount >= 0);
}

bool RecordConverter::orderMoney(const FieldAccess &fieldAt, OrderMoney &money, Rejection &rejection) const
{
    const RecordRow row(fieldAt, m_header, m_profile, rejection);
    money = OrderMoney();
    std::optional<Money> d;
    std::optional<Money> s;
    std::optional<Money> refund;
    if (spreadsOrderMoney() && (!row.money(m_order.orderDiscount, d) || !row.money(m_order.shipping, s)))
        return false;
    if (!row.money(m_order.refundAmount, refund))
        return false;
    // A discount or a refund always reduces the order, whatever its sign in the export.
    money.discount = d ? (d->isNegative() ? -*d : *d) : Money();
    money.shipping = s.value_or(Money());
    money.refund = refund ? (refund->isNegative() ? -*refund : *refund) : Money();
    if (!money.refund.isZero() && !row.isBlank(m_order.refundDate)) {
        csv::DateTimeValue refunded;
        if (!row.date(m_order.refundDate, refunded))
            return false;
        money.refundDate = refunded.date;
        money.refundSecondsOfDay = refunded.secondsOfDay;
    }
    return true;
}

// A file without an order id column: each row is an order ("#" and its line in the file), or each customer's
// day is ("customer id/ISO day"; a guest row stays an order of its own).
QByteArrayView RecordConverter::orderIdWithoutColumn(const OrderLineRecord &line, qint64 fileLine,
                                                     TextArena &text) const
{
    char day[32];
    if (m_profile.ordersWithoutId == OrdersWithoutId::PerCustomerDay && !line.customerId.isEmpty()) {
        const int n = std::snprintf(day, sizeof day, "/%04d-%02d-%02d", line.date.year(), line.date.month(),
                                    line.date.day());
        QVarLengthArray<char, 256> id(line.customerId.begin(), line.customerId.end());
        id.append(day, n);
        return text.keep(QByteArrayView(id.data(), id.size()));
    }
    const int n = std::snprintf(day, sizeof day, "#%lld", static_cast<long long>(fileLine));
    return text.keep(QByteArrayView(day, n));
}

// Whether the row's own amount (its unit price, else its line total) is negative: a refund row of its own.
bool RecordConverter::hasNegativeAmount(const FieldAccess &f) const
{
    const int column = m_order.unitPrice >= 0 ? m_order.unitPrice : m_order.lineTotal;
    Rejection ignored;
    const RecordRow row(f, m_header, m_profile, ignored);
    std::optional<Money> amount;
    return column >= 0 && row.money(column, amount) && amount && amount->isNegative();
}

// The line's money (METRICS.md section 1): a unit price gives gross = quantity × price rounded once; a line
// total is the line's amount exactly, before or after the discount as the profile says; a discount rate r
// gives the discount on the gross (before) or total × r ÷ (1 − r) (after), rounded once. Without any price
// the amount stays unknown. `out.quantity` already carries the line's sign.
bool RecordConverter::convertAmounts(const FieldAccess &f, OrderLineRecord &out, Rejection &r) const
{
    const RecordRow row(f, m_header, m_profile, r);
    const OrderColumns &c = m_order;
    std::optional<Money> discount;
    if (!row.money(c.discount, discount))
        return false;
    // Square writes discounts as negative amounts, a till's void line writes its discount negated: the
    // magnitude is the discount, and it takes the line's sign below (a discount always reduces the line).
    out.discount = discount ? (discount->isNegative() ? -*discount : *discount) : Money();
    // A rate column writes fractions (0.2) or, as Odoo's "Discount (%)", percentages (20.00).
    const int rateColumn = c.discountRate >= 0 ? c.discountRate : c.discountPercent;
    qint64 rate = 0;
    if (!row.isBlank(rateColumn)) {
        const auto parsed =
            csv::parseRate(row.raw(rateColumn).trimmed(), m_profile.decimalSeparator,
                           c.discountRate >= 0 ? csv::RateScale::Fraction : csv::RateScale::Percent);
        if (!parsed)
            return row.fail(rateColumn, parsed.error().message());
        rate = parsed.value();
    }
    const bool isReturn = out.quantity.isNegative();
    const qint64 qty = isReturn ? -out.quantity.milli() : out.quantity.milli();
    if (c.unitPrice >= 0) {
        std::optional<Money> price;
        if (!row.required(c.unitPrice,
                          QT_TRANSLATE_NOOP("storelens::core::RecordConverter", "The unit price")) ||
            !row.money(c.unitPrice, price))
            return false;
        out.unitPrice = *price;
        out.gross = price->checkedTimes(out.quantity);
        if (!out.gross)
            return row.fail(c.unitPrice,
                            beyondRange(QT_TRANSLATE_NOOP("storelens::core::RecordConverter",
                                                          "Quantity %1 × unit price %2 is beyond the range "
                                                          "StoreLens computes exactly."),
                                        out.quantity.toString(), price->toString()));
        const qint64 magnitude = out.gross->isNegative() ? -out.gross->units() : out.gross->units();
        out.discount += Money::fromUnits(divideRounded(__int128(magnitude) * rate, Money::Scale));
        out.discount = signedLike(out.discount, isReturn);
        return true;
    }
    if (c.lineTotal < 0) {
        out.discount = signedLike(out.discount, isReturn);
        out.unitPrice = Money();
        out.gross.reset(); // no prices: the amount is unknown
        return true;
    }
    std::optional<Money> total;
    if (!row.required(c.lineTotal, QT_TRANSLATE_NOOP("storelens::core::RecordConverter", "The line total")) ||
        !row.money(c.lineTotal, total))
        return false;
    // A return's total is negative however the export writes it; a sale's keeps its sign, so a discount or
    // adjustment line (quantity 1, total −12.46, as Odoo's "Discount" product) stays a sale of a negative
    // amount, as a negative unit price would (METRICS.md section 1).
    const qint64 magnitude = total->isNegative() ? -total->units() : total->units();
    const Money signedTotal = isReturn ? Money::fromUnits(-magnitude) : *total;
    if (m_profile.lineTotalAfterDiscount) {
        const __int128 rateDiscount = __int128(magnitude) * rate / (Money::Scale - rate);
        if (!inFixedPointRange(rateDiscount + out.discount.units() + magnitude))
            return row.fail(rateColumn,
                            beyondRange(QT_TRANSLATE_NOOP("storelens::core::RecordConverter",
                                                          "The line total %1 before a discount rate of %2 is "
                                                          "beyond the range StoreLens computes exactly."),
                                        total->toString(), row.text(rateColumn)));
        out.discount += Money::fromUnits(divideRounded(__int128(magnitude) * rate, Money::Scale - rate));
        out.discount = signedLike(out.discount, isReturn);
        out.gross = signedTotal + out.discount;
    } else {
        out.discount += Money::fromUnits(divideRounded(__int128(magnitude) * rate, Money::Scale));
        out.discount = signedLike(out.discount, isReturn);
        out.gross = signedTotal;
    }
    // The price shown: gross ÷ quantity to four places; never multiplied back.
    const qint64 gross = out.gross->isNegative() ? -out.gross->units() : out.gross->units();
    if (!inFixedPointRange((__int128(gross) * Quantity::Scale + qty / 2) / qty))
        return row.fail(
            c.lineTotal,
            beyondRange(QT_TRANSLATE_NOOP("storelens::core::RecordConverter",
                                          "The unit price behind the line total %1 for quantity %2 "
                                          "is beyond the range StoreLens computes exactly."),
                        total->toString(), out.quantity.toString()));
    out.unitPrice = Money::fromUnits(divideRounded(__int128(gross) * Quantity::Scale, qty));
    if (out.gross->isNegative() != isReturn)
        out.unitPrice = -out.unitPrice; // a sale of a negative amount has a negative price
    return true;
}

// A quantity-0 line (METRICS.md section 1): true when its amount is 0 too (no line total, or one of 0, and no
// discount: the line is skipped); false with a rejection when it carries money or a value does not read.
bool RecordConverter::zeroQuantityIsEmpty(const FieldAccess &f, Rejection &r) const
{
    const RecordRow row(f, m_header, m_profile, r);
    const OrderColumns &c = m_order;
    std::optional<Money> price;
    std::optional<Money> total;
    std::optional<Money> discount;
    if (!row.money(c.unitPrice, price) || !row.money(c.lineTotal, total) || !row.money(c.discount, discount))
        return false;
    // 0 × the unit price is 0; a line total is the line's amount as exported.
    const Money amount = (c.unitPrice < 0 ? total.value_or(Money()) : Money());
    if (amount.isZero() && (!discount || discount->isZero()))
        return true;
    const int column = !amount.isZero() ? c.lineTotal : c.discount;
    return row.fail(column, RecordConverterText::tr("The quantity is 0, but the line carries %1: a line that "
                                                    "sells or returns nothing cannot carry money.")
                                .arg(row.text(column)));
}

DsfinvkReceipt RecordConverter::dsfinvkReceiptOf(const FieldAccess &f) const
{
    if (m_dsfinvk.type < 0)
        return DsfinvkReceipt::Sale;
    return dsfinvkReceipt(f(m_dsfinvk.type), f(m_dsfinvk.name), f(m_dsfinvk.storno));
}

QByteArrayView RecordConverter::noSaleValue(const FieldAccess &fieldAt) const
{
    if (m_dsfinvk.type < 0)
        return {};
    return dsfinvkNoSaleValue(fieldAt(m_dsfinvk.type), fieldAt(m_dsfinvk.name));
}

bool RecordConverter::isGuestId(QByteArrayView customerId) const
{
    return !customerId.isEmpty() &&
           std::any_of(m_guestIds.begin(), m_guestIds.end(),
                       [customerId](const QByteArray &id) { return QByteArrayView(id) == customerId; });
}

bool RecordConverter::convertOrder(const FieldAccess &f, qint64 fileLine, TextArena &text,
                                   OrderLineRecord &line, Rejection &r, Conversion &outcome) const
{
    outcome = Conversion::Rejected;
    const RecordRow row(f, m_header, m_profile, r);
    const OrderColumns &c = m_order;
    line = OrderLineRecord();
    // A till's receipt that sold nothing (DSFinV-K: cash taken to the bank, an aborted receipt) is no order.
    const DsfinvkReceipt receipt = dsfinvkReceiptOf(f);
    if (receipt == DsfinvkReceipt::NoSale) {
        outcome = Conversion::NoSale;
        return false;
    }
    // A line the export flags as a service charge (Clover's) is no sale (METRICS.md section 2).
    std::optional<bool> flag;
    if (!row.boolean(c.serviceCharge, flag))
        return false;
    if (flag.value_or(false)) {
        outcome = Conversion::ServiceCharge;
        return false;
    }
    if ((c.orderId >= 0 &&
         !row.required(c.orderId, QT_TRANSLATE_NOOP("storelens::core::RecordConverter", "The order ID"))) ||
        !row.required(c.date, QT_TRANSLATE_NOOP("storelens::core::RecordConverter", "The order date")))
        return false;
    csv::DateTimeValue when;
    if (!row.date(c.date, when))
        return false;
    line.date = when.date;
    line.secondsOfDay = when.secondsOfDay;
    if (line.secondsOfDay < 0 && !row.isBlank(c.time)) {
        line.secondsOfDay = parseTimeOfDay(row.text(c.time));
        if (line.secondsOfDay < 0)
            return row.fail(c.time,
                            RecordConverterText::tr("\"%1\" is not a time of day.").arg(row.text(c.time)));
    }
    // Without a customer id column the e-mail address keys the customer (Shopify's "Email"), lower-cased:
    // "Karl@Example.com" and "karl@example.com" are one customer; so does an address in the id column
    // (CustomerKey.h).
    // With ImportProfile::customersByEmail a line's e-mail address keys its customer when it has one.
    const bool byEmail = m_profile.customersByEmail && !row.isBlank(c.customerEmail);
    line.customerId = idBytes(row.raw(c.customer >= 0 && !byEmail ? c.customer : c.customerEmail), text);
    if ((c.customer < 0 || byEmail || isEmailAddress(line.customerId)) && hasUpperCase(line.customerId))
        line.customerId = text.keep(QString::fromUtf8(line.customerId).toLower().toUtf8());
    line.customerName = trimmedBytes(row.raw(c.customerName), text);
    // Without a name column, a customer key that is a name ("Acme SARL, Jean Dupont", Odoo's display name:
    // letters and a space, no "@") names the customer too, so lists show it where names go.
    if (c.customerName < 0 && c.customer >= 0 && line.customerId.contains(' ') &&
        !line.customerId.contains('@'))
        line.customerName = line.customerId;
    const QByteArrayView lastName =
        c.customerLastName >= 0 ? row.raw(c.customerLastName).trimmed() : QByteArrayView();
    if (!lastName.isEmpty()) {
        QByteArray name = line.customerName.toByteArray();
        if (!name.isEmpty())
            name += ' ';
        name += lastName;
        line.customerName = text.keep(name);
    }
    line.customerEmail = trimmedBytes(row.raw(c.customerEmail), text);
    line.customerPhone = trimmedBytes(row.raw(c.customerPhone), text);
    if (!row.boolean(c.consentEmail, line.consentEmail))
        return false;
    // A placeholder that stands for no one (a till's walk-in id): a guest line, without a customer.
    if (!m_guestIds.empty() && isGuestId(line.customerId)) {
        line.customerId = {};
        line.customerName = {};
        line.customerEmail = {};
        line.customerPhone = {};
        line.consentEmail.reset();
    }
    // With ImportProfile::customersByEmail, the customer the workspace already has with the line's address
    // or, without one, its phone number, whichever file came first (EmailKeyMatch.h).
    if (m_known && !line.customerId.isEmpty()) {
        QByteArrayView own = c.customer >= 0 ? idBytes(row.raw(c.customer), text) : line.customerId;
        if (isEmailAddress(own) && hasUpperCase(own))
            own = text.keep(QString::fromUtf8(own).toLower().toUtf8());
        const KnownCustomers::Found found = m_known->find(own, line.customerEmail, line.customerPhone);
        if (found.by != KnownCustomers::By::None)
            line.customerId = found.key;
        if (found.by != KnownCustomers::By::None && c.customer < 0 && own != found.key &&
            !m_matchedFileKeys.contains(QByteArray::fromRawData(own.data(), own.size())))
            m_matchedFileKeys.insert(own.toByteArray(), found.key.toByteArray());
    }
    line.orderId =
        c.orderId >= 0 ? idBytes(row.raw(c.orderId), text) : orderIdWithoutColumn(line, fileLine, text);
    if (c.orderSeries >= 0 && c.orderId >= 0 && !row.isBlank(c.orderSeries)) // "T1" + "5": "T1/5"
        line.orderId = text.keep(joinOrderId(idBytes(row.raw(c.orderSeries), text), line.orderId));
    // A failed or unpaid order sold nothing: its lines are left out and counted (unless the profile marks the
    // status as a refund).
    if (c.status >= 0 && isNotSoldStatus(f(c.status), m_profile.notSoldStatusValues) &&
        cancellation(line.orderId, f) != Cancellation::Status) {
        outcome = Conversion::NotSold;
        return false;
    }
    line.productName = trimmedBytes(row.raw(c.name), text);
    line.sku = idBytes(row.raw(c.sku), text);
    // eBay's Custom Label is the seller's own SKU; a listing without one is known by its Item Number.
    if (line.sku.isEmpty() && c.sku >= 0 && c.sku == m_ebay.customLabel)
        line.sku = idBytes(f(m_ebay.itemNumber), text);
    // Square and some tills leave the SKU empty: the item name identifies it, or the one coded product of
    // that name when the profile counts products by name (ProductNames.h).
    if (line.sku.isEmpty() && m_productNames)
        line.sku = m_productNames->codeFor(line.productName);
    if (line.sku.isEmpty())
        line.sku = line.productName;
    if (line.sku.isEmpty() && c.sku < 0 && c.name < 0)
        line.sku = QByteArrayView("Unspecified"); // the file names no products at all
    if (line.sku.isEmpty())
        return row.fail(c.sku >= 0 ? c.sku : c.name,
                        RecordConverterText::tr("The line names no SKU and no product."));
    // No quantity column: each row is one unit; so is a row whose quantity its export leaves blank for 1
    // (ImportProfile::blankQuantityIsOne).
    if (c.quantity < 0 || (m_profile.blankQuantityIsOne && row.isBlank(c.quantity))) {
        line.quantity = Quantity::fromWhole(1);
    } else if (!row.required(c.quantity,
                             QT_TRANSLATE_NOOP("storelens::core::RecordConverter", "The quantity")) ||
               !row.quantity(c.quantity, line.quantity)) {
        return false;
    }
    if (line.quantity.isZero()) {
        if (zeroQuantityIsEmpty(f, r))
            outcome = Conversion::Skipped;
        return false;
    }
    // A cancellation invoice, a refund row of its own (status marked, a negative amount: Square's Refund) or
    // a DSFinV-K storno receipt of a negative amount (it takes back an earlier sale) returns its lines; an
    // order whose status says it was refunded was sold and then refunded: its lines become a sale and a
    // return (refundReturn()), the return on the refund date.
    const Cancellation cancelled =
        line.quantity.isNegative() ? Cancellation::None : cancellation(line.orderId, f);
    // A sale line the export flags as refunded (Clover's Refunded) was sold and refunded: a sale and a
    // return, as a refunded order's lines are.
    if (!row.boolean(c.lineRefunded, flag))
        return false;
    const bool refundedLine = flag.value_or(false) && !line.quantity.isNegative();
    const bool storno =
        receipt == DsfinvkReceipt::Storno && !line.quantity.isNegative() && hasNegativeAmount(f);
    const bool returned = storno || cancelled == Cancellation::Prefix ||
                          (cancelled == Cancellation::Status && hasNegativeAmount(f));
    if (returned)
        line.quantity = -line.quantity;
    if (!convertAmounts(f, line, r))
        return false;
    if (!row.money(c.unitCost, line.unitCost))
        return false;
    if (!checkOrderLineRange(row, line, c.discount, c.unitCost))
        return false;
    line.category = trimmedBytes(row.raw(c.category), text);
    line.store = trimmedBytes(row.raw(c.store), text);
    line.channel = trimmedBytes(row.raw(c.channel), text);
    if (line.store.isEmpty())
        line.store = m_defaultStore;
    if (line.channel.isEmpty())
        line.channel = m_defaultChannel;
    line.country = countryKey(trimmedBytes(row.raw(c.country), text)); // "Germany", "DEU": "DE"

    line.lineId = idBytes(row.raw(c.lineId), text);
    // A voided line (Toast's "Void?" True) was rung up and taken off before payment: no sale, left out as a
    // not-sold line, its money counted for the summary (DataQuality::notSold).
    if (!row.boolean(c.voided, flag))
        return false;
    if (flag.value_or(false)) {
        outcome = Conversion::Voided;
        return false;
    }
    if ((cancelled == Cancellation::Status || refundedLine) && !returned) {
        line.refundDate = line.date;
        line.refundSecondsOfDay = line.secondsOfDay;
        if (!row.isBlank(c.refundDate)) {
            csv::DateTimeValue refunded;
            if (!row.date(c.refundDate, refunded))
                return false;
            line.refundDate = refunded.date;
            line.refundSecondsOfDay = refunded.secondsOfDay;
        }
    }
    return true;
}

} // namespace storelens::core
