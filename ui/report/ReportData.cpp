#include "ui/report/ReportData.h"

#include "core/session/WorkspaceSession.h"
#include "ui/common/Formatting.h"

#include <QFileInfo>

namespace storelens::ui {

core::Result<ReportData> computeReportData(const ReportOptions &options, const TaskControl &control,
                                           std::shared_ptr<core::session::WorkspaceSession> session)
{
    if (!session || session->workspacePath() != options.workspacePath)
        session = std::make_shared<core::session::WorkspaceSession>(options.workspacePath);
    core::session::ReportRequest request;
    request.query = options.query;
    request.periodTemplate = options.periodTemplate;
    request.kpis = options.sections.testFlag(ReportSection::Kpis);
    request.cohorts = options.sections.testFlag(ReportSection::Cohorts);
    request.segments = options.sections.testFlag(ReportSection::Segments);
    request.clv = options.sections.testFlag(ReportSection::Clv);
    core::Result<core::session::ReportResult> result = session->reportData(request, control);
    if (!result)
        return result.error();
    ReportData data;
    static_cast<core::session::ReportResult &>(data) = std::move(result).value();
    data.options = options;
    data.workspaceName = QFileInfo(options.workspacePath).completeBaseName();
    data.generatedAt = QDateTime::currentDateTime();
    data.analytics = data.overview;
    if (data.noDataMessage.isEmpty())
        data.options.query = data.query; // the template's period, the period resolved
    if (data.noDataMessage.isEmpty() && options.sections.testFlag(ReportSection::Kpis)) {
        auto explanations = computeReportExplanations(*session, data, control, &data.beyondNormalVariation);
        if (!explanations)
            return explanations.error();
        data.explanations = std::move(explanations).value();
    }
    if (const auto settings = session->settings())
        data.currency = settings.value()->currency;
    // The command line has no open workspace to take the currency from: the report's money shows this one.
    if (displayCurrency().isEmpty())
        setDisplayCurrency(data.currency);
    return data;
}

} // namespace storelens::ui
