#pragma once

#include "core/csv/CsvReader.h"
#include "core/import/DataQuality.h"
#include "core/import/RecordConverter.h"
#include "core/import/TextArena.h"
#include "core/import/WixCoupons.h"
#include "core/model/EntitySink.h"
#include "core/store/OrderLineKeys.h"

#include <QHash>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <variant>
#include <vector>

namespace storelens::core {

class LineTally;

// Reused buffers of the spread of order-level money over an order's lines (RecordPipelineOrders.cpp).
struct SpreadScratch
{
    std::vector<qint64> weights;
    std::vector<size_t> carriers; // the lines the weights belong to
    std::vector<qint64> parts;
    std::vector<std::pair<qint64, size_t>> remainders;
};

// Reads and converts the records of a CSV file on a worker thread while the caller writes the ones before:
// on two cores the parsing of an import overlaps its database work. Entities and rejections come out in
// file order, in batches; a bounded queue keeps memory flat whatever the file size. The worker only reads
// the file and converts (no database, no callbacks); the caller reports progress and may stop it early.
// Order lines come as OrderLineRecords (bytes and numbers, their text in the batch), every other entity as
// an Entity; batches go back to the worker and are reused, so a long import allocates almost nothing.
class RecordPipeline
{
public:
    using Entity = std::variant<OrderLine, Customer, Product, InventorySnapshot, TrafficDay, StaffingMonth,
                                MarketingSpend>;

    struct Batch
    {
        std::vector<Entity> entities;            // everything but order lines
        std::vector<OrderLineRecord> orderLines; // a profile of Entity::Orders; their text is in `text`
        std::vector<LineKeys> keys;              // with `keys` given: each order line's, resolved in order
        TextArena text;
        std::vector<Rejection> rejections;
        // Order-level money spread over the batch's lines (RecordConverter::spreadsOrderMoney()), and what
        // could not be: orders with no sale line to carry it.
        Money orderDiscounts;
        Money shipping;
        Money shippingLeftOut; // ImportProfile::shippingInSales off: the shipping read, on no line
        Money notSpread;
        // ImportProfile::orderDiscountIncludesLines: the line discounts taken out of their orders' discounts
        // (already on the lines), and the orders whose line discounts were more than their order discount.
        Money lineDiscountsInOrders;
        qint64 ordersBelowLineDiscounts = 0;
        QByteArray orderBelowLineDiscountsExample;
        // Refund amounts (a refund-amount column) counted as return lines, the orders they are of, and the
        // part above an order's sales that was left out (tax and shipping refunded).
        Money refunds;
        qint64 refundOrders = 0;
        Money refundsLeftOut;
        // Coupon amounts worked out before the import (WixCoupons.h) that went onto their orders' sale lines
        // as discounts, those orders, and the orders whose lines were not the items their amount was worked
        // out from (they keep no discount).
        Money coupons;
        qint64 couponOrders = 0;
        QList<QByteArray> couponsNotCarried;
        qint64 rowsRead = 0;  // non-blank records in this batch
        qint64 bytesRead = 0; // bytes of the file consumed when the batch was handed over
        bool last = false;    // no batch follows
    };

    // `reader` is open and past the header. With `stopAtFirstRejection` the batch holding the first rejection
    // is the last one. Order lines that would take `totals` (the workspace's stored lines, METRICS.md "Range
    // checks") out of the fixed-point range are rejected. The worker fills `quality` (when given) as it
    // reads; it is complete once next() has handed over the last batch. With `keys` (the writer's), the
    // worker resolves each batch's order lines too, so the writer only writes them; the caller must then not
    // use `keys` until the pipeline is gone. With `tally`, the worker adds each batch's order lines to it
    // before handing the batch over; it is complete once next() has handed over the last batch. With
    // `coupons`, each order's rows are taken together and the coupon amount worked out for it goes onto its
    // sale lines as their discount; the caller must not change `coupons` until the pipeline is gone.
    RecordPipeline(csv::CsvReader &reader, const RecordConverter &converter, bool stopAtFirstRejection,
                   const OrderLineTotals &totals = {}, DataQualityCollector *quality = nullptr,
                   OrderLineKeys *keys = nullptr, LineTally *tally = nullptr,
                   const WixCoupons *coupons = nullptr);
    ~RecordPipeline();
    RecordPipeline(const RecordPipeline &) = delete;
    RecordPipeline &operator=(const RecordPipeline &) = delete;

    // Waits for the next batch; false once the last one was taken. After that, the reader's error() tells
    // whether the file ended cleanly. The batch passed in goes back to the worker, which reuses it and frees
    // its entities where it allocated them (freeing across threads costs more than the parsing).
    bool next(Batch &batch);
    // Hands an entity to a sink (the workspace writer).
    static void deliver(const Entity &entity, EntitySink &sink);

private:
    void run();
    void push(Batch &batch, std::vector<Batch> &pool);
    // An order whose rows are taken together (RecordConverter::groupsOrders()): its lines are
    // batch.orderLines[first, end), its order-level money read from its rows.
    struct OpenOrder
    {
        size_t first = 0;
        qint64 line = 0; // the file line of its first row
        RecordConverter::OrderMoney money;
    };
    void closeOrder(Batch &batch, const OpenOrder &order);
    void spreadOverLines(Batch &batch, size_t first, Money discount, Money shipping);
    Money orderLevelPart(Batch &batch, size_t first, Money discount) const;
    void addRefund(Batch &batch, const OpenOrder &order);
    // The return line of a refund of `like`'s order, `money.refund` counted up to `sales` (the order's sales
    // not yet refunded here); what it counted.
    static Money appendRefund(Batch &batch, const OrderLineRecord &like, Money sales,
                              const RecordConverter::OrderMoney &money);
    // ImportProfile::refundsOfEarlierOrders: the refund of the row converted into `lines`, a return line on
    // its earlier order (EarlierOrders.h) in its place; false with a rejection when its amount does not read.
    bool addEarlierRefund(Batch &batch, const RecordConverter::FieldAccess &fieldAt,
                          std::vector<OrderLineRecord> &lines, Rejection &rejection);
    void addCoupon(Batch &batch, size_t first);

    csv::CsvReader &m_reader;
    const RecordConverter &m_converter;
    const bool m_stopAtFirstRejection;
    DataQualityCollector *const m_quality;
    OrderLineKeys *const m_keys;
    LineTally *const m_tally;
    const WixCoupons *const m_coupons;
    OrderLineTotals m_totals; // the worker's
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_queue;
    std::vector<Batch> m_spent; // taken batches, for the worker to free
    bool m_stop = false;
    bool m_finished = false;
    SpreadScratch m_spread;               // the spread's scratch, kept from order to order
    std::vector<OrderLineRecord> m_lines; // the current record's order lines
    // ImportProfile::refundsOfEarlierOrders: what this file's refunds counted so far, per order, so that
    // two refunds of one order count no more than its sales together.
    QHash<QByteArray, Money> m_earlierRefunded;
    std::thread m_worker;
};

} // namespace storelens::core
