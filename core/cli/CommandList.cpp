#include "core/cli/CliCommand.h"

namespace storelens::core::cli {

// Each command's factory lives beside its implementation; add one line here per command.
std::unique_ptr<CliCommand> makeImportCommand();
std::unique_ptr<CliCommand> makeSampleCommand();
std::unique_ptr<CliCommand> makeInfoCommand();

CommandList coreCommands()
{
    CommandList list;
    list.push_back(makeImportCommand());
    list.push_back(makeSampleCommand());
    list.push_back(makeInfoCommand());
    return list;
}

} // namespace storelens::core::cli
