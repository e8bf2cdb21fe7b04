#include "core/import/WixCoupons.h"

#include "core/import/ExportStylesSquareOnline.h"
#include "core/import/ExportStylesWix.h"
#include "core/import/FieldCatalog.h"
#include "core/import/FileRows.h"
#include "core/import/RecordRow.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <climits>
#include <optional>
#include <utility>

namespace storelens::core {

namespace {

class WixCouponsText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::WixCoupons)
};

// The order's own figures by their normaliseHeader() names (WixCoupons::Cell), and which of them the
// export must have. A Wix file without Gift card amount or Additional fees has none (0); a Square file
// without Order Shipping Price, Order Tax Total or Order Total only tells nothing of its tax.
const char *const kWixCells[] = {"couponcode", "giftcardamount", "shippingrate",
                                 "totaltax",   "total",          "additionalfees"};
constexpr bool kWixRequired[] = {true, false, true, true, true, false};
const char *const kSquareCells[] = {"ordersubtotal", nullptr,      "ordershippingprice",
                                    "ordertaxtotal", "ordertotal", nullptr};
constexpr bool kSquareRequired[] = {true, false, false, false, false, false};
constexpr qsizetype kListed = 10; // order numbers named in a sentence

int columnOf(const QStringList &header, const char *name)
{
    for (qsizetype i = 0; name && i < header.size(); ++i) {
        if (normaliseHeader(header.at(i)) == QLatin1String(name))
            return int(i);
    }
    return -1;
}

// The first kListed order numbers, "…" for more.
QString orderList(const QList<QByteArray> &ids)
{
    QStringList names;
    for (qsizetype i = 0; i < ids.size() && i < kListed; ++i)
        names << QString::fromUtf8(ids.at(i));
    if (ids.size() > kListed)
        names << QStringLiteral("…");
    return names.join(QLatin1String(", "));
}

} // namespace

QString WixCoupons::orderCount(qint64 n)
{
    return n == 1 ? WixCouponsText::tr("1 order")
                  : WixCouponsText::tr("%n orders", nullptr, int(std::min<qint64>(n, INT_MAX)));
}

bool WixCoupons::addsUp(Money rest)
{
    return rest.units() > -Money::Scale / 200 && rest.units() < Money::Scale / 200;
}

bool WixCoupons::appliesTo(const ImportProfile &profile, const QStringList &header)
{
    const bool wix = isWixOrdersExport(header);
    if (profile.entity != Entity::Orders || profile.noPrices || (!wix && !isSquareOnlineOrdersExport(header)))
        return false;
    const auto feeds = [&profile](const QString &key, const char *column) {
        return normaliseHeader(profile.columnFor(key)) == QLatin1String(column);
    };
    const bool amounts =
        wix ? feeds(field::OrderId, "ordernumber") && feeds(field::UnitPrice, "price") &&
                  feeds(field::Quantity, "qty") && profile.columnFor(field::LineTotal).isEmpty()
            : feeds(field::OrderId, "order") &&
                  (feeds(field::LineTotal, "itemtotalprice") || feeds(field::UnitPrice, "itemprice"));
    if (!amounts)
        return false;
    for (const QString &key : {field::Discount, field::DiscountRate, field::DiscountPercent,
                               field::OrderDiscount, field::ProductDetails}) {
        if (!profile.columnFor(key).isEmpty())
            return false;
    }
    const char *const *cells = wix ? kWixCells : kSquareCells;
    const bool *required = wix ? kWixRequired : kSquareRequired;
    for (int cell = 0; cell < CellCount; ++cell) {
        if (required[cell] && columnOf(header, cells[cell]) < 0)
            return false;
    }
    // The order's figures feed no field: the arithmetic below is theirs.
    for (const ColumnMapping &c : profile.columns) {
        const QString name = normaliseHeader(c.column);
        for (int cell = 0; cell < CellCount; ++cell) {
            if (cells[cell] && name == QLatin1String(cells[cell]) && !c.field.isEmpty())
                return false;
        }
    }
    return true;
}

