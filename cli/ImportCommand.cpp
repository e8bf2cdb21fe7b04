#include "cli/CliFormat.h"
#include "cli/CliSupport.h"
#include "cli/ImportMapOption.h"
#include "cli/ImportMatchOptions.h"
#include "core/csv/Dialect.h"
#include "core/import/EntityDetector.h"
#include "core/import/FieldCatalog.h"
#include "core/import/Importer.h"
#include "core/import/MappingSuggester.h"
#include "core/import/ShippingColumn.h"
#include "core/model/DisplayNames.h"
#include "core/model/SourceNames.h"
#include "core/store/Currency.h"
#include "core/store/Workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <climits>
#include <functional>

namespace storelens::cli {

using namespace storelens::core;

namespace {

const QString kWorkspace = QStringLiteral("workspace");
const QString kEntity = QStringLiteral("entity");
const QString kProfile = QStringLiteral("profile");
const QString kOnError = QStringLiteral("on-error");
const QString kDryRun = QStringLiteral("dry-run");
const QString kDateOrder = QStringLiteral("date-order");
const QString kDecimal = QStringLiteral("decimal");
const QString kSaveProfile = QStringLiteral("save-profile");
const QString kMap = QStringLiteral("map");
const QString kRejections = QStringLiteral("rejections");
const QString kNotProduct = QStringLiteral("not-a-product");
const QString kNoPrices = QStringLiteral("no-prices");
const QString kOrdersWithoutId = QStringLiteral("orders-without-id");
const QString kLineTotal = QStringLiteral("line-total");
const QString kOrderMoney = QStringLiteral("order-money");
const QString kShipping = QStringLiteral("shipping");
const QString kOrderDiscount = QStringLiteral("order-discount");
const QString kSource = QStringLiteral("source");
const QString kReplace = QStringLiteral("replace");
const QString kGuestIds = QStringLiteral("guest-ids");
const QString kCancelStatus = QStringLiteral("cancel-status");
const QString kNotSoldStatus = QStringLiteral("not-sold-status");
const QString kChannel = QStringLiteral("channel");
const QString kCustomersByEmail = QStringLiteral("customers-by-email");

// The header and first rows do not tell what the file holds: the user names it.
int refuseUnclearEntity(const QString &file, const EntityGuess &guess, CliStreams &io)
{
    QStringList likely; // as options: an entity's key in a sentence of another language reads as a typo
    for (Entity e : guess.candidates())
        likely << QStringLiteral("--entity ") + entityKey(e);
    io.err << (likely.isEmpty()
                   ? CliText::tr("%1: StoreLens cannot tell what this file holds.").arg(file)
                   : CliText::tr("%1: StoreLens cannot tell what this file holds (likeliest first: %2).")
                         .arg(file, likely.mid(0, 3).join(QStringLiteral(", "))))
           << '\n'
           << CliText::tr("Name it with --entity orders, customers, products, inventory, traffic, staffing "
                          "or marketing. Nothing was imported.")
           << '\n';
    return InputRejected;
}

// Money with the workspace's currency code ("19,713.67 USD", "19.713,67 USD" in German), as the kpi table
// writes it; plain when none is known.
QString moneyText(const Money &m, const QString &currency)
{
    return cliMoney(m, currency);
}

// The currency of the workspace after the import (a first import of order lines stores the one it guesses),
// or for a dry run the one the import would store. Read before a dry run's new workspace is removed.
QString importCurrency(const QString &workspace, const QString &file, const ImportProfile &p)
{
    QString code;
    {
        Connection connection(workspace);
        if (connection.isOpen())
            code = core::workspaceCurrency(connection.db());
    }
    if (code.isEmpty() && p.entity == Entity::Orders) {
        code = core::guessFileCurrency(file);
        if (code.isEmpty())
            code = core::localeCurrency();
    }
    return code;
}

// Order lines: what the import did to the source's lines, with the money of each group.
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
                      "%n order(s) already in the workspace are now marked refunded or cancelled (%1): "
                      "each becomes a return, dated on the refund date the file gives or else on the "
                      "order's day, so the months of those orders change.",
                      nullptr, int(r.amounts.laterRefundOrders))
                      .arg(money(r.amounts.laterRefunds))
               << '\n';
    if (!r.replace && r.notInFile.count == 1)
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
    if (!p.columnFor(field::RefundAmount).isEmpty() && r.refundOrders == 0)
        io.out << CliText::tr("Refunds (\"%1\"): none beyond the orders whose status already makes them "
                              "returns.")
                      .arg(p.columnFor(field::RefundAmount))
               << '\n';
    else if (!p.columnFor(field::RefundAmount).isEmpty())
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
    if (!r.refundsLeftOut.isZero())
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

void print(const ImportReport &r, const ImportProfile &p, const QString &currency,
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
    if (const QString match = core::customerMatchSentence(r.customerMatch); !match.isEmpty()) {
        // None linked is a warning: the file's details reach no order.
        if (r.customerMatch.matching == 0)
            io.err << CliText::tr("Warning: %1").arg(match) << '\n';
        else
            io.out << match << '\n';
    }
    if (r.entity == Entity::Orders && r.firstDate.isValid()) {
        // Lines without prices have unknown amounts: with no priced line at all, no sum is 0.
        const bool unpriced = r.unpricedLines == r.counts.total();
        const QString noPrices = CliText::tr("no prices imported");
        io.out << CliText::tr("Dates: %1 to %2; orders %3; gross sales %4; net sales %5")
                      .arg(cliDate(r.firstDate), cliDate(r.lastDate), c.toString(r.orders),
                           unpriced ? noPrices : moneyText(r.grossSales, currency),
                           unpriced ? noPrices : moneyText(r.netSales, currency))
               << '\n';
        printAmounts(r, p, currency, shippingLeftOut, io);
        printDiscountOverlap(r, p, currency, io);
        printLineChanges(r, currency, io);
    }
    io.out << CliText::tr("Data quality:") << '\n';
    for (const QString &sentence : r.quality.sentences())
        io.out << QStringLiteral("  - ") << sentence << '\n';
    if (r.placeholderCustomer)
        io.out << QStringLiteral("  - ") << r.placeholderCustomer->sentence() << '\n'
               << CliText::tr("To import their lines as guest sales, import again with --guest-ids \"%1\" "
                              "(--save-profile keeps it for the next export).")
                      .arg(r.placeholderCustomer->customerId)
               << '\n';
    if (const QString emailKeys = r.emailKeyMatch.sentence(); !emailKeys.isEmpty())
        io.out << QStringLiteral("  - ") << emailKeys << '\n';
    if (r.markedNotProducts > 0)
        io.out << CliText::tr("Marked \"not a product\": %1 products.").arg(c.toString(r.markedNotProducts))
               << '\n';
    else if (!r.quality.feeSkus.isEmpty())
        io.out << CliText::tr("To mark the fee-like SKUs, import again with --not-a-product \"%1\"")
                      .arg(r.quality.feeSkuCodes().join(QLatin1Char(',')))
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

// The file's shipping column the import left out (unmappedShippingColumn()), read from the preview the
// suggestion used, or from the file's head with a profile given.
QString shippingLeftOut(const QString &file, const ImportProfile &p, std::optional<FilePreview> preview)
{
    if (p.entity != Entity::Orders || !p.columnFor(field::Shipping).isEmpty())
        return {};
    if (!preview) {
        auto read = previewFile(file, p.dialect);
        if (!read)
            return {};
        preview = std::move(read).value();
    }
    return unmappedShippingColumn(*preview, p);
}

// Two columns name the same field ("quantity" twice): taking the first would be a silent guess. Each contest
// is named with both columns; the way out is a profile that says which column to use.
int refuseContestedFields(const QString &file, Entity entity, const QList<ContestedField> &contested,
                          bool profileSaved, CliStreams &io)
{
    for (const ContestedField &f : contested) {
        QStringList columns;
        for (qsizetype i = 0; i < f.columns.size(); ++i)
            columns << CliText::tr("column %1 \"%2\"").arg(f.columns.at(i) + 1).arg(f.headers.at(i));
        const FieldSpec *spec = findField(entity, f.field);
        io.err << Error(
                      ErrorCode::MissingField,
                      CliText::tr("%1 both name the field %2, and nothing in the file tells which one holds "
                                  "it. Nothing was imported.")
                          .arg(columns.size() == 2
                                   ? CliText::tr("%1 and %2").arg(columns.at(0), columns.at(1))
                                   : columns.join(QStringLiteral(", ")),
                               spec ? fieldLabel(*spec) : f.field),
                      file, 1, f.columns.constFirst() + 1)
                      .toString()
               << '\n';
    }
    io.err << (profileSaved
                   ? CliText::tr("The suggested profile was saved: set the field of the column to use "
                                 "(and clear the other), then import with --profile.")
                   : CliText::tr("Save the suggested profile with --save-profile, set the field of the "
                                 "column to use (and clear the other), then import with --profile."))
           << '\n';
    return InputRejected;
}

// --cancel-status VALUE (repeatable): status values that mark a cancellation, added to the profile's.
bool addCancelStatusValues(const QStringList &values, ImportProfile &profile, CliStreams &io)
{
    if (values.isEmpty())
        return true;
    if (profile.entity != Entity::Orders || profile.columnFor(field::Status).isEmpty()) {
        io.err << CliText::tr("--cancel-status names values of the status column, and no column is mapped to "
                              "the status; map one with --map \"COLUMN=status\".")
               << '\n';
        return false;
    }
    for (const QString &value : values) {
        const QString v = value.trimmed();
        if (v.isEmpty()) {
            io.err << CliText::tr("--cancel-status takes a status value, such as \"Cancelado\".") << '\n';
            return false;
        }
        const bool known = std::any_of(
            profile.cancelStatusValues.cbegin(), profile.cancelStatusValues.cend(),
            [&v](const QString &known) { return known.trimmed().compare(v, Qt::CaseInsensitive) == 0; });
        if (!known)
            profile.cancelStatusValues << v;
    }
    return true;
}

// --not-sold-status VALUE (repeatable): status values whose orders took no payment (trial 16: Tiendanube's
// "Pendiente" before StoreLens knew it), added to the profile's; such a value is no cancellation.
bool addNotSoldStatusValues(const QStringList &values, ImportProfile &profile, CliStreams &io)
{
    if (values.isEmpty())
        return true;
    if (profile.entity != Entity::Orders || profile.columnFor(field::Status).isEmpty()) {
        io.err << CliText::tr("--not-sold-status names values of the status column, and no column is mapped "
                              "to the status; map one with --map \"COLUMN=status\".")
               << '\n';
        return false;
    }
    const auto same = [](const QString &v) {
        return [v](const QString &known) { return known.trimmed().compare(v, Qt::CaseInsensitive) == 0; };
    };
    for (const QString &value : values) {
        const QString v = value.trimmed();
        if (v.isEmpty()) {
            io.err << CliText::tr("--not-sold-status takes a status value, such as \"Pendiente\".") << '\n';
            return false;
        }
        profile.cancelStatusValues.removeIf(same(v));
        if (std::none_of(profile.notSoldStatusValues.cbegin(), profile.notSoldStatusValues.cend(), same(v)))
            profile.notSoldStatusValues << v;
    }
    return true;
}

void addImportOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(CliText::tr("file"), CliText::tr("The CSV file to import."));
    const QCommandLineOption workspace(kWorkspace, CliText::tr("The workspace file (created when missing)."),
                                       CliText::tr("path"));
    const QCommandLineOption entity(
        kEntity,
        CliText::tr("What the file holds: orders, customers, products, inventory, traffic, "
                    "staffing or marketing (default: detected from the header and values)."),
        CliText::tr("entity"));
    const QCommandLineOption profile(kProfile, CliText::tr("An import profile (JSON) to apply."),
                                     CliText::tr("profile.json"));
    const QCommandLineOption onError(
        kOnError,
        CliText::tr("abort: the first bad row cancels the import (default); skip: bad rows "
                    "are left out and listed, the rest is imported."),
        QStringLiteral("abort|skip"), QStringLiteral("abort"));
    const QCommandLineOption dryRun(
        kDryRun, CliText::tr("Check the whole file and count new, updated and unchanged rows without "
                             "changing the workspace."));
    const QCommandLineOption dateOrder(
        kDateOrder, CliText::tr("The order of day and month in dates, when the file leaves it open."),
        QStringLiteral("dmy|mdy|ymd"));
    const QCommandLineOption decimal(
        kDecimal, CliText::tr("The decimal separator of the numbers, when the file leaves it open."),
        QStringLiteral(".|,"));
    const QCommandLineOption map(
        kMap,
        CliText::tr("Map a column to a field by its key, or leave it out with an empty "
                    "key (repeatable): \"Einzelpreis brutto=unit_price\". An order ID in two columns (a "
                    "till's series and number): \"Serie=order_series\" beside \"Número=order_id\" makes "
                    "ticket T1/5."),
        CliText::tr("COLUMN=FIELD"));
    const QCommandLineOption saveProfile(kSaveProfile,
                                         CliText::tr("Save the profile used (suggested or given) as JSON."),
                                         CliText::tr("profile.json"));
    const QCommandLineOption rejections(
        kRejections, CliText::tr("With --on-error skip: write the rejected rows to this CSV file."),
        CliText::tr("rejected.csv"));
    const QCommandLineOption notProduct(
        kNotProduct,
        CliText::tr("Mark these SKUs (comma-separated; fees, postage, adjustments) \"not a product\": their "
                    "lines stay in sales, the products leave product rankings."),
        CliText::tr("SKU,SKU"));
    const QCommandLineOption noPrices(
        kNoPrices,
        CliText::tr("Import order lines from a file without any price (a till log): orders, units and "
                    "customers count, money KPIs say \"no prices imported\"."));
    const QCommandLineOption ordersWithoutId(
        kOrdersWithoutId,
        CliText::tr("For a file without an order id: row (each row is an order, the default) or "
                    "customer-day (one order per customer per day)."),
        QStringLiteral("row|customer-day"));
    const QCommandLineOption lineTotal(
        kLineTotal,
        CliText::tr("Whether the line total column is before or after the line's discount (default: "
                    "from the profile or the column's name)."),
        QStringLiteral("before-discount|after-discount"));
    const QCommandLineOption orderMoney(
        kOrderMoney,
        CliText::tr("Order-level discounts and shipping: spread exactly over each order's lines (default) "
                    "or leave them out."),
        QStringLiteral("spread|leave-out"));
    const QCommandLineOption shipping(
        kShipping,
        CliText::tr("A column mapped as shipping: left out of sales (default: shipping is not sales) or "
                    "spread over each order's lines as sales."),
        QStringLiteral("sales|left-out"));
    // Shopify's Discount Amount is the order's whole discount, its Lineitem discounts included.
    const QCommandLineOption orderDiscount(
        kOrderDiscount,
        CliText::tr("Order lines with an order discount and a line discount column: whether the order "
                    "discount includes its lines' discounts (only the rest is spread) or is separate from "
                    "them (default: includes-lines for Shopify's Discount Amount beside Lineitem discount, "
                    "else separate)."),
        QStringLiteral("includes-lines|separate"));
    const QCommandLineOption source(
        kSource,
        CliText::tr("Order lines: the system the export comes from (the till, the web shop, an ERP "
                    "export); an order is its source and its order id (default: the profile's source, "
                    "else the system of an export StoreLens recognises, such as \"Squarespace\", else "
                    "\"Web shop\" for a web shop's export and \"Till\" for any other; \"Default\" "
                    "while the workspace holds lines imported into it)."),
        CliText::tr("name"));
    const QCommandLineOption replace(
        kReplace,
        CliText::tr("Order lines: the file is the truth for its source on the days it covers (its first "
                    "to last day): lines of that source on those days that the file no longer holds are "
                    "removed. Without it nothing is ever removed."));
    const QCommandLineOption guestIds(
        kGuestIds,
        CliText::tr("Order lines: customer ids or e-mail addresses (comma-separated) that stand for no one, "
                    "such as a till's placeholder on every walk-in sale: their lines are imported as guest "
                    "sales, without a customer."),
        CliText::tr("ID,ID"));
    const QCommandLineOption cancelStatus(
        kCancelStatus,
        CliText::tr("Order lines: a value of the status column that marks a cancelled or refunded order "
                    "(repeatable), besides the usual ones (cancelled, refunded, Cancelado, Annulé, ...): "
                    "its orders count as a sale and a return."),
        CliText::tr("VALUE"));
    const QCommandLineOption notSoldStatus(
        kNotSoldStatus,
        CliText::tr(
            "Order lines: a value of the status column that means the order was not paid (repeatable), "
            "besides the usual ones (pending, failed, Pendiente, ...): its orders are left out."),
        CliText::tr("VALUE"));
    // Trial 14: the wizard asks for the channel of a file without one, and the command line could not say it,
    // so the same web shop file was "Online" from the window and "In store" from the command line.
    const QCommandLineOption channel(
        kChannel,
        CliText::tr("Order lines: the channel of lines the file gives none (default: \"Online\" for a web "
                    "shop's export StoreLens recognises, else \"In store\")."),
        CliText::tr("name"));
    // Trial 16: a till's customer number beside the e-mail address or phone number of the same person in the
    // web shop, whichever file came first.
    const QCommandLineOption customersByEmail(
        kCustomersByEmail,
        CliText::tr("Order lines with an e-mail or phone column: a line's customer becomes the workspace's "
                    "customer with its e-mail address or, without one, its phone number (else the address "
                    "keys it, or the id without one), so that a person the till and the web shop both know "
                    "counts once."));
    parser.addOptions({workspace, entity,      profile,    map,      onError,         dryRun,    dateOrder,
                       decimal,   saveProfile, rejections, noPrices, ordersWithoutId, lineTotal, orderMoney,
                       source,    replace,     notProduct, guestIds, cancelStatus,    channel});
    parser.addOption(notSoldStatus);
    parser.addOption(customersByEmail);
    parser.addOption(orderDiscount);
    parser.addOption(shipping);
    addImportMatchOptions(parser);
}

// `storelens import FILE --workspace W [...]`: the headless importer from the command line.
int runImport(const QCommandLineParser &parser, CliStreams &io)
{
    int exitCode = Success;
    if (!requireOption(parser, QStringLiteral("workspace"), io, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        io.err << CliText::tr("Name exactly one CSV file to import.") << '\n';
        return BadUsage;
    }
    const QString file = parser.positionalArguments().constFirst();

    std::optional<Entity> chosenEntity;
    if (parser.isSet(kEntity)) {
        chosenEntity = entityFromKey(parser.value(kEntity));
        if (!chosenEntity) {
            io.err << CliText::tr("Unknown --entity \"%1\".").arg(parser.value(kEntity)) << '\n';
            return BadUsage;
        }
    }
    ImportOptions options;
    if (parser.value(kOnError) == QLatin1String("skip")) {
        options.onError = ErrorPolicy::Skip;
    } else if (parser.value(kOnError) != QLatin1String("abort")) {
        io.err << CliText::tr("--on-error takes abort or skip.") << '\n';
        return BadUsage;
    }
    options.dryRun = parser.isSet(kDryRun);
    options.replace = parser.isSet(kReplace);
    for (const QString &list : parser.values(kNotProduct)) {
        for (const QString &sku : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
            options.notProducts << sku.trimmed();
    }

    ImportProfile chosen;
    QList<ContestedField> contested; // suggested mappings nothing in the file justifies
    std::optional<FilePreview> preview;
    if (parser.isSet(kProfile)) {
        auto loaded = ImportProfile::load(parser.value(kProfile));
        if (!loaded)
            return reportError(loaded.error(), io);
        chosen = loaded.value();
    } else {
        auto read = previewFile(file);
        if (!read)
            return reportError(read.error(), io);
        preview = std::move(read).value();
        if (!chosenEntity) {
            const EntityGuess guess = detectEntity(*preview);
            if (!guess.clear)
                return refuseUnclearEntity(file, guess, io);
        }
        chosen = suggestProfile(*preview, chosenEntity);
        contested = contestedFields(*preview, chosen);
    }
    if (!applyColumnMaps(parser.values(kMap), chosen, contested, io))
        return BadUsage;
    if (parser.isSet(kDateOrder)) {
        const auto order = dateOrderFromKey(parser.value(kDateOrder));
        if (!order || *order == csv::DateOrder::Unknown) {
            io.err << CliText::tr("--date-order takes dmy, mdy or ymd.") << '\n';
            return BadUsage;
        }
        chosen.dateOrder = *order;
    }
    if (parser.isSet(kDecimal)) {
        const QString separator = parser.value(kDecimal);
        if (separator != QLatin1String(".") && separator != QLatin1String(",")) {
            io.err << CliText::tr("--decimal takes . or ,.") << '\n';
            return BadUsage;
        }
        chosen.decimalSeparator = separator.at(0).toLatin1();
        chosen.decimalSeparatorOpen = false;
    }
    if (parser.isSet(kNoPrices))
        chosen.noPrices = true;
    // The two-way choices: the first value sets true, the second false.
    const struct
    {
        const QString &option;
        QLatin1String first;
        QLatin1String second;
        QString problem;
        std::function<void(bool first)> set;
    } choices[] = {
        {kOrdersWithoutId, QLatin1String("row"), QLatin1String("customer-day"),
         CliText::tr("--orders-without-id takes row or customer-day."),
         [&chosen](bool row) {
             chosen.ordersWithoutId = row ? OrdersWithoutId::PerRow : OrdersWithoutId::PerCustomerDay;
         }},
        {kLineTotal, QLatin1String("after-discount"), QLatin1String("before-discount"),
         CliText::tr("--line-total takes before-discount or after-discount."),
         [&chosen](bool after) { chosen.lineTotalAfterDiscount = after; }},
        {kShipping, QLatin1String("sales"), QLatin1String("left-out"),
         CliText::tr("--shipping takes sales or left-out."),
         [&chosen](bool sales) { chosen.shippingInSales = sales; }},
        {kOrderMoney, QLatin1String("spread"), QLatin1String("leave-out"),
         CliText::tr("--order-money takes spread or leave-out."),
         [&chosen](bool spread) { chosen.spreadOrderMoney = spread; }},
        {kOrderDiscount, QLatin1String("includes-lines"), QLatin1String("separate"),
         CliText::tr("--order-discount takes includes-lines or separate."),
         [&chosen](bool includes) { chosen.orderDiscountIncludesLines = includes; }},
    };
    for (const auto &choice : choices) {
        if (!parser.isSet(choice.option))
            continue;
        const QString v = parser.value(choice.option);
        if (v != choice.first && v != choice.second) {
            io.err << choice.problem << '\n';
            return BadUsage;
        }
        choice.set(v == choice.first);
    }
    if (parser.isSet(kSource)) {
        if (parser.value(kSource).trimmed().isEmpty()) {
            io.err << CliText::tr("--source takes a name.") << '\n';
            return BadUsage;
        }
        chosen.source = parser.value(kSource).trimmed(); // "Kasse" is the till's "Till" (importSource())
    }
    if (parser.isSet(kChannel)) {
        if (parser.value(kChannel).trimmed().isEmpty() || chosen.entity != Entity::Orders) {
            io.err << CliText::tr("--channel takes a name, for order lines.") << '\n';
            return BadUsage;
        }
        chosen.defaultChannel = core::canonicalStoreChannelName(parser.value(kChannel));
    }
    for (const QString &list : parser.values(kGuestIds)) {
        for (const QString &id : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!id.trimmed().isEmpty() && !chosen.guestCustomerIds.contains(id.trimmed()))
                chosen.guestCustomerIds << id.trimmed();
        }
    }
    if (!addCancelStatusValues(parser.values(kCancelStatus), chosen, io))
        return BadUsage;
    if (!addNotSoldStatusValues(parser.values(kNotSoldStatus), chosen, io))
        return BadUsage;
    if (parser.isSet(kCustomersByEmail)) {
        if (chosen.entity != Entity::Orders || (chosen.columnFor(field::CustomerEmail).isEmpty() &&
                                                chosen.columnFor(field::CustomerPhone).isEmpty())) {
            io.err << CliText::tr("--customers-by-email needs an e-mail or phone column; map one with --map "
                                  "\"COLUMN=customer_email\" or --map \"COLUMN=customer_phone\".")
                   << '\n';
            return BadUsage;
        }
        chosen.customersByEmail = true;
    }
    if (const int status = applyImportMatchOptions(parser, parser.value(kWorkspace), !parser.isSet(kProfile),
                                                   chosen, options, io);
        status != Success)
        return status;
    if (parser.isSet(kSaveProfile)) {
        if (auto saved = chosen.save(parser.value(kSaveProfile)); !saved)
            return reportError(saved.error(), io);
    }
    if (!contested.isEmpty())
        return refuseContestedFields(file, chosen.entity, contested, parser.isSet(kSaveProfile), io);
    // A workspace this command creates is removed again when the import fails or is a dry run.
    const QString workspacePath = parser.value(kWorkspace);
    const bool existed = QFileInfo::exists(workspacePath) || QFileInfo(workspacePath).isSymLink();
    const auto removeNew = [&] {
        if (existed)
            return;
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(workspacePath + QLatin1String(suffix));
    };
    auto workspaceFile = Workspace::open(workspacePath, true);
    if (!workspaceFile) {
        removeNew();
        return reportError(workspaceFile.error(), io);
    }
    options.newWorkspace = !existed;

    Result<ImportReport> report = ImportReport();
    {
        // The import holds the session's write lock, as the GUI's does: no settings write runs beside it.
        session::WorkspaceSession session(workspaceFile->path());
        session.runExclusive([&] { report = Importer::run(workspaceFile->path(), file, chosen, options); });
    }
    const QString currency = report ? importCurrency(workspaceFile->path(), file, chosen) : QString();
    if (!report || options.dryRun)
        removeNew();
    if (!report) {
        const int status = reportError(report.error(), io);
        if (report.error().code() == ErrorCode::MissingField)
            io.err << columnMapHint(chosen) << '\n';
        return status;
    }
    print(report.value(), chosen, currency, shippingLeftOut(file, chosen, preview), io);
    printImportMatches(report.value(), chosen, io);
    if (parser.isSet(kRejections) && !report->rejections.isEmpty()) {
        if (auto saved = Importer::saveRejections(report->rejections, parser.value(kRejections)); !saved)
            return reportError(saved.error(), io);
    }
    return Success;
}

} // namespace

std::unique_ptr<CliCommand> makeImportCommand()
{
    return makeCommand({QStringLiteral("import"),
                        QT_TRANSLATE_NOOP("storelens::cli", "Import a CSV export into a workspace."),
                        [] {
                            return CliText::tr("storelens import: reads a CSV export (orders, customers, "
                                               "products, inventory, traffic, staffing or marketing spend) "
                                               "into a workspace, in one transaction. Without --profile the "
                                               "columns are mapped from the header names, and what the file "
                                               "holds is read from its header and values; when that is not "
                                               "clear, name it with --entity. Exit status: 0 imported, 1 "
                                               "bad usage, 2 input rejected (the message names file, line, "
                                               "column and reason, or the --entity choices; nothing is "
                                               "imported).");
                        },
                        addImportOptions},
                       runImport);
}

} // namespace storelens::cli
