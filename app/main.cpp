#include "core/cli/CliCommand.h"

#include <QCoreApplication>

using namespace storelens;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const auto commands = core::cli::coreCommands();
    return core::cli::runCli(QCoreApplication::arguments(), commands);
}