Result<WixCoupons> WixCoupons::scan(const QString &csvPath, const RecordConverter &converter,
                                    const QStringList &header)
{
    WixCoupons coupons;
    coupons.m_export = isWixOrdersExport(header) ? Export::Wix : Export::SquareOnline;
    const char *const *cells = coupons.m_export == Export::Wix ? kWixCells : kSquareCells;
    const char decimal = converter.profile().decimalSeparator;
    const int idColumn = converter.columnOf(field::OrderId);
    int cellColumns[CellCount];
    for (int cell = 0; cell < CellCount; ++cell)
        cellColumns[cell] = columnOf(header, cells[cell]);
    TextArena text(4096);
    OrderLineRecord record;
    Rejection rejection;
    OrderRows order;
    const Result<void> read = forEachDataRow(csvPath, converter.profile(), [&](const csv::CsvReader &reader) {
        text.clear();
        const QByteArrayView id = recordtext::idBytes(reader.field(idColumn), text);
        if (id.isEmpty())
            return true; // a blank row, or one the import rejects for its missing order number
        // An order's rows follow each other, as the import groups them (RecordPipeline).
        if (id != QByteArrayView(order.id)) {
            coupons.close(order, decimal);
            order = OrderRows();
            order.id = id.toByteArray();
            for (int cell = 0; cell < CellCount; ++cell)
                order.cells[cell] = reader.field(cellColumns[cell]).trimmed().toByteArray();
        }
        for (int cell = 0; cell < CellCount; ++cell) {
            const QByteArrayView value = reader.field(cellColumns[cell]).trimmed();
            order.whole = order.whole && (value.isEmpty() || value == QByteArrayView(order.cells[cell]));
        }
        const RecordConverter::FieldAccess fieldAt = [&reader](int column) { return reader.field(column); };
        switch (converter.convertOrderLine(fieldAt, reader.fieldCount(), reader.recordLine(), text, record,
                                           rejection)) {
        case RecordConverter::Conversion::Accepted:
            ++order.accepted;
            if (record.quantity.isNegative() || !record.gross)
                order.whole = false;
            else
                order.items += record.gross->units();
            break;
        case RecordConverter::Conversion::NotSold:
        case RecordConverter::Conversion::Voided:
            ++order.leftOut;
            break;
        case RecordConverter::Conversion::Rejected:
            order.whole = false;
            break;
        case RecordConverter::Conversion::Skipped:
        case RecordConverter::Conversion::TotalsRow:
        case RecordConverter::Conversion::NoSale:
        case RecordConverter::Conversion::ServiceCharge:
        case RecordConverter::Conversion::OrderSummary:
        case RecordConverter::Conversion::ExportFooter:
        case RecordConverter::Conversion::OtherTransaction:
            break;
        }
        return true;
    });
    if (!read)
        return read.error();
    coupons.close(order, decimal);
    coupons.decide();
    return coupons;
}

