#pragma once

#include <QMainWindow>
#include <QStringList>

class QAction;
class QMenu;
class QStackedWidget;

namespace storelens::core {
class Error;
struct WorkspaceSummary;
} // namespace storelens::core

namespace storelens::ui {

class AnalysisContext;
class DashboardPage;
class ImportController;
class ImportWizardQueue;
struct ImportOutcome;
class RecentFiles;
class SampleBar;
class SummaryPage;
class TaskProgressBar;
class WorkspaceController;

// The application window: menus, the summary page (empty states) or the dashboard, a status bar with task
// progress. It only wires: the work lives in WorkspaceController and ImportController, which report outcomes
// as signals (the window turns them into non-blocking message boxes), and in the import wizard, which
// ImportWizardQueue opens for each file chosen with File › Import… or dropped on the window. Without a
// workspace (the welcome page) or with the sample store open (its SampleBar says so), an import goes into a
// new workspace, never into the sample. Opening, creating or closing a workspace resets the views.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // What the app does at start: open `workspacePath` when given, else the last workspace when it still
    // exists, else the sample store (created in the background the first time).
    void startUp(const QString &workspacePath = {});

    WorkspaceController *workspaceController() const { return m_workspace; }
    ImportController *importController() const { return m_import; }
    ImportWizardQueue *importWizards() const { return m_wizards; }
    RecentFiles *recentFiles() const { return m_recent; }
    SummaryPage *summaryPage() const { return m_summary; }
    DashboardPage *dashboard() const { return m_dashboard; }
    SampleBar *sampleBar() const { return m_sampleBar; }
    AnalysisContext *analysisContext() const { return m_context; }
    // Re-reads the open workspace when its data changed outside this window (a `storelens import` from the
    // command line or a scheduled job while the app is open; trial 25b: the Overview kept saying "Data up to
    // 30/11" after the CLI imported 1-5 December). Runs when the window becomes active. True when it
    // re-reads.
    bool refreshIfChangedOutside();

public Q_SLOTS:
    void newWorkspace();
    void openWorkspace();
    void importFile();                          // asks for files, then one import wizard per file
    void importFiles(const QStringList &paths); // one import wizard per file, in turn
    // Asks for the files (when none are given) and where to create a workspace, then imports into it.
    void importIntoNewWorkspace(const QStringList &files = {});
    // Creates the workspace at `path` and, once it is open, opens the import wizard for each file.
    void createWorkspaceAndImport(const QString &path, const QStringList &files);
    void manageProfiles();
    void openSample();
    void closeWorkspace();
    void about();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override; // CSV files dropped on the window are imported
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void updateActions();
    void updateTitle();
    void showCurrentWorkspace();
    void onWorkspaceOpened(const QString &path);
    void onSummary(const core::WorkspaceSummary &summary);
    void onWorkspaceFailed(const core::Error &error);
    void onImportFinished(const ImportOutcome &outcome);
    void showMessage(int icon, const QString &objectName, const QString &title, const QString &text,
                     const QString &details = {});
    void restoreWindowState();
    void applyDefaultGeometry();
    bool importsIntoOpenWorkspace() const;

    WorkspaceController *m_workspace = nullptr;
    ImportController *m_import = nullptr;
    ImportWizardQueue *m_wizards = nullptr;
    RecentFiles *m_recent = nullptr;
    SummaryPage *m_summary = nullptr;
    AnalysisContext *m_context = nullptr;
    DashboardPage *m_dashboard = nullptr;
    QStackedWidget *m_pages = nullptr;
    TaskProgressBar *m_progress = nullptr;       // opening, reading and refreshing the workspace
    TaskProgressBar *m_importProgress = nullptr; // an import, beside it: a refresh never hides it
    SampleBar *m_sampleBar = nullptr;
    QStringList m_pendingImports; // imported once the workspace created for them is open
    QString m_pendingImportWorkspace;
    qint64 m_shownRevision = -1; // the workspace revision the views last read (refreshIfChangedOutside)

    QAction *m_importAction = nullptr;
    QAction *m_profilesAction = nullptr;
    QAction *m_closeAction = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace storelens::ui
