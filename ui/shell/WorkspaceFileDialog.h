#pragma once

#include <QString>

class QFileDialog;

namespace storelens::ui {

// "StoreLens workspaces (*.storelens)", for the open and save dialogs.
QString workspaceFilter();

// Makes `dialog` the dialog that creates a workspace: saving, the workspace suffix added, "Create" on its
// button, and a line under it that says what a workspace is (a first-time user met a bare save dialog right
// after choosing the files to import, trial 9). The hint is a QLabel named "workspaceDialogHint".
void prepareWorkspaceDialog(QFileDialog &dialog);

} // namespace storelens::ui
