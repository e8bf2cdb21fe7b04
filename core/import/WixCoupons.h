#pragma once

#include "core/import/ImportProfile.h"
#include "core/import/RecordConverter.h"
#include "core/model/Money.h"
#include "core/model/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace storelens::core {

// A coupon amount worked out for one order, and the total of the items it was worked out from (Σ Price × Qty
// of the order's sale lines), which the import checks the order's lines against before it spreads the amount.
struct WorkedOutCoupon
{
    Money amount;
    Money items;
};

// Wix's orders export names each order's coupon but not what it took off (ExportStylesWix.h). Wix repeats
// the order's own figures on each of its item rows, so the amount can be worked out per order:
//     coupon = Σ Price × Qty of its items + Shipping rate + Additional fees [+ Total tax] − Total
// with Total tax added only when the shop's prices exclude tax. Whether they do is never assumed: the file's
// orders without a coupon and without a gift card show it, as their Total is that sum with nothing taken off
// (a French shop: 24.90 + 4.90 shipping = 29.80 = Total, the tax inside; a US shop: items + shipping + tax =
// Total). Every one of them must add up one way, to the cent; if their tax is 0 both ways fit, and only
// coupon orders without tax are then worked out. When they disagree, or there is none, nothing is worked out
// and the import says why. Gift cards likewise: whether Total holds what a gift card paid is read from the
// orders without a coupon that used one, else the coupon orders paid in part by gift card keep an unknown
// coupon. An amount below 0 or above the order's items does not fit and is left out. Orders left out of the
// import (Not paid) count nowhere.
//
// Square's orders export of a Square Online shop names no coupon at all (ExportStylesSquareOnline.h); its
// Order Subtotal, repeated on each item row, is the order's items less the coupon:
//     coupon = Σ Item Total Price of its items − Order Subtotal
// an order whose items add up to its Order Subtotal to the cent had none, an amount below 0 or above the
// items does not fit and is left out. The same pass reads whether the shop's prices hold the tax: an order
// that charged tax (Order Tax Total above 0) has Order Total = Order Subtotal + Order Shipping Price when
// they do, that sum + Order Tax Total when they do not (pricesIncludeTax()).
//
// The amounts are worked out in a pass over the file before the import writes any line (Importer::run(), so
// the dry run and the import give the same figures); the import then spreads each over its order's sale
// lines as an order discount (RecordPipeline), the mirrored returns of a refunded order taking it with them.
class WixCoupons
{
public:
    // Whether the import of a file with `header` under `profile` works coupon amounts out: a Wix orders
    // export whose Order number, Price and Qty feed the order id, unit price and quantity, with no line
    // total, or a Square Online orders export whose Order feeds the order id and Item Total Price (or Item
    // Price) the amounts; with no discount of any kind and no product details mapped (a mapped discount says
    // what was taken off).
    static bool appliesTo(const ImportProfile &profile, const QStringList &header);
    // Reads the file once, streaming, converting each row as the import does (`converter`, made for
    // `header`); keeps one order's rows at a time, and the figures of its coupon orders. The reader's error
    // when the file cannot be read to the end.
    static Result<WixCoupons> scan(const QString &csvPath, const RecordConverter &converter,
                                   const QStringList &header);

    // The amount worked out for an order (its id as the import writes it); nullptr when none was.
    const WorkedOutCoupon *find(QByteArrayView orderId) const;
    // What the import did with them: the orders whose amount went onto their lines, the amount in all, and
    // the orders whose lines were not the items their amount was worked out from (left without it).
    void settle(qint64 carriedOrders, Money carried, const QList<QByteArray> &notCarried);

    // The coupon orders of the import (after settle()) whose amount it spread, and those whose stays unknown.
    qint64 workedOut() const { return m_carriedOrders; }
    qint64 unknown() const { return m_couponOrders - m_carriedOrders; }
    // Square Online: whether every order that charged tax showed it inside the prices (ImportProfile).
    bool pricesIncludeTax() const { return m_taxInside > 0 && m_taxOutside == 0; }

    // The import's sentences (after settle()), translated: how the amounts were worked out (orders, the
    // amount in all), and why any were not, naming the file and the orders.
    QStringList sentences(const QString &fileName) const;

private:
    enum class Export { Wix, SquareOnline };
    // The order's own figures, repeated on each of its item rows (WixCoupons.cpp names their columns). Wix
    // writes the coupon's code where Square writes its Order Subtotal, and Square no gift card and no fees.
    enum Cell { Coupon, GiftCardAmount, ShippingRate, TotalTax, Total, AdditionalFees, CellCount };
    // The order being read.
    struct OrderRows
    {
        QByteArray id;      // as the import writes it; empty: no order open
        __int128 items = 0; // Σ Price × Qty (Wix) or Σ Item Total Price (Square) of its sale lines, 1/10000
        bool whole = true;  // every row converts, and the order's figures are the same on each
        qint64 accepted = 0; // rows the import takes
        qint64 leftOut = 0;  // rows the import leaves out for the order's status (Not paid)
        QByteArray cells[CellCount];
    };
    // Why a coupon order's amount is not worked out.
    enum Unknown { Unread, GiftCard, TaxOpen, NotFitting, UnknownKinds };
    struct CouponOrder
    {
        QByteArray id;
        Money items;
        // Wix: items + shipping + fees − Total, the coupon when prices include tax and no gift card; Square:
        // items − Order Subtotal, the coupon.
        Money rest;
        Money tax;
        Money giftCard;
    };

    void close(const OrderRows &order, char decimalSeparator);
    void decide();
    bool taxMode(int excluded) const;
    QStringList wixSentences(const QString &fileName) const;
    static QString orderCount(qint64 n); // "1 order", "2 orders"
    // "2 orders (1004, 1007)": the orders of a kind, the first of them named.
    QString ordersNamed(Unknown kind) const;
    // Whether an order's figures add up to the cent: what is left is below half a cent either way.
    static bool addsUp(Money rest);
    // Square Online's arithmetic (SquareOnlineCoupons.cpp).
    void closeSquareOnline(const OrderRows &order, char decimalSeparator);
    void decideSquareOnline(const CouponOrder &order);
    QStringList squareOnlineSentences(const QString &fileName) const;

    Export m_export = Export::Wix;

    qint64 m_couponOrders = 0; // coupon orders of the import
    std::vector<CouponOrder> m_candidates;
    QHash<QByteArray, WorkedOutCoupon> m_workedOut;
    QList<QByteArray> m_unknown[UnknownKinds];
    // What the orders without a coupon showed: without a gift card, how many and whether each adds up with
    // tax inside Total and without it (the first that adds up only one way, or neither, for the sentences);
    // with one, how many and whether each adds up [tax excluded][gift card out of Total].
    qint64 m_plainOrders = 0;
    bool m_included = true;
    bool m_excluded = true;
    QByteArray m_includedOnly;
    QByteArray m_excludedOnly;
    QByteArray m_neither;
    qint64 m_giftCardOrders = 0;
    bool m_giftCardFits[2][2] = {{true, true}, {true, true}};
    qint64 m_carriedOrders = 0;
    Money m_carried;
    // Square Online: the orders that charged tax with it inside Order Total, and with it on top.
    qint64 m_taxInside = 0;
    qint64 m_taxOutside = 0;
};

} // namespace storelens::core
