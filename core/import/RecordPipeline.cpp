#include "core/import/RecordPipeline.h"

namespace storelens::core {

namespace {

constexpr size_t BatchSize = 2048; // entities or rejections per batch
constexpr size_t QueuedBatches = 4;

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

} // namespace

RecordPipeline::RecordPipeline(csv::CsvReader &reader, const RecordConverter &converter,
                               bool stopAtFirstRejection, const OrderLineTotals &totals)
    : m_reader(reader)
    , m_converter(converter)
    , m_stopAtFirstRejection(stopAtFirstRejection)
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
    batch.text.clear();
    batch.rejections.clear();
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
    while (!stopped && m_reader.next()) {
        if (isBlankRecord(m_reader))
            continue;
        ++batch.rowsRead;
        // A mapped field with a NUL byte or bytes the encoding cannot read is refused, never stored as
        // U+FFFD.
        int badField = -1;
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
        const bool converted =
            badField < 0 &&
            (orders ? m_converter.convertOrderLine(fieldAt, m_reader.fieldCount(), m_reader.recordLine(),
                                                   batch.text, record, rejection) &&
                          m_converter.addToTotals(record, m_reader.recordLine(), m_totals, rejection)
                    : m_converter.convert(fieldAt, m_reader.fieldCount(), m_reader.recordLine(), sink,
                                          rejection));
        if (orders && converted)
            batch.orderLines.push_back(record);
        if (!converted) {
            batch.rejections.push_back(rejection);
            if (m_stopAtFirstRejection)
                break;
        }
        if (batch.entities.size() + batch.orderLines.size() >= BatchSize ||
            batch.rejections.size() >= BatchSize) {
            push(batch, pool);
            std::lock_guard lock(m_mutex);
            stopped = m_stop;
        }
    }
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
