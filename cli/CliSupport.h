#pragma once

#include "cli/CliCommand.h"
#include "cli/QueryOptions.h"
#include "core/model/Result.h"
#include "core/session/WorkspaceSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace storelens::cli {

// What a command says about itself and which options it has: `summary`, one line for `storelens --help`, a
// source text marked with QT_TRANSLATE_NOOP in `context` and translated each time it is shown; `description`,
// the translated text of `storelens NAME --help` above the options.
struct CommandSpec
{
    QString name;
    const char *summary = nullptr;
    std::function<QString()> description;
    // Adds the command's own options and positional arguments; may be empty.
    std::function<void(QCommandLineParser &parser)> addOptions;
    const char *context = "storelens::cli";
};

// What runs a command once its options are parsed (--help and parse errors already answered).
using ParsedCommand = std::function<int(const QCommandLineParser &parser, CliStreams &io)>;
// The same for an analysis command, with its query options read.
using QueryCommand =
    std::function<int(const QCommandLineParser &parser, QueryOptions &options, CliStreams &io)>;

// A command made of its spec: its parser takes the description and the options, parses `arguments`, answers
// --help and parse errors, then `run` goes on.
std::unique_ptr<CliCommand> makeCommand(CommandSpec spec, ParsedCommand run);
// Where an analysis command's own options stand in its --help: after the shared query options, or before
// them when they are what the command is about (explain's --kpi).
enum class OwnOptions { AfterShared, BeforeShared };

// An analysis command: the shared options of `set` beside its own, then parseQueryCommand() checks them and
// `run` gets the query options read.
std::unique_ptr<CliCommand> makeQueryCommand(CommandSpec spec, QueryOptionSet set, QueryCommand run,
                                             OwnOptions order = OwnOptions::AfterShared);

// Builds `parser` from the spec's description and options, then parseOrExit().
int parseCommand(QCommandLineParser &parser, const CommandSpec &spec, const QStringList &arguments,
                 CliStreams &io);

// The --workspace option of commands that take no other query option: `description` as given (translated).
QCommandLineOption workspaceOption(const QString &description);

// Parses a command's options; prints --help to io.out (returns Success) or the problem to io.err (BadUsage).
// Returns -1 when the command should go on.
int parseOrExit(QCommandLineParser &parser, const QStringList &arguments, CliStreams &io);

// parseOrExit(), then what every analysis command checks next: no positional arguments for `storelens
// command`, then readQueryOptions(). Prints the problem and returns BadUsage (or Success after --help); -1
// when the command should go on.
int parseQueryCommand(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
                      const QueryOptionSet &set, QueryOptions *options, CliStreams &io);
// The checks of parseQueryCommand() after parsing.
int checkQueryCommand(const QCommandLineParser &parser, const QString &command, const QueryOptionSet &set,
                      QueryOptions *options, CliStreams &io);

// What an analysis command computes from: the session of its workspace and its query resolved there (the
// period completed, the filters as line masks). Commands ask the session for their analysis and print it.
struct AnalysisInput
{
    std::shared_ptr<core::session::WorkspaceSession> session;
    core::session::ResolvedQueryPtr resolved;

    const QString &workspacePath() const { return session->workspacePath(); }
    const analytics::Snapshot &snapshot() const { return resolved->data(); }
    // The selected lines, nullptr for all of them.
    const std::vector<uint8_t> *lineMask() const { return resolved->mask(); }
};

// Rejects a snapshot before the query is resolved (an empty workspace, an option outside its dates): the
// error to report, or std::nullopt to go on.
using SnapshotCheck = std::function<std::optional<core::Error>(const analytics::Snapshot &snapshot,
                                                               const QString &workspacePath)>;

// The check of commands that have nothing to say about an empty workspace.
std::optional<core::Error> rejectEmptySnapshot(const analytics::Snapshot &snapshot,
                                               const QString &workspacePath);

// Opens the workspace of `options` (migrating an older schema) and a session on it, runs `check` (when
// given) on its snapshot and resolves the query there; options.query becomes the resolved query (an
// open-ended period ends at the as-of date).
core::Result<AnalysisInput> loadAnalysisInput(QueryOptions &options, const SnapshotCheck &check = {});

// Opens the workspace at `path` (migrating an older schema) and a session on it.
core::Result<std::shared_ptr<core::session::WorkspaceSession>> openSession(const QString &path);

// Writes a result in the format asked for: the JSON document, indented, or what `csv` or `table` write;
// flushes io.out and returns Success.
int printResult(OutputFormat format, CliStreams &io, const std::function<QJsonDocument()> &json,
                const std::function<void(QTextStream &out)> &csv,
                const std::function<void(QTextStream &out)> &table);

// The value of --workspace, or an error message printed and BadUsage returned through `exitCode`.
bool requireOption(const QCommandLineParser &parser, const QString &name, CliStreams &io, int &exitCode);

// The workspace's currency (an ISO code; empty when not known).
QString workspaceCurrency(core::session::WorkspaceSession &session);
// A JSON document that carries money with the workspace's currency beside it: `currency` (ISO code, or null
// when not known) added to its top-level object. Money itself stays plain numbers.
QJsonDocument withCurrency(const QJsonDocument &document, core::session::WorkspaceSession &session);

// Prints an error as "file:line:column: message" on io.err; returns the exit status that fits it.
int reportError(const core::Error &error, CliStreams &io);

// Translation context of the command-line texts.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::cli)
};

} // namespace storelens::cli
