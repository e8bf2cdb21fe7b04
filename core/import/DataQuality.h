#pragma once

#include "core/import/OrderIdSpread.h"
#include "core/model/Money.h"
#include "core/store/HashSlots.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <vector>

namespace storelens::core {

struct ImportProfile;
struct OrderLineRecord;
struct Rejection;

// How often something happened in a file, and the first file line where it did.
struct QualityCount
{
    qint64 count = 0;
    qint64 firstLine = 0;

    void add(qint64 line)
    {
        if (count++ == 0)
            firstLine = line;
    }
};

// What made a line a return (METRICS.md section 1): StatusValue a line of an order whose status says it was
// refunded or cancelled (sold, then returned), RefundRow a row of its own whose status marks it as a refund
// (a till's "Refund" row: a return only, dated on the refund's day), StornoReceipt a DSFinV-K storno receipt
// of a negative amount (DsfinvkReceipts.h), LineRefund a sale line the export flags as refunded (sold, then
// returned: Clover's Refunded).
enum class ReturnCause { CancelPrefix, StatusValue, NegativeQuantity, RefundRow, StornoReceipt, LineRefund };
constexpr int ReturnCauseCount = 6;

// The data-quality summary of one import: what the file holds beside the rows themselves, in counts a store
// manager can check, each with an example line. Filled during the import pass (DataQualityCollector) and
// shown by the CLI's import output, the dry run and the import wizard's Check page.
struct DataQuality
{
    struct RejectionGroup
    {
        int column = 0; // 1-based; 0 when the whole row is at fault
        QString columnName;
        QualityCount lines;
        QString firstReason; // the first line's reason
    };
    // A SKU that looks like a fee or an adjustment rather than merchandise (postage, bank charges, ...).
    struct FeeSku
    {
        QString sku;
        QString name;
        QualityCount lines;
        Money netSales;
    };

    // A value of a column, with the lines that carry it.
    struct ValueCount
    {
        QString value; // as the export first wrote it, trimmed
        QualityCount lines;
    };

    // A status value, with the orders and lines that carry it.
    struct StatusCount
    {
        QString status; // as the export first wrote it, trimmed
        qint64 orders = 0;
        QualityCount lines;
        // Not-sold values only: orders of which other lines were imported (a till's voided item on a receipt
        // that was paid): their receipts stay orders, so the sentence counts lines.
        qint64 partOrders = 0;
        // Lines the export flags as voided (FieldCatalog.h's field::Voided): `status` is the flag's column,
        // `sales` what the lines would have added to sales (gross − discount).
        bool voided = false;
        Money sales;
    };

    qint64 linesRead = 0;      // data records, blank ones included
    qint64 imported = 0;       // lines accepted
    QualityCount blank;        // blank records, skipped
    QualityCount zeroQuantity; // order lines with quantity 0 and amount 0, skipped
    QualityCount totalsRows;   // a till's footer that sums the file ("Summe" without a date), skipped
    // Order lines left out because their order's status says no sale happened (failed, pending payment, ...),
    // by status, and lines flagged as voided (one entry, StatusCount::voided); and the status values
    // StoreLens does not know, whose lines count as sales.
    QList<StatusCount> notSold;
    QList<StatusCount> unknownStatuses;
    // The profile's cancellation values (ImportProfile::cancelStatusValues) on the file's sale lines, each
    // line a sale and a return (METRICS.md section 1): the Check page offers to leave one out as not sold
    // instead (a till's "Anulado": an item voided before payment, never charged).
    QList<StatusCount> cancelStatuses;
    // A DSFinV-K till's receipts that sold nothing (DsfinvkReceipts.h), left out, by the BON_TYP or BON_NAME
    // that says so (one row each).
    QList<ValueCount> noSaleReceipts;
    // Lines the export flags as a service charge in the column named here (Clover's), left out: no sale.
    QualityCount serviceCharges;
    QString serviceChargeColumn;
    // eBay's orders report (ExportStylesEbay.h): the summary rows of orders of several items (the order's
    // money, no item) and the footer, skipped.
    QualityCount orderSummaryRows;
    QualityCount exportFooterRows;
    // A file of refunds of earlier orders (ImportProfile::refundsOfEarlierOrders): its refunds, each a return
    // line on its order, and its rows of other types (eBay's Payout, Shipping label, …) left out, by type.
    QualityCount earlierRefunds;
    QList<ValueCount> otherTransactions;
    QList<RejectionGroup> rejected; // by column, in the order they first happened
    qint64 rejectedTotal = 0;

