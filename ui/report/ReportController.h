#pragma once

#include "ui/report/ReportOptions.h"
#include "ui/report/ReportWriter.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QProgressDialog;
class QWidget;

namespace storelens::ui {

class AnalysisContext;
class LatestTask;
struct ReportData;

// File › Export report…: the dialog, the generation in the background (a progress dialog with Cancel), the
// print preview and, when asked, opening the PDF in the system viewer. Needs only the analysis context (for
// the workspace and the dashboard's query) and a parent widget for its windows.
class ReportController : public QObject
{
    Q_OBJECT

public:
    ReportController(AnalysisContext *context, QWidget *parentWidget);
    ~ReportController() override;

    // "Export Report…", Ctrl+Shift+E; enabled while a workspace is open.
    QAction *exportAction() const { return m_exportAction; }
    LatestTask *task() const { return m_task; }
    bool isRunning() const;

    // The options the dialog starts from: the context's workspace and query, the locale's paper size.
    ReportOptions baseOptions() const;

public Q_SLOTS:
    void showExportDialog();
    // Writes the report in the background; finished() or failed() follows (nothing after cancel()).
    void exportReport(const storelens::ui::ReportOptions &options, const QString &path, bool openWhenDone);
    // Computes in the background, then shows a print preview of the same document.
    void preview(const storelens::ui::ReportOptions &options);
    void cancel();

Q_SIGNALS:
    void progressChanged(int percent);
    void finished(const storelens::ui::ReportOutcome &outcome);
    void failed(const QString &message);
    void cancelled();
    void previewReady(int pages); // just before the preview dialog opens

private:
    void showProgress(const QString &text);
    void hideProgress();
    void showPreview(const std::shared_ptr<const ReportData> &data);

    AnalysisContext *m_context = nullptr;
    QPointer<QWidget> m_parentWidget;
    QAction *m_exportAction = nullptr;
    LatestTask *m_task = nullptr;
    QProgressDialog *m_progress = nullptr;
};

} // namespace storelens::ui

Q_DECLARE_METATYPE(storelens::ui::ReportOutcome)
