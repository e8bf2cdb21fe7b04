#include "cli/CliSupport.h"
#include "core/sample/OrderCsvSink.h"
#include "core/sample/SampleWorkspace.h"
#include "core/store/Currency.h"
#include "core/store/Workspace.h"
#include "core/store/WorkspaceSummary.h"

#include <QSaveFile>

namespace storelens::cli {

using namespace storelens::core;

void printSummary(const WorkspaceSummary &s, const QString &currency, CliStreams &io);

namespace {

const QString kWorkspace = QStringLiteral("workspace");
const QString kCustomers = QStringLiteral("customers");
const QString kYears = QStringLiteral("years");
const QString kSeed = QStringLiteral("seed");
const QString kScale = QStringLiteral("orders-scale");
const QString kOrdersCsv = QStringLiteral("orders-csv");

// --orders-csv: the sample's order lines as one CSV file instead of a workspace.
int writeCsv(const SampleOptions &options, const QString &path, CliStreams &io)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return reportError(Error(ErrorCode::Io,
                                 CliText::tr("The file could not be written: %1").arg(file.errorString()),
                                 path),
                           io);
    OrderCsvSink sink(&file);
    auto stats = SampleStore(options).generate(sink);
    if (!stats)
        return reportError(stats.error(), io);
    if (!sink.ok() || !file.commit())
        return reportError(Error(ErrorCode::Io,
                                 CliText::tr("The file could not be written: %1").arg(file.errorString()),
                                 path),
                           io);
    io.out << CliText::tr("Wrote %1 order lines of %2 orders to %3.")
                  .arg(stats->orderLines)
                  .arg(stats->orders)
                  .arg(path)
           << '\n';
    return Success;
}

void addSampleOptions(QCommandLineParser &parser)
{
    const QCommandLineOption workspace(kWorkspace, CliText::tr("The workspace file to create."),
                                       CliText::tr("path"));
    const QCommandLineOption customers(kCustomers, CliText::tr("Identified customers (default 5000)."),
                                       CliText::tr("count"), QStringLiteral("5000"));
    const QCommandLineOption years(kYears, CliText::tr("Years of history (default 3)."), CliText::tr("years"),
                                   QStringLiteral("3"));
    const QCommandLineOption seed(kSeed, CliText::tr("Random seed (default 42)."), CliText::tr("seed"),
                                  QStringLiteral("42"));
    const QCommandLineOption scale(kScale, CliText::tr("Multiplies the number of orders (default 1)."),
                                   CliText::tr("factor"), QStringLiteral("1"));
    const QCommandLineOption ordersCsv(
        kOrdersCsv,
        CliText::tr("Write the sample's order lines to this CSV file instead of a "
                    "workspace (for import checks and benchmarks)."),
        CliText::tr("file.csv"));
    parser.addOptions({workspace, customers, years, seed, scale, ordersCsv});
}

// `storelens sample --workspace W`: writes the deterministic sample store.
int runSample(const QCommandLineParser &parser, CliStreams &io)
{
    SampleOptions options;
    bool okCustomers = false, okYears = false, okSeed = false, okScale = false;
    options.customers = parser.value(kCustomers).toInt(&okCustomers);
    options.years = parser.value(kYears).toInt(&okYears);
    options.seed = parser.value(kSeed).toULongLong(&okSeed);
    options.ordersScale = parser.value(kScale).toDouble(&okScale);
    if (!okCustomers || options.customers < 1 || !okYears || options.years < 1 || options.years > 30 ||
        !okSeed || !okScale || options.ordersScale <= 0) {
        io.err << CliText::tr(
                      "--customers and --years take positive whole numbers (years at most 30), --seed a "
                      "whole number and --orders-scale a positive number.")
               << '\n';
        return BadUsage;
    }
    if (parser.isSet(kOrdersCsv))
        return writeCsv(options, parser.value(kOrdersCsv), io);
    int exitCode = Success;
    if (!requireOption(parser, QStringLiteral("workspace"), io, exitCode))
        return exitCode;
    auto stats = writeSampleWorkspace(parser.value(kWorkspace), options);
    if (!stats)
        return reportError(stats.error(), io);
    auto summary = WorkspaceSummary::read(parser.value(kWorkspace));
    if (!summary)
        return reportError(summary.error(), io);
    QString currency;
    {
        Connection connection(parser.value(kWorkspace));
        if (connection.isOpen())
            currency = core::workspaceCurrency(connection.db());
    }
    printSummary(summary.value(), currency, io);
    return Success;
}

} // namespace

std::unique_ptr<CliCommand> makeSampleCommand()
{
    return makeCommand({QStringLiteral("sample"),
                        QT_TRANSLATE_NOOP("storelens::cli", "Create a workspace holding the sample store."),
                        [] {
                            return CliText::tr("storelens sample: writes a realistic sample store (shops "
                                               "and a web shop, customers, products, orders with returns "
                                               "and guest sales, traffic, staffing, inventory and marketing "
                                               "spend) into a new workspace. The same seed always gives the "
                                               "same store.");
                        },
                        addSampleOptions},
                       runSample);
}

} // namespace storelens::cli
