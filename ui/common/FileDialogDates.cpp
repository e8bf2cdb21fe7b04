#include "ui/common/FileDialogDates.h"

#include <QApplication>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QLocale>
#include <QTreeView>

namespace storelens::ui {

namespace {

// QFileSystemModel's columns: name, size, type, date modified.
constexpr int kSizeColumn = 1;
constexpr int kDateColumn = 3;

// Gives each file dialog the delegate as it is first shown.
class FileDialogWatcher : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show) {
            if (auto *dialog = qobject_cast<QFileDialog *>(watched))
                useChosenLocaleForDates(dialog);
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

QString FileDialogDateDelegate::cellText(const QModelIndex &index) const
{
    const QString shown = index.data(Qt::DisplayRole).toString();
    if (index.column() != kSizeColumn && index.column() != kDateColumn)
        return shown;
    const QString path = index.siblingAtColumn(0).data(QFileSystemModel::FilePathRole).toString();
    if (path.isEmpty())
        return shown;
    const QFileInfo file(path);
    const QLocale locale;
    if (index.column() == kDateColumn)
        return file.lastModified().isValid() ? locale.toString(file.lastModified(), QLocale::ShortFormat)
                                             : shown;
    // A folder has no size (the model shows none); a file's is written as the model writes it, in the
    // chosen language ("1,2 KB" in German).
    return file.isDir() || shown.isEmpty()
               ? shown
               : locale.formattedDataSize(file.size(), 2, QLocale::DataSizeTraditionalFormat);
}

void FileDialogDateDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == kSizeColumn || index.column() == kDateColumn)
        option->text = cellText(index);
}

void useChosenLocaleForDates(QFileDialog *dialog)
{
    auto *details = dialog->findChild<QTreeView *>(QStringLiteral("treeView"));
    if (details && !qobject_cast<FileDialogDateDelegate *>(details->itemDelegate()))
        details->setItemDelegate(new FileDialogDateDelegate(details));
}

void useChosenLocaleInFileDialogs(QApplication &app)
{
    const QString name = QStringLiteral("fileDialogDates");
    if (app.findChild<QObject *>(name, Qt::FindDirectChildrenOnly))
        return;
    auto *watcher = new FileDialogWatcher(&app);
    watcher->setObjectName(name);
    app.installEventFilter(watcher);
}

} // namespace storelens::ui
