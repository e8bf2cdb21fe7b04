#pragma once

#include "cli/ReportCommand.h"

namespace storelens::app {

// `storelens report` over the PDF writer of ui/report: the application joins the two front ends, so the
// report library never depends on the command line.
cli::ReportWriter pdfReportWriter();

} // namespace storelens::app