// An order read whole: a coupon order's figures are kept for decide(), an order without a coupon shows
// whether Total includes tax (or, paid in part by gift card, what the gift card paid).
void WixCoupons::close(const OrderRows &order, char decimalSeparator)
{
    if (m_export == Export::SquareOnline)
        return closeSquareOnline(order, decimalSeparator);
    if (order.accepted == 0)
        return; // no order open, or one the import leaves out (Not paid)
    const bool coupon = !order.cells[Coupon].isEmpty();
    if (coupon)
        ++m_couponOrders;
    Money cells[CellCount];
    bool read =
        order.whole && order.leftOut == 0 && !order.cells[Total].isEmpty() && inFixedPointRange(order.items);
    for (int cell = GiftCardAmount; read && cell < CellCount; ++cell) {
        if (order.cells[cell].isEmpty())
            continue;
        const Result<Money> parsed = csv::parseMoney(order.cells[cell], decimalSeparator);
        read = bool(parsed);
        if (read)
            cells[cell] = parsed.value();
    }
    const __int128 rest =
        order.items + cells[ShippingRate].units() + cells[AdditionalFees].units() - cells[Total].units();
    if (!read || !inFixedPointRange(rest)) {
        if (coupon)
            m_unknown[Unread] << order.id;
        return;
    }
    const Money left = Money::fromUnits(qint64(rest));
    const Money tax = cells[TotalTax];
    const Money giftCard = cells[GiftCardAmount];
    if (coupon) {
        m_candidates.push_back({order.id, Money::fromUnits(qint64(order.items)), left, tax, giftCard});
    } else if (giftCard.isZero()) {
        ++m_plainOrders;
        const bool included = addsUp(left);
        const bool excluded = addsUp(left + tax);
        m_included = m_included && included;
        m_excluded = m_excluded && excluded;
        // The first order that adds up one way only, and the first that adds up neither way.
        if (included && !excluded && m_includedOnly.isEmpty())
            m_includedOnly = order.id;
        else if (excluded && !included && m_excludedOnly.isEmpty())
            m_excludedOnly = order.id;
        else if (!included && !excluded && m_neither.isEmpty())
            m_neither = order.id;
    } else {
        ++m_giftCardOrders;
        for (int excluded = 0; excluded < 2; ++excluded) {
            for (int outside = 0; outside < 2; ++outside)
                m_giftCardFits[excluded][outside] =
                    m_giftCardFits[excluded][outside] &&
                    addsUp(left + (excluded ? tax : Money()) - (outside ? giftCard : Money()));
        }
    }
}

bool WixCoupons::taxMode(int excluded) const
{
    return m_plainOrders > 0 && (excluded ? m_excluded : m_included);
}

// Each coupon order's amount under every way of reading Total the orders without a coupon allow; one amount
// when they all agree (tax 0, or one way only), else none.
void WixCoupons::decide()
{
    QHash<QByteArray, int> seen; // an order whose rows lie apart in the file reads as two
    for (const CouponOrder &c : m_candidates)
        ++seen[c.id];
    for (const QByteArray &id : std::as_const(m_unknown[Unread]))
        ++seen[id];
    for (const CouponOrder &c : m_candidates) {
        if (seen.value(c.id) > 1) {
            if (!m_unknown[Unread].contains(c.id)) {
                m_unknown[Unread] << c.id;
                m_couponOrders += m_export == Export::SquareOnline ? 1 : 0; // Wix's counted as it closed
            }
            continue;
        }
        if (m_export == Export::SquareOnline) {
            decideSquareOnline(c);
            continue;
        }
        if (!taxMode(0) && !taxMode(1))
            continue; // sentences() says why for all of them
        std::optional<Money> amount;
        bool differ = false;
        for (int excluded = 0; excluded < 2; ++excluded) {
            for (int outside = 0; taxMode(excluded) && outside < (c.giftCard.isZero() ? 1 : 2); ++outside) {
                if (!c.giftCard.isZero() && (m_giftCardOrders == 0 || !m_giftCardFits[excluded][outside]))
                    continue;
                const Money a = c.rest + (excluded ? c.tax : Money()) - (outside ? c.giftCard : Money());
                differ = differ || (amount && *amount != a);
                amount = a;
            }
        }
        if (differ && taxMode(0) && taxMode(1) && !c.tax.isZero())
            m_unknown[TaxOpen] << c.id;
        else if (!amount || differ)
            m_unknown[GiftCard] << c.id;
        else if (amount->isNegative() || *amount > c.items)
            m_unknown[NotFitting] << c.id;
        else
            m_workedOut.insert(c.id, WorkedOutCoupon{*amount, c.items});
    }
    m_candidates.clear();
    m_candidates.shrink_to_fit();
}

