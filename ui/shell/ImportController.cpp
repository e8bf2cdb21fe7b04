#include "ui/shell/ImportController.h"

#include "ui/common/LatestTask.h"
#include "ui/importwizard/ImportWizardQueue.h"

#include "core/import/EntityDetector.h"
#include "core/import/FieldCatalog.h"
#include "core/import/MappingSuggester.h"
#include "core/session/WorkspaceSession.h"

#include <QFileInfo>

namespace storelens::ui {

namespace {

// Runs on a worker thread and writes only into `outcome`. Without a profile, the file's header suggests one.
void runImport(core::session::WorkspaceSession &session, const TaskControl &control, ImportOutcome *outcome,
               std::optional<core::ImportProfile> given, const core::ImportOptions &options)
{
    if (control.cancelled()) {
        outcome->status = ImportOutcome::Status::Cancelled; // cancelled before it started: nothing changed
        return;
    }
    if (!given) {
        const auto preview = core::previewFile(outcome->csvPath);
        if (!preview) {
            outcome->status = ImportOutcome::Status::Failed;
            outcome->error = preview.error();
            return;
        }
        // Never a silent guess: when the header and values do not tell clearly what the file holds, the
        // user says (METRICS.md / issue 14: the wizard asks, the CLI refuses).
        const core::EntityGuess guess = core::detectEntity(preview.value());
        if (!guess.clear) {
            outcome->status = ImportOutcome::Status::EntityUnclear;
            for (core::Entity e : guess.candidates())
                outcome->candidates.append(core::entityDisplayName(e));
            return;
        }
        given = core::suggestProfile(preview.value(), guess.entity);
    }
    const core::ImportProfile &profile = *given;
    outcome->entity = profile.entity;
    const QStringList missing = profile.missingRequiredFields();
    if (!missing.isEmpty()) {
        outcome->status = ImportOutcome::Status::MissingFields;
        for (const QString &key : missing) {
            const core::FieldSpec *spec = core::findField(profile.entity, key);
            outcome->missingFields.append(spec ? core::fieldLabel(*spec) : key);
        }
        return;
    }

    core::Result<core::ImportReport> report = core::Error();
    // The session's write lock: no queued settings write runs beside the import.
    session.runExclusive([&] {
        report = core::Importer::run(outcome->workspacePath, outcome->csvPath, profile, options,
                                     control.loadProgress(0, 100));
    });
    if (report) {
        outcome->status = ImportOutcome::Status::Imported;
        outcome->report = std::move(report).value();
    } else if (report.error().code() == core::ErrorCode::Cancelled) {
        outcome->status = ImportOutcome::Status::Cancelled;
    } else {
        outcome->status = ImportOutcome::Status::Failed;
        outcome->error = report.error();
    }
}

} // namespace

ImportController::ImportController(QObject *parent)
    : QObject(parent)
    , m_task(new LatestTask(this))
{
    qRegisterMetaType<ImportOutcome>();
    connect(m_task, &LatestTask::progressChanged, this,
            [this](int percent) { Q_EMIT progressChanged(percent, 100); });
}

ImportController::~ImportController()
{
    cancel(); // the LatestTask then waits for the import to roll back
}

void ImportController::setSession(std::shared_ptr<core::session::WorkspaceSession> session)
{
    m_session = std::move(session);
}

bool ImportController::isRunning() const
{
    return m_task->isRunning();
}

QStringList ImportController::fileFilters()
{
    QStringList patterns;
    for (const QString &suffix : ImportWizardQueue::importSuffixes())
        patterns << QStringLiteral("*.") + suffix;
    //: A file dialog's filter; %1 is the list of patterns "*.csv *.tsv *.txt *.skv".
    return {tr("Data exports (%1)").arg(patterns.join(QLatin1Char(' '))), tr("All files (*)")};
}

void ImportController::start(const QString &csvPath)
{
    core::ImportOptions options;
    options.onError = core::ErrorPolicy::Skip;
    options.maxListedRejections = 1000;
    startImport(csvPath, std::nullopt, options);
}

void ImportController::start(const QString &csvPath, const core::ImportProfile &profile,
                             const core::ImportOptions &options)
{
    startImport(csvPath, profile, options);
}

void ImportController::startImport(const QString &csvPath, const std::optional<core::ImportProfile> &profile,
                                   const core::ImportOptions &options)
{
    ImportOutcome refused;
    refused.csvPath = csvPath;
    if (!m_session || m_task->isRunning()) {
        refused.error = core::Error(core::ErrorCode::Usage, m_session ? tr("Another import is still running.")
                                                                      : tr("No workspace is open."));
        Q_EMIT finished(refused);
        return;
    }
    auto stop = std::make_shared<std::atomic_bool>(false);
    m_stop = stop;
    const QString file = QFileInfo(csvPath).fileName();
    Q_EMIT started(options.dryRun ? tr("Checking %1…").arg(file) : tr("Importing %1…").arg(file));
    m_task->start<ImportOutcome>(
        [session = m_session, csvPath, profile, options, stop](const TaskControl &control) {
            // Cancel sets the flag and the import still reports: finished() tells the caller it rolled back.
            const TaskControl stoppable{[control, stop] { return *stop || control.cancelled(); },
                                        control.setProgress};
            ImportOutcome outcome;
            outcome.workspacePath = session->workspacePath();
            outcome.csvPath = csvPath;
            runImport(*session, stoppable, &outcome, profile, options);
            return core::Result<ImportOutcome>(std::move(outcome));
        },
        [this](const ImportOutcome &outcome) { Q_EMIT finished(outcome); });
}

void ImportController::cancel()
{
    if (m_stop)
        *m_stop = true;
}

} // namespace storelens::ui
