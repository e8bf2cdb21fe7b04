#include "cli/CliSupport.h"

#include "cli/FilterValues.h"

#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace storelens::cli {

using namespace storelens::core;

namespace {

// QCommandLineParser's usage line names only the program ("Usage: storelens [options] file"), which reads as
// if `storelens FILE` imported a file; the command's word goes after the program, so the line can be typed
// as shown ("Aufruf: storelens import [Optionen] Datei").
QString commandHelpText(const QCommandLineParser &parser, const QStringList &arguments)
{
    QString text = parser.helpText();
    if (arguments.size() < 2 || !QCoreApplication::instance())
        return text;
    const QString program = QCoreApplication::arguments().value(0) + QLatin1Char(' ');
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    const qsizetype at = text.indexOf(program);
    if (program.size() > 1 && at >= 0 && (lineEnd < 0 || at < lineEnd))
        text.insert(at + program.size(), arguments.at(1) + QLatin1Char(' '));
    return text;
}

} // namespace

int parseOrExit(QCommandLineParser &parser, const QStringList &arguments, CliStreams &io)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  CliText::tr("Show this help."));
    parser.addOption(help);
    // arguments: program, command, options...; the parser wants the program first.
    QStringList args = arguments;
    if (args.size() >= 2)
        args.removeAt(1);
    if (!parser.parse(args)) {
        io.err << parser.errorText() << '\n' << commandHelpText(parser, arguments);
        return BadUsage;
    }
    if (parser.isSet(help)) {
        io.out << commandHelpText(parser, arguments);
        return Success;
    }
    return -1;
}

int parseCommand(QCommandLineParser &parser, const CommandSpec &spec, const QStringList &arguments,
                 CliStreams &io)
{
    parser.setApplicationDescription(spec.description());
    if (spec.addOptions)
        spec.addOptions(parser);
    return parseOrExit(parser, arguments, io);
}

std::unique_ptr<CliCommand> makeCommand(CommandSpec spec, ParsedCommand run)
{
    const QString name = spec.name;
    const char *const context = spec.context;
    const char *const summary = spec.summary;
    return makeCommand(
        name, context, summary,
        [spec = std::move(spec), run = std::move(run)](const QStringList &arguments, CliStreams &io) {
            QCommandLineParser parser;
            if (const int exit = parseCommand(parser, spec, arguments, io); exit >= 0)
                return exit;
            return run(parser, io);
        });
}

std::unique_ptr<CliCommand> makeQueryCommand(CommandSpec spec, QueryOptionSet set, QueryCommand run,
                                             OwnOptions order)
{
    spec.addOptions = [own = std::move(spec.addOptions), set, order](QCommandLineParser &parser) {
        if (order == OwnOptions::AfterShared)
            addQueryOptions(parser, set);
        if (own)
            own(parser);
        if (order == OwnOptions::BeforeShared)
            addQueryOptions(parser, set);
    };
    ParsedCommand parsed = [command = spec.name, set, run = std::move(run)](const QCommandLineParser &parser,
                                                                            CliStreams &io) {
        QueryOptions options;
        if (const int exit = checkQueryCommand(parser, command, set, &options, io); exit >= 0)
            return exit;
        return run(parser, options, io);
    };
    return makeCommand(std::move(spec), std::move(parsed));
}

QCommandLineOption workspaceOption(const QString &description)
{
    return QCommandLineOption(QStringLiteral("workspace"), description, CliText::tr("path"));
}

int parseQueryCommand(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
                      const QueryOptionSet &set, QueryOptions *options, CliStreams &io)
{
    if (const int exit = parseOrExit(parser, arguments, io); exit >= 0)
        return exit;
    return checkQueryCommand(parser, command, set, options, io);
}

int checkQueryCommand(const QCommandLineParser &parser, const QString &command, const QueryOptionSet &set,
                      QueryOptions *options, CliStreams &io)
{
    if (!parser.positionalArguments().isEmpty()) {
        io.err << CliText::tr("storelens %1 takes no positional arguments.").arg(command) << '\n';
        return BadUsage;
    }
    QString error;
    if (!readQueryOptions(parser, set, options, &error)) {
        io.err << error << '\n';
        return BadUsage;
    }
    return -1;
}

std::optional<Error> rejectEmptySnapshot(const analytics::Snapshot &snapshot, const QString &)
{
    if (!snapshot.isEmpty())
        return std::nullopt;
    return Error(ErrorCode::TooLittleData, CliText::tr("The workspace has no order lines yet."));
}

Result<std::shared_ptr<session::WorkspaceSession>> openSession(const QString &path)
{
    const Result<Workspace> workspace = Workspace::open(path, false);
    if (!workspace)
        return workspace.error();
    return std::make_shared<session::WorkspaceSession>(workspace->path());
}

Result<AnalysisInput> loadAnalysisInput(QueryOptions &options, const SnapshotCheck &check)
{
    Result<std::shared_ptr<session::WorkspaceSession>> opened = openSession(options.workspacePath);
    if (!opened)
        return opened.error();
    AnalysisInput input;
    input.session = std::move(opened).value();
    if (check || options.allTime) {
        const Result<analytics::SnapshotPtr> snapshot = input.session->snapshot();
        if (!snapshot)
            return snapshot.error();
        if (check) {
            if (std::optional<Error> rejected = check(*snapshot.value(), input.workspacePath()))
                return std::move(*rejected);
        }
        applyAllTime(options, *snapshot.value());
    }
    if (Result<void> matched = matchFilterValues(*input.session, options.query.filter); !matched)
        return matched.error();
    Result<session::ResolvedQueryPtr> resolved = input.session->resolve(options.query);
    if (!resolved)
        return resolved.error();
    input.resolved = std::move(resolved).value();
    options.query = input.resolved->query;
    return input;
}

int printResult(OutputFormat format, CliStreams &io, const std::function<QJsonDocument()> &json,
                const std::function<void(QTextStream &out)> &csv,
                const std::function<void(QTextStream &out)> &table)
{
    switch (format) {
    case OutputFormat::Json:
        io.out << QString::fromUtf8(json().toJson(QJsonDocument::Indented));
        break;
    case OutputFormat::Csv:
        csv(io.out);
        break;
    case OutputFormat::Table:
        table(io.out);
        break;
    }
    io.out.flush();
    return Success;
}

bool requireOption(const QCommandLineParser &parser, const QString &name, CliStreams &io, int &exitCode)
{
    if (!parser.value(name).isEmpty())
        return true;
    io.err << CliText::tr("The option --%1 is required.").arg(name) << '\n';
    exitCode = BadUsage;
    return false;
}

QString workspaceCurrency(session::WorkspaceSession &session)
{
    const auto settings = session.settings();
    return settings ? settings.value()->currency : QString();
}

QJsonDocument withCurrency(const QJsonDocument &document, session::WorkspaceSession &session)
{
    QJsonObject root = document.object();
    const QString currency = workspaceCurrency(session);
    root.insert(QStringLiteral("currency"), currency.isEmpty() ? QJsonValue() : QJsonValue(currency));
    return QJsonDocument(root);
}

int reportError(const Error &error, CliStreams &io)
{
    io.err << error.toString() << '\n';
    switch (error.code()) {
    case ErrorCode::Usage:
        return BadUsage;
    case ErrorCode::None:
        return Success;
    default:
        return InputRejected;
    }
}

} // namespace storelens::cli
