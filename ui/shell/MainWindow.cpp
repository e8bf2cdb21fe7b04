#include "ui/shell/MainWindow.h"

#include "core/store/Workspace.h"
#include "ui/common/AnalysisContext.h"
#include "ui/common/FileActions.h"
#include "ui/common/TaskProgressBar.h"
#include "ui/common/ViewPrinter.h"
#include "ui/common/WorkspaceSettingsDialog.h"
#include "ui/help/HelpController.h"
#include "ui/importwizard/ImportWizard.h"
#include "ui/importwizard/ImportWizardQueue.h"
#include "ui/importwizard/ProfilesDialog.h"
#include "ui/report/ReportController.h"
#include "ui/shell/DashboardPage.h"
#include "ui/shell/ImportController.h"
#include "ui/shell/ImportMessages.h"
#include "ui/shell/RecentFiles.h"
#include "ui/shell/SampleBar.h"
#include "ui/shell/SummaryPage.h"
#include "ui/shell/WelcomePage.h"
#include "ui/shell/WorkspaceController.h"
#include "ui/shell/WorkspaceFileDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace storelens::ui {

namespace {

const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
constexpr int StatusTimeout = 5000;

QString cleanPath(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(new WorkspaceController(this))
    , m_import(new ImportController(this))
    , m_wizards(new ImportWizardQueue(this))
    , m_recent(new RecentFiles(this))
    , m_summary(new SummaryPage(this))
    , m_context(new AnalysisContext(this))
    , m_dashboard(new DashboardPage(m_context, this))
    , m_pages(new QStackedWidget(this))
    , m_progress(new TaskProgressBar(this))
    , m_importProgress(new TaskProgressBar(this))
    , m_sampleBar(new SampleBar(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/storelens.svg")));
    m_pages->addWidget(m_summary);
    m_pages->addWidget(m_dashboard);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_sampleBar);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);
    m_sampleBar->hide();
    m_importProgress->setObjectName(QStringLiteral("importProgress"));
    statusBar()->addPermanentWidget(m_importProgress);
    statusBar()->addPermanentWidget(m_progress);
    createActions();
    setAcceptDrops(true);

    connect(m_summary, &SummaryPage::newWorkspaceRequested, this, &MainWindow::newWorkspace);
    connect(m_summary, &SummaryPage::openWorkspaceRequested, this, &MainWindow::openWorkspace);
    connect(m_summary, &SummaryPage::importRequested, this, &MainWindow::importFile);
    connect(m_summary, &SummaryPage::sampleRequested, this, &MainWindow::openSample);
    connect(m_summary->welcomePage(), &WelcomePage::importRequested, this,
            [this] { importIntoNewWorkspace(); });
    connect(m_summary->welcomePage(), &WelcomePage::recentRequested, m_workspace,
            &WorkspaceController::openWorkspace);
    connect(m_sampleBar, &SampleBar::importRequested, this, [this] { importIntoNewWorkspace(); });
    connect(m_recent, &RecentFiles::openRequested, m_workspace, &WorkspaceController::openWorkspace);

    connect(m_workspace, &WorkspaceController::taskStarted, m_progress, &TaskProgressBar::start);
    connect(m_workspace, &WorkspaceController::taskProgress, m_progress, &TaskProgressBar::setProgress);
    connect(m_workspace, &WorkspaceController::taskFinished, m_progress, &TaskProgressBar::finish);
    connect(m_workspace, &WorkspaceController::workspaceOpened, this, &MainWindow::onWorkspaceOpened);
    connect(m_workspace, &WorkspaceController::summaryReady, this, &MainWindow::onSummary);
    connect(m_workspace, &WorkspaceController::failed, this, &MainWindow::onWorkspaceFailed);
    connect(m_workspace, &WorkspaceController::cancelled, this, [this] {
        statusBar()->showMessage(tr("Cancelled."), StatusTimeout);
        showCurrentWorkspace();
        updateActions();
    });
    connect(m_workspace, &WorkspaceController::workspaceClosed, this, [this] {
        statusBar()->clearMessage();
        m_import->setSession({});
        m_context->setWorkspace({});
        m_recent->setLastWorkspace({});
        showCurrentWorkspace();
        updateTitle();
        updateActions();
    });

    connect(m_import, &ImportController::started, this, [this](const QString &text) {
        m_importProgress->start(text, true);
        updateActions();
    });
    connect(m_import, &ImportController::progressChanged, m_importProgress, &TaskProgressBar::setProgress);
    connect(m_import, &ImportController::finished, this, &MainWindow::onImportFinished);
    // After a wizard's import the summary is re-read, which refreshes the AnalysisContext and the views.
    connect(m_wizards, &ImportWizardQueue::imported, m_workspace, &WorkspaceController::refresh);
    connect(m_wizards, &ImportWizardQueue::queued, this, [this](qsizetype waiting) {
        statusBar()->showMessage(
            tr("%n file(s) will open in the import wizard once the open import is finished.", nullptr,
               int(waiting)),
            StatusTimeout);
    });
    connect(m_progress, &TaskProgressBar::cancelRequested, m_workspace, &WorkspaceController::cancel);
    connect(m_importProgress, &TaskProgressBar::cancelRequested, m_import, &ImportController::cancel);

    restoreWindowState();
    m_summary->welcomePage()->setRecentFiles(m_recent->files());
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *newAction = file->addAction(tr("&New Workspace…"), this, &MainWindow::newWorkspace);
    newAction->setShortcut(QKeySequence::New);
    newAction->setStatusTip(tr("Create an empty workspace file for a business."));
    QAction *openAction = file->addAction(tr("&Open…"), this, &MainWindow::openWorkspace);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setStatusTip(tr("Open a workspace file."));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_recent->attachMenu(m_recentMenu);
    file->addAction(tr("Open the &Sample Store"), this, &MainWindow::openSample)
        ->setStatusTip(tr("Open a made-up store with three years of sales to explore StoreLens."));
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import…"), this, &MainWindow::importFile);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(
        tr("Import a CSV export of your till, web shop or ERP into this workspace."));
    m_profilesAction = file->addAction(tr("Manage Import &Profiles…"), this, &MainWindow::manageProfiles);
    m_profilesAction->setStatusTip(tr("Rename or delete the import settings saved in this workspace."));
    file->addAction(WorkspaceSettingsDialog::createAction(m_context, this));
    file->addSeparator();
    file->addAction((new ReportController(m_context, this))->exportAction());
    auto *printer = new ViewPrinter(
        [this]() -> QWidget * {
            return m_pages->currentWidget() == m_dashboard ? m_dashboard->currentViewWidget() : nullptr;
        },
        this);
    file->addAction(printer->printAction());
    connect(m_pages, &QStackedWidget::currentChanged, printer, &ViewPrinter::updateAction);
    printer->updateAction();
    file->addSeparator();
    m_closeAction = file->addAction(tr("&Close"), this, &MainWindow::closeWorkspace);
    m_closeAction->setShortcut(QKeySequence::Close);
    auto *helpActions = new HelpController(this, m_dashboard);
    helpActions->setWorkspacePath([this] { return m_workspace->workspacePath(); });
    QAction *quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    // Preferences where Linux desktops keep them (trial 17 looked under Edit, not File); macOS moves the
    // action to the application menu by its role.
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(helpActions->preferencesAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addActions({helpActions->handbookAction(), helpActions->whatsThisAction()});
    help->addSeparator();
    help->addAction(tr("&About StoreLens"), this, &MainWindow::about)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::startUp(const QString &workspacePath)
{
    if (!workspacePath.isEmpty()) {
        m_workspace->openWorkspace(workspacePath);
        return;
    }
    const QString last = m_recent->lastWorkspace();
    if (!last.isEmpty())
        m_workspace->openWorkspace(last);
    else
        openSample();
}

void MainWindow::newWorkspace()
{
    QFileDialog dialog(this, tr("New Workspace"), lastFolder(FolderKind::Workspace), workspaceFilter());
    prepareWorkspaceDialog(dialog);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    rememberFolder(FolderKind::Workspace, dialog.selectedFiles().constFirst());
    m_workspace->createWorkspace(dialog.selectedFiles().constFirst());
}

void MainWindow::openWorkspace()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Workspace"), lastFolder(FolderKind::Workspace),
                                     workspaceFilter() + QStringLiteral(";;") + tr("All files (*)"));
    if (path.isEmpty())
        return;
    rememberFolder(FolderKind::Workspace, path);
    m_workspace->openWorkspace(path);
}

