#include "core/import/RecordPipeline.h"

#include "core/import/FieldCatalog.h"

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
    for (QByteArrayView *v : {&r.orderId, &r.customerId, &r.customerName, &r.customerEmail, &r.sku,
                              &r.productName, &r.category, &r.store, &r.channel, &r.country, &r.lineId})
        *v = text.keep(*v);
}

} // namespace

// Spreads `amount` over `lines` (sale lines with a known amount) in proportion to their gross amounts,
// equally when those are all 0: each line gets the floor of its share in ten-thousandths, and the units left
// go to the lines with the largest remainders (the earlier line on a tie), so the shares sum to the amount
// exactly. `toDiscount`: the amount is added to the lines' discounts, else to their gross amounts.
static void spreadAmount(std::vector<OrderLineRecord> &lines, size_t first, Money amount, bool toDiscount,
                         std::vector<std::pair<qint64, size_t>> &remainders)
{
    const bool negative = amount.isNegative();
    const __int128 total = negative ? -__int128(amount.units()) : __int128(amount.units());
    __int128 weights = 0;
    size_t carriers = 0;
    for (size_t i = first; i < lines.size(); ++i) {
        if (lines[i].quantity.isNegative() || !lines[i].gross)
            continue;
        weights += lines[i].gross->units() < 0 ? -lines[i].gross->units() : lines[i].gross->units();
        ++carriers;
    }
    const bool equal = weights == 0;
    if (equal)
        weights = __int128(carriers);
    __int128 given = 0;
    remainders.clear();
    for (size_t i = first; i < lines.size(); ++i) {
        OrderLineRecord &line = lines[i];
        if (line.quantity.isNegative() || !line.gross)
            continue;
        const qint64 g = line.gross->units() < 0 ? -line.gross->units() : line.gross->units();
        const __int128 part = total * (equal ? 1 : g);
        const qint64 share = qint64(part / weights);
        given += share;
        remainders.emplace_back(qint64(part % weights), i);
        const Money signedShare = Money::fromUnits(negative ? -share : share);
        if (toDiscount)
            line.discount += signedShare;
        else
            *line.gross += signedShare;
    }
    std::sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) {
        return a.first > b.first || (a.first == b.first && a.second < b.second);
    });
    const auto left = size_t(total - given);
    for (size_t k = 0; k < left && k < remainders.size(); ++k) {
        OrderLineRecord &line = lines[remainders[k].second];
        const Money unit = Money::fromUnits(negative ? -1 : 1);
        if (toDiscount)
            line.discount += unit;
        else
            *line.gross += unit;
    }
}

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

// The open order's lines are batch.orderLines[first, end): its order-level money goes onto its sale lines.
void RecordPipeline::spreadOrderMoney(Batch &batch, size_t first, Money discount, Money shipping)
{
    spreadOverLines(batch, first, discount, shipping);
    // A sold-and-refunded order's returns mirror its sale lines as spread.
    const size_t end = batch.orderLines.size();
    // The data-quality sums (the guest share of sales, fee SKUs' net sales) count the lines as spread.
    if (m_quality) {
        for (size_t i = first; i < end; ++i)
            m_quality->orderLineMoney(batch.orderLines[i]);
    }
    for (size_t i = first; i < end; ++i) {
        if (batch.orderLines[i].refundDate.isValid() && !batch.orderLines[i].quantity.isNegative())
            batch.orderLines.push_back(batch.orderLines[i].refundReturn());
    }
}

void RecordPipeline::spreadOverLines(Batch &batch, size_t first, Money discount, Money shipping)
{
    bool carrier = false;
    for (size_t i = first; i < batch.orderLines.size() && !carrier; ++i)
        carrier = !batch.orderLines[i].quantity.isNegative() && batch.orderLines[i].gross.has_value();
    if (!carrier) {
        batch.notSpread += discount + shipping;
        return;
    }
    if (!discount.isZero())
        spreadAmount(batch.orderLines, first, discount, true, m_remainders);
    if (!shipping.isZero())
        spreadAmount(batch.orderLines, first, shipping, false, m_remainders);
    batch.orderDiscounts += discount;
    batch.shipping += shipping;
}

