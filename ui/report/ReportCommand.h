#pragma once

#include "cli/CliCommand.h"

#include <memory>

namespace storelens::ui {

// `storelens report --workspace W --out report.pdf [...]`: the PDF report from the command line. It needs a
// QGuiApplication (fonts); main() creates one, on the offscreen platform when there is no display.
std::unique_ptr<cli::CliCommand> makeReportCommand();

} // namespace storelens::ui
