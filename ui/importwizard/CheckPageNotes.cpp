// The Check page's notes on what the amounts rest on (METRICS.md section 1): line totals read against the
// file's own rows, order discounts that include their lines', rates mapped as money, lines without prices.
// Members of CheckPage, apart from CheckPage.cpp to keep files small.
#include "ui/importwizard/CheckPage.h"

#include "core/import/FieldCatalog.h"
#include "core/import/LineTotalEvidence.h"
#include "core/import/ProfileHeader.h"
#include "core/import/UnreadMoney.h"
#include "core/import/WebShopEvidence.h"
#include "core/model/DisplayNames.h"
#include "core/model/SourceNames.h"
#include "ui/common/Formatting.h"
#include "ui/importwizard/ColumnAnalysis.h"
#include "ui/importwizard/ImportWizard.h"

#include <QLocale>

namespace storelens::ui {

namespace {

// Line totals read the other way than the file's own discounted rows say (core/import/LineTotalEvidence.h).
QString lineTotalEvidenceText(const core::FilePreview &preview, const core::ImportProfile &profile)
{
    const core::LineTotalEvidence evidence = core::lineTotalEvidence(preview, profile);
    if (!evidence.contradicts(profile))
        return {};
    const QString column = profile.columnFor(core::field::LineTotal).toHtmlEscaped();
    const int rows = int(std::min<qint64>(evidence.rows, std::numeric_limits<int>::max()));
    return QStringLiteral("<br>") +
           (evidence.says == core::LineTotalEvidence::Says::AfterDiscount
                ? CheckPage::tr(
                      "<span style=\"color:#b00020\"><b>Check the line totals:</b> %1 is read as "
                      "before the line discount, but on %n discounted row(s) of the file it is the "
                      "amount after the discount (such as %2): each discount would be taken off twice. "
                      "Go back and choose \"after the line discount\".</span>",
                      nullptr, rows)
                : CheckPage::tr("<span style=\"color:#b00020\"><b>Check the line totals:</b> %1 is read as "
                                "after the line discount, but on %n discounted row(s) of the file it is the "
                                "amount before the discount (such as %2): each discount would stay in net "
                                "sales. Go back and "
                                "choose \"before the line discount\".</span>",
                                nullptr, rows))
               .arg(column, evidence.example.toHtmlEscaped());
}

} // namespace

// An order discount that includes its lines' discounts (Shopify's Discount Amount beside Lineitem discount,
// core::ImportProfile::orderDiscountIncludesLines): the part that is on the lines already, once, and the
// orders whose line discounts are more than the order's.
QString CheckPage::discountOverlapText(const core::ImportReport &report,
                                       const core::ImportProfile &profile) const
{
    if (!profile.orderDiscountIncludesLines || !profile.spreadOrderMoney)
        return {};
    const QString order = profile.columnFor(core::field::OrderDiscount).toHtmlEscaped();
    const QString line = profile.columnFor(core::field::Discount).toHtmlEscaped();
    QString text;
    if (!report.lineDiscountsInOrders.isZero())
        text += QStringLiteral("<br>") +
                tr("The order discounts (%1) include their lines' discounts (%2): %3 of them is on the lines "
                   "already and counts once.")
                    .arg(order, line, m_wizard->money(report.lineDiscountsInOrders));
    if (report.ordersBelowLineDiscounts > 0)
        text +=
            QStringLiteral("<br>") +
            tr("<span style=\"color:#b00020\"><b>Check the discounts:</b> in %n order(s) (such as order %1) "
               "the lines' discounts (%2) are more than the order's discount (%3); the lines' discounts "
               "count.</span>",
               nullptr, int(report.ordersBelowLineDiscounts))
                .arg(report.orderBelowLineDiscountsExample.toHtmlEscaped(), line, order);
    return text;
}

// What the amounts of the order lines rest on (METRICS.md section 1), and a warning for rates mapped as
// money.
QString CheckPage::amountNotes(const core::ImportReport &report) const
{
    const QLocale locale;
    const core::ImportProfile &profile = m_wizard->profile();
    QString text;
    if (report.adviseDiscountRate())
        text += QStringLiteral("<br>") +
                tr("<span style=\"color:#b00020\"><b>Check the discounts:</b> every discount in \"%1\" is "
                   "below 1. If they are rates (0.2 = 20 %), go back and map the column as \"%2\"; as "
                   "money, 0.2 is subtracted as 0.20.</span>")
                    .arg(profile.columnFor(core::field::Discount).toHtmlEscaped(),
                         core::fieldLabel(*core::findField(core::Entity::Orders, core::field::DiscountRate)));
    if (report.adviseDiscountPercent())
        text +=
            QStringLiteral("<br>") +
            tr("<span style=\"color:#b00020\"><b>Check the discounts:</b> on %n line(s) the discount in "
               "\"%1\" is larger than the line itself. If the column holds percentages (20 = 20 %), go "
               "back and map it as \"%2\".</span>",
               nullptr, int(std::min<qint64>(report.discountsAboveLine, INT_MAX)))
                .arg(profile.columnFor(core::field::Discount).toHtmlEscaped(),
                     core::fieldLabel(*core::findField(core::Entity::Orders, core::field::DiscountPercent)));
    if (report.discountLooksOrderLevel())
        text += QStringLiteral("<br>") +
                tr("<span style=\"color:#b00020\"><b>Check the discounts:</b> in each of the %1 orders of "
                   "several lines with a discount (such as order %2), every line carries the same discount "
                   "in \"%3\". If it is the order's discount repeated on each line, go back and map the "
                   "column as \"%4\"; as a line discount, it is counted %5 too often.</span>")
                    .arg(report.multiLineDiscountOrders)
                    .arg(report.repeatedDiscountExample.toHtmlEscaped(),
                         profile.columnFor(core::field::Discount).toHtmlEscaped(),
                         core::fieldLabel(*core::findField(core::Entity::Orders, core::field::OrderDiscount)),
                         m_wizard->money(report.repeatedDiscountExcess));
    if (report.discountLooksOncePerOrder())
        text +=
            QStringLiteral("<br>") +
            tr("<span style=\"color:#b00020\"><b>Check the discounts:</b> in each of the %1 orders of "
               "several lines with a discount (such as order %2), only the first line carries a discount "
               "in \"%3\". If it is the order's discount, given once per order, go back and map the "
               "column as \"%4\": it is then spread over the order's lines.</span>")
                .arg(report.multiLineDiscountOrders)
                .arg(report.firstLineDiscountExample.toHtmlEscaped(),
                     profile.columnFor(core::field::Discount).toHtmlEscaped(),
                     core::fieldLabel(*core::findField(core::Entity::Orders, core::field::OrderDiscount)));
    // Only what a column feeds is named: an unmapped shipping column is not "shipping 0.00" (METRICS.md:
    // unknown is never shown as zero).
    const QString discountColumn = profile.columnFor(core::field::OrderDiscount);
    const QString mappedShipping = profile.columnFor(core::field::Shipping);
    // Shipping is not sales: a mapped column is named with its money, and spread only when asked for.
    const bool shippingCounted = profile.spreadOrderMoney && !profile.shippingInSales;
    const QString shippingColumn = shippingCounted ? QString() : mappedShipping;
    QStringList columns{discountColumn, shippingColumn};
    columns.removeAll(QString());
    const QString orderLevel = columns.join(QLatin1String(", "));
    if (!profile.spreadOrderMoney && !orderLevel.isEmpty())
        text += QStringLiteral("<br>") +
                tr("Order-level money (%1) is left out.").arg(orderLevel.toHtmlEscaped());
    else if (!discountColumn.isEmpty() && !shippingColumn.isEmpty())
        text += QStringLiteral("<br>") +
                tr("Order-level money (%1) is spread over each order's lines: order discounts %2, "
                   "shipping %3.")
                    .arg(orderLevel.toHtmlEscaped(), m_wizard->money(report.orderDiscountsSpread),
                         m_wizard->money(report.shippingSpread));
    else if (!discountColumn.isEmpty())
        text += QStringLiteral("<br>") +
                tr("Order discounts (%1) are spread over each order's lines: %2.")
                    .arg(orderLevel.toHtmlEscaped(), m_wizard->money(report.orderDiscountsSpread));
    else if (!shippingColumn.isEmpty())
        text += QStringLiteral("<br>") +
                tr("Shipping (%1) is spread over each order's lines: %2.")
                    .arg(orderLevel.toHtmlEscaped(), m_wizard->money(report.shippingSpread));
    if (!mappedShipping.isEmpty() && shippingCounted)
        text += QStringLiteral("<br>") +
                tr("Shipping (%1) is left out: %2; shipping is not sales.")
                    .arg(mappedShipping.toHtmlEscaped(), m_wizard->money(report.shippingLeftOut));
    text += discountOverlapText(report, profile);
    text += lineTotalEvidenceText(m_wizard->preview(), profile);
    // Shipping is not sales and is never suggested: the column left out is named (trial 15). An order total
    // that holds the shipping already (Shopware's amount_total, the data-quality notes say so) has none.
    if (report.entity == core::Entity::Orders) {
        const QString unmapped = ColumnAnalysis::unmappedShippingColumn(m_wizard->preview(), profile);
        if (!unmapped.isEmpty())
            text += QStringLiteral("<br>") +
                    tr("Shipping (%1) is left out: shipping is not sales.").arg(unmapped.toHtmlEscaped());
        // Money left unread is never silent (trial 20: Ecwid's coupon_discount).
        for (const core::UnreadMoneyColumn &u : core::unreadMoneyColumns(m_wizard->preview(), profile))
            text += QStringLiteral("<br><b>%1</b>").arg(u.sentence().toHtmlEscaped());
    }
    // Without a channel column every line goes to one channel: a web shop's to "Online", a till's to "In
    // store" (core::suggestProfile()).
    // Refunds of earlier orders are in their orders' stores and channels.
    const bool ownStoreAndChannel = report.entity == core::Entity::Orders && !profile.refundsOfEarlierOrders;
    if (ownStoreAndChannel && profile.columnFor(core::field::Channel).isEmpty()) {
        const QString channel = profile.defaultChannel.trimmed().isEmpty() ? core::defaultChannelName()
                                                                           : profile.defaultChannel.trimmed();
        text += QStringLiteral("<br>") +
                tr("The file has no channel column: every line is counted in the channel \"%1\".")
                    .arg(core::storeChannelDisplayName(channel).toHtmlEscaped());
        // Why a file of no known system is a web shop's (trial 20: an Ecwid export taken for a till's).
        if (report.source == core::webShopSourceName() && channel == core::webShopChannelName())
            text += QLatin1Char(' ') +
                    core::webShopColumnsSentence(core::profileHeader(profile), report.source, channel)
                        .toHtmlEscaped();
    }
    // A web shop's lines without a store column are counted in its online shop (trial 16).
    if (ownStoreAndChannel && profile.columnFor(core::field::Store).isEmpty() &&
        !profile.defaultStore.trimmed().isEmpty())
        text += QStringLiteral("<br>") +
                tr("The file has no store column: every line is counted in the store \"%1\".")
                    .arg(core::storeChannelDisplayName(profile.defaultStore.trimmed()).toHtmlEscaped());
    // Refunds of earlier orders: the page's first line says what they came to (showReport()).
    const QString refundColumn =
        profile.refundsOfEarlierOrders ? QString() : profile.columnFor(core::field::RefundAmount);
    // Trial 14b: "counted as returns: 0.00, of 0 orders" read like an error when every refund was a status's.
    if (report.entity == core::Entity::Orders && !refundColumn.isEmpty() && report.refundOrders == 0)
        text += QStringLiteral("<br>") +
                tr("Refunds (%1): none beyond the orders whose status already makes them returns.")
                    .arg(refundColumn.toHtmlEscaped());
    else if (report.entity == core::Entity::Orders && !refundColumn.isEmpty())
        text += QStringLiteral("<br>") +
                (report.refundOrders == 1
                     ? tr("Refunds (%1) are counted as returns: %2, of 1 order whose status does not say "
                          "refunded.")
                           .arg(refundColumn.toHtmlEscaped(), m_wizard->money(report.refunds))
                     : tr("Refunds (%1) are counted as returns: %2, of %3 orders whose status does not say "
                          "refunded.")
                           .arg(refundColumn.toHtmlEscaped(), m_wizard->money(report.refunds),
                                formatCount(report.refundOrders, locale)));
    if (!report.refundsLeftOut.isZero() && !profile.refundsOfEarlierOrders)
        text += QStringLiteral("<br>") +
                tr("%1 of refunds beyond their orders' sales is left out: it refunded tax or shipping, which "
                   "are not sales.")
                    .arg(m_wizard->money(report.refundsLeftOut));
    if (report.unpricedLines > 0)
        text += QStringLiteral("<br>") +
                tr("%1 lines have no price: orders, units and customers count, money figures say \"no prices "
                   "imported\" for them.")
                    .arg(formatCount(report.unpricedLines, locale));
    return text;
}

} // namespace storelens::ui