RecordPipeline::RecordPipeline(csv::CsvReader &reader, const RecordConverter &converter,
                               bool stopAtFirstRejection, const OrderLineTotals &totals,
                               DataQualityCollector *quality, OrderLineKeys *keys)
    : m_reader(reader)
    , m_converter(converter)
    , m_stopAtFirstRejection(stopAtFirstRejection)
    , m_quality(quality)
    , m_keys(keys)
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
    batch.notSpread = Money();
    batch.rowsRead = 0;
    batch.last = false;
}

void RecordPipeline::run()
{
    std::vector<Batch> pool;
    Batch batch;
    batch.entities.reserve(BatchSize);
    BatchSink sink(batch.entities);
    const RecordConverter::FieldAccess fieldAt = [this](int column) { return m_reader.field(column); };
    const bool orders = m_converter.profile().entity == core::Entity::Orders;
    const std::vector<int> mapped = m_converter.mappedColumns();
    Rejection rejection;
    OrderLineRecord record;
    bool stopped = false;
    const int statusColumn = m_converter.columnOf(field::Status);
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
    // ends; the order's amounts are the first non-zero ones on its rows.
    const bool spread = orders && m_converter.spreadsOrderMoney();
    bool open = false;
    size_t openFirst = 0;
    Money openDiscount;
    Money openShipping;
    QByteArray notSoldOrder; // the last order left out for its status, and that status
    QByteArray notSoldStatus;
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
        bool converted = false;
        bool skipped = false; // a quantity-0 line without an amount, or a line of an order never paid
        bool notSold = false;
        if (badField < 0 && orders) {
            using Conversion = RecordConverter::Conversion;
            const Conversion outcome = m_converter.convertOrderLine(
                fieldAt, m_reader.fieldCount(), m_reader.recordLine(), batch.text, record, rejection);
            const QByteArrayView status =
                statusColumn >= 0 ? m_reader.field(statusColumn).trimmed() : QByteArrayView();
            // The later rows of an order left out (status written on its first row only) are left out too.
            notSold = outcome == Conversion::NotSold ||
                      (outcome == Conversion::Accepted && status.isEmpty() && !notSoldOrder.isEmpty() &&
                       record.orderId == QByteArrayView(notSoldOrder));
            if (outcome == Conversion::NotSold) {
                notSoldOrder = record.orderId.toByteArray();
                notSoldStatus = status.toByteArray();
            }
            skipped = outcome == Conversion::Skipped || notSold;
            converted = outcome == Conversion::Accepted && !notSold &&
                        m_converter.addToTotals(record, m_reader.recordLine(), m_totals, rejection);
        } else if (badField < 0) {
            converted =
                m_converter.convert(fieldAt, m_reader.fieldCount(), m_reader.recordLine(), sink, rejection);
        }
        Money discount;
        Money shipping;
        if (spread && converted)
            converted = m_converter.orderMoney(fieldAt, discount, shipping, rejection);
        if (spread && converted) {
            if (!open || record.orderId != batch.orderLines[openFirst].orderId) {
                if (open)
                    spreadOrderMoney(batch, openFirst, openDiscount, openShipping);
                if (full()) {
                    pushFull();
                    keepText(record, batch.text);
                }
                open = true;
                openFirst = batch.orderLines.size();
                openDiscount = discount;
                openShipping = shipping;
            } else {
                openDiscount = openDiscount.isZero() ? discount : openDiscount;
                openShipping = openShipping.isZero() ? shipping : openShipping;
                carryOrderFields(record, batch.orderLines[openFirst],
                                 statusColumn < 0 || m_reader.field(statusColumn).trimmed().isEmpty());
            }
            batch.orderLines.push_back(record);
        } else if (orders && converted) {
            batch.orderLines.push_back(record);
            if (record.refundDate.isValid())
                batch.orderLines.push_back(record.refundReturn());
        }
        if (m_quality) {
            m_quality->read(line, hash);
            if (orders && converted)
                m_quality->orderLine(record, line,
                                     statusColumn >= 0 ? m_reader.field(statusColumn) : QByteArrayView(),
                                     spread);
            else if (converted)
                m_quality->accepted();
            else if (notSold)
                m_quality->notSold(line, record.orderId, notSoldStatus);
            else if (skipped)
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
    if (open)
        spreadOrderMoney(batch, openFirst, openDiscount, openShipping);
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
