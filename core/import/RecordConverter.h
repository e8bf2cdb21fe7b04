#pragma once

#include "core/import/DsfinvkReceipts.h"
#include "core/import/ExportStylesEbay.h"
#include "core/import/ImportProfile.h"
#include "core/model/EntitySink.h"
#include "core/model/Result.h"
#include "core/store/OrderLineRecord.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace storelens::core {

class EarlierOrders;
class KnownCustomers;
class ProductNames;
class TextArena;

// A row the import turned away, with where and why.
struct Rejection
{
    qint64 line = 0; // physical line where the record starts
    int column = 0;  // 1-based; 0 when the whole row is at fault
    QString columnName;
    QString value;
    QString reason; // translated sentence
};

// The running sums an import keeps over the workspace's stored order lines and the ones it accepted, so that
// the workspace stays inside the fixed-point range (METRICS.md section 1, "Range checks"; the snapshot loader
// checks the same sums).
struct OrderLineTotals
{
    __int128 amounts = 0;    // Σ|quantity × unit price| + Σ|discount|, ten-thousandths
    __int128 costs = 0;      // Σ|quantity × unit cost|
    __int128 quantities = 0; // Σ|quantity|, thousandths
};

// Turns CSV records into validated entities following an ImportProfile, and hands them to a sink.
class RecordConverter
{
public:
    // Resolves the profile's columns against the file's header (by name; by position for files without one).
    static Result<RecordConverter> create(const ImportProfile &profile, const QStringList &header,
                                          const QString &fileName);

    // The field reader for record i: returns the bytes of column `column` of the current record.
    using FieldAccess = std::function<QByteArrayView(int column)>;

    // Converts one record; on success hands the entity to the sink, else fills `rejection` and returns false.
    bool convert(const FieldAccess &fieldAt, int fieldCount, qint64 line, EntitySink &sink,
                 Rejection &rejection) const;

    // What became of an order line: accepted, skipped (quantity 0 and amount 0: nothing sold or returned,
    // counted in the import summary; METRICS.md section 1), left out because its order's status says no sale
    // happened (failed, pending payment, ...: orderStatusKind()) or rejected with a reason.
    // TotalsRow: a till's footer that sums the file ("Summe" without a date), skipped and counted. NoSale: a
    // DSFinV-K receipt that sold nothing (cash taken to the bank, an aborted receipt: DsfinvkReceipts.h),
    // left out and counted. ServiceCharge: a line the export flags as a service charge (Clover's), no sale
    // (METRICS.md section 2), left out and counted. OrderSummary and ExportFooter: eBay's summary row of an
    // order of several items (its money, no item: its items follow) and its footer, left out and counted
    // (ExportStylesEbay.h). OtherTransaction: a row of a file of refunds of earlier orders that is no refund
    // (eBay's Payout, Shipping label, …: transactionType()), left out and counted by its type. Voided: a line
    // the export flags as voided (Toast's "Void?" True: rung up and taken off before payment), converted in
    // full (`out` holds its amounts) and left out as not sold; unlike NotSold it says nothing of the order's
    // other lines.
    enum class Conversion {
        Accepted,
        Skipped,
        NotSold,
        Voided,
        TotalsRow,
        NoSale,
        ServiceCharge,
        OrderSummary,
        ExportFooter,
        OtherTransaction,
        Rejected
    };

    // The order-line path of the import: convert() for a profile of Entity::Orders, but the line comes out
    // as bytes (views into `text`, or into this converter for the profile's default store and channel) and
    // numbers, without a QString per field. Same validation and rejections as convert().
    Conversion convertOrderLine(const FieldAccess &fieldAt, int fieldCount, qint64 line, TextArena &text,
                                OrderLineRecord &out, Rejection &rejection) const;

    // Adds a converted line to the running totals; when a total would leave the fixed-point range, leaves
    // them as they were, fills `rejection` (the line, the column, the reason) and returns false.
    bool addToTotals(const OrderLineRecord &record, qint64 line, OrderLineTotals &totals,
                     Rejection &rejection) const;

