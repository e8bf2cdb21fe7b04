#include "cli/CliCommand.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace storelens::cli {

namespace {

class CliText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::cli::Cli)
};

void printUsage(QTextStream &to, const CommandList &commands)
{
    to << CliText::tr("Usage: storelens [WORKSPACE.storelens]      start the application") << '\n'
       << CliText::tr("       storelens COMMAND [OPTIONS]          run an analysis from the command line")
       << "\n\n"
       << CliText::tr("Commands:") << '\n';
    for (const auto &c : commands)
        to << "  " << c->name().leftJustified(12) << c->summary() << '\n';
    to << '\n' << CliText::tr("Run 'storelens COMMAND --help' for the options of a command.") << '\n';
}

bool asksForHelp(const QString &first)
{
    return first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help");
}

const CliCommand *findCommand(const QString &name, const CommandList &commands)
{
    for (const auto &c : commands) {
        if (c->name() == name)
            return c.get();
    }
    return nullptr;
}

class FunctionCommand : public CliCommand
{
public:
    FunctionCommand(QString name, const char *context, const char *summary, CommandFunction run)
        : m_name(std::move(name))
        , m_context(context)
        , m_summary(summary)
        , m_run(std::move(run))
    {
    }
    QString name() const override { return m_name; }
    QString summary() const override { return QCoreApplication::translate(m_context, m_summary); }
    int run(const QStringList &arguments, CliStreams &io) override { return m_run(arguments, io); }

private:
    QString m_name;
    const char *m_context;
    const char *m_summary;
    CommandFunction m_run;
};

} // namespace

std::unique_ptr<CliCommand> makeCommand(QString name, const char *context, const char *summary,
                                        CommandFunction run)
{
    return std::make_unique<FunctionCommand>(std::move(name), context, summary, std::move(run));
}

int editDistance(const QString &a, const QString &b)
{
    const QString s = a.toLower();
    const QString t = b.toLower();
    const auto n = size_t(s.size());
    const auto m = size_t(t.size());
    // d[i][j]: the distance between the first i characters of s and the first j of t.
    std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1, 0));
    for (size_t i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (size_t j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (size_t i = 1; i <= n; ++i) {
        for (size_t j = 1; j <= m; ++j) {
            const int cost = s.at(qsizetype(i - 1)) == t.at(qsizetype(j - 1)) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && s.at(qsizetype(i - 1)) == t.at(qsizetype(j - 2)) &&
                s.at(qsizetype(i - 2)) == t.at(qsizetype(j - 1)))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

QString nearestCommand(const QString &word, const CommandList &commands)
{
    // Close enough to be a slip: at most a third of the word's letters, and at least one.
    const int allowed = std::max(1, int(word.size()) / 3);
    QString best;
    int bestDistance = allowed + 1;
    for (const auto &c : commands) {
        const int distance = editDistance(word, c->name());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = c->name();
        }
    }
    return best;
}

bool isCliInvocation(const QStringList &arguments, const CommandList &commands)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    if (asksForHelp(first) || findCommand(first, commands))
        return true;
    // Anything else that reads as a command word is one too, so that a misspelt command is refused instead of
    // starting the application: not an option (Qt's own -platform, -style, ...), not a workspace to open and
    // not an existing file.
    if (first.isEmpty() || first.startsWith(QLatin1Char('-')))
        return false;
    if (first.endsWith(QStringLiteral(".storelens"), Qt::CaseInsensitive))
        return false;
    return !QFileInfo::exists(first);
}

int runCli(const QStringList &arguments, const CommandList &commands, CliStreams &io)
{
    if (arguments.size() >= 2) {
        const QString &first = arguments.at(1);
        if (asksForHelp(first)) {
            printUsage(io.out, commands);
            io.out.flush();
            return Success;
        }
        for (const auto &c : commands) {
            if (c->name() == first)
                return c->run(arguments, io);
        }
        io.err << CliText::tr("Unknown command '%1'.").arg(first) << '\n';
        const QString nearest = nearestCommand(first, commands);
        if (!nearest.isEmpty())
            io.err << CliText::tr("Did you mean '%1'?").arg(nearest) << '\n';
        io.err << '\n';
    }
    printUsage(io.err, commands);
    io.err.flush();
    return BadUsage;
}

int runCli(const QStringList &arguments, const CommandList &commands)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliStreams io{out, err};
    return runCli(arguments, commands, io);
}

} // namespace storelens::cli
