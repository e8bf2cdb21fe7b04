// Analytics benchmark (not a test): times snapshot load, the dashboard refresh (KPI tiles with comparison,
// monthly cohort matrix, RFM and segments) and a warm filter change on one workspace. See README.md.
#include "core/analytics/cohorts/Cohorts.h"
#include "core/analytics/customers/CustomerBase.h"
#include "core/analytics/explain/Explain.h"
#include "core/analytics/kpi/KpiEngine.h"
#include "core/analytics/query/LineFilter.h"
#include "core/analytics/snapshot/SnapshotCache.h"
#include "core/analytics/snapshot/SnapshotFile.h"
#include "core/session/WorkspaceSession.h"
#include "core/store/Workspace.h"
#include "core/store/WorkspaceKey.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFuture>
#include <QTextStream>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <sys/resource.h>

#include <algorithm>
#include <functional>
#include <vector>

using namespace storelens::core;
using namespace storelens::core::analytics;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Timing
{
    QString name;
    std::vector<double> ms;
    QString key;             // the row's name in --results
    std::vector<double> cpu; // process CPU time (user + system, all threads) in milliseconds
};

double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

// Runs `work` `repetitions` times and records each wall time in milliseconds.
Timing measure(const QString &name, int repetitions, const std::function<void()> &work,
               const QString &key = {})
{
    Timing t{name, {}, key, {}};
    t.ms.reserve(size_t(repetitions));
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        const double cpuStart = cpuMs();
        timer.start();
        work();
        t.ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        t.cpu.push_back(cpuMs() - cpuStart);
    }
    return t;
}

// A refresh of the default query on a loaded snapshot, as a user's later refreshes meet it: the snapshot's
// pages are touched and the query's per-customer totals built before (the app pays those at start-up and on
// the first refresh, in rows of their own), so one refresh that is not timed comes first, then the median of
// at least kWarmRepetitions (one repetition at 10,000,000 lines was the first touch of the snapshot's pages).
constexpr int kWarmRepetitions = 3;
Timing measureWarm(const QString &name, int repetitions, const std::function<void()> &work,
                   const QString &key = {})
{
    work();
    return measure(name, std::max(repetitions, kWarmRepetitions), work, key);
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // kilobytes on Linux
}

const std::vector<uint8_t> *maskOf(const ResolvedFilter &f)
{
    return f.allLines ? nullptr : &f.lineMask;
}

// The three parts of a refresh, for one query. Results are kept in `sink` so nothing is optimised away.
struct RefreshSink
{
    qint64 checksum = 0;
};

void kpiPart(const SnapshotPtr &s, const Query &q, RefreshSink &sink)
{
    const ResolvedFilter filter = resolveFilter(*s, q.filter);
    auto report = computeKpiReport(s, q, filter);
    if (report)
        sink.checksum += report->kpi(KpiId::NetSales).current.money.units();
}

void cohortPart(const SnapshotPtr &s, const Query &q, RefreshSink &sink)
{
    const ResolvedFilter filter = resolveFilter(*s, q.filter);
    const CohortMatrix m = CohortMatrix::compute(*s, maskOf(filter), Grain::Month, resolvePeriod(*s, q));
    sink.checksum += qint64(m.cohorts().size());
}

void rfmPart(const SnapshotPtr &s, const Query &q, RefreshSink &sink)
{
    const ResolvedFilter filter = resolveFilter(*s, q.filter);
    const CustomerBase base = CustomerBase::build(*s, maskOf(filter));
    sink.checksum += qint64(base.size());
}

void refreshSequential(const SnapshotPtr &s, const Query &q, RefreshSink &sink)
{
    kpiPart(s, q, sink);
    cohortPart(s, q, sink);
    rfmPart(s, q, sink);
}

// The three parts are independent: run them on the global pool, as the GUI may.
void refreshConcurrent(const SnapshotPtr &s, const Query &q, RefreshSink &sink)
{
    RefreshSink a, b, c;
    QFuture<void> f1 = QtConcurrent::run([&] { kpiPart(s, q, a); });
    QFuture<void> f2 = QtConcurrent::run([&] { cohortPart(s, q, b); });
    rfmPart(s, q, c);
    f1.waitForFinished();
    f2.waitForFinished();
    sink.checksum += a.checksum + b.checksum + c.checksum;
}

