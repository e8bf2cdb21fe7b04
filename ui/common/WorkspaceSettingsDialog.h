#pragma once

#include <QDialog>
#include <QString>

class QAction;
class QComboBox;
class QLabel;

namespace storelens::ui {

class AnalysisContext;

// The workspace's own settings (issue 17, item 8): for now its currency, which money is shown with on every
// screen, in the PDF and in the command line's tables. The currency was guessed at the first import from the
// export's symbols and codes, else from the computer's locale; here the user sets it (an ISO code such as
// EUR) or chooses none (plain numbers). Saved through the session's write queue
// (AnalysisContext::setCurrency).
class WorkspaceSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WorkspaceSettingsDialog(const QString &currency, QWidget *parent = nullptr);

    // The code chosen: three capital letters, or empty for none. Valid once accepted.
    QString currency() const;

    // File ▸ Workspace Settings…: enabled while a workspace is open; applies the dialog's choice to
    // `context`.
    static QAction *createAction(AnalysisContext *context, QWidget *parent);

private:
    void updateExample();

    QComboBox *m_currency = nullptr;
    QLabel *m_example = nullptr;
};

} // namespace storelens::ui