    // The rejection of a record whose field `column` holds a NUL byte (`nul`) or bytes that are not valid
    // in the file's encoding.
    void rejectBadText(qint64 line, int column, bool nul, QByteArrayView value, Rejection &rejection) const;

    // Order lines: whether order-level money (an order discount, shipping) is mapped and to be spread over
    // the order's lines (ImportProfile::spreadOrderMoney).
    bool spreadsOrderMoney() const;
    // Order lines: whether an order's rows are taken together when it ends: to spread its order-level money,
    // or to count its refund amount once (a refund-amount column is mapped).
    bool groupsOrders() const;
    // What a record says for its whole order: the order discount and shipping (0 when blank or not spread),
    // the refund amount (0 when blank; its magnitude) and the refund date (invalid when blank).
    struct OrderMoney
    {
        Money discount;
        Money shipping;
        Money refund;
        QDate refundDate;
        int refundSecondsOfDay = -1;
    };
    // The order-level money of the current record; false with a rejection when a value does not read.
    bool orderMoney(const FieldAccess &fieldAt, OrderMoney &money, Rejection &rejection) const;

    // The order lines of a record convertOrderLine() accepted, appended to `lines`: the record itself, or
    // with a product-details column one line per item of its cell (RecordConverterItems.cpp). False with a
    // rejection (the cell, the item and why) when the cell does not read; `lines` is then unchanged.
    bool itemLines(const FieldAccess &fieldAt, const OrderLineRecord &record, TextArena &text,
                   std::vector<OrderLineRecord> &lines, Rejection &rejection) const;

    // The value (its BON_TYP or BON_NAME) that made a DSFinV-K receipt no sale, for the record
    // convertOrderLine() turned away as NoSale.
    QByteArrayView noSaleValue(const FieldAccess &fieldAt) const;

    // Order lines with ImportProfile::customersByEmail: the workspace's customers among whom a line's
    // customer is found by e-mail address or phone number (EmailKeyMatch.h). `known` outlives the conversion.
    void matchKnownCustomers(const KnownCustomers *known) { m_known = known; }
    // The file's customers keyed by their address whose lines were found as another customer of the workspace
    // on some rows (by the phone number the others lack): file key -> the workspace's customer. Read once the
    // conversion is over (joinSplitCustomers(), EmailKeyMatch.h).
    const QHash<QByteArray, QByteArray> &matchedFileKeys() const { return m_matchedFileKeys; }

    // ImportProfile::refundsOfEarlierOrders: the source's orders the refunds are of (EarlierOrders.h); an
    // accepted refund row comes out as a line of its order (its customer, store, channel and country) whose
    // amount is still unknown, and a refund of an order not among them is rejected. `orders` outlives the
    // conversion.
    void refundEarlierOrders(const EarlierOrders *orders) { m_earlier = orders; }
    const EarlierOrders *earlierOrders() const { return m_earlier; }
    // The type of the record convertOrderLine() turned away as OtherTransaction ("Payout").
    QByteArrayView transactionType(const FieldAccess &fieldAt) const;

