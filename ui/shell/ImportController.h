#pragma once

#include "core/import/Importer.h"
#include "core/model/Result.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

namespace storelens::core::session {
class WorkspaceSession;
}

namespace storelens::ui {

class LatestTask;

// What one import ended with; the window turns it into a message.
struct ImportOutcome
{
    enum class Status {
        Imported,      // the rows landed (some may have been rejected)
        Failed,        // nothing changed: error says why and where
        MissingFields, // the suggested profile lacks required fields: nothing was imported
        Cancelled,     // the user cancelled: nothing changed
        EntityUnclear, // no profile given and the file's entity is not clear: nothing was imported, the
                       // user is to say what it holds (the import wizard asks)
    };
    Status status = Status::Failed;
    QString workspacePath;
    QString csvPath;
    core::Entity entity = core::Entity::Orders;
    core::ImportReport report; // Imported
    core::Error error;         // Failed
    QStringList missingFields; // MissingFields: translated field labels
    QStringList candidates;    // EntityUnclear: what the file could hold, best first, translated
};

// Imports one CSV file into the session's workspace off the GUI thread (the import wizard's dry run and
// import go through here too). The import holds the session's write lock (WorkspaceSession::runExclusive), so
// it never runs beside a queued settings write; cancelling makes the importer roll back. Shows no dialogs;
// the outcome arrives with finished(), after the work has really ended (a cancelled import has rolled back by
// then).
class ImportController : public QObject
{
    Q_OBJECT

public:
    explicit ImportController(QObject *parent = nullptr);
    ~ImportController() override; // cancels and waits for a running import

    // The open workspace's session: imports go into its workspace. Null: start() refuses.
    void setSession(std::shared_ptr<core::session::WorkspaceSession> session);
    bool isRunning() const;

    static QStringList fileFilters(); // for QFileDialog

public Q_SLOTS:
    // Previews the file, suggests a profile from its header and imports the good rows (ErrorPolicy::Skip).
    // When the file's entity is not clear (core::detectEntity), nothing is imported: EntityUnclear.
    void start(const QString &csvPath);
    // Imports (or with options.dryRun checks) with the given profile and options.
    void start(const QString &csvPath, const core::ImportProfile &profile,
               const core::ImportOptions &options);
    void cancel();

Q_SIGNALS:
    void started(const QString &text);
    void progressChanged(int value, int maximum);
    void finished(const storelens::ui::ImportOutcome &outcome);

private:
    void startImport(const QString &csvPath, const std::optional<core::ImportProfile> &profile,
                     const core::ImportOptions &options);

    std::shared_ptr<core::session::WorkspaceSession> m_session;
    LatestTask *m_task;
    std::shared_ptr<std::atomic_bool> m_stop; // the running import's cancel flag
};

} // namespace storelens::ui

Q_DECLARE_METATYPE(storelens::ui::ImportOutcome)
