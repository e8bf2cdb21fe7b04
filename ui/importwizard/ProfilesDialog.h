#pragma once

#include "core/import/ProfileStore.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace storelens::core::session {
class WorkspaceSession;
}

namespace storelens::ui {

class LatestTask;

// Lists the import profiles saved in the workspace; renames (edit the name in place) and deletes them. The
// list is read off the GUI thread; renames and deletes go through the session's write queue.
class ProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfilesDialog(std::shared_ptr<core::session::WorkspaceSession> session,
                            QWidget *parent = nullptr);
    // A dialog with a session of its own on the workspace (tests).
    explicit ProfilesDialog(const QString &workspacePath, QWidget *parent = nullptr);

    QStringList profileNames() const;
    bool isBusy() const;

public Q_SLOTS:
    void reload();
    void renameProfile(const QString &oldName, const QString &newName);
    void deleteProfile(const QString &name);

Q_SIGNALS:
    void loaded();
    void failed(const QString &message);

private:
    void showProfiles(const std::vector<core::SavedProfile> &profiles);
    void run(std::function<core::Result<void>(QSqlDatabase &)> change);
    QString selectedName() const;
    void updateButtons();

    std::shared_ptr<core::session::WorkspaceSession> m_session;
    LatestTask *m_task;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_delete = nullptr;
    bool m_filling = false;
};

} // namespace storelens::ui
