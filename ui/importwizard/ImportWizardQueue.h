#pragma once

#include "core/import/Importer.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QMimeData;
class QWidget;

namespace storelens::core::session {
class WorkspaceSession;
}

namespace storelens::ui {

class ImportWizard;

// Opens the import wizard for one file after another (files dropped on the window together, or chosen
// together in the file dialog), each beside `window` and not modal: the window stays usable (and its
// dashboards refresh when an import lands) while a wizard is open.
class ImportWizardQueue : public QObject
{
    Q_OBJECT

public:
    explicit ImportWizardQueue(QWidget *window);

    // Queues the files (an empty list: one wizard that asks for the file) for the workspace.
    void start(std::shared_ptr<core::session::WorkspaceSession> session, const QStringList &files);
    bool isActive() const;
    ImportWizard *currentWizard() const;
    qsizetype pendingCount() const { return m_pending.size(); }
    void clear(); // drops the files still waiting and closes the open wizard

    // The local files in a drag that look like data exports (their ending one of importSuffixes()).
    static QStringList importableFiles(const QMimeData *mime);
    // The file name endings of the exports StoreLens offers to import ("csv", "tsv", "txt", "skv": Swedish
    // semicolon files, Abicart's and Fortnox's export; trial 25se), lower case, for the file dialog's filter
    // and for files dropped on the window. Any other file imports too when chosen under "All files".
    static QStringList importSuffixes();

Q_SIGNALS:
    void imported(const storelens::core::ImportReport &report);
    void wizardOpened(storelens::ui::ImportWizard *wizard);
    // Files were queued behind the open wizard; `waiting` files wait in all.
    void queued(qsizetype waiting);

private:
    void openNext();

    QWidget *m_window;
    std::shared_ptr<core::session::WorkspaceSession> m_session;
    QStringList m_pending;
    QPointer<ImportWizard> m_current;
};

} // namespace storelens::ui
