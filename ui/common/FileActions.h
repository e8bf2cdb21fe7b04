#pragma once

#include <QString>

class QFontMetrics;
class QMessageBox;
class QWidget;

namespace storelens::ui {

// Where save and export dialogs start: the user's documents folder, created when it is missing (a fresh
// account often has none); the home folder when it cannot be created.
QString defaultDocumentsFolder();

// Where the import dialog starts the first time (no folder remembered): the Downloads folder when it exists,
// since a till's or web shop's export was most likely just downloaded (trial 17); else
// defaultDocumentsFolder().
QString defaultImportFolder();

// A file name made from a title: letters (umlauts and accents too) and digits kept, every other run of
// characters one '-', lower case ("Gefährdet" gives "gefährdet", "At risk / VIP" gives "at-risk-vip").
QString fileStemFor(const QString &title);

// A file name in defaultDocumentsFolder(), or in `folder` when that still exists (the folder used last).
QString defaultSavePath(const QString &fileName, const QString &folder = {});

// The folder an open or save dialog of this kind starts in: the folder of the file chosen last (kept in the
// settings), while it exists; else defaultImportFolder() for an import, defaultDocumentsFolder() for a
// workspace. A manager's exports sit in one folder, and a new month's file is next to last month's.
enum class FolderKind { Import, Workspace };
QString lastFolder(FolderKind kind);
void rememberFolder(FolderKind kind, const QString &filePath);

// Opens a file (or folder) with the desktop's program for it. When none can be started the user is told in a
// non-blocking message over `parent` (object name "openFailedMessage"), not only the log; returns false.
bool openWithDesktop(const QString &path, QWidget *parent);

// The non-blocking "written" notice after an export: `text` says what was written, the path follows on one
// line (shortened in the middle to pathWidth(), the full path in its tooltip), with "Open" (the file) and
// "Show in Folder" (its folder) beside "Close". Object name "fileWrittenMessage".
int pathWidth(const QFontMetrics &metrics); // 70 average characters
QMessageBox *showFileWritten(QWidget *parent, const QString &title, const QString &text, const QString &path);

} // namespace storelens::ui