const WorkedOutCoupon *WixCoupons::find(QByteArrayView orderId) const
{
    const auto it = m_workedOut.constFind(QByteArray::fromRawData(orderId.data(), orderId.size()));
    return it == m_workedOut.constEnd() ? nullptr : &it.value();
}

void WixCoupons::settle(qint64 carriedOrders, Money carried, const QList<QByteArray> &notCarried)
{
    m_carriedOrders = carriedOrders;
    m_carried = carried;
    m_unknown[Unread] << notCarried;
}

QStringList WixCoupons::sentences(const QString &fileName) const
{
    return m_export == Export::SquareOnline ? squareOnlineSentences(fileName) : wixSentences(fileName);
}

QString WixCoupons::ordersNamed(Unknown kind) const
{
    return orderCount(m_unknown[kind].size()) + QStringLiteral(" (") + orderList(m_unknown[kind]) +
           QLatin1Char(')');
}

QStringList WixCoupons::wixSentences(const QString &fileName) const
{
    QStringList out;
    if (m_carriedOrders > 0) {
        const QString orders = orderCount(m_carriedOrders);
        const QString amount = QLocale().toString(m_carried.toDouble(), 'f', 2);
        out << (taxMode(0) && taxMode(1)
                    ? WixCouponsText::tr(
                          "Coupon amounts worked out from each order's Total (no order charged "
                          "tax): %1, %2 in all.")
                : taxMode(1) ? WixCouponsText::tr("Coupon amounts worked out from each order's Total "
                                                  "(prices exclude tax): %1, %2 in all.")
                             : WixCouponsText::tr("Coupon amounts worked out from each order's Total "
                                                  "(prices include tax): %1, %2 in all."))
                   .arg(orders, amount);
    }
    if (m_couponOrders > 0 && !taxMode(0) && !taxMode(1)) {
        if (m_plainOrders == 0)
            out << WixCouponsText::tr("%1: no coupon amount could be worked out, because no order without a "
                                      "coupon shows whether Total includes tax.")
                       .arg(fileName);
        else if (!m_neither.isEmpty())
            out << WixCouponsText::tr("%1: no coupon amount could be worked out, because order %2, without a "
                                      "coupon, adds up to its Total neither with its tax nor without it, so "
                                      "the file does not show whether Total includes tax.")
                       .arg(fileName, QString::fromUtf8(m_neither));
        else
            out << WixCouponsText::tr(
                       "%1: no coupon amount could be worked out, because the orders without a "
                       "coupon disagree on whether Total includes tax: order %2's includes its "
                       "tax, order %3's does not.")
                       .arg(fileName, QString::fromUtf8(m_includedOnly), QString::fromUtf8(m_excludedOnly));
    }
    if (!m_unknown[NotFitting].isEmpty())
        out << WixCouponsText::tr(
                   "%1: for %2 the coupon amount worked out from the Total is below 0 or above "
                   "the order's items: it does not fit and is left out.")
                   .arg(fileName, ordersNamed(NotFitting));
    if (!m_unknown[GiftCard].isEmpty())
        out << WixCouponsText::tr(
                   "%1: %2 paid in part with a gift card, and no order without a coupon shows "
                   "whether Total includes what a gift card paid: their coupon amounts are not "
                   "worked out.")
                   .arg(fileName, ordersNamed(GiftCard));
    if (!m_unknown[TaxOpen].isEmpty())
        out << WixCouponsText::tr("%1: %2 charged tax while the orders without a coupon charged none, so the "
                                  "file does not show whether Total includes tax: their coupon amounts are "
                                  "not worked out.")
                   .arg(fileName, ordersNamed(TaxOpen));
    if (!m_unknown[Unread].isEmpty())
        out << WixCouponsText::tr("%1: the rows of %2 do not read as one order (a row rejected or apart from "
                                  "the others, or figures that differ between its rows): their coupon "
                                  "amounts are not worked out.")
                   .arg(fileName, ordersNamed(Unread));
    return out;
}

} // namespace storelens::core
