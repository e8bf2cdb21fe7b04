#include "core/cli/CliCommand.h"
#include "core/store/Workspace.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/WorkspaceController.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

using namespace storelens;

namespace {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("StoreLens"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("storelens.app"));
    QCoreApplication::setApplicationName(QStringLiteral("storelens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STORELENS_VERSION));
}

// StoreLens' own messages (compiled into :/i18n by qt_add_translations) and Qt's, for the system locale.
void installTranslators(QCoreApplication &app)
{
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("storelens"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

// STORELENS_SCREENSHOT=/path/file.png: once the first workspace has loaded (or failed), save a grab of the
// main window there and quit. Used to look at the real window under Xvfb; does nothing when the variable is
// unset.
void scheduleScreenshot(ui::MainWindow &window)
{
    const QString path = qEnvironmentVariable("STORELENS_SCREENSHOT");
    if (path.isEmpty())
        return;
    const auto grabAndQuit = [&window, path] {
        QTimer::singleShot(500, &window, [&window, path] {
            window.grab().save(path);
            QCoreApplication::quit();
        });
    };
    const auto *controller = window.workspaceController();
    QObject::connect(controller, &ui::WorkspaceController::summaryReady, &window, grabAndQuit);
    QObject::connect(controller, &ui::WorkspaceController::failed, &window, grabAndQuit);
    QObject::connect(controller, &ui::WorkspaceController::cancelled, &window, grabAndQuit);
}

} // namespace

int main(int argc, char *argv[])
{
    const auto commands = core::cli::coreCommands();
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments.append(QString::fromLocal8Bit(argv[i]));

    // A subcommand runs headless: no display is needed for `storelens info …` on a server.
    if (core::cli::isCliInvocation(rawArguments, commands)) {
        QCoreApplication app(argc, argv);
        setApplicationNames();
        installTranslators(app);
        return core::cli::runCli(QCoreApplication::arguments(), commands);
    }

    QApplication app(argc, argv);
    setApplicationNames();
    QGuiApplication::setDesktopFileName(QStringLiteral("storelens"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/storelens.svg")));
    installTranslators(app);

    // A workspace given as the only argument (a double-clicked .storelens file) is opened.
    const QStringList arguments = QCoreApplication::arguments();
    const QString suffix = QLatin1Char('.') + core::Workspace::fileSuffix();
    const QString workspace = arguments.size() == 2 && arguments.at(1).endsWith(suffix, Qt::CaseInsensitive)
                                  ? arguments.at(1)
                                  : QString();

    ui::MainWindow window;
    scheduleScreenshot(window);
    window.show();
    window.startUp(workspace);
    return app.exec();
}
