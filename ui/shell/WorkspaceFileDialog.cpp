#include "ui/shell/WorkspaceFileDialog.h"

#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>

namespace storelens::ui {

namespace {

class WorkspaceDialogText
{
    Q_DECLARE_TR_FUNCTIONS(storelens::ui::WorkspaceFileDialog)
};

} // namespace

QString workspaceFilter()
{
    return WorkspaceDialogText::tr("StoreLens workspaces (*.%1)").arg(core::Workspace::fileSuffix());
}

void prepareWorkspaceDialog(QFileDialog &dialog)
{
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(core::Workspace::fileSuffix());
    // Qt's own dialog, so the hint can sit in it on every desktop.
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setLabelText(QFileDialog::Accept, WorkspaceDialogText::tr("&Create"));
    auto *hint =
        new QLabel(WorkspaceDialogText::tr("A workspace is one file on this computer that keeps this "
                                           "store's imported data and settings. Choose its name and "
                                           "folder; StoreLens opens it again next time, and the next "
                                           "month's export is imported into it."),
                   &dialog);
    hint->setObjectName(QStringLiteral("workspaceDialogHint"));
    hint->setWordWrap(true);
    if (auto *grid = qobject_cast<QGridLayout *>(dialog.layout()))
        grid->addWidget(hint, grid->rowCount(), 0, 1, grid->columnCount());
}

} // namespace storelens::ui
