#include "ui/common/FileActions.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFontMetrics>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace storelens::ui {

namespace {

class FileActionsText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::ui::FileActions)
};

QString folderKey(FolderKind kind)
{
    return kind == FolderKind::Import ? QStringLiteral("files/importFolder")
                                      : QStringLiteral("files/workspaceFolder");
}

} // namespace

int pathWidth(const QFontMetrics &metrics)
{
    return 70 * metrics.averageCharWidth();
}

QString defaultDocumentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QDir().mkpath(documents))
        return documents;
    return QDir::homePath();
}

QString defaultImportFolder()
{
    const QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (!downloads.isEmpty() && QFileInfo(downloads).isDir())
        return downloads;
    return defaultDocumentsFolder();
}

QString fileStemFor(const QString &title)
{
    QString stem;
    for (const QChar c : title) {
        if (c.isLetterOrNumber())
            stem += c.toLower();
        else if (!stem.isEmpty() && !stem.endsWith(QLatin1Char('-')))
            stem += QLatin1Char('-');
    }
    while (stem.endsWith(QLatin1Char('-')))
        stem.chop(1);
    return stem;
}

QString defaultSavePath(const QString &fileName, const QString &folder)
{
    const QString dir = !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : defaultDocumentsFolder();
    return QDir(dir).filePath(fileName);
}

QString lastFolder(FolderKind kind)
{
    const QString folder = QSettings().value(folderKey(kind)).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return kind == FolderKind::Import ? defaultImportFolder() : defaultDocumentsFolder();
}

void rememberFolder(FolderKind kind, const QString &filePath)
{
    if (filePath.isEmpty())
        return;
    const QFileInfo file(filePath);
    QSettings().setValue(folderKey(kind), file.isDir() ? file.absoluteFilePath() : file.absolutePath());
}

bool openWithDesktop(const QString &path, QWidget *parent)
{
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        return true;
    auto *box = new QMessageBox(
        QMessageBox::Warning, FileActionsText::tr("Not Opened"),
        FileActionsText::tr("No program could be started to open %1. Open it from your file manager, "
                            "or install a viewer for this kind of file.")
            .arg(QDir::toNativeSeparators(path)),
        QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("openFailedMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return false;
}

QMessageBox *showFileWritten(QWidget *parent, const QString &title, const QString &text, const QString &path)
{
    auto *box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Close, parent);
    box->setObjectName(QStringLiteral("fileWrittenMessage"));
    // The path on one line, shortened in the middle when long (the folder's start and the file's name stay),
    // the whole of it in the tooltip: a path broken over lines at its spaces or anywhere does not read.
    const QString nativePath = QDir::toNativeSeparators(path);
    const QFontMetrics metrics(box->font());
    box->setInformativeText(metrics.elidedText(nativePath, Qt::ElideMiddle, pathWidth(metrics)));
    if (auto *label = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel"))) {
        label->setWordWrap(false);
        label->setToolTip(nativePath);
    }
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *open = box->addButton(FileActionsText::tr("&Open"), QMessageBox::ActionRole);
    open->setObjectName(QStringLiteral("openFileButton"));
    QPushButton *folder = box->addButton(FileActionsText::tr("Show in &Folder"), QMessageBox::ActionRole);
    folder->setObjectName(QStringLiteral("showInFolderButton"));
    // Either button also closes the box; a viewer's failure message then shows over the parent.
    const QPointer<QWidget> owner(parent);
    QObject::connect(open, &QPushButton::clicked, box, [owner, path] { openWithDesktop(path, owner); });
    QObject::connect(folder, &QPushButton::clicked, box,
                     [owner, path] { openWithDesktop(QFileInfo(path).absolutePath(), owner); });
    box->setDefaultButton(QMessageBox::Close);
    box->open();
    return box;
}

} // namespace storelens::ui