void MainWindow::openSample()
{
    m_summary->showLoading(tr("the sample store"));
    m_pages->setCurrentWidget(m_summary);
    m_workspace->openSample();
}

bool MainWindow::importsIntoOpenWorkspace() const
{
    return m_workspace->hasWorkspace() && !m_workspace->isSample();
}

void MainWindow::importFile()
{
    if (m_import->isRunning())
        return;
    // One wizard at a time: a second Import while one is open brought up a wizard that waited, unseen, behind
    // the first (trial 13).
    if (ImportWizard *open = m_wizards->currentWizard()) {
        open->raise();
        open->activateWindow();
        statusBar()->showMessage(tr("An import is already open: finish or cancel it first."), StatusTimeout);
        return;
    }
    if (!importsIntoOpenWorkspace()) {
        importIntoNewWorkspace();
        return;
    }
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Import"), lastFolder(FolderKind::Import),
                                      ImportController::fileFilters().join(QStringLiteral(";;")));
    if (!paths.isEmpty())
        rememberFolder(FolderKind::Import, paths.constFirst());
    importFiles(paths);
}

void MainWindow::importFiles(const QStringList &paths)
{
    if (m_workspace->hasWorkspace() && !paths.isEmpty())
        m_wizards->start(m_workspace->session(), paths);
}

