#include "ui/common/FileActions.h"
#include "ui/shell/WorkspaceFileDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontMetrics>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace storelens;

// Stands in for the desktop: records what would have been opened.
class UrlRecorder : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

class TestFileActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void documentsFolderIsCreatedWhenMissing();
    void fileStemKeepsLetters_data();
    void fileStemKeepsLetters();
    void documentsFolderFallsBackToHome();
    void savePathPrefersAnExistingFolder_data();
    void savePathPrefersAnExistingFolder();
    void dialogsStartInTheFolderUsedLast();
    void importStartsInDownloads();
    void workspaceDialogSaysWhatAWorkspaceIs();
    void viewerFailureIsShown();
    void writtenNoticeOpensTheFileAndItsFolder_data();
    void writtenNoticeOpensTheFileAndItsFolder();
    void writtenNoticeShowsTheWholePathOnOneLine_data();
    void writtenNoticeShowsTheWholePathOnOneLine();

private:
    QTemporaryDir m_dir;
    QString m_home;
    std::unique_ptr<QWidget> m_window;
};

void TestFileActions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A fresh account: a home folder without Documents.
    m_home = m_dir.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(m_home));
    qputenv("HOME", m_home.toLocal8Bit());
    qunsetenv("XDG_CONFIG_HOME");
    qunsetenv("XDG_DOCUMENTS_DIR");
    QCoreApplication::setOrganizationName(QStringLiteral("StoreLensTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_fileactions"));
    m_window = std::make_unique<QWidget>();
}

void TestFileActions::cleanup()
{
    for (QMessageBox *box : m_window->findChildren<QMessageBox *>())
        delete box;
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
}

void TestFileActions::documentsFolderIsCreatedWhenMissing()
{
    const QString documents = QDir(m_home).filePath(QStringLiteral("Documents"));
    QDir(documents).removeRecursively();
    QVERIFY(!QFileInfo::exists(documents));
    QCOMPARE(ui::defaultDocumentsFolder(), documents);
    QVERIFY(QFileInfo(documents).isDir());
}

void TestFileActions::documentsFolderFallsBackToHome()
{
    // "Documents" is a file: no folder can be made there, the home folder is used.
    const QString documents = QDir(m_home).filePath(QStringLiteral("Documents"));
    QDir(documents).removeRecursively();
    QFile blocker(documents);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QCOMPARE(ui::defaultDocumentsFolder(), QDir::homePath());
    QVERIFY(QFile::remove(documents));
}

void TestFileActions::savePathPrefersAnExistingFolder_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("expectedFolder");
    const QString documents =
        QDir(m_dir.filePath(QStringLiteral("home"))).filePath(QStringLiteral("Documents"));
    QTest::newRow("no folder used before") << QString() << documents;
    QTest::newRow("the folder used last") << m_dir.path() << m_dir.path();
    QTest::newRow("the folder used last is gone") << m_dir.filePath(QStringLiteral("gone")) << documents;
}

void TestFileActions::savePathPrefersAnExistingFolder()
{
    QFETCH(QString, folder);
    QFETCH(QString, expectedFolder);
    QCOMPARE(ui::defaultSavePath(QStringLiteral("members.csv"), folder),
             QDir(expectedFolder).filePath(QStringLiteral("members.csv")));
}

// Trial 9: every import chooser opened in ~/Documents although the manager's exports were elsewhere. Each
// kind of dialog starts in the folder of the file chosen last, while that folder exists.
void TestFileActions::dialogsStartInTheFolderUsedLast()
{
    const QString documents = QDir(m_home).filePath(QStringLiteral("Documents"));
    const QString exports = m_dir.filePath(QStringLiteral("till exports"));
    QVERIFY(QDir().mkpath(exports));
    QCOMPARE(ui::lastFolder(ui::FolderKind::Import), documents);
    ui::rememberFolder(ui::FolderKind::Import, QDir(exports).filePath(QStringLiteral("2026-10.csv")));
    QCOMPARE(ui::lastFolder(ui::FolderKind::Import), exports);
    QCOMPARE(ui::lastFolder(ui::FolderKind::Workspace), documents);
    ui::rememberFolder(ui::FolderKind::Workspace, QDir(m_home).filePath(QStringLiteral("shop.storelens")));
    QCOMPARE(ui::lastFolder(ui::FolderKind::Workspace), m_home);
    QCOMPARE(ui::lastFolder(ui::FolderKind::Import), exports);
    QVERIFY(QDir(exports).removeRecursively());
    QCOMPARE(ui::lastFolder(ui::FolderKind::Import), documents);
}

