// GUI-thread stall during refreshes (issue 4): opens the main window on a workspace, then changes the
// comparison a few times and visits every view, while a 5 ms heartbeat timer records the longest gap
// between its ticks. Prints the worst stall in milliseconds, then the worst of each step. Usage:
// bench_guistall WORKSPACE
#include "ui/common/AnalysisContext.h"
#include "ui/common/LatestTask.h"
#include "ui/dashboard/OverviewView.h"
#include "ui/shell/DashboardPage.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace storelens;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        QTextStream(stderr) << "usage: bench_guistall WORKSPACE\n";
        return 1;
    }
    ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    ui::DashboardPage *dashboard = window.dashboard();

    const QStringList stepNames = {QStringLiteral("comparison: same period last year"),
                                   QStringLiteral("comparison: previous period"),
                                   QStringLiteral("comparison: same period last year"),
                                   QStringLiteral("view: Overview"),
                                   QStringLiteral("view: Cohorts"),
                                   QStringLiteral("view: Segments"),
                                   QStringLiteral("view: Customers"),
                                   QStringLiteral("view: Predictions")};
    std::vector<qint64> worstOfStep(size_t(stepNames.size()), 0);
    QElapsedTimer beat;
    qint64 worst = 0;
    bool measuring = false;
    int step = 0;
    QTimer heartbeat;
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        if (measuring) {
            const qint64 gap = beat.elapsed();
            worst = std::max(worst, gap);
            qint64 &ofStep = worstOfStep[size_t(std::clamp(step - 1, 0, int(stepNames.size()) - 1))];
            ofStep = std::max(ofStep, gap);
        }
        beat.restart();
    });
    heartbeat.start(5);
    beat.start();

    const auto busy = [dashboard] {
        const auto tasks = dashboard->findChildren<ui::LatestTask *>();
        return std::any_of(tasks.begin(), tasks.end(),
                           [](const ui::LatestTask *t) { return t->isRunning(); });
    };
    QTimer driver;
    QObject::connect(&driver, &QTimer::timeout, [&] {
        if (busy())
            return;
        ui::AnalysisContext *context = window.analysisContext();
        if (step < 3) { // filter changes on the Overview
            measuring = true;
            auto query = context->query();
            query.comparison = step % 2 == 0 ? core::analytics::Comparison::SamePeriodLastYear
                                             : core::analytics::Comparison::PreviousPeriod;
            context->setQuery(query);
        } else if (step < 8) { // every view computes and paints
            dashboard->setCurrentView(ui::DashboardPage::View((step - 3) % 5));
        } else {
            QTextStream out(stdout);
            out << "worst GUI stall during refresh: " << worst << " ms\n";
            for (qsizetype i = 0; i < stepNames.size(); ++i)
                out << "  " << stepNames.at(i) << ": " << worstOfStep[size_t(i)] << " ms\n";
            QCoreApplication::quit();
        }
        ++step;
    });
    QObject::connect(dashboard->overview(), &ui::OverviewView::resultShown, &driver, [&driver] {
        if (!driver.isActive())
            driver.start(300);
    });
    window.startUp(QString::fromLocal8Bit(argv[1]));
    return app.exec();
}
