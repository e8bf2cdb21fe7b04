#include "cli/CliCommand.h"

namespace storelens::cli {

using namespace storelens::core;

// Each command's factory lives beside its implementation; add one line here per command.
std::unique_ptr<CliCommand> makeImportCommand();
std::unique_ptr<CliCommand> makeSampleCommand();
std::unique_ptr<CliCommand> makeInfoCommand();
std::unique_ptr<CliCommand> makeKpiCommand();
std::unique_ptr<CliCommand> makeCohortsCommand();
std::unique_ptr<CliCommand> makeSegmentsCommand();
std::unique_ptr<CliCommand> makeClvCommand();
std::unique_ptr<CliCommand> makeCustomerCommand();
std::unique_ptr<CliCommand> makeExplainCommand();

CommandList coreCommands()
{
    CommandList list;
    list.push_back(makeImportCommand());
    list.push_back(makeSampleCommand());
    list.push_back(makeInfoCommand());
    list.push_back(makeKpiCommand());
    list.push_back(makeCohortsCommand());
    list.push_back(makeSegmentsCommand());
    list.push_back(makeClvCommand());
    list.push_back(makeCustomerCommand());
    list.push_back(makeExplainCommand());
    return list;
}

} // namespace storelens::cli
