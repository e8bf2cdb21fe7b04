#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
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

// What runs a command: `arguments` as CliCommand::run() takes them.
using CommandFunction = std::function<int(const QStringList &arguments, CliStreams &io)>;

// A command made of its name, its one-line summary and the function that runs it. The summary is a source
// text marked with QT_TRANSLATE_NOOP in `context`, translated each time it is shown.
std::unique_ptr<CliCommand> makeCommand(QString name, const char *context, const char *summary,
                                        CommandFunction run);

// The commands storelens_core provides (import, sample, info, kpi, ...). The app adds its own (report).
CommandList coreCommands();

// True when argv names a subcommand from `commands`, asks for the command list, or reads as a command word
// (a first argument that is no option, no .storelens workspace and no existing file), so main() runs the
// CLI instead of the GUI and a misspelt command is refused.
bool isCliInvocation(const QStringList &arguments, const CommandList &commands);

// Runs the subcommand named by arguments[1]. An unknown one is refused with BadUsage, the nearest command
// name (when one is close) and the list of commands on io.err.
int runCli(const QStringList &arguments, const CommandList &commands, CliStreams &io);
// The same on standard output and standard error.
int runCli(const QStringList &arguments, const CommandList &commands);

// The edit distance (insertions, deletions, substitutions and swaps of two neighbours, case-insensitive).
int editDistance(const QString &a, const QString &b);
// The command whose name is nearest to `word`, when it is close enough to be a slip; empty otherwise.
QString nearestCommand(const QString &word, const CommandList &commands);

} // namespace storelens::cli
