#include "core/cli/CliSupport.h"

#include <QCoreApplication>

namespace storelens::core::cli {

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
        io.err << parser.errorText() << '\n' << parser.helpText();
        return BadUsage;
    }
    if (parser.isSet(help)) {
        io.out << parser.helpText();
        return Success;
    }
    return -1;
}

bool requireOption(const QCommandLineParser &parser, const QString &name, CliStreams &io, int &exitCode)
{
    if (!parser.value(name).isEmpty())
        return true;
    io.err << CliText::tr("The option --%1 is required.").arg(name) << '\n';
    exitCode = BadUsage;
    return false;
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

} // namespace storelens::core::cli
