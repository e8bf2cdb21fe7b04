#pragma once

#include "core/model/Result.h"
#include "core/session/TaskControl.h"
#include "ui/report/ReportOptions.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

class QPagedPaintDevice;

namespace storelens::core::session {
class WorkspaceSession;
}

namespace storelens::ui {

struct ReportData;
using core::TaskControl;

struct ReportOutcome
{
    QString path;
    int pages = 0;
    std::vector<qreal> pageFills; // by page: how much of its body it uses, 0 to 1 (ReportDocument::pageFill)
    qint64 bytes = 0;
    qint64 milliseconds = 0; // computing and writing
};

// The PDF's title: "StoreLens report: shop, 1 Sep 2026 to 30 Sep 2026 (30 days)".
QString reportTitle(const ReportData &data);
// Page size, orientation and margins of the options on a PDF writer or printer.
void applyReportPageLayout(QPagedPaintDevice &device, const ReportOptions &options);

// Lays the data out and paints it into PDF bytes, with title, author and creator metadata. Progress runs from
// `progressFrom` to 100, one step per page. `pageFills` receives each page's fill (pageFill()).
core::Result<QByteArray> renderReportPdf(const std::shared_ptr<const ReportData> &data,
                                         const TaskControl &control, int progressFrom = 0,
                                         int *pageCount = nullptr, std::vector<qreal> *pageFills = nullptr);

// Computes the report and writes it to `outputPath`. The file is replaced only when the whole report is
// written: a failure or a cancel leaves whatever was there before.
// `session`: the open workspace's (one is opened when none is given).
core::Result<ReportOutcome> writeReport(const ReportOptions &options, const QString &outputPath,
                                        const TaskControl &control,
                                        std::shared_ptr<core::session::WorkspaceSession> session = {});

} // namespace storelens::ui
