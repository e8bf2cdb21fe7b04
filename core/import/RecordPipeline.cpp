#include "core/import/RecordPipeline.h"

#include "core/import/ExportStylesAmazon.h"
#include "core/import/FieldCatalog.h"
#include "core/import/ImportTally.h"
#include "core/import/NotSalesRule.h"
#include "core/import/OrderSeries.h"

#include <algorithm>

namespace storelens::core {

namespace {

constexpr size_t BatchSize = 2048; // entities or rejections per batch
constexpr size_t QueuedBatches = 4;
constexpr qint64 EstimateAfter = 8192; // records read before the file's record count is estimated

// Keeps what the converter produces in a batch.
class BatchSink : public EntitySink
{
public:
    explicit BatchSink(std::vector<RecordPipeline::Entity> &entities)
        : m_entities(entities)
    {
    }
    void addOrderLine(const OrderLine &line) override { m_entities.emplace_back(line); }
    void addCustomer(const Customer &c) override { m_entities.emplace_back(c); }
    void addProduct(const Product &p) override { m_entities.emplace_back(p); }
    void addInventory(const InventorySnapshot &s) override { m_entities.emplace_back(s); }
    void addTraffic(const TrafficDay &d) override { m_entities.emplace_back(d); }
    void addStaffing(const StaffingMonth &m) override { m_entities.emplace_back(m); }
    void addMarketing(const MarketingSpend &m) override { m_entities.emplace_back(m); }

private:
    std::vector<RecordPipeline::Entity> &m_entities;
};

bool isBlankRecord(const csv::CsvReader &reader)
{
    for (int i = 0; i < reader.fieldCount(); ++i) {
        if (!reader.field(i).trimmed().isEmpty())
            return false;
    }
    return true;
}

// Copies a record's text into `text` (a record converted into one batch's text that goes into the next).
void keepText(OrderLineRecord &r, TextArena &text)
{
    for (QByteArrayView *v :
         {&r.orderId, &r.customerId, &r.customerName, &r.customerEmail, &r.customerPhone, &r.sku,
          &r.productName, &r.category, &r.store, &r.channel, &r.country, &r.lineId})
        *v = text.keep(*v);
}

} // namespace

// Order exports such as Shopify's write the order-level columns (status, customer, country) on an order's
// first row only: a later row of the same order that leaves them empty takes them from `first`. A status
// cell left empty carries the first row's refund, so every line of a refunded order is returned.
static void carryOrderFields(OrderLineRecord &line, const OrderLineRecord &first, bool statusBlank)
{
    if (line.customerId.isEmpty())
        line.customerId = first.customerId;
    if (line.country.isEmpty())
        line.country = first.country;
    if (statusBlank && !line.refundDate.isValid() && first.refundDate.isValid() &&
        !line.quantity.isNegative()) {
        line.refundDate = first.refundDate;
        line.refundSecondsOfDay = first.refundSecondsOfDay;
    }
}

RecordPipeline::RecordPipeline(csv::CsvReader &reader, const RecordConverter &converter,
                               bool stopAtFirstRejection, const OrderLineTotals &totals,
                               DataQualityCollector *quality, OrderLineKeys *keys, LineTally *tally,
                               const WixCoupons *coupons)
    : m_reader(reader)
    , m_converter(converter)
    , m_stopAtFirstRejection(stopAtFirstRejection)
    , m_quality(quality)
    , m_keys(keys)
    , m_tally(tally)
    , m_coupons(coupons)
    , m_totals(totals)
    , m_worker([this] { run(); })
{
}

RecordPipeline::~RecordPipeline()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_worker.join();
}

// Hands a full batch over and continues with a spent one from `pool` (the worker's own), emptied here.
void RecordPipeline::push(Batch &batch, std::vector<Batch> &pool)
{
    batch.bytesRead = m_reader.bytesRead();
    if (m_keys)
        m_keys->resolveAll(batch.orderLines, batch.keys);
    if (m_tally) {
        for (const OrderLineRecord &line : batch.orderLines)
            m_tally->add(line);
    }
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stop || m_queue.size() < QueuedBatches; });
    m_queue.push_back(std::move(batch));
    for (Batch &spent : m_spent)
        pool.push_back(std::move(spent));
    m_spent.clear();
    lock.unlock();
    m_changed.notify_all();
    if (pool.empty()) {
        batch = Batch();
        batch.entities.reserve(BatchSize);
        return;
    }
    batch = std::move(pool.back());
    pool.pop_back();
    batch.entities.clear();
    batch.orderLines.clear();
    batch.keys.clear();
    batch.text.clear();
    batch.rejections.clear();
    batch.orderDiscounts = Money();
    batch.shipping = Money();
    batch.shippingLeftOut = Money();
    batch.notSpread = Money();
    batch.lineDiscountsInOrders = Money();
    batch.ordersBelowLineDiscounts = 0;
    batch.orderBelowLineDiscountsExample.clear();
    batch.refunds = Money();
    batch.refundOrders = 0;
    batch.refundsLeftOut = Money();
    batch.coupons = Money();
    batch.couponOrders = 0;
    batch.couponsNotCarried.clear();
    batch.rowsRead = 0;
    batch.last = false;
}

