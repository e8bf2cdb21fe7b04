#include "PdfReportWriter.h"
#include "cli/CliCommand.h"
#include "cli/ReportCommand.h"
#include "core/store/SqliteLibrary.h"
#include "core/store/Workspace.h"
#include "ui/common/LanguageSettings.h"
#include "ui/dashboard/OverviewView.h"
#include "ui/shell/DashboardPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/WorkspaceController.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QIcon>
#include <QTextStream>
#include <QTimer>

#include <functional>
#include <memory>

using namespace storelens;

namespace {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("StoreLens"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("storelens.app"));
    QCoreApplication::setApplicationName(QStringLiteral("storelens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STORELENS_VERSION));
}

// Runs `action` once the window shows the open workspace: after the Overview has painted its first result,
// or at once for an empty workspace or a failure (and after 30 s at the latest).
void whenWorkspaceShown(ui::MainWindow &window, const std::function<void()> &action)
{
    auto done = std::make_shared<bool>(false);
    const auto once = [done, action] {
        if (!*done) {
            *done = true;
            action();
        }
    };
    const auto *controller = window.workspaceController();
    QObject::connect(window.dashboard()->overview(), &ui::OverviewView::resultShown, &window, once);
    QObject::connect(controller, &ui::WorkspaceController::summaryReady, &window,
                     [once](const core::WorkspaceSummary &summary) {
                         if (summary.isEmpty())
                             once();
                     });
    QObject::connect(controller, &ui::WorkspaceController::failed, &window, once);
    QObject::connect(controller, &ui::WorkspaceController::cancelled, &window, once);
    QTimer::singleShot(30000, &window, once);
}

// STORELENS_SCREENSHOT=/path/file.png: once the workspace is shown, save a grab of the main window there and
// quit. STORELENS_QUIT_WHEN_SHOWN=1: print the milliseconds from start to the first painted Overview on
// standard error and quit (the start-up benchmark). Neither does anything when its variable is unset.
void scheduleProbes(ui::MainWindow &window, const QElapsedTimer &sinceStart)
{
    const QString path = qEnvironmentVariable("STORELENS_SCREENSHOT");
    const bool quitWhenShown = qEnvironmentVariableIsSet("STORELENS_QUIT_WHEN_SHOWN");
    if (path.isEmpty() && !quitWhenShown)
        return;
    whenWorkspaceShown(window, [&window, &sinceStart, path] {
        QTextStream(stderr) << "shown-after-ms " << sinceStart.elapsed() << Qt::endl;
        if (path.isEmpty()) {
            QCoreApplication::quit();
            return;
        }
        QTimer::singleShot(200, &window, [&window, path] {
            window.grab().save(path);
            QCoreApplication::quit();
        });
    });
}

// The subcommands that paint (the PDF report) need a QGuiApplication for fonts. Without a display (a server,
// a cron job) they run on the offscreen platform unless QT_QPA_PLATFORM says otherwise.
bool needsGuiApplication(const QStringList &arguments)
{
    return arguments.size() >= 2 && arguments.at(1) == QLatin1String("report");
}

void useOffscreenWithoutDisplay()
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    core::configureSqliteLibrary();
    auto commands = cli::coreCommands();
    commands.push_back(cli::makeReportCommand(app::pdfReportWriter()));
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments.append(QString::fromLocal8Bit(argv[i]));

    // A subcommand runs headless: no display is needed for `storelens info …` on a server.
    if (cli::isCliInvocation(rawArguments, commands)) {
        if (needsGuiApplication(rawArguments)) {
            useOffscreenWithoutDisplay();
            QGuiApplication app(argc, argv);
            setApplicationNames();
            ui::installTranslators(app);
            return cli::runCli(QCoreApplication::arguments(), commands);
        }
        QCoreApplication app(argc, argv);
        setApplicationNames();
        ui::installTranslators(app);
        return cli::runCli(QCoreApplication::arguments(), commands);
    }

    QApplication app(argc, argv);
    setApplicationNames();
    QGuiApplication::setDesktopFileName(QStringLiteral("storelens"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/storelens.svg")));
    ui::installTranslators(app);

    // A workspace given as the only argument (a double-clicked .storelens file) is opened.
    const QStringList arguments = QCoreApplication::arguments();
    const QString suffix = QLatin1Char('.') + core::Workspace::fileSuffix();
    const QString workspace = arguments.size() == 2 && arguments.at(1).endsWith(suffix, Qt::CaseInsensitive)
                                  ? arguments.at(1)
                                  : QString();

    ui::MainWindow window;
    scheduleProbes(window, sinceStart);
    window.show();
    window.startUp(workspace);
    return app.exec();
}
