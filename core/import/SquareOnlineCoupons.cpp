#include "core/import/WixCoupons.h"

#include "core/csv/FieldParsers.h"

#include <QCoreApplication>
#include <QLocale>

// WixCoupons' arithmetic for Square's orders export of a Square Online shop (WixCoupons.h): an order's
// coupon is its items less its Order Subtotal, and its Order Total shows whether its prices hold the tax.

namespace storelens::core {

namespace {

class SquareOnlineCouponsText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::WixCoupons)
};

// Whether an amount in ten-thousandths is 0 to the cent (below half a cent either way).
bool zeroToTheCent(__int128 units)
{
    return units > -Money::Scale / 200 && units < Money::Scale / 200;
}

} // namespace

// An order read whole: its items less its Order Subtotal is decided on in decide() (an order whose rows lie
// apart is then left unknown); an order that charged tax shows whether Order Total holds it.
void WixCoupons::closeSquareOnline(const OrderRows &order, char decimalSeparator)
{
    if (order.accepted == 0)
        return; // no order open, or one the import leaves out for its status
    Money cells[CellCount];
    bool read =
        order.whole && order.leftOut == 0 && !order.cells[Coupon].isEmpty() && inFixedPointRange(order.items);
    for (int cell = 0; read && cell < CellCount; ++cell) {
        if (order.cells[cell].isEmpty())
            continue;
        const Result<Money> parsed = csv::parseMoney(order.cells[cell], decimalSeparator);
        read = bool(parsed);
        if (read)
            cells[cell] = parsed.value();
    }
    const __int128 rest = order.items - cells[Coupon].units(); // the items less the Order Subtotal
    if (!read || !inFixedPointRange(rest)) {
        ++m_couponOrders; // whether it had a coupon is not known
        m_unknown[Unread] << order.id;
        return;
    }
    const Money tax = cells[TotalTax];
    if (!tax.isZero() && !order.cells[Total].isEmpty()) {
        const __int128 left =
            __int128(cells[Total].units()) - cells[Coupon].units() - cells[ShippingRate].units();
        if (zeroToTheCent(left))
            ++m_taxInside;
        else if (zeroToTheCent(left - tax.units()))
            ++m_taxOutside;
    }
    m_candidates.push_back(
        {order.id, Money::fromUnits(qint64(order.items)), Money::fromUnits(qint64(rest)), tax, Money()});
}

// No coupon where the items add up to the Order Subtotal; an amount below 0 or above the items does not fit.
void WixCoupons::decideSquareOnline(const CouponOrder &order)
{
    if (addsUp(order.rest))
        return;
    ++m_couponOrders;
    if (order.rest.isNegative() || order.rest > order.items)
        m_unknown[NotFitting] << order.id;
    else
        m_workedOut.insert(order.id, WorkedOutCoupon{order.rest, order.items});
}

QStringList WixCoupons::squareOnlineSentences(const QString &fileName) const
{
    QStringList out;
    if (m_carriedOrders > 0)
        out << SquareOnlineCouponsText::tr("Coupon amounts worked out as each order's items less its Order "
                                           "Subtotal (the export names no coupon): %1, %2 in all.")
                   .arg(orderCount(m_carriedOrders), QLocale().toString(m_carried.toDouble(), 'f', 2));
    if (!m_unknown[NotFitting].isEmpty())
        out << SquareOnlineCouponsText::tr("%1: for %2 the Order Subtotal is above the sum of the order's "
                                           "items, or the items are below 0: no coupon fits, and their "
                                           "lines keep the items' amounts.")
                   .arg(fileName, ordersNamed(NotFitting));
    if (!m_unknown[Unread].isEmpty())
        out << SquareOnlineCouponsText::tr("%1: the rows of %2 do not read as one order (a row rejected or "
                                           "apart from the others, or figures that differ between its "
                                           "rows): whether they had a coupon, and its amount, is not "
                                           "worked out.")
                   .arg(fileName, ordersNamed(Unread));
    return out;
}

} // namespace storelens::core
