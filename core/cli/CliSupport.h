#pragma once

#include "core/cli/CliCommand.h"
#include "core/model/Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

namespace storelens::core::cli {

// Parses a command's options; prints --help to io.out (returns Success) or the problem to io.err (BadUsage).
// Returns -1 when the command should go on.
int parseOrExit(QCommandLineParser &parser, const QStringList &arguments, CliStreams &io);

// The value of --workspace, or an error message printed and BadUsage returned through `exitCode`.
bool requireOption(const QCommandLineParser &parser, const QString &name, CliStreams &io, int &exitCode);

// Prints an error as "file:line:column: message" on io.err; returns the exit status that fits it.
int reportError(const Error &error, CliStreams &io);

// Translation context of the command-line texts.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::core::cli)
};

} // namespace storelens::core::cli
