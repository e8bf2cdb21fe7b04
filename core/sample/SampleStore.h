#pragma once

#include "core/model/EntitySink.h"
#include "core/model/Result.h"

#include <QDate>
#include <QtGlobal>

#include <functional>

namespace storelens::core {

// What the sample store looks like. A given set of options always produces the same store.
struct SampleOptions
{
    int customers = 5000; // identified customers acquired over the period
    int years = 3;
    quint64 seed = 42;
    QDate lastDay = QDate(2026, 9, 30); // fixed, not the clock, so a seed always gives the same store
    // Multiplies the expected order volume (benchmarks use it to reach a line count). The customer count
    // stays `customers`: they buy more often and guests come more often, so lines grow linearly with the
    // scale.
    double ordersScale = 1.0;
};

// Counts of what generate() emitted.
struct SampleStats
{
    qint64 orderLines = 0;
    qint64 orders = 0; // order ids with at least one sale line (METRICS.md section 2)
    qint64 customers = 0;
    qint64 products = 0;
};

// A deterministic, realistic small retail business (a few shops and a web shop) that gives every KPI of
// METRICS.md data. Order lines are streamed to the sink, never kept, so large ordersScale values need little
// memory.
class SampleStore
{
public:
    explicit SampleStore(const SampleOptions &options);

    // Emits the whole store into the sink, in this order: products, customers, order lines (in date order),
    // inventory snapshots, traffic, staffing, marketing spend. progress(done, total) is called
    // once per generated day (total = the number of days in the period); returning false stops early and
    // generate() returns Error(ErrorCode::Cancelled). Invalid options (years < 1, customers < 0, ordersScale
    // <= 0, an invalid lastDay) give Error(ErrorCode::Usage) before anything is emitted.
    Result<SampleStats> generate(EntitySink &sink, const std::function<bool(qint64, qint64)> &progress = {});

    const SampleOptions &options() const { return m_options; }

private:
    SampleOptions m_options;
};

} // namespace storelens::core
