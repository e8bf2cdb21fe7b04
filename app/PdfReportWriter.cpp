#include "PdfReportWriter.h"

#include "ui/common/LatestTask.h"
#include "ui/report/ReportOptions.h"
#include "ui/report/ReportWriter.h"

namespace storelens::app {

namespace {

ui::ReportOptions reportOptions(const cli::ReportRequest &request)
{
    ui::ReportOptions options;
    options.workspacePath = request.workspacePath;
    options.query = request.query;
    options.periodTemplate = request.periodTemplate;
    if (request.pageSize == QLatin1String("letter"))
        options.pageSize = QPageSize::Letter;
    else if (request.pageSize == QLatin1String("a4"))
        options.pageSize = QPageSize::A4;
    else
        options.pageSize = ui::defaultPageSize(options.locale);
    options.orientation = request.landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
    if (request.sections) {
        options.sections = {};
        for (const QString &key : *request.sections) {
            if (const auto section = ui::reportSectionFromKey(key))
                options.sections |= *section;
        }
    }
    options.author = request.author;
    return options;
}

} // namespace

cli::ReportWriter pdfReportWriter()
{
    cli::ReportWriter writer;
    for (ui::ReportSection section : ui::allReportSections())
        writer.sectionKeys.append(ui::reportSectionKey(section));
    writer.write = [](const cli::ReportRequest &request) -> core::Result<cli::ReportWritten> {
        const auto outcome = ui::writeReport(reportOptions(request), request.outputPath, ui::TaskControl{});
        if (!outcome)
            return outcome.error();
        return cli::ReportWritten{outcome->path, outcome->pages, outcome->milliseconds};
    };
    return writer;
}

} // namespace storelens::app
