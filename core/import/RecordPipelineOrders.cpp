#include "core/import/RecordPipeline.h"

#include "core/import/EarlierOrders.h"
#include "core/import/ProportionalParts.h"

#include <algorithm>

// RecordPipeline's end of an order whose rows are taken together (RecordConverter::groupsOrders()): its
// order-level money and worked-out coupon spread over its lines (METRICS.md section 1), its refund amount a
// return line.

namespace storelens::core {

// Spreads `amount` over `lines` (sale lines with a known amount) in proportion to their gross amounts,
// to the ten-thousandth (proportionalParts()). `toDiscount`: the amount is added to the lines' discounts,
// else to their gross amounts.
static void spreadAmount(std::vector<OrderLineRecord> &lines, size_t first, Money amount, bool toDiscount,
                         SpreadScratch &scratch)
{
    const bool negative = amount.isNegative();
    scratch.weights.clear();
    scratch.carriers.clear();
    for (size_t i = first; i < lines.size(); ++i) {
        if (lines[i].quantity.isNegative() || !lines[i].gross)
            continue;
        const qint64 g = lines[i].gross->units();
        scratch.weights.push_back(g < 0 ? -g : g);
        scratch.carriers.push_back(i);
    }
    proportionalParts(negative ? -amount.units() : amount.units(), scratch.weights, scratch.parts,
                      scratch.remainders);
    for (size_t k = 0; k < scratch.carriers.size(); ++k) {
        OrderLineRecord &line = lines[scratch.carriers[k]];
        const Money share = Money::fromUnits(negative ? -scratch.parts[k] : scratch.parts[k]);
        if (toDiscount)
            line.discount += share;
        else
            *line.gross += share;
    }
}

// The open order's lines are batch.orderLines[first, end): its order-level money goes onto its sale lines,
// its refund amount becomes a return line.
void RecordPipeline::closeOrder(Batch &batch, const OpenOrder &order)
{
    const size_t first = order.first;
    if (m_coupons)
        addCoupon(batch, first);
    if (m_converter.spreadsOrderMoney())
        spreadOverLines(batch, first, order.money.discount, order.money.shipping);
    // A sold-and-refunded order's returns mirror its sale lines as spread.
    const size_t end = batch.orderLines.size();
    // The data-quality sums (the guest share of sales, fee SKUs' net sales) count the lines as spread.
    if (m_quality) {
        for (size_t i = first; i < end; ++i)
            m_quality->orderLineMoney(batch.orderLines[i]);
    }
    addRefund(batch, order);
    for (size_t i = first; i < end; ++i) {
        if (batch.orderLines[i].refundDate.isValid() && !batch.orderLines[i].quantity.isNegative())
            batch.orderLines.push_back(batch.orderLines[i].refundReturn());
    }
}

// An order's refund amount (METRICS.md section 1; BigCommerce's Refund Amount) is one return line of product
// "Unspecified", dated on the refund date when the export has one, else on the order date. An order whose
// lines already hold its refund (a status that says refunded makes each line a sale and a return; a return
// line of its own) is not refunded a second time. The amount is what the customer got back: BigCommerce's
// includes the tax and the shipping refunded (a Refunded order of the trial's export: 120.49 of items, 130.13
// refunded with 8 % tax), and the export does not say how much of a partial refund was tax or shipping. Sales
// are without tax and shipping, so the amount counts as exported but never beyond the order's sales in the
// file (the excess, tax or shipping for sure, is left out and reported); a partial refund below that may
// still hold some tax, which the export leaves no way to tell.
void RecordPipeline::addRefund(Batch &batch, const OpenOrder &order)
{
    if (order.money.refund.isZero())
        return;
    Money sales;
    for (size_t i = order.first; i < batch.orderLines.size(); ++i) {
        const OrderLineRecord &line = batch.orderLines[i];
        if (line.quantity.isNegative() || line.refundDate.isValid())
            return; // the file's lines hold this order's refund
        if (line.gross)
            sales += line.lineAmount();
    }
    const OrderLineRecord like = batch.orderLines[order.first];
    if (!appendRefund(batch, like, sales, order.money).isZero() && m_quality)
        m_quality->refundAmount(order.line);
}

// ImportProfile::refundsOfEarlierOrders: the row's refund (its refund amount, on its own date) counts as an
// order's refund amount does (addRefund()), up to the order's sales in the workspace less what this file's
// earlier rows refunded of it (EarlierOrders.h). `lines` holds the row as converted, a line of its earlier
// order without an amount; it becomes the return line (none when nothing is counted).
bool RecordPipeline::addEarlierRefund(Batch &batch, const RecordConverter::FieldAccess &fieldAt,
                                      std::vector<OrderLineRecord> &lines, Rejection &rejection)
{
    RecordConverter::OrderMoney money;
    if (!m_converter.orderMoney(fieldAt, money, rejection))
        return false;
    const OrderLineRecord like = lines.front();
    lines.clear();
    const EarlierOrders::Order *order = m_converter.earlierOrders()->find(like.orderId);
    Money &refunded = m_earlierRefunded[like.orderId.toByteArray()];
    const Money sales = order->sales - refunded;
    const size_t before = batch.orderLines.size();
    refunded += appendRefund(batch, like, sales, money);
    lines.assign(batch.orderLines.begin() + qsizetype(before), batch.orderLines.end());
    return true;
}

Money RecordPipeline::appendRefund(Batch &batch, const OrderLineRecord &like, Money sales,
                                   const RecordConverter::OrderMoney &money)
{
    const Money counted = sales < money.refund ? std::max(sales, Money()) : money.refund;
    batch.refundsLeftOut += money.refund - counted;
    if (counted.isZero())
        return counted;
    OrderLineRecord refund = like;
    refund.sku = QByteArrayView("Unspecified");
    refund.productName = QByteArrayView();
    refund.category = QByteArrayView();
    refund.lineId = QByteArrayView();
    refund.quantity = Quantity::fromWhole(-1);
    refund.unitPrice = counted;
    refund.gross = -counted;
    refund.discount = Money();
    refund.unitCost.reset();
    if (money.refundDate.isValid()) {
        refund.date = money.refundDate;
        refund.secondsOfDay = money.refundSecondsOfDay;
    }
    refund.refundDate = refund.date; // a refund: it does not widen the days the file covers
    refund.refundSecondsOfDay = refund.secondsOfDay;
    batch.orderLines.push_back(refund);
    batch.refunds += counted;
    ++batch.refundOrders;
    return counted;
}

// A coupon amount worked out before the import (WixCoupons.h) is the order's discount, spread over its sale
// lines in proportion to their gross amounts as an order discount is, so they sum to the items less the
// coupon exactly; before the refunded order's returns mirror the lines, so they take it with them. Only when
// the order's sale lines here are the items it was worked out from: a row rejected here (bytes the encoding
// cannot read) leaves the order without it, named.
void RecordPipeline::addCoupon(Batch &batch, size_t first)
{
    const QByteArrayView id = batch.orderLines[first].orderId;
    const WorkedOutCoupon *coupon = m_coupons->find(id);
    if (!coupon)
        return;
    Money items;
    for (size_t i = first; i < batch.orderLines.size(); ++i) {
        const OrderLineRecord &line = batch.orderLines[i];
        if (!line.quantity.isNegative() && line.gross)
            items += *line.gross;
    }
    if (items != coupon->items) {
        batch.couponsNotCarried << id.toByteArray();
        return;
    }
    if (!coupon->amount.isZero())
        spreadAmount(batch.orderLines, first, coupon->amount, true, m_spread);
    batch.coupons += coupon->amount;
    ++batch.couponOrders;
}

// ImportProfile::orderDiscountIncludesLines: an order discount that is the order's whole discount holds its
// sale lines' discounts, which are on the lines already; the rest of it is what is left to spread. Line
// discounts above the order discount contradict that: they count as given, nothing more is spread, and the
// order is named.
Money RecordPipeline::orderLevelPart(Batch &batch, size_t first, Money discount) const
{
    if (!m_converter.profile().orderDiscountIncludesLines)
        return discount;
    Money lines;
    for (size_t i = first; i < batch.orderLines.size(); ++i) {
        const OrderLineRecord &line = batch.orderLines[i];
        if (!line.quantity.isNegative() && line.gross)
            lines += line.discount;
    }
    if (lines.isZero())
        return discount;
    if (discount < lines) {
        if (batch.ordersBelowLineDiscounts++ == 0)
            batch.orderBelowLineDiscountsExample = batch.orderLines[first].orderId.toByteArray();
        batch.lineDiscountsInOrders += discount;
        return Money();
    }
    batch.lineDiscountsInOrders += lines;
    return discount - lines;
}

void RecordPipeline::spreadOverLines(Batch &batch, size_t first, Money discount, Money shipping)
{
    if (!m_converter.profile().shippingInSales) { // shipping is not sales: counted, on no line
        batch.shippingLeftOut += shipping;
        shipping = Money();
    }
    bool carrier = false;
    for (size_t i = first; i < batch.orderLines.size() && !carrier; ++i)
        carrier = !batch.orderLines[i].quantity.isNegative() && batch.orderLines[i].gross.has_value();
    if (!carrier) {
        batch.notSpread += discount + shipping;
        return;
    }
    discount = orderLevelPart(batch, first, discount);
    if (!discount.isZero())
        spreadAmount(batch.orderLines, first, discount, true, m_spread);
    if (!shipping.isZero())
        spreadAmount(batch.orderLines, first, shipping, false, m_spread);
    batch.orderDiscounts += discount;
    batch.shipping += shipping;
}

} // namespace storelens::core