// Trial 17: the first import dialog opened in Documents, while the exports just downloaded sat in Downloads.
// With nothing remembered an import starts in Downloads when there is one, else in Documents (created), else
// in the home folder; a folder used before still wins. Workspaces keep starting in Documents.
void TestFileActions::importStartsInDownloads()
{
    const QString documents = QDir(m_home).filePath(QStringLiteral("Documents"));
    const QString downloads = QDir(m_home).filePath(QStringLiteral("Downloads"));
    QDir(downloads).removeRecursively();
    QSettings().clear();                                         // no folder remembered
    QCOMPARE(ui::lastFolder(ui::FolderKind::Import), documents); // no Downloads folder
    QVERIFY(QDir().mkpath(downloads));
    QCOMPARE(ui::lastFolder(ui::FolderKind::Import), downloads);
    QCOMPARE(ui::lastFolder(ui::FolderKind::Workspace), documents);

    const QString exports = m_dir.filePath(QStringLiteral("till exports"));
    QVERIFY(QDir().mkpath(exports));
    ui::rememberFolder(ui::FolderKind::Import, QDir(exports).filePath(QStringLiteral("2026-11.csv")));
    QCOMPARE(ui::lastFolder(ui::FolderKind::Import), exports);
    QVERIFY(QDir(exports).removeRecursively());
    QCOMPARE(ui::lastFolder(ui::FolderKind::Import), downloads);

    // Neither Downloads nor a Documents folder that can be made: the home folder.
    QVERIFY(QDir(downloads).removeRecursively());
    QDir(documents).removeRecursively();
    QFile blocker(documents);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QCOMPARE(ui::lastFolder(ui::FolderKind::Import), QDir::homePath());
    QVERIFY(QFile::remove(documents));
    QSettings().clear();
}

void TestFileActions::workspaceDialogSaysWhatAWorkspaceIs()
{
    QFileDialog dialog(m_window.get(), QStringLiteral("New Workspace"), m_home, ui::workspaceFilter());
    ui::prepareWorkspaceDialog(dialog);
    QCOMPARE(dialog.acceptMode(), QFileDialog::AcceptSave);
    QCOMPARE(dialog.defaultSuffix(), QStringLiteral("storelens"));
    QCOMPARE(dialog.labelText(QFileDialog::Accept), QStringLiteral("&Create"));
    auto *hint = dialog.findChild<QLabel *>(QStringLiteral("workspaceDialogHint"));
    QVERIFY(hint);
    QVERIFY(hint->text().startsWith(QStringLiteral("A workspace is one file on this computer")));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(hint->isVisible());
    const QString dir = QStringLiteral(STORELENS_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("workspace-dialog.png"))));
}

// No handler and no launcher on the PATH: the user is told, with the file, in a message over the window.
void TestFileActions::viewerFailureIsShown()
{
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", m_dir.filePath(QStringLiteral("empty")).toLocal8Bit());
    const QString file = m_dir.filePath(QStringLiteral("report.pdf"));
    const bool opened = ui::openWithDesktop(file, m_window.get());
    qputenv("PATH", path);
    QCOMPARE(opened, false);
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("openFailedMessage"));
    QVERIFY(box);
    QCOMPARE(box->text(),
             QStringLiteral("No program could be started to open %1. Open it from your file manager, "
                            "or install a viewer for this kind of file.")
                 .arg(QDir::toNativeSeparators(file)));
}

void TestFileActions::writtenNoticeOpensTheFileAndItsFolder_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<bool>("folder");
    QTest::newRow("Open") << "openFileButton" << false;
    QTest::newRow("Show in Folder") << "showInFolderButton" << true;
}

