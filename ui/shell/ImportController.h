#pragma once

#include "core/import/Importer.h"
#include "core/model/Result.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

template<typename T> class QFutureWatcher;

namespace storelens::ui {

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

// Imports one CSV file into a workspace off the GUI thread: runs Importer::run with a QPromise whose
// cancellation makes the importer roll back (the import wizard's dry run and import go through here too).
// Shows no dialogs; the outcome arrives with finished(), after the work has really ended (a cancelled import
// has rolled back by then).
class ImportController : public QObject
{
    Q_OBJECT

public:
    explicit ImportController(QObject *parent = nullptr);
    ~ImportController() override; // cancels and waits for a running import

    bool isRunning() const { return !m_running.isNull(); }

    static QStringList fileFilters(); // for QFileDialog

public Q_SLOTS:
    // Previews the file, suggests a profile from its header and imports the good rows (ErrorPolicy::Skip).
    // When the file's entity is not clear (core::detectEntity), nothing is imported: EntityUnclear.
    void start(const QString &workspacePath, const QString &csvPath);
    // Imports (or with options.dryRun checks) with the given profile and options.
    void start(const QString &workspacePath, const QString &csvPath, const core::ImportProfile &profile,
               const core::ImportOptions &options);
    void cancel();

Q_SIGNALS:
    void started(const QString &text);
    void progressChanged(int value, int maximum);
    void finished(const storelens::ui::ImportOutcome &outcome);

private:
    void startImport(const QString &workspacePath, const QString &csvPath,
                     const std::optional<core::ImportProfile> &profile, const core::ImportOptions &options);

    QPointer<QFutureWatcher<void>> m_running;
};

} // namespace storelens::ui

Q_DECLARE_METATYPE(storelens::ui::ImportOutcome)
