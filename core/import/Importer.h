#pragma once

#include "core/import/CustomerMatch.h"
#include "core/import/DataQuality.h"
#include "core/import/EmailKeyMatch.h"
#include "core/import/ImportProfile.h"
#include "core/import/OrderIdChange.h"
#include "core/import/OtherSource.h"
#include "core/import/PlaceholderCustomer.h"
#include "core/import/ProductNames.h"
#include "core/import/RecordConverter.h"
#include "core/model/Result.h"
#include "core/store/WorkspaceWriter.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>

namespace storelens::core {

enum class ErrorPolicy {
    Abort, // the first bad row cancels the whole import
    Skip,  // bad rows are left out and reported; the good rows land
};

struct ImportOptions
{
    ErrorPolicy onError = ErrorPolicy::Abort;
    bool dryRun = false; // validate and count new / updated / unchanged, then roll everything back
    // Order lines: the file is the truth for its source on the days it covers (its first to last order
    // date): lines of that source on those days that the file no longer holds are removed.
    bool replace = false;
    int maxListedRejections = 100000; // beyond this only the count grows
    // SKUs the user marked "not a product" (fees, postage, adjustments): their lines stay in sales, the
    // products leave product rankings. Products not in the workspace are ignored.
    QStringList notProducts;
    // Order lines: a file whose orders look like the source's stored ones under other order ids
    // (OrderIdChange.h) is refused, nothing imported, unless it replaces them or this is a dry run. The
    // command line asks for it; the wizard's Check page shows the warning before the user imports.
    bool refuseOrderIdChange = false;
    // Order lines: replace even when the file seems to come from another till or shop than its source
    // (OtherSource.h). Without it such a replace is refused, nothing imported: it would remove the source's
    // orders on the file's days, which the file never held.
    bool replaceOtherSource = false;
    // The caller created the workspace for this import and nothing else has it open (the CLI's import into a
    // new file): the import writes through a rollback journal, each page once, instead of the write-ahead
    // log, whose checkpoint copies every page a second time. A killed import leaves a hot journal that the
    // next open rolls back; the workspace is back in WAL mode when the import ends.
    bool newWorkspace = false;
};

struct ImportReport
{
    QString file;
    Entity entity = Entity::Orders;
    bool dryRun = false;
    // What the file told where the profile left it open ("detect from the whole file"): its date order and
    // decimal separator. A profile saved from the import keeps them (withFoundFormats()), so the next export
    // of the same till, dated 1 to 5 December, is read as this one was (trial 23it).
    std::optional<csv::DateOrder> dateOrderFound;
    std::optional<char> decimalSeparatorFound;
    qint64 rowsRead = 0; // data records in the file
    WriteCounts counts;  // rows accepted: new, updated, unchanged; order lines removed (replace)
    qint64 rejectedCount = 0;
    QList<Rejection> rejections;
    // Order lines only: the accepted lines' date range and totals (METRICS.md section 2).
    QDate firstDate;
    QDate lastDate;
    Money grossSales;         // Σ gross amount over sale lines
    Money discounts;          // Σ discount over sale lines
    Money returns;            // −Σ line amount over return lines (a positive number)
    Money netSales;           // Σ line amount over all lines
    qint64 unpricedLines = 0; // lines with an unknown amount (a file imported without prices)
    // Every accepted line has an unknown amount: the sums above are no figures ("no prices imported", never
    // 0).
    bool noPricesImported() const { return unpricedLines > 0 && unpricedLines == counts.total(); }
    // The file's orders with a sale line (METRICS.md section 2), an order's lines listed together as exports
    // list them (CustomerOrderCounts); the manager's check against the till's or shop's order count.
    qint64 orders = 0;
    // Order-level money spread over the orders' sale lines (ImportProfile::spreadOrderMoney), and the part of
    // orders that had no sale line to carry it (left out).
    Money orderDiscountsSpread;
    Money shippingSpread;
    Money shippingLeftOut; // a mapped shipping column's money left out of sales
                           // (ImportProfile::shippingInSales)
    Money orderMoneyNotSpread;
    // ImportProfile::orderDiscountIncludesLines: the orders' line discounts that were part of their order
    // discounts (not spread again), and the orders whose line discounts were more than their order discount
    // (their line discounts count; nothing more is spread), with one of them.
    Money lineDiscountsInOrders;
    qint64 ordersBelowLineDiscounts = 0;
    QString orderBelowLineDiscountsExample;
    // Order refund amounts (a refund-amount column) counted as return lines, the orders they are of, and the
    // part above an order's sales that was left out (tax and shipping refunded).
    Money refunds;
    qint64 refundOrders = 0;
    Money refundsLeftOut;
    // Coupon amounts worked out from the order Totals of a Wix export, or the Order Subtotals of a Square
    // Online one (WixCoupons.h), and spread over their orders' sale lines as discounts, and the orders they
    // are of.
    Money couponDiscounts;
    qint64 couponOrders = 0;
    // Lines with a money discount above 0, and how many of those are below 1: when every one is, the column
    // probably holds rates (0.2 = 20 %), which discountLooksLikeRate() tells.
    qint64 discountLines = 0;
    qint64 discountsBelowOne = 0;
    bool discountLooksLikeRate() const { return discountLines > 0 && discountsBelowOne == discountLines; }
    // Sale lines whose money discount is larger than the line: percentages (20 = 20 %) mapped as money.
    qint64 discountsAboveLine = 0;
    // Orders of two or more sale lines with a line discount, and those whose lines all carry the same one:
    // when every such order does (two or more of them), the column probably repeats the order's discount on
    // each line (Etsy's Discount Amount) and counts it once per line; discountLooksOrderLevel() tells, with
    // the excess (the repeats beyond the first line) and an example order.
    qint64 multiLineDiscountOrders = 0;
    qint64 sameDiscountOrders = 0;
    Money repeatedDiscountExcess;
    QString repeatedDiscountExample;
    bool discountLooksOrderLevel() const
    {
        return multiLineDiscountOrders >= 2 && sameDiscountOrders == multiLineDiscountOrders;
    }
    // Of those orders, the ones whose discount sits on the first line alone: when every such order has it
    // there (two or more of them), the column is the order's money given once per order (Squarespace's and
    // Shopify's Discount Amount) and discountLooksOncePerOrder() tells, with an example order. Such a
    // discount is larger than its first line where the order's other lines hold most of it: that is no sign
    // of percentages, so the rate and percentage advice is not given then (trial 15). The first line alone
    // is no evidence by itself: a till that takes a discount off one item of a basket, rung up first, looks
    // the same (trial 20: 60 such baskets were called order discounts). So at least one such order's
    // discount must be larger than its first line (`firstLineDiscountsAboveLine`), which no line's own
    // discount is.
    qint64 firstLineDiscountOrders = 0;
    qint64 firstLineDiscountsAboveLine = 0;
    QString firstLineDiscountExample;
    bool discountLooksOncePerOrder() const
    {
        return multiLineDiscountOrders >= 2 && firstLineDiscountOrders == multiLineDiscountOrders &&
               firstLineDiscountsAboveLine > 0;
    }
    // Whether to advise reading the discount column as rates or percentages: not for money given once per
    // order.
    bool adviseDiscountRate() const { return discountLooksLikeRate() && !discountLooksOncePerOrder(); }
    bool adviseDiscountPercent() const { return discountsAboveLine > 0 && !discountLooksOncePerOrder(); }
    // Order lines only: the source they belong to, the days the file covers (first to last order date; a
    // refund dated later does not widen it), the money of the added, changed, unchanged and removed lines,
    // and the lines of the source on the covered days that the file does not hold (removed with replace,
    // else kept).
    QString source;
    QDate coveredFrom;
    QDate coveredTo;
    LineAmounts amounts;
    UnmatchedLines notInFile;
    bool replace = false;
    // Accepted order lines dated after the computer's clock date (imported, but worth a look: METRICS.md
    // "Range checks"), and the first of those dates.
    qint64 futureLines = 0;
    QDate firstFutureDate;
    DataQuality quality; // what the file holds beside its rows, in plain sentences
    // Order lines: a customer holding an outsized share of the file's orders, likely a till's placeholder
    // for walk-in sales (PlaceholderCustomer.h); the Check page and the CLI offer to make them guests.
    std::optional<PlaceholderCustomer> placeholderCustomer;
    // Order lines with an e-mail or phone column: the file's customers who are already another customer of
    // the workspace by address or phone number (EmailKeyMatch.h); the Check page and the CLI offer to match
    // them.
    EmailKeyMatch emailKeyMatch;
    // Order lines: products without a code that have the name of a coded product (ProductNames.h), and the
    // file's orders found again under other order ids (OrderIdChange.h); the Check page and the CLI say so.
    ProductNameMatch productNames;
    OrderIdChange orderIdChange;
    // Order lines: the file seems to come from another till or shop than its source (OtherSource.h): replace
    // is not proposed, and the Check page and the CLI say so.
    OtherSource otherSource;
    qint64 markedNotProducts = 0; // products newly marked "not a product" (ImportOptions::notProducts)
    // Customers only: how many of the file's customers the order lines already imported name
    // (customerMatchSentence()).
    CustomerMatch customerMatch;
};

// The profile with what the import's file told where the profile left it open (ImportReport::dateOrderFound,
// decimalSeparatorFound): the profile a manager saves from an import, so that a later export whose dates or
// numbers alone cannot tell is read as this one was.
ImportProfile withFoundFormats(ImportProfile profile, const ImportReport &report);

// (bytes done, bytes total) -> false to cancel.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

// Imports one CSV file into a workspace: the whole file in one transaction that either lands or leaves the
// workspace exactly as it was (on a rejected row under ErrorPolicy::Abort, a database error, or
// cancellation). Used by the CLI, the import wizard and the tests alike. Safe to call from a worker thread.
class Importer
{
public:
    static Result<ImportReport> run(const QString &workspacePath, const QString &csvPath,
                                    const ImportProfile &profile, const ImportOptions &options = {},
                                    const ImportProgress &progress = {});

    // Writes rejected rows as CSV (line, column, column name, value, reason) for the user to fix.
    static Result<void> saveRejections(const QList<Rejection> &rejections, const QString &path);
};

} // namespace storelens::core