    // Order lines only.
    QualityCount guestLines;
    Money guestSales; // gross − discount of guest sale lines (METRICS.md: guest share)
    Money sales;      // gross − discount of all sale lines
    QualityCount returns[ReturnCauseCount];
    QString cancelPrefix;   // the profile's, for the sentence
    QualityCount zeroPrice; // lines with a unit price of 0
    QualityCount negativePrice;
    QualityCount fractionalQuantity; // lines sold by weight or length (0.385 kg): units add them to pieces
    QList<FeeSku> feeSkus;
    // Lines of the SKUs the profile leaves out of sales (ImportProfile::notSalesSkus: tips, deposits), by SKU
    // in the order first met: not imported. Their money is what the lines would have added to net sales.
    QList<FeeSku> notSales;
    // Orders marked partially refunded (first line): the order export holds no line of their refunds.
    QualityCount partialRefunds;
    // Orders whose refund amount (the profile's refund-amount column, named here) became a return line.
    QualityCount refundAmounts;
    QString refundColumn;
    // The column that flags a line as refunded (ReturnCause::LineRefund), which counts partial refunds.
    QString lineRefundColumn;
    // The file's system has a refunds export to import beside it (exportstyles::hasRefundsExport()): the
    // partial refunds' sentence asks for it only then.
    bool refundsExportExists = false;
    QualityCount futureDates; // lines dated after `today`
    QDate latestFutureDate;
    QDate today;

    // Orders files: no column holds order numbers (each row an order, numbered by its line), and no column
    // holds discounts while the line totals are before them (discounts count as 0).
    bool orderNumbersFromRows = false;
    bool noDiscountColumn = false;
    // Order ids whose sale lines lie on days apart or in several stores (OrderIdSpread.h).
    OrderIdSpread orderIdSpread;
    // What the file's export style cannot give (exportstyles::styleNotes()), said as it is.
    QStringList styleNotes;

    QualityCount duplicates; // records that repeat an earlier record exactly
    qint64 duplicateOf = 0;  // the line the first duplicate repeats

    qint64 notSoldLines() const;
    qint64 noSaleLines() const;
    qint64 notSalesLines() const;
    qint64 otherTransactionLines() const;

    // Plain sentences, each with a count and an example line; the first one always counts the lines. `money`
    // writes an amount as the caller shows money (without one: "170.50").
    QStringList sentences(const std::function<QString(const Money &)> &money = {}) const;
    // The voided lines left out (StatusCount::voided), or nullptr.
    const StatusCount *voidedLines() const;
    // The fee-like SKUs, for a "not a product" choice.
    QStringList feeSkuCodes() const;
    // One item per SKU left out of sales, "POURBOIRE (Pourboire): 128 lines, 162.50 €", with `money` writing
    // the amount as the caller shows money.
    QStringList notSalesItems(const std::function<QString(const Money &)> &money) const;
};

// Fills a DataQuality during the import pass, on the thread that reads the file: counters, a few examples and
// two open-addressing tables of 64-bit hashes (records for duplicates, SKUs seen), so a line costs a hash and
// a probe and allocates nothing.
class DataQualityCollector
{
public:
    explicit DataQualityCollector(const ImportProfile &profile, QDate today = QDate::currentDate());

