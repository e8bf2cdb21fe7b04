#include "ui/report/ReportWriter.h"

#include "ui/common/LatestTask.h"
#include "ui/report/PdfMetadata.h"
#include "ui/report/ReportData.h"
#include "ui/report/ReportDocument.h"
#include "ui/report/ReportFormat.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace storelens::ui {

namespace {

class ReportWriterText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::ui::ReportWriter)
};

// lupdate loses the class of a tr() call inside a function whose return type is qualified (core::Error),
// so the message is made in a function returning QString.
QString cancelledMessage()
{
    return ReportWriterText::tr("The report was cancelled.");
}

core::Error cancelledError()
{
    return core::Error(core::ErrorCode::Cancelled, cancelledMessage());
}

QString creatorName()
{
    const QString version = QCoreApplication::applicationVersion();
    return version.isEmpty() ? QStringLiteral("StoreLens") : QStringLiteral("StoreLens %1").arg(version);
}

} // namespace

QString reportTitle(const ReportData &data)
{
    if (!data.analytics)
        return ReportWriterText::tr("StoreLens report: %1").arg(data.workspaceName);
    return ReportWriterText::tr("StoreLens report: %1, %2")
        .arg(data.workspaceName, formatPeriod(data.analytics->kpis.period, data.options.locale));
}

void applyReportPageLayout(QPagedPaintDevice &device, const ReportOptions &options)
{
    device.setPageLayout(QPageLayout(QPageSize(options.pageSize), options.orientation,
                                     QMarginsF(14, 12, 14, 12), QPageLayout::Millimeter));
}

core::Result<QByteArray> renderReportPdf(const std::shared_ptr<const ReportData> &data,
                                         const TaskControl &control, int progressFrom, int *pageCount,
                                         std::vector<qreal> *pageFills)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QString title = reportTitle(*data);
    const QString author = reportAuthor(data->options);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(creatorName());
        writer.setDocumentXmpMetadata(reportXmpMetadata(title, author, creatorName()));
        applyReportPageLayout(writer, data->options);
        const ReportDocument document(data, &writer);
        QPainter painter;
        if (!painter.begin(&writer))
            return core::Error(core::ErrorCode::Io, ReportWriterText::tr("The PDF could not be started."));
        const int pages = document.pageCount();
        const bool complete = document.print(painter, [&](int page) {
            control.progress(progressFrom + (100 - progressFrom) * page / std::max(1, pages));
            return !control.cancelled();
        });
        painter.end();
        if (!complete)
            return cancelledError();
        if (pageCount)
            *pageCount = pages;
        if (pageFills) {
            pageFills->clear();
            for (int page = 0; page < pages; ++page)
                pageFills->push_back(document.pageFill(page));
        }
    }
    buffer.close();
    auto withAuthor = addPdfAuthor(bytes, author);
    if (!withAuthor)
        return withAuthor.error();
    control.progress(100);
    return bytes;
}

core::Result<ReportOutcome> writeReport(const ReportOptions &options, const QString &outputPath,
                                        const TaskControl &control,
                                        std::shared_ptr<core::session::WorkspaceSession> session)
{
    QElapsedTimer timer;
    timer.start();
    auto data = computeReportData(options, control.stage(0, 80), std::move(session));
    if (!data)
        return data.error();
    const auto shared = std::make_shared<const ReportData>(std::move(data.value()));
    int pages = 0;
    std::vector<qreal> fills;
    auto pdf = renderReportPdf(shared, control, 80, &pages, &fills);
    if (!pdf)
        return pdf.error();
    if (control.cancelled())
        return cancelledError();
    // A folder typed into the dialog or given to `storelens report --out` that does not exist yet is made.
    QDir().mkpath(QFileInfo(outputPath).absolutePath());
    QSaveFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf.value()) != pdf.value().size() || !file.commit())
        return core::Error(
            core::ErrorCode::Io,
            ReportWriterText::tr("The report could not be written: %1").arg(file.errorString()), outputPath);
    ReportOutcome outcome;
    outcome.path = outputPath;
    outcome.pages = pages;
    outcome.pageFills = std::move(fills);
    outcome.bytes = pdf.value().size();
    outcome.milliseconds = timer.elapsed();
    return outcome;
}

} // namespace storelens::ui