    const ImportProfile &profile() const { return m_profile; }
    // Order lines without a SKU: with ImportProfile::productsByName the coded product of their name
    // (ProductNames::codeFor()), on the parsing thread. Set before the lines are converted; `names` outlives
    // the conversion.
    void setProductNames(const ProductNames *names) { m_productNames = names; }
    // The columns (0-based) that feed a field.
    std::vector<int> mappedColumns() const;
    // Column index (0-based) fed into a field, or -1.
    int columnOf(const QString &fieldKey) const;

private:
    RecordConverter() = default;
    bool checkFieldCount(int fieldCount, qint64 line, Rejection &rejection) const;
    // False with `outcome` Skipped for a quantity-0 line without an amount, NotSold for a line of an order
    // that was never paid, Voided for a voided line (converted), else false with a rejection (`outcome`
    // Rejected).
    bool convertOrder(const FieldAccess &f, qint64 line, TextArena &text, OrderLineRecord &out, Rejection &r,
                      Conversion &outcome) const;
    bool zeroQuantityIsEmpty(const FieldAccess &f, Rejection &r) const;
    bool isTotalsRow(const FieldAccess &f, int fieldCount) const;
    // How the profile marks the line's order as cancelled (METRICS.md section 1).
    enum class Cancellation { None, Prefix, Status };
    Cancellation cancellation(QByteArrayView orderId, const FieldAccess &f) const;
    bool hasNegativeAmount(const FieldAccess &f) const;
    bool isGuestId(QByteArrayView customerId) const;
    bool attachEarlierOrder(const FieldAccess &f, OrderLineRecord &line, Rejection &r) const;
    DsfinvkReceipt dsfinvkReceiptOf(const FieldAccess &f) const;
    bool convertAmounts(const FieldAccess &f, OrderLineRecord &out, Rejection &r) const;
    QByteArrayView orderIdWithoutColumn(const OrderLineRecord &line, qint64 fileLine, TextArena &text) const;
    bool convertCustomer(const FieldAccess &f, EntitySink &sink, Rejection &r) const;
    bool convertProduct(const FieldAccess &f, EntitySink &sink, Rejection &r) const;
    bool convertInventory(const FieldAccess &f, EntitySink &sink, Rejection &r) const;
    bool convertTraffic(const FieldAccess &f, EntitySink &sink, Rejection &r) const;
    bool convertStaffing(const FieldAccess &f, EntitySink &sink, Rejection &r) const;
    bool convertMarketing(const FieldAccess &f, EntitySink &sink, Rejection &r) const;

    // Order-line columns resolved once: the hot path of a million-line import.
    struct OrderColumns
    {
        int orderId = -1, date = -1, time = -1, customer = -1, sku = -1, name = -1, category = -1,
            quantity = -1, unitPrice = -1, lineTotal = -1, discount = -1, discountRate = -1,
            discountPercent = -1, unitCost = -1, store = -1, channel = -1, country = -1, status = -1,
            orderDiscount = -1, shipping = -1, refundDate = -1, lineId = -1, customerName = -1,
            customerEmail = -1, consentEmail = -1, refundAmount = -1, productDetails = -1,
            customerLastName = -1, // a second column mapped to the name, joined with a space
            orderSeries = -1,      // the series an order number restarts in (OrderSeries.h)
            customerPhone = -1,
            lineRefunded = -1, // the line's own flags (FieldCatalog.h)
            serviceCharge = -1, voided = -1;
    };

    ImportProfile m_profile;
    QStringList m_header;
    OrderColumns m_order;
    int m_highestColumn = -1;  // the highest mapped column index
    QByteArray m_defaultStore; // the profile's default store and channel in UTF-8
    QByteArray m_defaultChannel;
    QByteArray m_cancelPrefix; // the profile's cancelled-order prefix in UTF-8
    // The profile's guest customer ids in UTF-8, as the lines' customer keys are written (e-mail keys
    // lower-cased); usually empty, so the hot path pays one test.
    std::vector<QByteArray> m_guestIds;
    std::vector<std::pair<QString, int>> m_columns; // field key -> column index
    bool m_customerNameLastFirst = false;           // customers: the name's first column is the last name
    // A DSFinV-K receipts file's BON_TYP, BON_NAME and BON_STORNO, whatever the profile maps (-1 otherwise).
    DsfinvkColumns m_dsfinvk;
    // eBay's orders report's item columns, whatever the profile maps (-1 otherwise).
    EbayColumns m_ebay;
    int m_transactionType = -1; // eBay's transaction report's Type column (-1 otherwise)
    QString m_fileName;         // the file's name, without its folder, for a refund's rejection
    const EarlierOrders *m_earlier = nullptr;
    const KnownCustomers *m_known = nullptr;
    mutable QHash<QByteArray, QByteArray> m_matchedFileKeys; // written by the conversion's thread alone
    const ProductNames *m_productNames = nullptr;
};

} // namespace storelens::core