void TestFileActions::writtenNoticeOpensTheFileAndItsFolder()
{
    QFETCH(QString, button);
    QFETCH(bool, folder);
    UrlRecorder recorder;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &recorder, "open");
    const QString file = m_dir.filePath(QStringLiteral("at risk.csv"));
    QMessageBox *box = ui::showFileWritten(m_window.get(), QStringLiteral("Export Members"),
                                           QStringLiteral("12 customers were written."), file);
    QVERIFY(box);
    QCOMPARE(box->objectName(), QStringLiteral("fileWrittenMessage"));
    QCOMPARE(box->text(), QStringLiteral("12 customers were written."));
    QCOMPARE(box->informativeText(), QDir::toNativeSeparators(file)); // the path, said once
    QCOMPARE(box->windowModality(), Qt::WindowModal);                 // open(), not exec(): nothing blocks
    if (!folder) {
        QTRY_VERIFY(box->isVisible());
        QVERIFY(QDir().mkpath(QStringLiteral(STORELENS_SCREENSHOT_DIR)));
        QVERIFY(box->grab().save(QStringLiteral(STORELENS_SCREENSHOT_DIR "/export-finished-message.png")));
    }
    auto *action = box->findChild<QAbstractButton *>(button);
    QVERIFY(action);
    action->click();
    QCOMPARE(recorder.urls.size(), 1);
    QCOMPARE(recorder.urls.constFirst(), QUrl::fromLocalFile(folder ? m_dir.path() : file));
    QVERIFY(!box->isVisible());
}

void TestFileActions::writtenNoticeShowsTheWholePathOnOneLine_data()
{
    QTest::addColumn<QString>("folders");
    QTest::addColumn<bool>("shortened");
    QTest::newRow("short path, as it is") << QString() << false;
    // 8 folders of 24 characters: about 230 characters, far more than the 70 the notice shows.
    QTest::newRow("long path with spaces, shortened in the middle")
        << QStringLiteral("Quarterly reports of the/").repeated(8) << true;
}

// The path neither wraps at its spaces nor anywhere: one line, the start of the folder and the file's name
// kept, the full path in the tooltip.
void TestFileActions::writtenNoticeShowsTheWholePathOnOneLine()
{
    QFETCH(QString, folders);
    QFETCH(bool, shortened);
    const QString file = m_dir.filePath(folders + QStringLiteral("Net sales by store.pdf"));
    const QString native = QDir::toNativeSeparators(file);
    QMessageBox *box = ui::showFileWritten(m_window.get(), QStringLiteral("Export Report"),
                                           QStringLiteral("The report was written."), file);
    QTRY_VERIFY(box->isVisible());
    auto *label = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel"));
    QVERIFY(label);
    QCOMPARE(label->toolTip(), native);
    QCOMPARE(label->wordWrap(), false);
    const QString shown = label->text();
    QCOMPARE(shown.contains(QChar(0x2026)), shortened);
    QCOMPARE(shown == native, !shortened);
    QVERIFY2(shown.endsWith(QStringLiteral("by store.pdf")), qPrintable(shown));
    QVERIFY2(native.startsWith(shown.left(10)), qPrintable(shown));
    const QFontMetrics metrics(label->font());
    QVERIFY(metrics.horizontalAdvance(shown) <= ui::pathWidth(metrics));
    // One line (no word wrap), wide enough for all of it, and all of it inside the box.
    QVERIFY2(label->contentsRect().width() >= metrics.horizontalAdvance(shown),
             qPrintable(QStringLiteral("%1 for %2")
                            .arg(label->contentsRect().width())
                            .arg(metrics.horizontalAdvance(shown))));
    QVERIFY2(label->geometry().right() < box->width(),
             qPrintable(QStringLiteral("%1 in %2").arg(label->geometry().right()).arg(box->width())));
    if (shortened)
        QVERIFY(box->grab().save(QStringLiteral(STORELENS_SCREENSHOT_DIR "/export-finished-long-path.png")));
    box->close();
}

// Trial 11: the German segment "Gefährdet" was offered as "gef-hrdet.csv".
void TestFileActions::fileStemKeepsLetters_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("stem");
    QTest::newRow("umlaut") << QStringLiteral("Gefährdet") << QStringLiteral("gefährdet");
    QTest::newRow("accents and spaces")
        << QStringLiteral("Clients à risque") << QStringLiteral("clients-à-risque");
    QTest::newRow("punctuation runs")
        << QStringLiteral("At risk / VIP (2)") << QStringLiteral("at-risk-vip-2");
    QTest::newRow("nothing left") << QStringLiteral("???") << QString();
}

void TestFileActions::fileStemKeepsLetters()
{
    QFETCH(QString, title);
    QFETCH(QString, stem);
    QCOMPARE(ui::fileStemFor(title), stem);
}

QTEST_MAIN(TestFileActions)
#include "tst_fileactions.moc"
