#include "ui/report/ReportController.h"

#include "ui/common/AnalysisContext.h"
#include "ui/common/FileActions.h"
#include "ui/common/LatestTask.h"
#include "ui/report/ReportData.h"
#include "ui/report/ReportDialog.h"
#include "ui/report/ReportDocument.h"

#include <QAction>
#include <QDir>
#include <QMessageBox>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QWidget>

namespace storelens::ui {

ReportController::ReportController(AnalysisContext *context, QWidget *parentWidget)
    : QObject(parentWidget)
    , m_context(context)
    , m_parentWidget(parentWidget)
    , m_task(new LatestTask(this))
{
    qRegisterMetaType<ReportOutcome>();
    m_exportAction = new QAction(tr("&Export Report…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportReportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportAction->setStatusTip(tr("Write a PDF report of the open workspace for the owner."));
    m_exportAction->setEnabled(context->hasWorkspace());
    connect(m_exportAction, &QAction::triggered, this, &ReportController::showExportDialog);
    connect(context, &AnalysisContext::workspaceChanged, this,
            [this](const QString &path) { m_exportAction->setEnabled(!path.isEmpty()); });
    connect(m_task, &LatestTask::progressChanged, this, [this](int percent) {
        if (m_progress)
            m_progress->setValue(percent);
        Q_EMIT progressChanged(percent);
    });
}

ReportController::~ReportController() = default;

bool ReportController::isRunning() const
{
    return m_task->isRunning();
}

ReportOptions ReportController::baseOptions() const
{
    ReportOptions options;
    options.workspacePath = m_context->workspacePath();
    options.query = m_context->query();
    options.locale = QLocale();
    options.pageSize = defaultPageSize(options.locale);
    return options;
}

void ReportController::showExportDialog()
{
    if (!m_context->hasWorkspace())
        return;
    auto *dialog = new ReportDialog(baseOptions(), m_parentWidget);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReportDialog::previewRequested, this, &ReportController::preview);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        exportReport(dialog->options(), dialog->outputPath(), dialog->openWhenDone());
    });
    dialog->open();
}

void ReportController::exportReport(const ReportOptions &options, const QString &path, bool openWhenDone)
{
    showProgress(tr("Writing the report…"));
    m_task->start<ReportOutcome>(
        [options, path, session = m_context->session()](const TaskControl &control) {
            return writeReport(options, path, control, session);
        },
        [this, openWhenDone](const ReportOutcome &outcome) {
            hideProgress();
            if (m_parentWidget) {
                if (openWhenDone)
                    openWithDesktop(outcome.path, m_parentWidget);
                else
                    showFileWritten(m_parentWidget, tr("Export Report"),
                                    tr("The report was written: %Ln page(s).", nullptr, outcome.pages),
                                    outcome.path);
            }
            Q_EMIT finished(outcome);
        },
        [this](const core::Error &error) {
            hideProgress();
            if (m_parentWidget) {
                // The error says what went wrong once; the file it concerns follows on its own line.
                auto *box = new QMessageBox(QMessageBox::Warning, tr("Export Report"), error.message(),
                                            QMessageBox::Ok, m_parentWidget);
                box->setObjectName(QStringLiteral("reportFailedMessage"));
                if (!error.file().isEmpty())
                    box->setInformativeText(QDir::toNativeSeparators(error.file()));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            }
            Q_EMIT failed(error.toString());
        });
}

void ReportController::preview(const ReportOptions &options)
{
    showProgress(tr("Preparing the preview…"));
    m_task->start<std::shared_ptr<const ReportData>>(
        [options, session = m_context->session()](
            const TaskControl &control) -> core::Result<std::shared_ptr<const ReportData>> {
            auto data = computeReportData(options, control, session);
            if (!data)
                return data.error();
            return std::make_shared<const ReportData>(std::move(data.value()));
        },
        [this](const std::shared_ptr<const ReportData> &data) {
            hideProgress();
            showPreview(data);
        },
        [this](const core::Error &error) {
            hideProgress();
            Q_EMIT failed(error.toString());
        });
}

void ReportController::showPreview(const std::shared_ptr<const ReportData> &data)
{
    QPrinter printer(QPrinter::HighResolution);
    applyReportPageLayout(printer, data->options);
    QPrintPreviewDialog dialog(&printer, m_parentWidget);
    dialog.setObjectName(QStringLiteral("reportPreviewDialog"));
    dialog.setWindowTitle(tr("Report Preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [data](QPrinter *target) {
        const ReportDocument document(data, target);
        QPainter painter(target);
        document.print(painter);
    });
    {
        const ReportDocument probe(data, &printer);
        Q_EMIT previewReady(probe.pageCount());
    }
    dialog.exec();
}

void ReportController::cancel()
{
    const bool running = m_task->isRunning();
    m_task->cancel();
    hideProgress();
    if (running)
        Q_EMIT cancelled();
}

void ReportController::showProgress(const QString &text)
{
    if (!m_progress) {
        m_progress = new QProgressDialog(m_parentWidget);
        m_progress->setObjectName(QStringLiteral("reportProgress"));
        m_progress->setWindowTitle(tr("Export Report"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setRange(0, 100);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        connect(m_progress, &QProgressDialog::canceled, this, &ReportController::cancel);
    }
    m_progress->setLabelText(text);
    m_progress->setValue(0);
    m_progress->setMinimumDuration(400);
}

void ReportController::hideProgress()
{
    if (m_progress) {
        m_progress->reset();
        m_progress->hide();
    }
}

} // namespace storelens::ui