void printTable(const std::vector<Timing> &rows)
{
    int width = 10;
    for (const Timing &t : rows)
        width = std::max(width, int(t.name.size()));
    out() << QStringLiteral("%1  %2  %3  %4  %5  (ms)\n")
                 .arg(QStringLiteral("step"), -width)
                 .arg(QStringLiteral("median"), 9)
                 .arg(QStringLiteral("min"), 9)
                 .arg(QStringLiteral("max"), 9)
                 .arg(QStringLiteral("runs"), 4);
    for (const Timing &t : rows) {
        out() << QStringLiteral("%1  %2  %3  %4  %5\n")
                     .arg(t.name, -width)
                     .arg(median(t.ms), 9, 'f', 1)
                     .arg(*std::min_element(t.ms.begin(), t.ms.end()), 9, 'f', 1)
                     .arg(*std::max_element(t.ms.begin(), t.ms.end()), 9, 'f', 1)
                     .arg(t.ms.size(), 4);
    }
}

// One line per keyed row, "key<TAB>median wall ms<TAB>median CPU ms", for run_benchmarks.sh.
void writeResults(const QString &path, const std::vector<Timing> &rows, long peakKb)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    QTextStream s(&file);
    for (const Timing &t : rows) {
        if (!t.key.isEmpty())
            s << t.key << '\t' << QString::number(median(t.ms), 'f', 2) << '\t'
              << QString::number(median(t.cpu), 'f', 2) << '\n';
    }
    s << "peak_rss_kb\t" << peakKb << '\n';
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("StoreLens analytics benchmark."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("workspace"), QStringLiteral("The .storelens workspace."));
    const QCommandLineOption repsOption(QStringLiteral("repetitions"),
                                        QStringLiteral("Repetitions (default 7)."), QStringLiteral("n"),
                                        QStringLiteral("7"));
    const QCommandLineOption storeOption(QStringLiteral("store"),
                                         QStringLiteral("Store of the filter-change step (default: the "
                                                        "snapshot's first store)."),
                                         QStringLiteral("name"));
    const QCommandLineOption resultsOption(
        QStringLiteral("results"),
        QStringLiteral("Also write the medians as key<TAB>wall ms<TAB>CPU ms lines here."),
        QStringLiteral("file"));
    const QCommandLineOption persistedOption(
        QStringLiteral("persisted"),
        QStringLiteral("Load the snapshot from its persisted file (written by a run without this option) "
                       "instead of from SQLite."));
    parser.addOption(repsOption);
    parser.addOption(storeOption);
    parser.addOption(persistedOption);
    parser.addOption(resultsOption);
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString path = parser.positionalArguments().constFirst();
    const int reps = std::max(1, parser.value(repsOption).toInt());

    std::vector<Timing> rows;
    SnapshotPtr snapshot;
    const bool persisted = parser.isSet(persistedOption);
    rows.push_back(measure(
        persisted ? QStringLiteral("snapshot load (persisted file, key check + read)")
                  : QStringLiteral("snapshot load (cold, loadSnapshot)"),
        reps,
        [&] {
            snapshot.reset();
            if (persisted) {
                Connection connection(path, Connection::Access::ReadOnly);
                snapshot = snapshotfile::read(path, readWorkspaceKey(connection.db()));
                if (snapshot)
                    return;
                out() << "no persisted snapshot matches the workspace: run once without --persisted\n";
                out().flush();
                std::exit(1);
            }
            auto loaded = loadSnapshot(path);
            if (!loaded) {
                out() << loaded.error().message() << '\n';
                out().flush();
                std::exit(1);
            }
            snapshot = loaded.value();
        },
        persisted ? QStringLiteral("load_persisted") : QStringLiteral("load")));
    const long rssAfterLoad = peakRssKb();

    const Query defaultQuery;
    Query storeQuery;
    storeQuery.filter.stores << (parser.isSet(storeOption) ? parser.value(storeOption)
                                                           : snapshot->stores.value(0));

    RefreshSink sink;
    rows.push_back(measureWarm(QStringLiteral("  KPI tiles + comparison"), reps,
                               [&] { kpiPart(snapshot, defaultQuery, sink); }));
    rows.push_back(measureWarm(QStringLiteral("  monthly cohort matrix"), reps,
                               [&] { cohortPart(snapshot, defaultQuery, sink); }));
    rows.push_back(measureWarm(QStringLiteral("  RFM + segments (CustomerBase)"), reps,
                               [&] { rfmPart(snapshot, defaultQuery, sink); }));
    rows.push_back(measureWarm(
        QStringLiteral("refresh (sequential)"), reps,
        [&] { refreshSequential(snapshot, defaultQuery, sink); }, QStringLiteral("refresh")));
    rows.push_back(measureWarm(
        QStringLiteral("refresh (3 parts on QtConcurrent)"), reps,
        [&] { refreshConcurrent(snapshot, defaultQuery, sink); }, QStringLiteral("refresh_concurrent")));
    // The same on a snapshot nothing has been derived from yet (the first refresh after a load): the
    // per-customer totals the refreshes above share are computed again (SnapshotDerived).
    rows.push_back(measure(
        QStringLiteral("refresh, first on the snapshot (QtConcurrent)"), reps,
        [&] {
            snapshot->derived.clear();
            refreshConcurrent(snapshot, defaultQuery, sink);
        },
        QStringLiteral("refresh_first")));
    rows.push_back(measure(
        QStringLiteral("filter change: store (sequential)"), reps,
        [&] { refreshSequential(snapshot, storeQuery, sink); }, QStringLiteral("filter")));
    rows.push_back(measure(
        QStringLiteral("filter change: store (QtConcurrent)"), reps,
        [&] { refreshConcurrent(snapshot, storeQuery, sink); }, QStringLiteral("filter_concurrent")));
    snapshotfile::setWritingAllowed(true); // as the window does
    storelens::core::session::WorkspaceSession session(path);
    // A workspace made before workspace keys gets one, as the window gives it, so that a first run persists
    // the snapshot (the dashboard step then measures a warm cache).
    session.write([](QSqlDatabase &db) { return completeWorkspaceKey(db); }).waitForFinished();
    session.snapshot();
    rows.push_back(measure(QStringLiteral("dashboard (WorkspaceSession::overview, cached)"), reps, [&] {
        auto r = session.overview(defaultQuery);
        if (r)
            sink.checksum += qint64(r.value()->breakdowns.size());
    }));

    // "Why?" on net sales with every dimension, saved segments included (issue 19: under 100 ms on a
    // 1,000,000-line workspace): the KPI report that fixes the periods, the customer facts and the
    // explanation, on the cached snapshot and customer base (the first call builds the base and is not
    // timed).
    std::vector<analytics::explain::Dimension> dimensions;
    for (int i = 0; i < analytics::explain::kDimensionCount; ++i)
        dimensions.push_back(analytics::explain::Dimension(i));
    const auto explainNetSales = [&] {
        auto r = session.explain(defaultQuery, KpiId::NetSales, dimensions);
        if (r)
            sink.checksum += qint64(r.value()->contributions.size());
    };
    explainNetSales();
    rows.push_back(measure(QStringLiteral("explain net sales, all dimensions (session, cached)"), reps,
                           explainNetSales, QStringLiteral("explain")));
    // Its parts: the KPI report that fixes the periods and the coverage rule, and the engine alone.
    const ResolvedFilter all = resolveFilter(*snapshot, defaultQuery.filter);
    const KpiCustomerFacts facts = buildKpiCustomerFacts(*snapshot, all);
    const KpiReport report = computeKpiReport(snapshot, defaultQuery, all, {}, &facts).value();
    rows.push_back(measure(QStringLiteral("  customer facts + KPI report"), reps, [&] {
        const KpiCustomerFacts f = buildKpiCustomerFacts(*snapshot, all);
        sink.checksum += computeKpiReport(snapshot, defaultQuery, all, {}, &f)->revision;
    }));
    rows.push_back(measure(QStringLiteral("  explainKpi (engine only)"), reps, [&] {
        auto e = analytics::explain::explainKpi(*snapshot, all, facts, report, KpiId::NetSales, dimensions);
        sink.checksum += qint64(e->contributions.size());
    }));

    out() << QStringLiteral("workspace: %1\norder lines: %2, customers: %3, threads: %4, store filter: %5\n")
                 .arg(path)
                 .arg(qulonglong(snapshot->lineCount()))
                 .arg(qulonglong(snapshot->customers.size()))
                 .arg(QThreadPool::globalInstance()->maxThreadCount())
                 .arg(storeQuery.filter.stores.join(QLatin1String(", ")));
    printTable(rows);
    if (parser.isSet(resultsOption))
        writeResults(parser.value(resultsOption), rows, peakRssKb());
    out() << QStringLiteral("peak RSS after load: %1 MiB, at the end: %2 MiB (checksum %3)\n")
                 .arg(double(rssAfterLoad) / 1024.0, 0, 'f', 1)
                 .arg(double(peakRssKb()) / 1024.0, 0, 'f', 1)
                 .arg(sink.checksum);
    out().flush();
    return 0;
}
