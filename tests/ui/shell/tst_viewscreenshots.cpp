// Runs the real window (xcb under Xvfb, as scripts/test.sh starts it) on the sample store and saves a
// screenshot of each view under <build>/screenshots/, so a reviewer can look at what a user sees.
#include "core/sample/SampleWorkspace.h"
#include "ui/common/LatestTask.h"
#include "ui/dashboard/OverviewView.h"
#include "ui/shell/DashboardPage.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace storelens;
using ui::DashboardPage;

namespace {

constexpr int Timeout = 60000;

bool anyTaskRunning(const QWidget *root)
{
    const auto tasks = root->findChildren<ui::LatestTask *>();
    return std::any_of(tasks.begin(), tasks.end(), [](const ui::LatestTask *t) { return t->isRunning(); });
}

// Distinct colours in a coarse grid of samples: a blank or one-colour window has very few.
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

} // namespace

class TestViewScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void eachViewRendersInARealWindow_data();
    void eachViewRendersInARealWindow();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestViewScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("sample.storelens"));
    core::SampleOptions options;
    options.customers = 1500;
    QVERIFY(core::writeSampleWorkspace(path, options).ok());

    m_window = std::make_unique<ui::MainWindow>();
    m_window->resize(1280, 800);
    QSignalSpy shown(m_window->dashboard()->overview(), &ui::OverviewView::resultShown);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->startUp(path);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, Timeout);
    QDir().mkpath(QStringLiteral(STORELENS_SCREENSHOT_DIR));
}

void TestViewScreenshots::eachViewRendersInARealWindow_data()
{
    QTest::addColumn<int>("view");
    QTest::addColumn<QString>("name");
    QTest::newRow("overview") << int(DashboardPage::Overview) << QStringLiteral("overview");
    QTest::newRow("cohorts") << int(DashboardPage::Cohorts) << QStringLiteral("cohorts");
    QTest::newRow("segments") << int(DashboardPage::Segments) << QStringLiteral("segments");
    QTest::newRow("customers") << int(DashboardPage::Customers) << QStringLiteral("customers");
    QTest::newRow("predictions") << int(DashboardPage::Predictions) << QStringLiteral("predictions");
}

void TestViewScreenshots::eachViewRendersInARealWindow()
{
    QFETCH(int, view);
    QFETCH(QString, name);
    DashboardPage *dashboard = m_window->dashboard();
    dashboard->setCurrentView(DashboardPage::View(view));
    QCOMPARE(int(dashboard->currentView()), view);
    QTest::qWait(100);
    QTRY_VERIFY_WITH_TIMEOUT(!anyTaskRunning(dashboard), Timeout);
    QTest::qWait(400);

    const QImage image = m_window->grab().toImage();
    QCOMPARE(image.size(), m_window->size() * m_window->devicePixelRatio());
    QVERIFY2(distinctColours(image) > 20, qPrintable(name));
    const QString file = QStringLiteral(STORELENS_SCREENSHOT_DIR "/%1.png").arg(name);
    QVERIFY(image.save(file));
}

void TestViewScreenshots::cleanupTestCase()
{
    m_window.reset();
    QCOMPARE(QApplication::topLevelWidgets().size(), 0);
}

QTEST_MAIN(TestViewScreenshots)
#include "tst_viewscreenshots.moc"
