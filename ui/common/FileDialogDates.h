#pragma once

#include <QStyledItemDelegate>

class QApplication;
class QFileDialog;

namespace storelens::ui {

// Qt's own file dialog lists each file's size and date through QFileSystemModel, which writes them with
// QLocale::system(): English dates ("12/1/26 9:30 AM") in a German StoreLens on an English system, and
// QLocale::setDefault cannot change that. This delegate writes the detail view's size and date columns with
// the default locale (the language chosen in Preferences) instead.
class FileDialogDateDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // What the delegate shows in the cell at `index` of a file dialog's detail view.
    QString cellText(const QModelIndex &index) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

// Gives the detail view of `dialog` (a non-native QFileDialog) the delegate above.
void useChosenLocaleForDates(QFileDialog *dialog);

// Does the same for every file dialog the application shows from now on, those of QFileDialog's static
// functions included. installTranslators() calls it for a QApplication; a second call changes nothing.
void useChosenLocaleInFileDialogs(QApplication &app);

} // namespace storelens::ui
