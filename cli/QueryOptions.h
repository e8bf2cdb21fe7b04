#pragma once

#include "cli/CliCommand.h"
#include "core/analytics/query/Query.h"
#include "core/analytics/snapshot/Snapshot.h"

#include <QCommandLineParser>
#include <QString>

namespace storelens::cli {

// The options every analysis command shares: --workspace, --from, --to, --period all, --compare, --filter
// (repeatable, store=X | channel=X | country=X | category=X | segment=X), --window DAYS, --grain
// week|month|quarter,
// --format table|json|csv.
enum class OutputFormat { Table, Json, Csv };

struct QueryOptions
{
    QString workspacePath;
    analytics::Query query;
    OutputFormat format = OutputFormat::Table;
    // --period all: every day with data, [first day, as-of date], with no comparison (nothing before it).
    // The period is set once the snapshot is known (applyAllTime).
    bool allTime = false;
};

// Which shared options a command offers (each command registers only what it uses).
struct QueryOptionSet
{
    bool period = true;  // --from, --to
    bool compare = true; // --compare
    bool filter = true;  // --filter
    bool window = true;  // --window
    bool grain = false;  // --grain
    bool format = true;  // --format
};

// Adds the options to a parser.
void addQueryOptions(QCommandLineParser &parser, const QueryOptionSet &set = QueryOptionSet());

// Reads them after parser.process()/parse(). On bad values returns false and sets *error to a translated
// sentence (the command prints it and exits with BadUsage).
bool readQueryOptions(const QCommandLineParser &parser, const QueryOptionSet &set, QueryOptions *options,
                      QString *error);

// Sets the period of --period all from the snapshot's first day with data and as-of date; nothing otherwise.
void applyAllTime(QueryOptions &options, const analytics::Snapshot &snapshot);

} // namespace storelens::cli
