#include "cli/CliCommand.h"

#include <QCoreApplication>

#include <cstdio>

namespace storelens::cli {

using namespace storelens::core;

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

} // namespace

bool isCliInvocation(const QStringList &arguments, const CommandList &commands)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help"))
        return true;
    for (const auto &c : commands) {
        if (c->name() == first)
            return true;
    }
    return false;
}

int runCli(const QStringList &arguments, const CommandList &commands)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliStreams io{out, err};
    if (arguments.size() >= 2) {
        const QString &first = arguments.at(1);
        if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
            first == QLatin1String("help")) {
            printUsage(out, commands);
            return Success;
        }
        for (const auto &c : commands) {
            if (c->name() == first)
                return c->run(arguments, io);
        }
        err << CliText::tr("Unknown command '%1'.").arg(first) << "\n\n";
    }
    printUsage(err, commands);
    return BadUsage;
}

} // namespace storelens::cli