void RecordPipeline::run()
{
    std::vector<Batch> pool;
    Batch batch;
    batch.entities.reserve(BatchSize);
    BatchSink sink(batch.entities);
    const bool orders = m_converter.profile().entity == core::Entity::Orders;
    // Exports such as Squarespace's write an order's date and time on its first row only; a later row of the
    // same order id that leaves them empty reads the order's (trial 15: 47 % of a shop's web sales were
    // rejected as "the order date is empty"). The order id ties the row to the order, so nothing is guessed.
    const int orderColumn = orders ? m_converter.columnOf(field::OrderId) : -1;
    const int dateColumn = orders ? m_converter.columnOf(field::Date) : -1;
    const int timeColumn = orders ? m_converter.columnOf(field::Time) : -1;
    const int seriesColumn = orders ? m_converter.columnOf(field::OrderSeries) : -1;
    QByteArray carriedOrder; // the order id of the last row with a date, and that row's date and time cells
    QByteArray carriedDate;
    QByteArray carriedTime;
    bool carry = false; // this row continues carriedOrder and leaves its date empty
    // Amazon's All Orders report has a status per order and one per item: the status column reads the line's
    // status from both (amazonLineStatus(): an item cancelled in a shipped order is a cancelled line), for
    // the converter and the data-quality counts alike. -1 for every other file.
    const int statusColumn = m_converter.columnOf(field::Status);
    const int itemStatusColumn = orders ? amazonItemStatusColumn(m_converter.profile()) : -1;
    const RecordConverter::FieldAccess fieldAt = [&](int column) -> QByteArrayView {
        if (carry && (column == dateColumn || column == timeColumn))
            return column == dateColumn ? QByteArrayView(carriedDate) : QByteArrayView(carriedTime);
        if (column == statusColumn && itemStatusColumn >= 0)
            return amazonLineStatus(m_reader.field(column), m_reader.field(itemStatusColumn));
        return m_reader.field(column);
    };
    const auto carryDate = [&] {
        carry = false;
        if (orderColumn < 0 || dateColumn < 0)
            return;
        // With a series column the order is the series and the number together (OrderSeries.h).
        const QByteArray joined = seriesColumn < 0 ? QByteArray()
                                                   : joinOrderId(m_reader.field(seriesColumn).trimmed(),
                                                                 m_reader.field(orderColumn).trimmed());
        const QByteArrayView order =
            seriesColumn < 0 ? m_reader.field(orderColumn).trimmed() : QByteArrayView(joined);
        if (!m_reader.field(dateColumn).trimmed().isEmpty()) {
            carriedOrder = order.toByteArray();
            carriedDate = m_reader.field(dateColumn).toByteArray();
            carriedTime = timeColumn >= 0 ? m_reader.field(timeColumn).toByteArray() : QByteArray();
        } else {
            carry = !order.isEmpty() && order == QByteArrayView(carriedOrder);
        }
    };
    const std::vector<int> mapped = m_converter.mappedColumns();
    Rejection rejection;
    OrderLineRecord record;
    bool stopped = false;
    qint64 records = 0;
    const auto rawField = [this](int column) { return m_reader.field(column); };
    const auto full = [&batch] {
        return batch.entities.size() + batch.orderLines.size() >= BatchSize ||
               batch.rejections.size() >= BatchSize;
    };
    const auto pushFull = [&] {
        push(batch, pool);
        std::lock_guard lock(m_mutex);
        stopped = m_stop;
    };
    // Order-level money: an order's lines stay in one batch, so a batch is handed over only when an order
    // ends; the order's amounts are the first non-zero ones on its rows. A worked-out coupon is such money.
    const bool spread = orders && (m_converter.groupsOrders() || m_coupons);
    // Refunds of earlier orders: each row a return line on its order of the workspace (addEarlierRefund()).
    const bool earlier = orders && m_converter.profile().refundsOfEarlierOrders;
    bool open = false;
    OpenOrder openOrder;
    const size_t &openFirst = openOrder.first;
    std::vector<OrderLineRecord> &lines = m_lines;
    QByteArray notSoldOrder; // the last order left out for its status, and that status
    QByteArray notSoldStatus;
    // Lines that are not the store's sales (the profile's SKUs, tips: NotSalesRule.h) are not imported, only
    // counted.
    NotSalesRule notSalesRule(m_converter.profile());
    const auto leaveOutNotSales = [&](qint64 fileLine) {
        const auto notSales = [&](const OrderLineRecord &l) {
            const bool out = notSalesRule.leavesOut(l.sku, l.productName);
            if (out && m_quality)
                m_quality->notSalesLine(l, fileLine);
            return out;
        };
        lines.erase(std::remove_if(lines.begin(), lines.end(), notSales), lines.end());
    };
    // A line of delimiters only is no record (CsvReader.h); among the data it is a blank line.
    if (m_quality)
        m_reader.setEmptyRecordCallback([this](qint64 line) { m_quality->blank(line); });
    while (!stopped && m_reader.next()) {
        const qint64 line = m_reader.recordLine();
        if (isBlankRecord(m_reader)) {
            if (m_quality)
                m_quality->blank(line);
            continue;
        }
        ++batch.rowsRead;
        quint64 hash = 0;
        if (m_quality) {
            hash = DataQualityCollector::recordHash(rawField, m_reader.fieldCount());
            m_quality->prefetch(hash);
            // Once the first records tell their average size, the duplicate and occurrence tables are sized
            // for the file.
            if (++records == EstimateAfter) {
                const qint64 expected =
                    m_reader.fileSize() / std::max<qint64>(1, m_reader.bytesRead() / records);
                m_quality->expectRecords(expected);
                if (m_keys)
                    m_keys->expectLines(expected);
            }
        }
        // A mapped field with a NUL byte or bytes the encoding cannot read is refused, never stored as
        // U+FFFD (a record of plain ASCII text is checked in one pass).
        int badField = -1;
        if (!m_reader.recordIsPlainText()) {
            for (const int column : mapped) {
                const csv::CsvReader::TextProblem problem = m_reader.fieldProblem(column);
                if (problem == csv::CsvReader::TextProblem::None)
                    continue;
                badField = column;
                m_converter.rejectBadText(m_reader.recordLine(), column,
                                          problem == csv::CsvReader::TextProblem::Nul, m_reader.field(column),
                                          rejection);
                break;
            }
        }
        carryDate();
        bool converted = false;
        bool skipped = false; // a quantity-0 line without an amount, or a line of an order never paid
        bool notSold = false;
        bool voided = false;    // a line the export flags as voided: not sold, its order's other lines kept
        bool totalsRow = false; // a till's footer that sums the file
        bool noSale = false;    // a till's receipt that sold nothing (DsfinvkReceipts.h)
        bool serviceCharge = false;
        bool orderSummary = false; // eBay's summary row of an order of several items
        bool exportFooter = false;
        bool notSales = false;         // every line of the record is of a SKU left out of sales
        bool otherTransaction = false; // a transaction report's row that is no refund (Payout, …)
        if (badField < 0 && orders) {
            using Conversion = RecordConverter::Conversion;
            const Conversion outcome = m_converter.convertOrderLine(
                fieldAt, m_reader.fieldCount(), m_reader.recordLine(), batch.text, record, rejection);
            const QByteArrayView status =
                statusColumn >= 0 ? fieldAt(statusColumn).trimmed() : QByteArrayView();
            // The later rows of an order left out (status written on its first row only) are left out too.
            notSold = outcome == Conversion::NotSold ||
                      (outcome == Conversion::Accepted && status.isEmpty() && !notSoldOrder.isEmpty() &&
                       record.orderId == QByteArrayView(notSoldOrder));
            if (outcome == Conversion::NotSold) {
                notSoldOrder = record.orderId.toByteArray();
                notSoldStatus = status.toByteArray();
            }
            voided = outcome == Conversion::Voided;
            totalsRow = outcome == Conversion::TotalsRow;
            noSale = outcome == Conversion::NoSale;
            serviceCharge = outcome == Conversion::ServiceCharge; // a line flagged as one: no sale
            orderSummary = outcome == Conversion::OrderSummary;
            exportFooter = outcome == Conversion::ExportFooter;
            otherTransaction = outcome == Conversion::OtherTransaction;
            skipped = outcome == Conversion::Skipped || notSold || voided || totalsRow || noSale ||
                      serviceCharge || orderSummary || exportFooter || otherTransaction;
            lines.clear();
            converted = outcome == Conversion::Accepted && !notSold &&
                        m_converter.itemLines(fieldAt, record, batch.text, lines, rejection);
            if (converted && notSalesRule.leavesAnyOut()) {
                leaveOutNotSales(line);
                notSales = lines.empty();
                converted = !notSales;
                skipped = skipped || notSales;
            }
            // A record's lines land together or not at all.
            OrderLineTotals totals = m_totals;
            for (size_t i = 0; converted && i < lines.size(); ++i)
                converted = m_converter.addToTotals(lines[i], m_reader.recordLine(), totals, rejection);
            if (converted)
                m_totals = totals;
        } else if (badField < 0) {
            converted =
                m_converter.convert(fieldAt, m_reader.fieldCount(), m_reader.recordLine(), sink, rejection);
        }
        RecordConverter::OrderMoney money;
        if (spread && converted)
            converted = m_converter.orderMoney(fieldAt, money, rejection);
        if (earlier && converted) {
            converted = addEarlierRefund(batch, fieldAt, lines, rejection);
        } else if (spread && converted) {
            if (!open || lines.front().orderId != batch.orderLines[openFirst].orderId) {
                if (open)
                    closeOrder(batch, openOrder);
                if (full()) {
                    pushFull();
                    for (OrderLineRecord &l : lines)
                        keepText(l, batch.text);
                }
                open = true;
                openOrder.first = batch.orderLines.size();
                openOrder.line = line;
                openOrder.money = money;
            } else {
                RecordConverter::OrderMoney &o = openOrder.money;
                o.discount = o.discount.isZero() ? money.discount : o.discount;
                o.shipping = o.shipping.isZero() ? money.shipping : o.shipping;
                if (o.refund.isZero()) {
                    o.refund = money.refund;
                    o.refundDate = money.refundDate;
                    o.refundSecondsOfDay = money.refundSecondsOfDay;
                }
                const bool statusBlank = statusColumn < 0 || fieldAt(statusColumn).trimmed().isEmpty();
                for (OrderLineRecord &l : lines)
                    carryOrderFields(l, batch.orderLines[openFirst], statusBlank);
            }
            batch.orderLines.insert(batch.orderLines.end(), lines.begin(), lines.end());
        } else if (orders && converted) {
            for (const OrderLineRecord &l : lines) {
                batch.orderLines.push_back(l);
                if (l.refundDate.isValid())
                    batch.orderLines.push_back(l.refundReturn());
            }
        }
        if (m_quality) {
            m_quality->read(line, hash);
            const QByteArrayView status =
                statusColumn >= 0 && orders ? fieldAt(statusColumn) : QByteArrayView();
            if (earlier && converted) {
                m_quality->earlierRefund(line);
            } else if (orders && converted) {
                // One accepted record, however many items it lists.
                m_quality->orderLine(lines.front(), line, status, spread);
                for (size_t i = 1; i < lines.size(); ++i)
                    m_quality->orderLine(lines[i], line, status, spread, DataQualityCollector::SameRecord);
            } else if (converted)
                m_quality->accepted();
            else if (notSold)
                m_quality->notSold(line, record.orderId, notSoldStatus);
            else if (voided)
                m_quality->voided(line, record);
            else if (totalsRow)
                m_quality->totalsRow(line);
            else if (noSale)
                m_quality->noSaleReceipt(line, m_converter.noSaleValue(fieldAt));
            else if (serviceCharge)
                m_quality->serviceCharge(line);
            else if (orderSummary)
                m_quality->orderSummaryRow(line);
            else if (exportFooter)
                m_quality->exportFooterRow(line);
            else if (otherTransaction)
                m_quality->otherTransaction(line, m_converter.transactionType(fieldAt));
            else if (skipped && !notSales) // a line left out of sales is counted by SKU
                m_quality->zeroQuantity(line);
        }
        if (!converted && !skipped) {
            batch.rejections.push_back(rejection);
            if (m_quality)
                m_quality->rejected(rejection);
            if (m_stopAtFirstRejection)
                break;
        }
        if (!spread && full())
            pushFull();
    }
    m_reader.setEmptyRecordCallback(nullptr);
    if (open)
        closeOrder(batch, openOrder);
    batch.last = true;
    push(batch, pool);
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_changed.notify_all();
}

bool RecordPipeline::next(Batch &batch)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_queue.empty() || m_finished; });
    if (m_queue.empty())
        return false;
    if (batch.rowsRead > 0)
        m_spent.push_back(std::move(batch));
    batch = std::move(m_queue.front());
    m_queue.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return true;
}

void RecordPipeline::deliver(const Entity &entity, EntitySink &sink)
{
    struct Deliver
    {
        EntitySink &sink;
        void operator()(const OrderLine &e) const { sink.addOrderLine(e); }
        void operator()(const Customer &e) const { sink.addCustomer(e); }
        void operator()(const Product &e) const { sink.addProduct(e); }
        void operator()(const InventorySnapshot &e) const { sink.addInventory(e); }
        void operator()(const TrafficDay &e) const { sink.addTraffic(e); }
        void operator()(const StaffingMonth &e) const { sink.addStaffing(e); }
        void operator()(const MarketingSpend &e) const { sink.addMarketing(e); }
    };
    std::visit(Deliver{sink}, entity);
}

} // namespace storelens::core
