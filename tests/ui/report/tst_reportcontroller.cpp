#include "common/GuiTestSupport.h"
#include "common/SampleFixture.h"
#include "core/model/EnglishPlurals.h"
#include "ui/common/AnalysisContext.h"
#include "ui/common/LatestTask.h"
#include "ui/report/ReportController.h"
#include "ui/report/ReportDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace storelens;
using namespace storelens::ui;

namespace {
constexpr int Timeout = 120000;
}

class TestReportController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void actionFollowsTheWorkspace();
    void dialogBuildsTheOptions();
    void dialogRemembersTheChoices();
    void exportWritesThePdfInTheBackground();
    void cancelLeavesNoFile();
    void finishedExportSaysWhereItWent();
    void failureSaysEachThingOnce();
    void previewShowsTheSameDocument();
    void cleanupTestCase();

private:
    test::SettingsFolder m_dir;
    QString m_sample;
    std::unique_ptr<QWidget> m_window;
    AnalysisContext *m_context = nullptr;
    ReportController *m_controller = nullptr;
};

void TestReportController::initTestCase()
{
    QVERIFY(m_dir.setUp(QStringLiteral("tst_reportcontroller")));
    core::installEnglishPlurals(); // "3 pages", as the application says it
    m_sample = m_dir.filePath(QStringLiteral("shop.storelens"));
    QVERIFY(storelens::test::writeSample(m_sample, 300, 1).ok());
}

void TestReportController::init()
{
    QSettings().clear();
    m_window = std::make_unique<QWidget>();
    m_context = new AnalysisContext(m_window.get());
    m_controller = new ReportController(m_context, m_window.get());
}

void TestReportController::cleanup()
{
    m_window.reset();
    QTRY_COMPARE(QApplication::topLevelWidgets().size(), 0);
}

void TestReportController::actionFollowsTheWorkspace()
{
    QAction *action = m_controller->exportAction();
    QVERIFY(!action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_context->setWorkspace(m_sample);
    QVERIFY(action->isEnabled());
    m_context->setWorkspace(QString());
    QVERIFY(!action->isEnabled());
}

void TestReportController::dialogBuildsTheOptions()
{
    m_context->setWorkspace(m_sample);
    core::analytics::Query query;
    query.filter.channels = {QStringLiteral("Online")};
    m_context->setQuery(query);
    ReportDialog dialog(m_controller->baseOptions(), m_window.get());
    ReportOptions o = dialog.options();
    QCOMPARE(o.workspacePath, m_sample);
    QCOMPARE(o.query.filter.channels, QStringList{QStringLiteral("Online")});
    QVERIFY(!o.periodTemplate.has_value());
    QCOMPARE(o.sections, defaultReportSections());
    QVERIFY(dialog.outputPath().endsWith(QStringLiteral("shop report.pdf")));

    dialog.findChild<QComboBox *>(QStringLiteral("reportPeriod"))->setCurrentIndex(3);
    dialog.findChild<QComboBox *>(QStringLiteral("reportPageSize"))->setCurrentIndex(1);
    dialog.findChild<QComboBox *>(QStringLiteral("reportOrientation"))->setCurrentIndex(1);
    dialog.findChild<QCheckBox *>(QStringLiteral("section_cohorts"))->setChecked(false);
    o = dialog.options();
    QCOMPARE(int(*o.periodTemplate), int(core::analytics::ReportTemplate::Quarterly));
    QCOMPARE(o.pageSize, QPageSize::Letter);
    QCOMPARE(o.orientation, QPageLayout::Landscape);
    QVERIFY(!o.sections.testFlag(ReportSection::Cohorts));
    QVERIFY(o.sections.testFlag(ReportSection::Kpis));
}

void TestReportController::dialogRemembersTheChoices()
{
    m_context->setWorkspace(m_sample);
    {
        ReportDialog dialog(m_controller->baseOptions(), m_window.get());
        dialog.findChild<QComboBox *>(QStringLiteral("reportPeriod"))->setCurrentIndex(1);
        dialog.findChild<QCheckBox *>(QStringLiteral("section_trends"))->setChecked(false);
        dialog.findChild<QCheckBox *>(QStringLiteral("reportOpenWhenDone"))->setChecked(false);
        dialog.setOutputPath(m_dir.filePath(QStringLiteral("weekly")));
        dialog.accept();
        QCOMPARE(dialog.outputPath(), m_dir.filePath(QStringLiteral("weekly.pdf")));
    }
    ReportDialog again(m_controller->baseOptions(), m_window.get());
    QCOMPARE(int(*again.options().periodTemplate), int(core::analytics::ReportTemplate::Weekly));
    QVERIFY(!again.options().sections.testFlag(ReportSection::Trends));
    QVERIFY(!again.openWhenDone());
    QCOMPARE(again.outputPath(), m_dir.filePath(QStringLiteral("shop report.pdf")));
}

void TestReportController::exportWritesThePdfInTheBackground()
{
    m_context->setWorkspace(m_sample);
    QSignalSpy finished(m_controller, &ReportController::finished);
    QSignalSpy progress(m_controller, &ReportController::progressChanged);
    const QString path = m_dir.filePath(QStringLiteral("app.pdf"));
    ReportOptions options = m_controller->baseOptions();
    m_controller->exportReport(options, path, false);
    QVERIFY(m_controller->isRunning()); // returns at once; the work runs on the thread pool
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
    const auto outcome = finished.at(0).at(0).value<ReportOutcome>();
    QCOMPARE(outcome.path, path);
    QVERIFY(outcome.pages >= 8);
    QVERIFY(progress.count() > 0);
    QCOMPARE(progress.last().at(0).toInt(), 100);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));
    QCOMPARE(file.size(), outcome.bytes);
}