void MainWindow::importIntoNewWorkspace(const QStringList &files)
{
    QStringList chosen = files;
    if (chosen.isEmpty())
        chosen = QFileDialog::getOpenFileNames(this, tr("Import Your Data"), lastFolder(FolderKind::Import),
                                               ImportController::fileFilters().join(QStringLiteral(";;")));
    if (chosen.isEmpty())
        return;
    rememberFolder(FolderKind::Import, chosen.constFirst());
    QFileDialog dialog(this, tr("New Workspace for Your Data"),
                       defaultSavePath(tr("My store") + QLatin1Char('.') + core::Workspace::fileSuffix(),
                                       lastFolder(FolderKind::Workspace)),
                       workspaceFilter());
    prepareWorkspaceDialog(dialog);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    rememberFolder(FolderKind::Workspace, dialog.selectedFiles().constFirst());
    createWorkspaceAndImport(dialog.selectedFiles().constFirst(), chosen);
}

void MainWindow::createWorkspaceAndImport(const QString &path, const QStringList &files)
{
    m_pendingImports = files;
    m_pendingImportWorkspace = cleanPath(path);
    m_workspace->createWorkspace(path);
}

void MainWindow::manageProfiles()
{
    if (!m_workspace->hasWorkspace())
        return;
    auto *dialog = new ProfilesDialog(m_workspace->session(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (ImportWizardQueue::importableFiles(event->mimeData()).isEmpty())
        return;
    event->acceptProposedAction();
    m_summary->welcomePage()->setDropActive(true);
}

void MainWindow::dragLeaveEvent(QDragLeaveEvent *event)
{
    QMainWindow::dragLeaveEvent(event);
    m_summary->welcomePage()->setDropActive(false);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    m_summary->welcomePage()->setDropActive(false);
    const QStringList files = ImportWizardQueue::importableFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    // Into the open workspace; without one (or over the sample store) into a new one, asked for once the
    // drop has ended.
    if (importsIntoOpenWorkspace())
        importFiles(files);
    else
        QTimer::singleShot(0, this, [this, files] { importIntoNewWorkspace(files); });
}

void MainWindow::closeWorkspace()
{
    m_import->cancel();
    m_wizards->clear();
    m_workspace->closeWorkspace();
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About StoreLens"),
        tr("<h3>StoreLens %1</h3><p>See how your store is doing: sales, customers who come back, "
           "and who to win back. Your data stays on this computer.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    m_import->cancel();
    m_workspace->cancel();
    event->accept();
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        applyDefaultGeometry();
    restoreState(settings.value(StateKey).toByteArray());
}

void MainWindow::applyDefaultGeometry()
{
    // 80 % of the screen's free area, at least 1280 × 800 where the screen has room, centred.
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        resize(1280, 800);
        return;
    }
    const QRect available = screen->availableGeometry();
    const QSize size(std::min(available.width(), std::max(1280, available.width() * 4 / 5)),
                     std::min(available.height(), std::max(800, available.height() * 4 / 5)));
    resize(size);
    move(available.center() - QPoint(size.width() / 2, size.height() / 2));
}

void MainWindow::updateActions()
{
    const bool open = m_workspace->hasWorkspace();
    m_importAction->setEnabled(!m_import->isRunning());
    m_sampleBar->setVisible(open && m_workspace->isSample());
    m_profilesAction->setEnabled(open);
    m_closeAction->setEnabled(open);
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_workspace->hasWorkspace() ? tr("%1 — StoreLens").arg(m_workspace->displayName())
                                               : tr("StoreLens"));
}

void MainWindow::onWorkspaceOpened(const QString &path)
{
    // The sample store has its own menu item and welcome button; in Open Recent it read "1 sample".
    if (!m_workspace->isSample())
        m_recent->add(path);
    m_recent->setLastWorkspace(path);
    // Reopening the same file keeps its session (no AnalysisContext::workspaceChanged): reset here too.
    m_dashboard->resetViews();
    updateTitle();
    updateActions();
    statusBar()->clearMessage();
    statusBar()->showMessage(tr("Opened %1.").arg(QDir::toNativeSeparators(path)), StatusTimeout);
    const QStringList pending = std::exchange(m_pendingImports, {});
    if (!pending.isEmpty() && path == m_pendingImportWorkspace)
        importFiles(pending);
}

namespace {

// The open workspace's data revision, read without writing (-1 when it cannot be read).
qint64 readRevision(const QString &path)
{
    if (path.isEmpty())
        return -1;
    core::Connection connection(path, core::Connection::Access::ReadOnly);
    return connection.isOpen() ? core::workspaceRevision(connection.db()) : -1;
}

} // namespace

bool MainWindow::refreshIfChangedOutside()
{
    // An import of this window's own refreshes when it lands.
    if (!m_workspace->hasWorkspace() || m_workspace->isBusy() || m_import->isRunning() ||
        m_wizards->isActive() || m_shownRevision < 0)
        return false;
    const qint64 revision = readRevision(m_workspace->workspacePath());
    if (revision < 0 || revision == m_shownRevision)
        return false;
    m_shownRevision = revision;
    m_workspace->refresh();
    statusBar()->showMessage(tr("The workspace changed outside this window (an import from the command "
                                "line?): the views show its new data."),
                             StatusTimeout);
    return true;
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        refreshIfChangedOutside();
}

void MainWindow::onSummary(const core::WorkspaceSummary &summary)
{
    m_shownRevision = summary.revision;
    // The views compute from the workspace; an empty one keeps the summary page and its next steps.
    m_import->setSession(m_workspace->session()); // imports take the session's write lock
    if (m_context->session() != m_workspace->session())
        m_context->setWorkspace(m_workspace->workspacePath(), m_workspace->session());
    else
        m_context->notifyDataChanged();
    // After the context: it reads the workspace's currency, which the summary's money is shown with.
    m_summary->showSummary(m_workspace->displayName(), summary);
    m_pages->setCurrentWidget(summary.isEmpty() ? static_cast<QWidget *>(m_summary) : m_dashboard);
}

void MainWindow::showCurrentWorkspace()
{
    // After a cancelled or failed request the page shows again what is open (it may show "Opening…").
    if (m_workspace->hasWorkspace()) {
        m_summary->showSummary(m_workspace->displayName(), m_workspace->summary());
        if (!m_workspace->summary().isEmpty())
            m_pages->setCurrentWidget(m_dashboard);
    } else {
        m_summary->welcomePage()->setRecentFiles(m_recent->files());
        m_summary->showNoWorkspace();
        m_pages->setCurrentWidget(m_summary);
    }
}

void MainWindow::onWorkspaceFailed(const core::Error &error)
{
    m_pendingImports.clear();
    showCurrentWorkspace();
    updateActions();
    showMessage(QMessageBox::Warning, QStringLiteral("workspaceErrorMessage"), tr("Workspace not opened"),
                tr("The workspace could not be opened. %1").arg(error.toString()));
}

void MainWindow::onImportFinished(const ImportOutcome &outcome)
{
    m_importProgress->finish();
    updateActions();
    if (outcome.status == ImportOutcome::Status::Imported)
        m_workspace->refresh();
    const ImportMessage message = ImportMessages::describe(outcome);
    if (outcome.status == ImportOutcome::Status::EntityUnclear &&
        outcome.workspacePath == m_workspace->workspacePath()) {
        // The wizard asks what the file holds, as it does for a file chosen or dropped.
        statusBar()->showMessage(message.text, StatusTimeout);
        importFiles({outcome.csvPath});
        return;
    }
    statusBar()->showMessage(message.title, StatusTimeout);
    showMessage(message.success ? QMessageBox::Information : QMessageBox::Warning,
                QStringLiteral("importResultMessage"), message.title, message.text, message.details);
}

void MainWindow::showMessage(int icon, const QString &objectName, const QString &title, const QString &text,
                             const QString &details)
{
    // Window-modal and non-blocking: the event loop (and running tasks) carry on while it is shown.
    auto *box = new QMessageBox(QMessageBox::Icon(icon), title, text, QMessageBox::Ok, this);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDetailedText(details);
    box->open();
}

} // namespace storelens::ui