    // One record of the file; `hash` is recordHash() of its fields. prefetch(hash) ahead of read() lets the
    // table's memory arrive while the record is converted.
    void read(qint64 line, quint64 hash);
    void prefetch(quint64 hash) const { m_records.prefetch(hash); }
    // Sizes the duplicate table for about this many records at once instead of doubling up to it.
    void expectRecords(qint64 records)
    {
        m_records.reserve(size_t(std::clamp<qint64>(records, 0, MaxExpected)));
    }
    void blank(qint64 line);
    void zeroQuantity(qint64 line) { m_quality.zeroQuantity.add(line); } // read() counted the record
    void totalsRow(qint64 line) { m_quality.totalsRows.add(line); }
    void serviceCharge(qint64 line) { m_quality.serviceCharges.add(line); }
    void orderSummaryRow(qint64 line) { m_quality.orderSummaryRows.add(line); }
    void exportFooterRow(qint64 line) { m_quality.exportFooterRows.add(line); }
    // A line of a SKU the profile leaves out of sales (ImportProfile::notSalesSkus); read() counted the
    // record.
    void notSalesLine(const OrderLineRecord &record, qint64 line);
    // A refund of an earlier order that became a return line, and a row of another type left out.
    void earlierRefund(qint64 line)
    {
        ++m_quality.imported;
        m_quality.earlierRefunds.add(line);
    }
    void otherTransaction(qint64 line, QByteArrayView type);
    // A line left out because its order's status (trimmed) says no sale happened.
    void notSold(qint64 line, QByteArrayView orderId, QByteArrayView status);
    // A line left out because the export flags it as voided (RecordConverter::Conversion::Voided).
    void voided(qint64 line, const OrderLineRecord &record);
    // A till's receipt left out because it sold nothing; `value` is its BON_TYP or BON_NAME that says so.
    void noSaleReceipt(qint64 line, QByteArrayView value);
    void rejected(const Rejection &rejection);
    // An accepted order line; `status` is the raw status field (empty without one). Its money (sales, guest
    // sales, a fee SKU's net sales) is counted here unless `moneyLater`: with order-level money spread over
    // the order's lines, the pipeline hands the lines to orderLineMoney() once their order is spread.
    // SameRecord: a further line of a record already counted (an item of a product-details cell).
    enum RecordCount { NewRecord, SameRecord };
    void orderLine(const OrderLineRecord &record, qint64 line, QByteArrayView status, bool moneyLater = false,
                   RecordCount count = NewRecord);
    void orderLineMoney(const OrderLineRecord &record);
    // The refund amount of the order that starts on `line` became a return line.
    void refundAmount(qint64 line) { m_quality.refundAmounts.add(line); }
    // An accepted line of another entity.
    void accepted() { ++m_quality.imported; }

    const DataQuality &quality() const { return m_quality; }

    // A 64-bit hash of a record's fields (their bytes and boundaries).
    template<typename FieldAt> static quint64 recordHash(const FieldAt &fieldAt, int fieldCount)
    {
        quint64 h = 0x9e3779b97f4a7c15ULL ^ quint64(fieldCount);
        for (int i = 0; i < fieldCount; ++i)
            h = fieldRounds(h, fieldAt(i));
        return avalanche(h); // once per record: the rounds already mix each word into all later ones
    }

    // Whether a SKU and its product name look like a fee or an adjustment rather than merchandise.
    static bool looksLikeFee(QByteArrayView sku, QByteArrayView name);
    // Whether a SKU or its product name is a tip (tip, gratuity, pourboire, Trinkgeld, propina, mancia,
    // fooi, ...): money for the staff, not the store's sales. Every tip looks like a fee too.
    static bool looksLikeTip(QByteArrayView sku, QByteArrayView name);

private:
    static constexpr qint64 MaxExpected = 64 * 1024 * 1024;
    // xxHash64-style rounds over a field's length and 8-byte words, and the final mix of its bits.
    static quint64 fieldRounds(quint64 h, QByteArrayView field);
    static quint64 avalanche(quint64 h);
    static quint64 mixField(quint64 h, QByteArrayView field) { return avalanche(fieldRounds(h, field)); }
    ReturnCause causeOf(const OrderLineRecord &record, QByteArrayView status) const;
    void countStatus(QList<DataQuality::StatusCount> &counts, qint64 line, QByteArrayView orderId,
                     QByteArrayView status);
    void addMoney(const OrderLineRecord &record, int fee); // fee: index into feeSkus, or -1

    DataQuality m_quality;
    QByteArray m_cancelPrefix;
    QStringList m_cancelStatusValues;
    HashSlots m_records;
    HashSlots m_skus;                // SKU hash -> index into feeSkus + 1, or 0 for merchandise
    QByteArray m_partialOrder;       // the last order counted in partialRefunds: an order counts once
    QSet<QByteArray> m_statusOrders; // status key + '\0' + order id of the orders counted in a StatusCount
    // Order id -> index into notSold of the orders with lines left out as not sold (the first status),
    // or -1 once the order is counted in partOrders.
    QHash<QByteArray, int> m_notSoldOrders;
    QByteArray m_voidColumn; // the profile's voided flag column, in UTF-8
    QByteArray m_lastStatus; // the last accepted line's status and whether it is unknown
    bool m_lastStatusUnknown = false;
    OrderIdSpreadCounter m_orderIdSpread; // into m_quality.orderIdSpread
    // A DSFinV-K receipts file has no quantity column: a return line of its own is a storno receipt.
    bool m_stornoReturns = false;
};

} // namespace storelens::core
