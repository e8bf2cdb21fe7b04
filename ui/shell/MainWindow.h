#pragma once

#include <QMainWindow>

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
class SummaryPage;
class TaskProgressBar;
class WorkspaceController;

// The application window: menus, the summary page (empty states) or the dashboard, a status bar with task
// progress. It only wires: the work lives in WorkspaceController and ImportController, which report outcomes
// as signals (the window turns them into non-blocking message boxes), and in the import wizard, which
// ImportWizardQueue opens for each file chosen with File › Import… or dropped on the window.
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
    AnalysisContext *analysisContext() const { return m_context; }

public Q_SLOTS:
    void newWorkspace();
    void openWorkspace();
    void importFile();                          // asks for files, then one import wizard per file
    void importFiles(const QStringList &paths); // one import wizard per file, in turn
    void manageProfiles();
    void openSample();
    void closeWorkspace();
    void about();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override; // CSV files dropped on the window are imported
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

    WorkspaceController *m_workspace = nullptr;
    ImportController *m_import = nullptr;
    ImportWizardQueue *m_wizards = nullptr;
    RecentFiles *m_recent = nullptr;
    SummaryPage *m_summary = nullptr;
    AnalysisContext *m_context = nullptr;
    DashboardPage *m_dashboard = nullptr;
    QStackedWidget *m_pages = nullptr;
    TaskProgressBar *m_progress = nullptr;

    QAction *m_importAction = nullptr;
    QAction *m_profilesAction = nullptr;
    QAction *m_closeAction = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace storelens::ui