void TestReportController::cancelLeavesNoFile()
{
    m_context->setWorkspace(m_sample);
    QSignalSpy finished(m_controller, &ReportController::finished);
    QSignalSpy cancelled(m_controller, &ReportController::cancelled);
    const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    m_controller->exportReport(m_controller->baseOptions(), path, false);
    m_controller->cancel();
    QCOMPARE(cancelled.count(), 1);
    QTest::qWait(500);
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isRunning(), Timeout);
    QCOMPARE(finished.count(), 0);
    QVERIFY(!QFile::exists(path));
}

// Without "open when done", the window says where the report went, with Open and Show in Folder.
void TestReportController::finishedExportSaysWhereItWent()
{
    m_context->setWorkspace(m_sample);
    QSignalSpy finished(m_controller, &ReportController::finished);
    const QString path = m_dir.filePath(QStringLiteral("told.pdf"));
    m_controller->exportReport(m_controller->baseOptions(), path, false);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
    const auto outcome = finished.at(0).at(0).value<ReportOutcome>();
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("fileWrittenMessage"));
    QVERIFY(box);
    QVERIFY(outcome.pages > 1); // cover, sales and customers at least
    QCOMPARE(box->text(), QStringLiteral("The report was written: %1 pages.").arg(outcome.pages));
    QCOMPARE(box->informativeText(), QDir::toNativeSeparators(path));
    QVERIFY(box->findChild<QAbstractButton *>(QStringLiteral("openFileButton")));
    QVERIFY(box->findChild<QAbstractButton *>(QStringLiteral("showInFolderButton")));
}

// A folder that cannot be made: the reason once, the file once (it said "The report could not be
// written… : The report could not be written: No such file or directory").
void TestReportController::failureSaysEachThingOnce()
{
    m_context->setWorkspace(m_sample);
    QSignalSpy failed(m_controller, &ReportController::failed);
    // A missing folder is created now; a folder that is a file cannot be.
    const QString blocker = m_dir.filePath(QStringLiteral("not a folder"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString path = blocker + QStringLiteral("/report.pdf");
    m_controller->exportReport(m_controller->baseOptions(), path, false);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, Timeout);
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("reportFailedMessage"));
    QVERIFY(box);
    QVERIFY2(box->text().startsWith(QStringLiteral("The report could not be written: ")),
             qPrintable(box->text()));
    const QString all = box->text() + box->informativeText();
    QCOMPARE(all.count(QStringLiteral("could not be written")), 1);
    QCOMPARE(all.count(QDir::toNativeSeparators(path)), 1);
    QCOMPARE(box->informativeText(), QDir::toNativeSeparators(path));
    QVERIFY(!QFile::exists(path));
}

void TestReportController::previewShowsTheSameDocument()
{
    m_context->setWorkspace(m_sample);
    QSignalSpy ready(m_controller, &ReportController::previewReady);
    // The preview is modal: close it once it shows.
    bool sawPreview = false;
    auto *closer = new QTimer(m_window.get());
    connect(closer, &QTimer::timeout, this, [&sawPreview] {
        if (auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget())) {
            sawPreview = true;
            preview->reject();
        }
    });
    closer->start(100);
    m_controller->preview(m_controller->baseOptions());
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(sawPreview, Timeout);
    QVERIFY(ready.at(0).at(0).toInt() >= 8);
    closer->stop();
}

void TestReportController::cleanupTestCase()
{
    QCOMPARE(QApplication::topLevelWidgets().size(), 0);
}

QTEST_MAIN(TestReportController)
#include "tst_reportcontroller.moc"
