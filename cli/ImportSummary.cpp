#include "cli/ImportSummary.h"

#include "cli/CliFormat.h"
#include "cli/CliSupport.h"
#include "core/import/EarlierOrders.h"
#include "core/import/FieldCatalog.h"
#include "core/import/GiftCards.h"
#include "core/import/ShippingColumn.h"
#include "core/model/DisplayNames.h"
#include "core/model/SourceNames.h"

#include <QLocale>

#include <algorithm>

namespace storelens::cli {

using namespace storelens::core;

namespace {

// Money with the workspace's currency code ("19,713.67 USD", "19.713,67 USD" in German), as the kpi table
// writes it; plain when none is known.
QString moneyText(const Money &m, const QString &currency)
{
    return cliMoney(m, currency);
}

void printLineChanges(const ImportReport &r, const QString &currency, CliStreams &io)
{
    const auto money = [&currency](const Money &m) { return moneyText(m, currency); };
    const QLocale c; // the command line's language (CliFormat.h): "4 964" as the money beside it
    io.out << CliText::tr("Source \"%1\": lines added %2 (%3); changed %4 (%5 before, %6 after); "
                          "unchanged %7 (%8); removed %9 (%10)")
                  .arg(sourceDisplayName(r.source))
                  .arg(c.toString(r.counts.added))
                  .arg(money(r.amounts.added))
                  .arg(c.toString(r.counts.updated))
                  .arg(money(r.amounts.changedBefore), money(r.amounts.changedAfter))
                  .arg(c.toString(r.counts.unchanged))
                  .arg(money(r.amounts.unchanged))
                  .arg(c.toString(r.counts.removed))
                  .arg(money(r.amounts.removed))
           << '\n';
    if (r.amounts.laterRefundOrders > 0)
        io.out << CliText::tr(
                      "%n order(s) already in the workspace have new refunds or cancellations (%1): "
                      "each refund becomes a return, dated on the refund date the file gives or else on the "
                      "order's day, so the months of those orders change.",
                      nullptr, int(r.amounts.laterRefundOrders))
                      .arg(money(r.amounts.laterRefunds))
               << '\n';
    if (r.otherSource.likely()) // not a re-export: --replace would remove orders the file never held
        io.err << CliText::tr("Warning: %1").arg(r.otherSource.sentence()) << ' '
               << CliText::tr("(--source names it; --replace is refused for such a file.)") << '\n';
    else if (!r.replace && r.notInFile.count == 1)
        io.out << CliText::tr("1 line (%1) of source \"%2\" from %3 to %4 is not in this file; it was "
                              "kept. If the file is a re-export of those days, import it with --replace "
                              "to remove it.")
                      .arg(money(r.notInFile.amount), sourceDisplayName(r.source), cliDate(r.coveredFrom),
                           cliDate(r.coveredTo))
               << '\n';
    else if (!r.replace && r.notInFile.count > 1)
        io.out << CliText::tr("%1 lines (%2) of source \"%3\" from %4 to %5 are not in this file; they "
                              "were kept. If the file is a re-export of those days, import it with "
                              "--replace to remove them.")
                      .arg(r.notInFile.count)
                      .arg(money(r.notInFile.amount), sourceDisplayName(r.source), cliDate(r.coveredFrom),
                           cliDate(r.coveredTo))
               << '\n';
}

// How the amounts were read (METRICS.md section 1): line totals, rates, lines without prices, and the
// shipping column left out (`shippingLeftOut`, unmappedShippingColumn()).
void printAmounts(const ImportReport &r, const ImportProfile &p, const QString &currency,
                  const QString &shippingLeftOut, CliStreams &io)
{
    const auto money = [&currency](const Money &m) { return moneyText(m, currency); };
    const QLocale c; // the command line's language (CliFormat.h)
    // Said only where the file has a discount: without one (PrestaShop's orders list) "gross = total +
    // discount" explains nothing (trial 12b).
    const bool discounted = !p.columnFor(field::Discount).isEmpty() ||
                            !p.columnFor(field::DiscountRate).isEmpty() ||
                            !p.columnFor(field::DiscountPercent).isEmpty();
    if (!p.columnFor(field::LineTotal).isEmpty() && p.columnFor(field::UnitPrice).isEmpty() && discounted)
        io.out << (p.lineTotalAfterDiscount
                       ? CliText::tr("Line totals (\"%1\") are after the line discount: gross = total + "
                                     "discount.")
                       : CliText::tr("Line totals (\"%1\") are before the line discount."))
                      .arg(p.columnFor(field::LineTotal))
               << '\n';
    if (!p.columnFor(field::DiscountRate).isEmpty())
        io.out
            << CliText::tr("Discounts (\"%1\") are rates (0.2 = 20 %).").arg(p.columnFor(field::DiscountRate))
            << '\n';
    if (!p.columnFor(field::DiscountPercent).isEmpty())
        io.out << CliText::tr("Discounts (\"%1\") are percentages (20 = 20 %).")
                      .arg(p.columnFor(field::DiscountPercent))
               << '\n';
    if (r.adviseDiscountPercent())
        io.err << CliText::tr(
                      "Warning: on %n line(s) the discount in \"%1\" is larger than the line itself; if "
                      "the column holds percentages (20 = 20 %), map it with --map \"%1=discount_percent\".",
                      nullptr, int(std::min<qint64>(r.discountsAboveLine, INT_MAX)))
                      .arg(p.columnFor(field::Discount))
               << '\n';
    if (r.adviseDiscountRate())
        io.err << CliText::tr("Warning: every discount in \"%1\" is below 1; if they are rates (0.2 = 20 %), "
                              "map the column as a discount rate.")
                      .arg(p.columnFor(field::Discount))
               << '\n';
    if (r.discountLooksOrderLevel())
        io.err << CliText::tr(
                      "Warning: every line of each of the %1 discounted orders of several lines (such as "
                      "order %2) carries the same discount in \"%3\"; if it is the order's discount "
                      "repeated on each line, map the column as the order discount (it is counted %4 "
                      "too often now).")
                      .arg(r.multiLineDiscountOrders)
                      .arg(r.repeatedDiscountExample, p.columnFor(field::Discount),
                           money(r.repeatedDiscountExcess))
               << '\n';
    if (r.discountLooksOncePerOrder())
        io.err << CliText::tr("Warning: in each of the %1 discounted orders of several lines (such as order "
                              "%2) only the first line carries a discount in \"%3\"; if it is the order's "
                              "discount, given once per order, map it with --map \"%3=order_discount\" (it "
                              "is then spread over the order's lines).")
                      .arg(r.multiLineDiscountOrders)
                      .arg(r.firstLineDiscountExample, p.columnFor(field::Discount))
               << '\n';
    QStringList orderLevel;
    for (const QString &key : {field::OrderDiscount, field::Shipping}) {
        if (!p.columnFor(key).isEmpty() &&
            (key != field::Shipping || p.shippingInSales || !p.spreadOrderMoney))
            orderLevel << p.columnFor(key);
    }
    if (!orderLevel.isEmpty() && p.spreadOrderMoney) {
        // Only the mapped columns are named: "shipping 0.00" for a file without shipping read as a total.
        QStringList spread;
        if (!p.columnFor(field::OrderDiscount).isEmpty())
            spread << CliText::tr("order discounts %1").arg(money(r.orderDiscountsSpread));
        if (!p.columnFor(field::Shipping).isEmpty() && p.shippingInSales)
            spread << CliText::tr("shipping %1").arg(money(r.shippingSpread));
        io.out << CliText::tr("Order-level money (%1) was spread over each order's lines: %2.")
                      .arg(orderLevel.join(QLatin1String(", ")), spread.join(QLatin1String(", ")))
               << '\n';
    } else if (!orderLevel.isEmpty())
        io.out
            << CliText::tr("Order-level money (%1) was left out.").arg(orderLevel.join(QLatin1String(", ")))
            << '\n';
    if (!shippingLeftOut.isEmpty())
        io.out << CliText::tr("Shipping (%1) was left out: shipping is not sales.").arg(shippingLeftOut)
               << '\n';
    if (!p.columnFor(field::Shipping).isEmpty() && !p.shippingInSales && p.spreadOrderMoney)
        io.out << CliText::tr(
                      "Shipping (%1) was left out: %2; shipping is not sales (--shipping sales counts "
                      "it in).")
                      .arg(p.columnFor(field::Shipping), money(r.shippingLeftOut))
               << '\n';
    if (!r.orderMoneyNotSpread.isZero())
        io.out << CliText::tr(
                      "%1 of order-level money was left out: its orders have no sale line to carry it.")
                      .arg(money(r.orderMoneyNotSpread))
               << '\n';
    // Refunds of earlier orders: printImportSummary() said what they came to.
    const bool refundColumn = !p.columnFor(field::RefundAmount).isEmpty() && !p.refundsOfEarlierOrders;
    if (refundColumn && r.refundOrders == 0)
        io.out << CliText::tr("Refunds (\"%1\"): none beyond the orders whose status already makes them "
                              "returns.")
                      .arg(p.columnFor(field::RefundAmount))
               << '\n';
    else if (refundColumn)
        io.out
            << (r.refundOrders == 1
                    ? CliText::tr("Refunds (\"%1\") counted as returns: %2, of 1 order whose status does not "
                                  "say refunded.")
                          .arg(p.columnFor(field::RefundAmount), money(r.refunds))
                    : CliText::tr("Refunds (\"%1\") counted as returns: %2, of %3 orders whose status does "
                                  "not say refunded.")
                          .arg(p.columnFor(field::RefundAmount), money(r.refunds))
                          .arg(r.refundOrders))
            << '\n';
    if (!r.refundsLeftOut.isZero() && !p.refundsOfEarlierOrders)
        io.out << CliText::tr("%1 of refunds beyond their orders' sales was left out: it refunded tax or "
                              "shipping, which are not sales.")
                      .arg(money(r.refundsLeftOut))
               << '\n';
    if (r.unpricedLines == 1)
        io.out << CliText::tr("1 line has no price: money KPIs say \"no prices imported\" for it.") << '\n';
    else if (r.unpricedLines > 1)
        io.out << CliText::tr("%1 lines have no price: money KPIs say \"no prices imported\" for them.")
                      .arg(c.toString(r.unpricedLines))
               << '\n';
}

// ImportProfile::orderDiscountIncludesLines: how much of the order discounts was their lines' own, and the
// orders whose line discounts were more than the order's discount.
void printDiscountOverlap(const ImportReport &r, const ImportProfile &p, const QString &currency,
                          CliStreams &io)
{
    if (!p.orderDiscountIncludesLines || !p.spreadOrderMoney)
        return;
    const QString order = p.columnFor(field::OrderDiscount);
    const QString line = p.columnFor(field::Discount);
    if (!r.lineDiscountsInOrders.isZero())
        io.out << CliText::tr(
                      "The order discounts (%1) include their lines' discounts (%2): %3 of them is on "
                      "the lines already and counts once (--order-discount separate counts both).")
                      .arg(order, line, moneyText(r.lineDiscountsInOrders, currency))
               << '\n';
    if (r.ordersBelowLineDiscounts > 0)
        io.err << CliText::tr(
                      "Warning: in %n order(s) (such as order %1) the lines' discounts (%2) are more than "
                      "the order's discount (%3); the lines' discounts count.",
                      nullptr, int(r.ordersBelowLineDiscounts))
                      .arg(r.orderBelowLineDiscountsExample, line, order)
               << '\n';
}

// The fee-like SKUs still in sales that are tips (DataQualityCollector::looksLikeTip()).
QStringList tipSkus(const DataQuality &q)
{
    QStringList tips;
    for (const DataQuality::FeeSku &f : q.feeSkus) {
        if (DataQualityCollector::looksLikeTip(f.sku.toUtf8(), f.name.toUtf8()))
            tips << f.sku;
    }
    return tips;
}

// The SKUs left out of sales as tips by the profile (ImportProfile::leaveTipsOut), not named by --not-sales.
QStringList tipsLeftOut(const DataQuality &q, const ImportProfile &p)
{
    QStringList tips;
    for (const DataQuality::FeeSku &f : q.notSales) {
        if (p.leaveTipsOut && !p.notSalesSkus.contains(f.sku.trimmed()) &&
            DataQualityCollector::looksLikeTip(f.sku.toUtf8(), f.name.toUtf8()))
            tips << f.sku;
    }
    return tips;
}

// The SKUs left out of sales as gift cards sold by the profile (ImportProfile::leaveGiftCardsOut), not tips
// and not named by --not-sales.
QStringList giftCardsLeftOut(const DataQuality &q, const ImportProfile &p)
{
    QStringList cards;
    for (const DataQuality::FeeSku &f : q.notSales) {
        const QByteArray sku = f.sku.toUtf8();
        const QByteArray name = f.name.toUtf8();
        if (p.leaveGiftCardsOut && !p.notSalesSkus.contains(f.sku.trimmed()) &&
            !(p.leaveTipsOut && DataQualityCollector::looksLikeTip(sku, name)) &&
            looksLikeGiftCardSold(sku, name))
            cards << f.sku;
    }
    return cards;
}

} // namespace

void printImportSummary(const ImportReport &r, const ImportProfile &p, const QString &currency,
                        const QString &shippingLeftOut, CliStreams &io)
{
    const QLocale c; // the command line's language (CliFormat.h)
    io.out << (r.dryRun ? CliText::tr("Dry run of %1 (%2): nothing was changed.")
                        : CliText::tr("Imported %1 (%2)."))
                  .arg(r.file, entityDisplayName(r.entity))
           << '\n';
    io.out << (r.entity == Entity::Orders
                   ? CliText::tr(
                         "Rows read: %1; order lines new: %2; updated: %3; unchanged: %4; rejected: %5")
                   : CliText::tr("Rows read: %1; new: %2; updated: %3; unchanged: %4; rejected: %5"))
                  .arg(c.toString(r.rowsRead))
                  .arg(c.toString(r.counts.added))
                  .arg(c.toString(r.counts.updated))
                  .arg(c.toString(r.counts.unchanged))
                  .arg(c.toString(r.rejectedCount))
           << '\n';
    // A file of refunds of earlier orders (eBay's transaction report) says what it was, in words.
    if (const QString refunds =
            earlierRefundsHeadline(r, p, [&currency](const Money &m) { return moneyText(m, currency); });
        !refunds.isEmpty())
        io.out << refunds << '\n';
    if (const QString match = core::customerMatchSentence(r.customerMatch); !match.isEmpty()) {
        // None linked is a warning: the file's details reach no order.
        if (r.customerMatch.matching == 0)
            io.err << CliText::tr("Warning: %1").arg(match) << '\n';
        else
            io.out << match << '\n';
    }
    if (r.entity == Entity::Orders && r.firstDate.isValid()) {
        // Lines without prices have unknown amounts: with no priced line at all, no sum is 0.
        const bool unpriced = r.noPricesImported();
        const QString noPrices = CliText::tr("no prices imported");
        const auto sum = [&](const Money &m) { return unpriced ? noPrices : moneyText(m, currency); };
        io.out << CliText::tr("Dates: %1 to %2; orders %3; gross sales %4; discounts %5; returns %6; net "
                              "sales %7")
                      .arg(cliDate(r.firstDate), cliDate(r.lastDate), c.toString(r.orders), sum(r.grossSales),
                           sum(r.discounts), sum(r.returns), sum(r.netSales))
               << '\n';
        printAmounts(r, p, currency, shippingLeftOut, io);
        for (const QString &item :
             r.quality.notSalesItems([&currency](const Money &m) { return moneyText(m, currency); }))
            io.out << CliText::tr("Left out of sales: %1.").arg(item) << '\n';
        printDiscountOverlap(r, p, currency, io);
        printLineChanges(r, currency, io);
    }
    io.out << CliText::tr("Data quality:") << '\n';
    for (const QString &sentence :
         r.quality.sentences([&currency](const Money &m) { return moneyText(m, currency); }))
        io.out << QStringLiteral("  - ") << sentence << '\n';
    if (r.placeholderCustomer)
        io.out << QStringLiteral("  - ") << r.placeholderCustomer->sentence() << '\n'
               << CliText::tr("To import their lines as guest sales, import again with --guest-ids \"%1\" "
                              "(--save-profile keeps it for the next export).")
                      .arg(r.placeholderCustomer->customerId)
               << '\n';
    if (const QString emailKeys = r.emailKeyMatch.sentence(EmailKeyMatch::Where::CommandLine);
        !emailKeys.isEmpty())
        io.out << QStringLiteral("  - ") << emailKeys << '\n';
    if (r.markedNotProducts > 0)
        io.out << CliText::tr("Marked \"not a product\": %1 products.").arg(c.toString(r.markedNotProducts))
               << '\n';
    else if (!r.quality.feeSkus.isEmpty())
        io.out << CliText::tr("To mark the fee-like SKUs, import again with --not-a-product \"%1\"")
                      .arg(r.quality.feeSkuCodes().join(QLatin1Char(',')))
               << '\n';
    if (const QStringList tips = tipSkus(r.quality); !tips.isEmpty())
        io.out << CliText::tr(
                      "Tips are not the store's sales: to leave them out, import again with --not-sales "
                      "\"%1\" (--save-profile keeps it for the next export).")
                      .arg(tips.join(QLatin1Char(',')))
               << '\n';
    if (const QStringList tips = tipsLeftOut(r.quality, p); !tips.isEmpty())
        io.out << CliText::tr("Tips belong to the staff and are left out of sales (%1): to count them in "
                              "sales, import again with --keep-tips.")
                      .arg(tips.join(QStringLiteral(", ")))
               << '\n';
    if (const QStringList cards = giftCardsLeftOut(r.quality, p); !cards.isEmpty())
        io.out << CliText::tr(
                      "A gift card sold is a sale when it is spent, so gift cards are left out of sales "
                      "(%1): to count them when sold, import again with --keep-gift-cards.")
                      .arg(cards.join(QStringLiteral(", ")))
               << '\n';
    const int shown = std::min<int>(20, r.rejections.size());
    for (int i = 0; i < shown; ++i) {
        const Rejection &x = r.rejections.at(i);
        io.err << Error(ErrorCode::InvalidValue,
                        x.columnName.isEmpty() ? x.reason
                                               : CliText::tr("column \"%1\", value \"%2\": %3")
                                                     .arg(x.columnName, x.value, x.reason),
                        r.file, x.line, x.column)
                      .toString()
               << '\n';
    }
    if (r.rejectedCount > shown)
        io.err << CliText::tr("... and %1 more rejected rows.").arg(c.toString(r.rejectedCount - shown))
               << '\n';
}

} // namespace storelens::cli
