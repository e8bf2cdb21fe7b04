#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace storelens::core::analytics {
}

namespace storelens::cli {

// The command line is a front end of core: its analytics read as `analytics::…` here.
namespace analytics = storelens::core::analytics;

// Exit statuses of every subcommand (issue: "0 on success, 1 on bad usage, 2 when input is rejected").
enum ExitCode : int { Success = 0, BadUsage = 1, InputRejected = 2 };

// Where a command writes: standard output for results, standard error for messages and progress.
struct CliStreams
{
    QTextStream &out;
    QTextStream &err;
};

// One `storelens NAME …` subcommand. Each lives in its own file and parses its own options with
// QCommandLineParser, so `storelens NAME --help` describes it.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one translated line for `storelens --help`
    // `arguments` starts with the program name, then the command name, then its options.
    virtual int run(const QStringList &arguments, CliStreams &io) = 0;
};

using CommandList = std::vector<std::unique_ptr<CliCommand>>;

// The commands storelens_core provides (import, sample, info, kpi, ...). The app adds its own (report).
CommandList coreCommands();

// True when argv names a subcommand from `commands` (or asks for the command list), so main() runs the CLI
// instead of the GUI.
bool isCliInvocation(const QStringList &arguments, const CommandList &commands);

// Runs the subcommand named by arguments[1]; prints usage and returns BadUsage when there is none.
int runCli(const QStringList &arguments, const CommandList &commands);

} // namespace storelens::cli
